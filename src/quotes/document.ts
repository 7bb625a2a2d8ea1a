import type { Span } from '../model/span.js';
import { readParagraph, type ParagraphReading } from '../text/paragraph-reading.js';
import type { Token } from '../text/tokens.js';
import { normalizeWord } from './match-cues.js';
import type { TokenRange } from './speaker.js';
import { firstNotBefore } from '../text/search.js';

// The expressions of this file are constants, not literals in the functions: a literal is a new
// object each time it is evaluated, and these are tested at every token.
const PRONOUN_OR_ARTICLE = /^(?:He|She|They|We|It|I|But|The|This|That|Those|These|His|Her|Their)$/;
/** A token that starts with a capital letter (of any script): a name, or a sentence's first word. */
export const STARTS_UPPER_CASE = /^\p{Lu}/u;
/** The quotation marks (straight, curly, or a single mark used as one), each one code unit. */
const QUOTE_MARKS = '"“”„‟\'‘’`«»';

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

/**
 * Reads the paragraphs `paragraphs` of `text` for the quote stage.
 *
 * @param readings The paragraphs already split into sentences and tokenized (by the entity
 *   stage), one per paragraph; without them, each paragraph is read here.
 */
export function readDocument(text: string, paragraphs: readonly Span[], readings?: readonly ParagraphReading[] | null): QuoteDocument {
  const tokens: Token[] = [];
  const paragraphOf: number[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const reading = readings?.[index] ?? readParagraph(text, paragraph);
    const base = tokens.length;
    pushJoiningInnerStops(reading.tokens, tokens);
    for (let t = base; t < tokens.length; t++) paragraphOf.push(index);
    // Sentences come as character spans; map them onto the paragraph's tokens in one walk.
    let t = base;
    for (const span of reading.sentences) {
      while (t < tokens.length && tokens[t]!.end <= span.start) t++;
      const first = t;
      while (t < tokens.length && tokens[t]!.start < span.end) t++;
      if (t > first) splitAtQuotes(tokens, first, t - 1, index, sentences);
    }
  });
  return { text, paragraphs, tokens, words: tokens.map((token, i) => (isPossessiveMark(text, tokens, i) ? "'s" : normalizeWord(token))), paragraphOf, sentences };
}

/**
 * Appends a paragraph's tokens to `joined`, the document's tokens so far.
 *
 * `(D-N.Y.)`, `R-Ky., said`, `(D-Nev.)`, `5 p.m`: a full stop glued to the word before it and to a
 * word, a comma or a closing bracket after it is part of an abbreviation, not the end of a sentence; it joins the word before
 * it (and the word after it), so that a speaker or an attribution does not stop there. (Appending
 * in place, rather than to a list of the paragraph's own, spares a copy of every token list.)
 */
function pushJoiningInnerStops(tokens: readonly Token[], joined: Token[]): void {
  // The paragraph's first token has no token before it in the paragraph.
  const from = joined.length;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = joined.length > from ? joined[joined.length - 1] : undefined;
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
 * one, and so does a pronoun or article after an abbreviation. The sentences of tokens
 * `[first, last]` are appended to `sentences`.
 */
function splitAtQuotes(tokens: readonly Token[], first: number, last: number, paragraph: number, sentences: Sentence[]): void {
  let start = first;
  for (let i = first + 1; i <= last; i++) {
    const previous = tokens[i - 1]!.text;
    // `... in the U.S. He says ...`: an abbreviation that ends a sentence, before a word that starts one.
    if (previous.endsWith('.') && previous.length > 1 && PRONOUN_OR_ARTICLE.test(tokens[i]!.text)) {
      sentences.push({ first: start, last: i - 1, paragraph });
      start = i;
      continue;
    }
    if (!isSentenceStop(previous)) continue;
    // Closing marks glued to the stop stay in this sentence.
    let k = i;
    while (k <= last && isQuoteMark(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
    if (k > last || tokens[k]!.start === tokens[k - 1]!.end) continue;
    let j = k;
    while (j <= last && isQuoteMark(tokens[j]!.text)) j++;
    if (j > k && j <= last && STARTS_UPPER_CASE.test(tokens[j]!.text)) {
      sentences.push({ first: start, last: k - 1, paragraph });
      start = k;
    }
  }
  sentences.push({ first: start, last, paragraph });
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
  return word.length === 1 && QUOTE_MARKS.includes(word);
}

/** Whether a token is a full stop, a question mark or an exclamation mark. */
export function isSentenceStop(word: string): boolean {
  return word === '.' || word === '!' || word === '?';
}

/** A found attribution before it becomes a public `FoundQuote`. */
export interface Attribution {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly content: Span;
  readonly cue: TokenRange | null;
  readonly speaker: TokenRange | null;
  /**
   * How likely the cue classifier found the cue where it stands, for reported speech read from
   * the sentence's cue candidates (absent elsewhere: the lexicon's precision stands in for it).
   */
  readonly cueProbability?: number;
}
