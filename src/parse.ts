import type { Article } from './model/article.js';
import { SCHEMA_VERSION } from './model/version.js';
import type { ParseOptions } from './options.js';

/**
 * Parses a news article (plain text or Markdown) into an {@link Article}.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'newsdoc';
 * const article = parseArticle('Storm hits coast\n\nA storm hit the coast on Monday.');
 * article.headline?.text; // 'Storm hits coast'
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions | null): Article {
  void options;
  return {
    schemaVersion: SCHEMA_VERSION,
    text: input,
    headline: null,
    caption: null,
    captions: [],
    byline: null,
    dateline: null,
    paragraphs: [],
    quotes: [],
    entities: [],
    warnings: [],
  };
}
