import { assembleArticle } from './assemble.js';
import { InputError } from './errors/input-error.js';
import { checkInput, readInput } from './input/read-input.js';
import { ArticleSchema, type Article } from './model/article.js';
import { ParseOptionsSchema, type ParseOptions, type ResolvedParseOptions } from './options.js';
import { referenceDateFrom } from './entities/dates/reference-date.js';
import { addEntities } from './entities/stage.js';
import { addQuotes } from './quotes/stage.js';
import { NewsdocError } from './errors/newsdoc-error.js';
import { layOut } from './structure/layout.js';

function resolveOptions(options: ParseOptions | null | undefined): ResolvedParseOptions {
  const result = ParseOptionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `options.${issue.path.join('.')}` : 'options';
    throw new InputError('invalid-option', `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return Object.freeze(result.data);
}

/**
 * Parses a news article, as plain text copied from a news page or as Markdown, into an
 * {@link Article}: the headline, caption and credit, byline, dateline and paragraphs, every one
 * located exactly in `article.text`. Problems that do not stop parsing are in `article.warnings`.
 *
 * @param input - The article: plain text (one paragraph per line, or blank-line separated) or Markdown.
 * @param options - See {@link ParseOptions}.
 * @returns The article, validated against {@link ArticleSchema}.
 * @throws {@link InputError} when the input is not a string, is empty, or is over `maxInputLength`,
 *   or an option is invalid.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'newsdoc';
 *
 * const article = parseArticle(
 *   'Storm hits coast\n\nBy JANE DOE\n\nMIAMI (AP) — A storm hit the coast on Monday.',
 * );
 * article.headline?.text; // 'Storm hits coast'
 * article.byline?.authors[0]?.name; // 'JANE DOE'
 * article.dateline?.place; // 'MIAMI'
 * article.paragraphs[0]?.text; // 'A storm hit the coast on Monday.'
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions | null): Article {
  const resolved = resolveOptions(options);
  checkInput(input, resolved);
  const source = readInput(input, resolved.format);
  const layout = layOut(source);
  const structured = assembleArticle(layout);
  const entityStage = resolved.entities
    ? addEntities(structured, {
        recognizer: resolved.recognizer,
        reference: referenceDateFrom(resolved.publishedAt, structured.dateline?.date ?? null, structured.byline?.text ?? null),
      })
    : null;
  const withEntities = entityStage?.article ?? structured;
  // The quote stage reads the paragraphs as the entity stage tokenized them, rather than again.
  const article = resolved.quotes ? addQuotes(withEntities, entityStage?.paragraphs) : withEntities;
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    // A bug of newsdoc, never of the input: say so, typed, with what broke and where to report it.
    const first = checked.error.issues[0];
    throw new NewsdocError(
      'internal-error',
      `newsdoc built an article that breaks its own model (${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}); please report it, with the input, to newsdoc's issue tracker`,
      { cause: checked.error },
    );
  }
  return checked.data;
}
