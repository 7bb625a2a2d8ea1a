import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * Stable codes of the problems that do not stop parsing. New codes are added in minor releases;
 * an existing code never changes meaning.
 */
export const WARNING_CODES = [
  /** No line could be told apart as the headline. */
  'missing-headline',
  /** The headline was chosen among several candidates; the choice may be wrong. */
  'ambiguous-headline',
  /** The article came as one line; paragraphs were recovered at sentence boundaries. */
  'lost-paragraph-breaks',
  /** Lines wrapped at a fixed width were re-joined into paragraphs. */
  'hard-wrapped-text',
  /** Text in the input that is not article text (page furniture) was left out; see `inputSpan`. */
  'dropped-text',
  /** Markdown or HTML markup with no text of its own was left out (raw HTML, images without alt text). */
  'dropped-markup',
] as const;

export const WarningCodeSchema = z.enum(WARNING_CODES).meta({ id: 'WarningCode' });
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** A problem found while parsing that did not stop the work. */
export const WarningSchema = z
  .strictObject({
    code: WarningCodeSchema,
    message: z.string(),
    /** Where in `Article.text` the problem is, when the text concerned is kept. */
    span: SpanSchema.optional(),
    /** Where in the original input the problem is (UTF-16 code units of the input string). */
    inputSpan: SpanSchema.optional(),
  })
  .meta({ id: 'Warning' });

export type Warning = z.infer<typeof WarningSchema>;
