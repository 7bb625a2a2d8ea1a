import { z } from 'zod';
import { ArticleShapeSchema } from './article-shape.js';
import { RULES_DESCRIPTION, checkArticleRules } from './rules.js';

/**
 * A news article as a document model: its normalized text, the structure found in it
 * (headline, caption, byline, dateline, paragraphs), quotes, entities and warnings.
 * The zod schema checks the shape and the rules that tie every span to `text`. For JSON from
 * other systems, {@link validateArticle} reports the same problems with stable codes and paths.
 *
 * @example
 * ```ts
 * import { ArticleSchema, parseArticle } from 'newsdoc';
 *
 * const article = parseArticle('Storm hits coast\n\nA storm hit the coast on Monday.');
 * ArticleSchema.safeParse(article).success; // true
 * // An edited headline whose span was not moved along:
 * ArticleSchema.safeParse({ ...article, headline: { text: 'Storm hits', span: { start: 0, end: 16 } } }).success; // false
 * ```
 */
export const ArticleSchema = ArticleShapeSchema.superRefine((article, ctx) => {
  for (const violation of checkArticleRules(article)) {
    ctx.addIssue({
      code: 'custom',
      path: violation.path,
      message: violation.message,
      params: { rule: violation.rule },
    });
  }
}).meta({
  id: 'Article',
  title: 'newsdoc Article',
  description: `A news article as a typed document model. ${RULES_DESCRIPTION}`,
});

/**
 * A parsed or validated news article (the type of {@link ArticleSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Article } from 'newsdoc';
 *
 * function summary(article: Article): string {
 *   const authors = article.byline?.authors.map((author) => author.name).join(' and ') ?? 'unknown';
 *   return `${article.headline?.text ?? '(no headline)'}, by ${authors}, paragraphs: ${article.paragraphs.length}`;
 * }
 * summary(parseArticle('Storm hits coast\n\nBy JANE DOE\n\nA storm hit the coast on Monday.')); // 'Storm hits coast, by JANE DOE, paragraphs: 1'
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
