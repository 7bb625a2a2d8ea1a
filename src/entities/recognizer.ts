import { z } from 'zod';
import { NewsdocError } from '../errors/newsdoc-error.js';
import type { Span } from '../model/span.js';
import type { Mention } from './mention.js';

/** A span a recognizer found: its type and offsets `[start, end)` into the text it was given. */
export const RecognizedSpanSchema = z.object({
  type: z.enum(['person', 'organization', 'place', 'date', 'misc']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type RecognizedSpan = z.infer<typeof RecognizedSpanSchema>;

/** What a recognizer is given: the article's text and its sentences, in offsets of that text. */
export interface RecognizerInput {
  readonly text: string;
  readonly sentences: readonly Span[];
}

/**
 * A named-entity recognizer: a function from the text and its sentences to typed spans. Plug in
 * your own (an external model or service) with `options.recognizer`; the built-in one is the default.
 */
export type Recognizer = (input: RecognizerInput) => readonly RecognizedSpan[];

/** Checks what a user-supplied recognizer returned, so that a bad span fails here, clearly. */
export function checkRecognized(spans: unknown, text: string): Mention[] {
  if (!Array.isArray(spans)) {
    throw new NewsdocError('invalid-recognizer-result', `options.recognizer must return an array of spans, got ${typeof spans}`);
  }
  return spans.map((span, i) => {
    const parsed = RecognizedSpanSchema.safeParse(span);
    if (!parsed.success) {
      throw new NewsdocError('invalid-recognizer-result', `options.recognizer returned an invalid span at [${i}]: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    const { type, start, end } = parsed.data;
    if (start >= end || end > text.length) {
      throw new NewsdocError(
        'invalid-recognizer-result',
        `options.recognizer returned span [${i}] ${start}..${end}, which is empty or outside the text (length ${text.length})`,
      );
    }
    return { type, start, end };
  });
}
