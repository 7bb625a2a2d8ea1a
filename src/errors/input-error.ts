import { NewsdocError, type NewsdocErrorCode } from './newsdoc-error.js';

/**
 * Thrown when the input cannot be parsed at all: not a string, empty, or over the size limit.
 *
 * @example
 * ```ts
 * import { InputError, parseArticle } from 'newsdoc';
 *
 * try {
 *   parseArticle('x'.repeat(2_000), { maxInputLength: 1_000 });
 * } catch (error) {
 *   if (error instanceof InputError) console.error(error.code); // 'input-too-large'
 * }
 * ```
 */
export class InputError extends NewsdocError {
  constructor(code: Extract<NewsdocErrorCode, 'invalid-input' | 'empty-input' | 'input-too-large' | 'invalid-option'>, message: string) {
    super(code, message);
    this.name = 'InputError';
  }
}
