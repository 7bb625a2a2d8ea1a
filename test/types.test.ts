// Type tests of the public types. They are checked by `tsc --noEmit` (the `typecheck` script) and
// also run as ordinary vitest tests, where `expectTypeOf` does nothing at run time.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  ArticleSchema,
  isNewsdocError,
  parseArticle,
  WARNING_CODES,
  type Article,
  type InputFormat,
  type NewsdocError,
  type NewsdocErrorCode,
  type ParseOptions,
  type Quote,
  type Span,
  type WarningCode,
} from '../src/index.js';

describe('public types', () => {
  it('Article is the output type of ArticleSchema', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.output<typeof ArticleSchema>>();
  });

  it('Article fields have the documented shapes', () => {
    expectTypeOf<Article['headline']>().toEqualTypeOf<{
      text: string;
      span: { start: number; end: number };
    } | null>();
    expectTypeOf<Article['subheadline']>().toEqualTypeOf<
      { text: string; span: { start: number; end: number } } | undefined
    >();
    expectTypeOf<Article['text']>().toEqualTypeOf<string>();
    expectTypeOf<Article['schemaVersion']>().toEqualTypeOf<'1.0.0'>();
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>();
    expectTypeOf<Quote['kind']>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>();
    expectTypeOf<WarningCode>().toEqualTypeOf<(typeof WARNING_CODES)[number]>();
  });

  it('parseArticle takes a string and optional options, and returns an Article', () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseArticle).parameter(1).toEqualTypeOf<ParseOptions | null | undefined>();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
  });

  it('ParseOptions accepts the known formats and rejects others', () => {
    expectTypeOf<InputFormat>().toEqualTypeOf<'auto' | 'text' | 'markdown' | 'html'>();
    expectTypeOf({ format: 'markdown' } as const).toExtend<ParseOptions>();
    expectTypeOf({}).toExtend<ParseOptions>();
    expectTypeOf({ maxInputLength: 1000 }).toExtend<ParseOptions>();

    expectTypeOf({ format: 'html' } as const).toExtend<ParseOptions>();
    // @ts-expect-error 'pdf' is not an input format
    const pdf: ParseOptions = { format: 'pdf' };
    void pdf;
  });

  it('isNewsdocError narrows to NewsdocError with a stable code', () => {
    expectTypeOf(isNewsdocError).guards.toEqualTypeOf<NewsdocError>();
    expectTypeOf<NewsdocError['code']>().toEqualTypeOf<NewsdocErrorCode>();
  });
});
