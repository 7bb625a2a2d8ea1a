import { z } from 'zod';

/**
 * A half-open range `[start, end)` in UTF-16 code units of `Article.text`, so that
 * `article.text.slice(span.start, span.end)` is the text the element claims.
 */
export const SpanSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.start <= span.end, {
    message: 'span.start must not be greater than span.end',
  })
  .meta({ id: 'Span', description: 'Half-open range [start, end) in UTF-16 code units of Article.text.' });

export type Span = z.infer<typeof SpanSchema>;

/** A piece of the article's text with its location: `text === article.text.slice(span.start, span.end)`. */
export const BlockSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Block', description: 'A piece of Article.text: text equals text.slice(span.start, span.end).' });

export type Block = z.infer<typeof BlockSchema>;
