import { z } from 'zod';
import { NewsdocError } from '../errors/newsdoc-error.js';
import type { Span } from '../model/span.js';
import type { Mention } from './mention.js';

/**
 * A span a recognizer found: its type and offsets `[start, end)` into the text it was given.
 *
 * @example
 * ```ts
 * import { RecognizedSpanSchema } from 'newsdoc';
 * import { z } from 'zod';
 *
 * // Check what an external entity model sent before handing it to parseArticle.
 * declare const response: unknown;
 * const spans = z.array(RecognizedSpanSchema).parse(response);
 * ```
 */
export const RecognizedSpanSchema = z.object({
  type: z.enum(['person', 'organization', 'place', 'date', 'misc']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
/**
 * A span a recognizer found (the type of {@link RecognizedSpanSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type RecognizedSpan } from 'newsdoc';
 *
 * // A recognizer that knows one name.
 * const article = parseArticle('Storm hits coast\n\nGov. Ana Ruiz said the storm hit Miami.', {
 *   recognizer: ({ text }) => {
 *     const spans: RecognizedSpan[] = [];
 *     const start = text.indexOf('Ana Ruiz');
 *     if (start >= 0) spans.push({ type: 'person', start, end: start + 'Ana Ruiz'.length });
 *     return spans;
 *   },
 * });
 * ```
 */
export type RecognizedSpan = z.infer<typeof RecognizedSpanSchema>;

/**
 * What a recognizer is given: the article's text and its sentences, in offsets of that text.
 *
 * @example
 * ```ts
 * import type { Recognizer, RecognizerInput } from 'newsdoc';
 *
 * declare function tagSentence(sentence: string): { label: 'person' | 'place'; start: number; end: number }[];
 * // Tag sentence by sentence, then move the offsets back into the whole text.
 * const recognizer: Recognizer = ({ text, sentences }: RecognizerInput) =>
 *   sentences.flatMap(({ start, end }) =>
 *     tagSentence(text.slice(start, end)).map((tag) => ({ type: tag.label, start: start + tag.start, end: start + tag.end })),
 *   );
 * ```
 */
export interface RecognizerInput {
  readonly text: string;
  readonly sentences: readonly Span[];
}

/**
 * A named-entity recognizer: a function from the text and its sentences to typed spans. Plug in
 * your own (an external model or service) with `options.recognizer`; the built-in one is the default.
 *
 * @example
 * ```ts
 * import { parseArticle, type Recognizer } from 'newsdoc';
 *
 * declare function runModel(text: string): { entity: 'PER' | 'ORG' | 'LOC'; begin: number; end: number }[];
 * const types = { PER: 'person', ORG: 'organization', LOC: 'place' } as const;
 * const recognizer: Recognizer = ({ text }) =>
 *   runModel(text).map((hit) => ({ type: types[hit.entity], start: hit.begin, end: hit.end }));
 * const article = parseArticle('Storm hits coast\n\nGov. Ana Ruiz said the storm hit Miami.', { recognizer });
 * ```
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
