import type { Span } from '../model/span.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize, type Token } from '../text/tokens.js';
import { normalizeWord } from './match-cues.js';
import type { TokenRange } from './speaker.js';
import { firstNotBefore } from '../text/search.js';

/** A sentence as a run of tokens of {@link QuoteDocument.tokens}, in its paragraph. */
export interface Sentence extends TokenRange {
  readonly paragraph: number;
}

/**
 * The article as the quote stage reads it: every paragraph's tokens in one array (so a quotation
 * may run over paragraphs), the same tokens normalized for the cue lexicon, and the sentences.
 */
export interface QuoteDocument {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  /** The paragraph index of each token. */
  readonly paragraphOf: readonly number[];
  readonly sentences: readonly Sentence[];
}

export function readDocument(text: string, paragraphs: readonly Span[]): QuoteDocument {
  const tokens: Token[] = [];
  const paragraphOf: number[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    const paragraphTokens = joinInnerStops(tokenize(slice, paragraph.start));
    const base = tokens.length;
    for (const token of paragraphTokens) {
      tokens.push(token);
      paragraphOf.push(index);
    }
    // Sentences come as character spans; map them onto the paragraph's tokens in one walk.
    let t = base;
    for (const span of splitSentences(slice, paragraph.start)) {
      while (t < tokens.length && tokens[t]!.end <= span.start) t++;
      const first = t;
      while (t < tokens.length && tokens[t]!.start < span.end) t++;
      if (t > first) sentences.push(...splitAtQuotes(tokens, first, t - 1, index));
    }
  });
  return { text, paragraphs, tokens, words: tokens.map((token, i) => (isPossessiveMark(text, tokens, i) ? "'s" : normalizeWord(token))), paragraphOf, sentences };
}

/**
 * `(D-N.Y.)`, `R-Ky., said`, `(D-Nev.)`, `5 p.m`: a full stop glued to the word before it and to a
 * word, a comma or a closing bracket after it is part of an abbreviation, not the end of a sentence; it joins the word before
 * it (and the word after it), so that a speaker or an attribution does not stop there.
 */
function joinInnerStops(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = joined.at(-1);
    const next = tokens[i + 1];
    if (token.text === '.' && previous && next && previous.end === token.start && next.start === token.end && /[\p{L}\p{N}]$/u.test(previous.text)) {
      const word = /^[\p{L}\p{N}]/u.test(next.text);
      if (word || next.text === ',' || next.text === ')') {
        const last = word ? next : token;
        joined[joined.length - 1] = { text: previous.text + token.text + (word ? next.text : ''), start: previous.start, end: last.end };
        if (word) i++;
        continue;
      }
    }
    joined.push(token);
  }
  return joined;
}

/**
 * `Sanders’ campaign manager`, `voters' rights`: an apostrophe glued to a plural and followed by a
 * space is a possessive, not a closing mark. It reads as `'s` so that a speaker or a content does
 * not stop at it. (A single-marked quotation ending in `s` looks the same; news text has far more
 * plural possessives.)
 */
function isPossessiveMark(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.text !== '’' && token.text !== "'") return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    previous !== undefined &&
    previous.end === token.start &&
    /[\p{L}][sS]$/u.test(previous.text) &&
    next !== undefined &&
    next.start > token.end &&
    /^\p{L}/u.test(next.text) &&
    !/['’]/.test(text[token.end] ?? '')
  );
}

/**
 * `... campaign. ''Trump has ...`: the shared splitter does not start a sentence at two marks, nor
 * after an abbreviation (`U.S. He says`); here a stop, then an opening mark, then a capital starts
 * one, and so does a pronoun or article after an abbreviation.
 */
function splitAtQuotes(tokens: readonly Token[], first: number, last: number, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = first;
  for (let i = first + 1; i <= last; i++) {
    const previous = tokens[i - 1]!.text;
    // `... in the U.S. He says ...`: an abbreviation that ends a sentence, before a word that starts one.
    if (/\.$/.test(previous) && previous.length > 1 && /^(?:He|She|They|We|It|I|But|The|This|That|Those|These|His|Her|Their)$/.test(tokens[i]!.text)) {
      sentences.push({ first: start, last: i - 1, paragraph });
      start = i;
      continue;
    }
    if (!/^[.!?]$/.test(previous)) continue;
    // Closing marks glued to the stop stay in this sentence.
    let k = i;
    while (k <= last && isQuoteMark(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
    if (k > last || tokens[k]!.start === tokens[k - 1]!.end) continue;
    let j = k;
    while (j <= last && isQuoteMark(tokens[j]!.text)) j++;
    if (j > k && j <= last && /^\p{Lu}/u.test(tokens[j]!.text)) {
      sentences.push({ first: start, last: k - 1, paragraph });
      start = k;
    }
  }
  sentences.push({ first: start, last, paragraph });
  return sentences;
}

/** The index of the first token that starts at or after `offset` (`tokens.length` when none). */
export function tokenAtOrAfter(doc: QuoteDocument, offset: number): number {
  return firstNotBefore(doc.tokens, (token) => token.start < offset);
}

/** The character span of a token range. */
export function spanOf(doc: QuoteDocument, range: TokenRange): Span {
  return { start: doc.tokens[range.first]!.start, end: doc.tokens[range.last]!.end };
}

/** Whether a token is a quotation mark (straight, curly, or a single mark used as one). */
export function isQuoteMark(word: string): boolean {
  return /^["“”„‟'‘’`«»]$/.test(word);
}

/** A found attribution before it becomes a public `FoundQuote`. */
export interface Attribution {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly content: Span;
  readonly cue: TokenRange | null;
  readonly speaker: TokenRange | null;
}
