import { z } from 'zod';
import type { RuleCode } from '../model/rules.js';

/**
 * Stable codes of what `validateArticle` reports. Shape codes come from the document's structure;
 * rule codes from the rules that tie it together (see `RULES_DESCRIPTION`); limit codes from the
 * guards that run before either.
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

export const ValidationCodeSchema = z.enum(VALIDATION_CODES).meta({ id: 'ValidationCode' });
export type ValidationCode = z.infer<typeof ValidationCodeSchema>;

/** One problem with a document: a stable code, where it is (a JSON path) and what is wrong. */
export const ValidationIssueSchema = z
  .strictObject({
    code: ValidationCodeSchema,
    /** Where, as a JSON path from the document's root: `quotes[3].speaker.entityId`; `''` for the root. */
    path: z.string(),
    /** What is wrong, for a person to read. */
    message: z.string(),
  })
  .meta({ id: 'ValidationIssue' });
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
