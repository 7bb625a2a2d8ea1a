/**
 * `newsdoc`: a news article as a typed, validated document model. Parse articles
 * ({@link parseArticle}), validate article JSON from other systems ({@link validateArticle}),
 * generate fixtures for tests ({@link generateArticle}, {@link articleFixture}), with the zod
 * schemas and inferred types of every part. Every public value and type is exported here by name.
 *
 * @module newsdoc
 */
export { parseArticle } from './parse.js';
export { ParseOptionsSchema, DEFAULT_MAX_INPUT_LENGTH } from './options.js';
export type { ParseOptions, InputFormat } from './options.js';
export { ArticleSchema } from './model/article.js';
export type { Article } from './model/article.js';
export { SpanSchema, BlockSchema } from './model/span.js';
export type { Span, Block } from './model/span.js';
export {
  CaptionSchema,
  AuthorSchema,
  BylineSchema,
  DatelineSchema,
  ParagraphSchema,
} from './model/structure.js';
export type { Caption, Author, Byline, Dateline, Paragraph } from './model/structure.js';
export { QuoteSchema, QuoteKindSchema, SpeakerSchema } from './model/quote.js';
export type { Quote, QuoteKind, Speaker } from './model/quote.js';
export { quotesBySpeaker } from './quotes/by-speaker.js';
export { toNinjs, NinjsMetaSchema, NINJS_SCHEMA_URI } from './ecosystem/ninjs.js';
export type { NinjsMeta, NinjsItem, NinjsAssociation, NinjsBody, NinjsText, NinjsConcept } from './ecosystem/ninjs.js';
export { generateArticle } from './generate/generate-article.js';
export { GenerateOptionsSchema } from './generate/options.js';
export type { GenerateOptions, ResolvedGenerateOptions } from './generate/options.js';
export { articleFixture } from './generate/article-fixture.js';
export { ArticleFixtureOverridesSchema } from './generate/fixture-overrides.js';
export type { ArticleFixtureOverrides, FixtureEntityOverride, FixtureQuoteOverride } from './generate/fixture-overrides.js';
export type { SpeakerQuotes } from './quotes/by-speaker.js';
export { RecognizedSpanSchema } from './entities/recognizer.js';
export type { Recognizer, RecognizerInput, RecognizedSpan } from './entities/recognizer.js';
export {
  EntitySchema,
  EntityTypeSchema,
  PersonEntitySchema,
  DateEntitySchema,
  NamedEntitySchema,
} from './model/entity.js';
export type { Entity, EntityType, PersonEntity, DateEntity, NamedEntity } from './model/entity.js';
export { WarningSchema, WarningCodeSchema, WARNING_CODES } from './model/warning.js';
export type { Warning, WarningCode } from './model/warning.js';
export { SCHEMA_VERSION, SCHEMA_ID } from './model/version.js';
export { NewsdocError, isNewsdocError } from './errors/newsdoc-error.js';
export type { NewsdocErrorCode } from './errors/newsdoc-error.js';
export { InputError } from './errors/input-error.js';
export { ValidationError } from './errors/validation-error.js';
export { validateArticle, assertArticle, READABLE_SCHEMA_VERSIONS } from './validate/validate-article.js';
export type { ValidationResult } from './validate/validate-article.js';
export { ValidationIssueSchema, ValidationCodeSchema, VALIDATION_CODES } from './validate/issues.js';
export type { ValidationIssue, ValidationCode } from './validate/issues.js';
