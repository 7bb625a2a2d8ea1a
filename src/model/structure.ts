import { z } from 'zod';
import { BlockSchema, SpanSchema } from './span.js';

/** A photo caption and its credit (`PHOTO/XINHUA`, `Xinhua/Li Xin`, `File: Reuters`). */
export const CaptionSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    credit: BlockSchema.nullable(),
  })
  .meta({ id: 'Caption' });
export type Caption = z.infer<typeof CaptionSchema>;

/** One author named in a byline. */
export const AuthorSchema = z
  .strictObject({
    name: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Author' });
export type Author = z.infer<typeof AuthorSchema>;

/** The byline (`By JOHN SMITH`, `By Shi Fang ( People's Daily ) 09:20, November 19, 2020`). */
export const BylineSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    authors: z.array(AuthorSchema),
  })
  .meta({ id: 'Byline' });
export type Byline = z.infer<typeof BylineSchema>;

/** The dateline that opens the first paragraph (`BEIJING, Sept 4 (Xinhua) --`). */
export const DatelineSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    /** The place as written (`BEIJING`, `WASHINGTON`, `LONDON`). */
    place: z.string().nullable(),
    /** The news agency as written (`Xinhua`, `AP`, `Reuters`). */
    agency: z.string().nullable(),
    /** The date as written (`Sept 4`). */
    date: z.string().nullable(),
  })
  .meta({ id: 'Dateline' });
export type Dateline = z.infer<typeof DatelineSchema>;

/** A paragraph of the article body; `index` is its position in `Article.paragraphs`. */
export const ParagraphSchema = z
  .strictObject({
    index: z.number().int().nonnegative(),
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Paragraph' });
export type Paragraph = z.infer<typeof ParagraphSchema>;
