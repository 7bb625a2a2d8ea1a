import type { Span } from '../model/span.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text[start, end)` does not cut a word: no letter or digit glued to a word-like edge. */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const cutsBefore = WORD_CHAR.test(text.charAt(start)) && WORD_CHAR.test(text.charAt(start - 1));
  const cutsAfter = WORD_CHAR.test(text.charAt(end - 1)) && WORD_CHAR.test(text.charAt(end));
  return !cutsBefore && !cutsAfter;
}

/**
 * Every place `needle` occurs in `text[from, to)` as whole words (`Wang` is not found in `Wangfujing`),
 * in text order. Occurrences do not overlap.
 */
export function occurrences(text: string, needle: string, from = 0, to = text.length): Span[] {
  const found: Span[] = [];
  if (needle === '') return found;
  let at = text.indexOf(needle, from);
  while (at !== -1 && at + needle.length <= to) {
    const end = at + needle.length;
    if (atWordBoundaries(text, at, end)) {
      found.push({ start: at, end });
      at = text.indexOf(needle, end);
    } else {
      at = text.indexOf(needle, at + 1);
    }
  }
  return found;
}

/** How far apart two spans are: 0 when they touch or overlap. */
function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The occurrence of `needle` nearest to `anchor` that does not overlap it (the earlier one on a tie),
 * or `null`: how a speaker or a cue is found beside its quote.
 */
export function nearestOccurrence(text: string, needle: string, anchor: Span): Span | null {
  let best: Span | null = null;
  for (const span of occurrences(text, needle)) {
    if (overlaps(span, anchor)) continue;
    if (best === null || distance(span, anchor) < distance(best, anchor)) best = span;
  }
  return best;
}
