import { expect, it } from 'vitest';

// The public API is the list below, written out by hand. A change to src/index.ts that adds,
// renames or drops a runtime export fails here, so that it is a decision and not an accident.
// (Type-only exports leave no runtime trace; test/types.test.ts covers them.)
it('exposes exactly the public runtime exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ArticleSchema',
    'AuthorSchema',
    'BlockSchema',
    'BylineSchema',
    'CaptionSchema',
    'DEFAULT_MAX_INPUT_LENGTH',
    'DateEntitySchema',
    'DatelineSchema',
    'EntitySchema',
    'EntityTypeSchema',
    'InputError',
    'NamedEntitySchema',
    'NewsdocError',
    'ParagraphSchema',
    'ParseOptionsSchema',
    'PersonEntitySchema',
    'QuoteKindSchema',
    'QuoteSchema',
    'RecognizedSpanSchema',
    'SCHEMA_ID',
    'SCHEMA_VERSION',
    'SpanSchema',
    'SpeakerSchema',
    'WARNING_CODES',
    'WarningCodeSchema',
    'WarningSchema',
    'isNewsdocError',
    'parseArticle',
    'quotesBySpeaker',
  ]);
});
