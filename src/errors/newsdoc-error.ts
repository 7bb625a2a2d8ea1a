/**
 * Stable codes of the errors newsdoc throws.
 *
 * @example
 * ```ts
 * import { isNewsdocError, parseArticle, type NewsdocErrorCode } from 'newsdoc';
 *
 * function httpStatus(code: NewsdocErrorCode): number {
 *   if (code === 'input-too-large') return 413;
 *   return code === 'internal-error' ? 500 : 400;
 * }
 * try {
 *   parseArticle('   ');
 * } catch (error) {
 *   if (isNewsdocError(error)) console.error(httpStatus(error.code), error.message); // 400 (code 'empty-input')
 * }
 * ```
 */
export type NewsdocErrorCode =
  | 'invalid-input'
  | 'empty-input'
  | 'input-too-large'
  | 'invalid-option'
  | 'invalid-recognizer-result'
  | 'invalid-article'
  | 'internal-error'
  | 'invalid-fixture';

const BRAND = Symbol.for('newsdoc.error');

/**
 * The base class of every error newsdoc throws. `code` is stable across releases;
 * `message` says what went wrong and what to do.
 *
 * @example
 * ```ts
 * import { NewsdocError, parseArticle } from 'newsdoc';
 *
 * try {
 *   parseArticle('', { format: 'text' });
 * } catch (error) {
 *   // instanceof works within one copy of newsdoc; across its ESM and CommonJS builds use isNewsdocError.
 *   if (error instanceof NewsdocError) console.error(error.code); // 'empty-input'
 * }
 * ```
 */
export class NewsdocError extends Error {
  readonly code: NewsdocErrorCode;

  constructor(code: NewsdocErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NewsdocError';
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether `value` is an error thrown by newsdoc, also when it comes from another copy of the
 * package (the ESM and CommonJS builds, or another realm), where `instanceof` fails.
 *
 * @example
 * ```ts
 * import { isNewsdocError, parseArticle } from 'newsdoc';
 *
 * try {
 *   parseArticle('');
 * } catch (error) {
 *   if (isNewsdocError(error)) console.log(error.code); // 'empty-input'
 * }
 * ```
 */
export function isNewsdocError(value: unknown): value is NewsdocError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
