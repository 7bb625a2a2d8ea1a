import { ValidationError } from '../errors/validation-error.js';
import type { Article } from '../model/article.js';
import { ArticleShapeSchema, type ArticleShape } from '../model/article-shape.js';
import { checkArticleRules } from '../model/rules.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { formatPath, type ValidationIssue } from './issues.js';
import { checkLimits } from './limits.js';
import { shapeIssues } from './shape-issues.js';

/**
 * What {@link validateArticle} finds: the article, typed, or every issue with it.
 *
 * @example
 * ```ts
 * import { validateArticle, type Article, type ValidationResult } from 'newsdoc';
 *
 * declare const body: string;
 * const result: ValidationResult = validateArticle(JSON.parse(body));
 * const article: Article | null = result.ok ? result.article : null;
 * if (!result.ok) console.error(`${result.issues.length} issues`);
 * ```
 */
export type ValidationResult = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly issues: ValidationIssue[] };

/**
 * The versions of the document model this release reads.
 *
 * @example
 * ```ts
 * import { READABLE_SCHEMA_VERSIONS } from 'newsdoc';
 *
 * declare const document: { schemaVersion?: unknown };
 * const { schemaVersion } = document;
 * if (typeof schemaVersion === 'string' && !READABLE_SCHEMA_VERSIONS.includes(schemaVersion)) {
 *   console.error(`schemaVersion ${schemaVersion} needs another newsdoc; this one reads ${READABLE_SCHEMA_VERSIONS.join(', ')}`);
 * }
 * ```
 */
export const READABLE_SCHEMA_VERSIONS: readonly string[] = [SCHEMA_VERSION];

function versionIssue(value: unknown): ValidationIssue | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('schemaVersion' in value)) return null;
  const declared = (value as { schemaVersion: unknown }).schemaVersion;
  if (declared === SCHEMA_VERSION) return null;
  const readable = READABLE_SCHEMA_VERSIONS.join(', ');
  return {
    code: 'unsupported-version',
    path: 'schemaVersion',
    message:
      typeof declared === 'string'
        ? `the document declares schemaVersion ${JSON.stringify(declared)}; this release of newsdoc reads ${readable}`
        : `schemaVersion must be a version string; this release of newsdoc reads ${readable}`,
  };
}

/**
 * Validates a value that claims to be a newsdoc article — JSON from another system, a CMS, a
 * model — and reports every problem, not only the first: its shape (types, missing and unknown
 * fields, values out of range) and, when the shape is right, the rules that tie it together
 * (every span inside `text` and reading the element's text, paragraphs in order, unique ids,
 * references that resolve, quote kinds that agree with the quotation marks).
 *
 * Never throws, whatever it is given. Guards run first: values nested deeper than 64 levels
 * (`too-deep`), holding more than 10,000,000 values (`too-large`), or that throw when read
 * (`unreadable-value`) are refused before any other check. `__proto__` and `constructor` keys
 * are reported as unknown keys and never copied into the result, so validation cannot pollute
 * prototypes. A document of another `schemaVersion` gets one `unsupported-version` issue.
 *
 * @param value Anything: typically the result of `JSON.parse`.
 * @returns `{ ok: true, article }` with the article typed (a clean copy of the input), or
 *   `{ ok: false, issues }` with every issue found, each with a stable `code`, a JSON `path`
 *   and a `message`.
 * @example
 * ```ts
 * import { validateArticle } from 'newsdoc';
 *
 * declare const body: string; // a request body
 * const result = validateArticle(JSON.parse(body));
 * if (result.ok) {
 *   console.log(result.article.headline?.text);
 * } else {
 *   for (const issue of result.issues) console.error(`${issue.path}: ${issue.message} (${issue.code})`);
 *   // entities[2].mentions[0].span: span 120..131 of entities[2].mentions[0] reads "Xinjiang Uy" but the mention says "Xinjiang" (span-text-mismatch)
 * }
 * ```
 */
export function validateArticle(value: unknown): ValidationResult {
  const limit = checkLimits(value);
  if (limit) return { ok: false, issues: [limit] };
  const version = versionIssue(value);
  if (version) return { ok: false, issues: [version] };
  let shape: ReturnType<typeof ArticleShapeSchema.safeParse>;
  try {
    shape = ArticleShapeSchema.safeParse(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ code: 'unreadable-value', path: '', message: `the document could not be read: ${reason}` }] };
  }
  if (!shape.success) return { ok: false, issues: shapeIssues(shape.error.issues, value) };
  // The rules run only over a well-formed document, so that one wrong type does not cascade.
  const article: ArticleShape = shape.data;
  const violations = checkArticleRules(article);
  if (violations.length > 0) {
    return {
      ok: false,
      issues: violations.map((violation) => ({ code: violation.rule, path: formatPath(violation.path), message: violation.message })),
    };
  }
  return { ok: true, article };
}

/**
 * Like {@link validateArticle}, but throws a `ValidationError` (code `invalid-article`) carrying
 * every issue when the value is not a valid article; narrows the value's type when it is.
 *
 * @example
 * ```ts
 * import { assertArticle, isNewsdocError } from 'newsdoc';
 *
 * declare const body: string; // a request body
 * const value: unknown = JSON.parse(body);
 * try {
 *   assertArticle(value);
 *   console.log(value.paragraphs.length); // value is an Article here
 * } catch (error) {
 *   if (isNewsdocError(error) && error.code === 'invalid-article') console.error(error.message);
 * }
 * ```
 */
export function assertArticle(value: unknown): asserts value is Article {
  const result = validateArticle(value);
  if (!result.ok) throw new ValidationError(result.issues);
}
