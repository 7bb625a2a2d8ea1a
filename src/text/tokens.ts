/** A token of the text: a word, a number, or one punctuation mark, with its offsets. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words keep inner apostrophes, hyphens, periods and ampersands (`don't`, `Chengdu-Chongqing`,
 * `U.S.`, `AT&T`), numbers keep their separators (`1,500`, `3.5`); a possessive `'s` and every
 * other punctuation mark is a token of its own, so names stop where a tagger expects them to.
 */
const TOKEN =
  /\p{N}+(?:[.,:/]\p{N}+)*%?|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*\.?|['’][sS]\b|[^\s\p{L}\p{M}\p{N}]/gu;

/** Abbreviations that keep their full stop as part of the word. */
const KEEPS_STOP = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Mt|Ft|[A-Z])\.$/;

/**
 * Splits `text` into tokens with offsets in `text` (plus `offset`), so that
 * `source.slice(token.start, token.end) === token.text` when `text` is a slice of `source` at `offset`.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = match.index;
    // A word that swallowed a sentence's full stop gives it back, unless it is an abbreviation.
    if (value.length > 1 && value.endsWith('.') && !/\./.test(value.slice(0, -1)) && !KEEPS_STOP.test(value)) {
      value = value.slice(0, -1);
      tokens.push({ text: value, start: offset + start, end: offset + start + value.length });
      tokens.push({ text: '.', start: offset + start + value.length, end: offset + start + value.length + 1 });
      continue;
    }
    tokens.push({ text: value, start: offset + start, end: offset + start + value.length });
  }
  return tokens;
}
