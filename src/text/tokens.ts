import { characterClass, LETTER, MARK, NUMBER, SPACE, UPPER } from './character-class.js';

/** How tokens come to share their strings (see {@link tokenize}). */
export type TokenForms = Map<string, string> | ((value: string) => string);

/** A token of the text: a word, a number, or one punctuation mark, with its offsets. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that keep their full stop as part of the word. */
const KEEPS_STOP = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Mt|Ft|[A-Z])\.$/;

const WORD = LETTER | MARK | NUMBER;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** The class bits of the code point at `i` (0 past the end). */
function classAt(text: string, i: number): number {
  return i < text.length ? characterClass(text.codePointAt(i)!) : 0;
}

/** The length in code units of the code point at `i`. */
function sizeAt(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** The end of the run of code points of class `mask` from `i`. */
function skipClass(text: string, i: number, mask: number): number {
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    // An ASCII character (most of a news text) is one code unit and needs no code point read.
    if (code < 128) {
      if ((characterClass(code) & mask) === 0) break;
      j++;
      continue;
    }
    const point = text.codePointAt(j)!;
    if ((characterClass(point) & mask) === 0) break;
    j += point > 0xffff ? 2 : 1;
  }
  return j;
}

/** An ASCII word character, as a regular expression's `\b` sees it. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A possessive `s` after the apostrophe at `i`: `s` or `S`, then no ASCII word character. */
function possessiveAfter(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return (s === 115 || s === 83) && !isAsciiWordChar(text.charCodeAt(i + 2));
}

/** A number: digits, then groups of a separator and digits (`1,500`, `3.5`, `10:30`), then an optional `%`. */
function numberEnd(text: string, start: number): number {
  let j = skipClass(text, start, NUMBER);
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44 || c === 58 || c === 47) && (classAt(text, j + 1) & NUMBER) !== 0) j = skipClass(text, j + 1, NUMBER);
    else break;
  }
  return text.charCodeAt(j) === 37 ? j + 1 : j;
}

/** Two or more capital initials, each with its full stop (`U.S.`), or -1. */
function initialsEnd(text: string, start: number): number {
  let j = start;
  let count = 0;
  while ((classAt(text, j) & UPPER) !== 0) {
    const size = sizeAt(text, j);
    if (text.charCodeAt(j + size) !== 46) break;
    j += size + 1;
    count++;
  }
  return count >= 2 ? j : -1;
}

/**
 * A word: letters, marks and digits, joined by hyphens, ampersands and apostrophes (not a
 * possessive `'s`), then an optional full stop.
 */
function wordEnd(text: string, start: number): number {
  let j = skipClass(text, start, WORD);
  for (;;) {
    const c = text.charCodeAt(j);
    const joins = c === 45 || c === 38 || ((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && !possessiveAfter(text, j));
    if (joins && (classAt(text, j + 1) & WORD) !== 0) j = skipClass(text, j + 1, WORD);
    else break;
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/**
 * Splits `text` into tokens with offsets in `text` (plus `offset`), so that
 * `source.slice(token.start, token.end) === token.text` when `text` is a slice of `source` at `offset`.
 *
 * Words keep inner apostrophes, hyphens, periods and ampersands (`don't`, `Chengdu-Chongqing`,
 * `U.S.`, `AT&T`), numbers keep their separators (`1,500`, `3.5`); a possessive `'s` and every
 * other punctuation mark is a token of its own, so names stop where a tagger expects them to.
 * A scanner over character classes rather than one regular expression: tokenizing is on the path
 * of every sentence, and this allocates nothing but the tokens (`test/text/tokens.test.ts` checks
 * it against the expression it replaced).
 *
 * @param forms When given, tokens with the same text share one string, kept in this map: the
 *   tokens of a long document then take about a third less memory, and less time to collect.
 *   Or a function that is handed the text of each token, in order, and returns the string the
 *   token keeps: a caller that reads every word of a document (the entity tagger) learns its
 *   words while the tokens are made, rather than looking each one up again.
 */
export function tokenize(text: string, offset = 0, forms?: TokenForms): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const cls = characterClass(code);
    let end: number;
    if ((cls & NUMBER) !== 0) end = numberEnd(text, i);
    else if ((cls & UPPER) !== 0 && (end = initialsEnd(text, i)) > 0) {
      // `U.S.`: the initials are the token.
    } else if ((cls & (LETTER | MARK)) !== 0) end = wordEnd(text, i);
    else if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) && possessiveAfter(text, i)) end = i + 2;
    else if ((cls & SPACE) !== 0) {
      i += 1;
      continue;
    } else end = i + (code > 0xffff ? 2 : 1);
    pushToken(tokens, text, i, end, offset, forms);
    i = end;
  }
  return tokens;
}

/** Adds the token `text.slice(start, end)`; a word that swallowed a sentence's full stop gives it back, unless it is an abbreviation. */
function pushToken(tokens: Token[], text: string, start: number, end: number, offset: number, forms: TokenForms | undefined): void {
  const value = text.slice(start, end);
  if (end - start > 1 && text.charCodeAt(end - 1) === 46 && value.indexOf('.') === value.length - 1 && !KEEPS_STOP.test(value)) {
    tokens.push({ text: shared(value.slice(0, -1), forms), start: offset + start, end: offset + end - 1 });
    // A function hears of every token; a map needs no entry for a string literal.
    tokens.push({ text: typeof forms === 'function' ? forms('.') : '.', start: offset + end - 1, end: offset + end });
    return;
  }
  tokens.push({ text: shared(value, forms), start: offset + start, end: offset + end });
}

/** The string `forms` gives for `value`: the one of the map equal to it, or `value` itself (then kept for the next ones). */
function shared(value: string, forms: TokenForms | undefined): string {
  if (forms === undefined) return value;
  if (typeof forms === 'function') return forms(value);
  const known = forms.get(value);
  if (known !== undefined) return known;
  forms.set(value, value);
  return value;
}
