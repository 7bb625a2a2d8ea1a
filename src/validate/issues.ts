import { z } from 'zod';
import type { RuleCode } from '../model/rules.js';

/**
 * Stable codes of what `validateArticle` reports. Shape codes come from the document's structure;
 * rule codes from the rules that tie it together (see `RULES_DESCRIPTION`); limit codes from the
 * guards that run before either.
 *
 * @example
 * ```ts
 * import { VALIDATION_CODES, validateArticle } from 'newsdoc';
 *
 * declare const documents: unknown[];
 * // How often each problem occurs in a batch of documents from another system.
 * const counts = new Map(VALIDATION_CODES.map((code) => [code, 0]));
 * for (const document of documents) {
 *   const result = validateArticle(document);
 *   if (!result.ok) for (const issue of result.issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
 * }
 * ```
 */
export const VALIDATION_CODES = [
  // The document's declared version is not one this release reads.
  'unsupported-version',
  // Shape.
  'missing-field',
  'invalid-type',
  'invalid-value',
  'out-of-range',
  'unknown-key',
  // Rules.
  'span-out-of-bounds',
  'span-text-mismatch',
  'paragraph-index',
  'paragraph-order',
  'duplicate-id',
  'unresolved-reference',
  'paragraph-reference',
  'quote-kind',
  // Limits.
  'too-deep',
  'too-large',
  'unreadable-value',
] as const satisfies readonly (string | RuleCode)[];

/**
 * The zod schema of a validation code: one of {@link VALIDATION_CODES}.
 *
 * @example
 * ```ts
 * import { ValidationCodeSchema } from 'newsdoc';
 *
 * ValidationCodeSchema.safeParse('span-text-mismatch').success; // true
 * ValidationCodeSchema.safeParse('span-mismatch').success; // false
 * ```
 */
export const ValidationCodeSchema = z.enum(VALIDATION_CODES).meta({ id: 'ValidationCode' });
/**
 * A stable validation code, one of {@link VALIDATION_CODES} (the type of {@link ValidationCodeSchema}).
 *
 * @example
 * ```ts
 * import { validateArticle, type ValidationCode } from 'newsdoc';
 *
 * // A well-formed document whose spans no longer match its text: edited without moving the spans.
 * const staleSpans = new Set<ValidationCode>(['span-out-of-bounds', 'span-text-mismatch']);
 * declare const value: unknown;
 * const result = validateArticle(value);
 * const onlyStale = !result.ok && result.issues.every((issue) => staleSpans.has(issue.code));
 * ```
 */
export type ValidationCode = z.infer<typeof ValidationCodeSchema>;

/**
 * One problem with a document: a stable code, where it is (a JSON path) and what is wrong.
 *
 * @example
 * ```ts
 * import { ValidationIssueSchema, validateArticle } from 'newsdoc';
 * import { z } from 'zod';
 *
 * // An API's error response that carries the issues, described with the same schema.
 * const ErrorResponseSchema = z.object({ error: z.literal('invalid-article'), issues: z.array(ValidationIssueSchema) });
 * const result = validateArticle({});
 * if (!result.ok) ErrorResponseSchema.parse({ error: 'invalid-article', issues: result.issues });
 * ```
 */
export const ValidationIssueSchema = z
  .strictObject({
    code: ValidationCodeSchema,
    /** Where, as a JSON path from the document's root: `quotes[3].speaker.entityId`; `''` for the root. */
    path: z.string(),
    /** What is wrong, for a person to read. */
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue' });
/**
 * One problem with a document (the type of {@link ValidationIssueSchema}).
 *
 * @example
 * ```ts
 * import { validateArticle, type ValidationIssue } from 'newsdoc';
 *
 * function format(issue: ValidationIssue): string {
 *   return `${issue.path || '(root)'}: ${issue.message} (${issue.code})`;
 * }
 * const result = validateArticle({ schemaVersion: '1.0.0', text: '' });
 * if (!result.ok) console.error(result.issues.map(format).join('\n'));
 * // headline: headline is missing (expected object) (missing-field) ...
 * ```
 */
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A path as written in JavaScript: `quotes[3].speaker.entityId`, `entities[0]["odd key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
