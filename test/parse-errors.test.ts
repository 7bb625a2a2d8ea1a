import { describe, expect, it } from 'vitest';
import { InputError, NewsdocError, isNewsdocError, parseArticle } from '../src/index.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('input that cannot be parsed', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', ['a']],
    ['undefined', undefined],
  ])('rejects %s with code invalid-input', (_, value) => {
    const error = thrown(() => parseArticle(value as unknown as string));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(NewsdocError);
    expect(isNewsdocError(error)).toBe(true);
    expect((error as InputError).code).toBe('invalid-input');
    expect((error as Error).message).toMatch(/expects the article as a string/);
  });

  it.each(['', '   ', '\n\n\t\r\n'])('rejects empty input %j with code empty-input', (value) => {
    expect((thrown(() => parseArticle(value)) as InputError).code).toBe('empty-input');
  });

  it('rejects input over the size limit, saying how to raise it', () => {
    const error = thrown(() => parseArticle('Headline\n\nBody text here.', { maxInputLength: 10 })) as InputError;
    expect(error.code).toBe('input-too-large');
    expect(error.message).toMatch(/maxInputLength/);
  });

  it('rejects an unknown format with code invalid-option and names the option', () => {
    const error = thrown(() => parseArticle('Headline', { format: 'pdf' as 'text' })) as InputError;
    expect(error.code).toBe('invalid-option');
    expect(error.message).toMatch(/^options\.format/);
  });

  it('accepts null or undefined options', () => {
    expect(parseArticle('Headline\n\nBody.', null).headline?.text).toBe('Headline');
    expect(parseArticle('Headline\n\nBody.', undefined).headline?.text).toBe('Headline');
  });

  it('tells foreign objects from newsdoc errors', () => {
    expect(isNewsdocError(new Error('x'))).toBe(false);
    expect(isNewsdocError({ code: 'empty-input' })).toBe(false);
    expect(isNewsdocError(null)).toBe(false);
  });
});
