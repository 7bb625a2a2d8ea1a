import { z } from 'zod';

/**
 * A half-open range `[start, end)` in UTF-16 code units of `Article.text`, so that
 * `article.text.slice(span.start, span.end)` is the text the element claims.
 *
 * @example
 * ```ts
 * import { SpanSchema } from 'newsdoc';
 *
 * SpanSchema.safeParse({ start: 0, end: 16 }).success; // true
 * SpanSchema.safeParse({ start: 16, end: 0 }).success; // false: start after end
 * SpanSchema.safeParse({ start: -1, end: 3 }).success; // false: a negative offset
 * ```
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

/**
 * A half-open range `[start, end)` in UTF-16 code units of `Article.text` (the type of {@link SpanSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Span } from 'newsdoc';
 *
 * const article = parseArticle('Storm hits coast\n\nA storm hit the coast on Monday.\n\nThousands lost power.');
 * const spans: Span[] = article.paragraphs.map((paragraph) => paragraph.span);
 * spans.map(({ start, end }) => article.text.slice(start, end)); // ['A storm hit the coast on Monday.', 'Thousands lost power.']
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * A piece of the article's text with its location: `text === article.text.slice(span.start, span.end)`.
 *
 * @example
 * ```ts
 * import { BlockSchema } from 'newsdoc';
 *
 * const headline = BlockSchema.parse({ text: 'Storm hits coast', span: { start: 0, end: 16 } });
 * headline.span.end - headline.span.start; // 16
 * ```
 */
export const BlockSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Block', description: 'A piece of Article.text: text equals text.slice(span.start, span.end).' });

/**
 * A piece of the article's text with its location (the type of {@link BlockSchema}); headline, caption
 * credit, quote cue, entity mention and role are blocks, and captions, bylines and paragraphs extend one.
 *
 * @example
 * ```ts
 * import type { Article, Block } from 'newsdoc';
 *
 * declare const article: Article;
 * const blocks: Block[] = [article.headline, article.byline, ...article.paragraphs].filter((block) => block !== null);
 * for (const block of blocks) console.log(`${block.span.start}..${block.span.end}`, block.text);
 * ```
 */
export type Block = z.infer<typeof BlockSchema>;
