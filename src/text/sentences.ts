import type { Span } from '../model/span.js';
import { ABBREVIATIONS } from './abbreviations.js';

/**
 * A candidate sentence end: terminal punctuation, any closing quotes or brackets, then space.
 * What follows the space decides (see {@link startsSentence}).
 */
// Starts only at the first mark of a run, so a long run of dots with no space after it is tried
// once, not once per dot (which made it quadratic).
const SENTENCE_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s)/g;
const WORD_BEFORE_STOP = /([\p{L}.]+)\.$/u;

function startsSentence(text: string, from: number): boolean {
  const rest = text.slice(from, from + 3);
  return /^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(rest);
}

function isAbbreviation(text: string, stopIndex: number): boolean {
  const before = text.slice(Math.max(0, stopIndex - 12), stopIndex + 1);
  const word = WORD_BEFORE_STOP.exec(before)?.[1];
  if (!word) return false;
  // An initial ("D. Arno Peters") or a dotted abbreviation ("U.S.") does not end a sentence
  // when a capitalised word follows; a short sentence rarely ends in one letter.
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Splits text into sentences, returning their spans with surrounding whitespace excluded.
 * Conservative: a stop followed by a lower-case word, or after a known abbreviation or an
 * initial, does not end a sentence.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= start) continue;
    const next = skipSpace(text, end);
    if (next >= text.length || !startsSentence(text, next)) continue;
    const stop = match[0].indexOf('.');
    if (stop === 0 && match[0].length <= 2 && isAbbreviation(text, match.index)) continue;
    spans.push({ start: offset + start, end: offset + end });
    start = next;
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start: offset + start, end: offset + end });
  return spans;
}

/** A constant, not a literal in the loops: a literal is a new object each time it is evaluated. */
const SPACE = /\s/;

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}
