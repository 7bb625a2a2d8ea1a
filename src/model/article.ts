import { z } from 'zod';
import { ArticleShapeSchema } from './article-shape.js';
import { RULES_DESCRIPTION, checkArticleRules } from './rules.js';

/**
 * A news article as a document model: its normalized text, the structure found in it
 * (headline, caption, byline, dateline, paragraphs), quotes, entities and warnings.
 * The zod schema checks the shape and the rules that tie every span to `text`.
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

export type Article = z.infer<typeof ArticleSchema>;
