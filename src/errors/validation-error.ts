import type { ValidationIssue } from '../validate/issues.js';
import { NewsdocError } from './newsdoc-error.js';

const MAX_LISTED = 10;

/**
 * Thrown by `assertArticle` when a value is not a valid article. `issues` holds every issue
 * found (the same as `validateArticle` returns); the message lists the first ten.
 *
 * @example
 * ```ts
 * import { ValidationError, assertArticle } from 'newsdoc';
 *
 * try {
 *   assertArticle({ schemaVersion: '1.0.0', text: '' });
 * } catch (error) {
 *   if (error instanceof ValidationError) {
 *     for (const issue of error.issues) console.error(issue.path, issue.code); // headline missing-field, caption missing-field ...
 *   }
 * }
 * ```
 */
export class ValidationError extends NewsdocError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const listed = issues.slice(0, MAX_LISTED).map((issue) => `  ${issue.path || '(root)'}: ${issue.message} (${issue.code})`);
    const more = issues.length > MAX_LISTED ? [`  ... and ${issues.length - MAX_LISTED} more`] : [];
    super('invalid-article', [`not a valid newsdoc article (${issues.length} issue${issues.length === 1 ? '' : 's'}):`, ...listed, ...more].join('\n'));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
