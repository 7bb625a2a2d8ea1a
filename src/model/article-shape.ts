import { z } from 'zod';
import { EntitySchema } from './entity.js';
import { QuoteSchema } from './quote.js';
import { BlockSchema } from './span.js';
import { BylineSchema, CaptionSchema, DatelineSchema, ParagraphSchema } from './structure.js';
import { SCHEMA_VERSION } from './version.js';
import { WarningSchema } from './warning.js';

/** The shape of an article, before the rules that tie its spans to its text. */
export const ArticleShapeSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The article's normalized text; every span indexes into it. */
  text: z.string(),
  headline: BlockSchema.nullable(),
  subheadline: BlockSchema.optional(),
  /** The lead photo caption: the first caption, when one comes before the body or opens it. */
  caption: CaptionSchema.nullable(),
  /** Every photo caption in the article, in order (the lead caption first, when there is one). */
  captions: z.array(CaptionSchema),
  byline: BylineSchema.nullable(),
  dateline: DatelineSchema.nullable(),
  paragraphs: z.array(ParagraphSchema),
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  warnings: z.array(WarningSchema),
});

export type ArticleShape = z.infer<typeof ArticleShapeSchema>;
