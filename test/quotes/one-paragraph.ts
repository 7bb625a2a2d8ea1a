import type { Span } from '../../src/model/span.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';

/** The attributions of a one-paragraph text, as strings. */
export function quotes(text: string) {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, [{ start: 0, end: text.length }]).map((q) => ({
    kind: q.kind,
    content: slice(q.content),
    cue: slice(q.cue),
    speaker: slice(q.speaker),
  }));
}

/** The attribution of a one-paragraph text with the given cue. */
export const find = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue);
