import { z } from 'zod';
import { BlockSchema, SpanSchema } from './span.js';

/**
 * A photo caption and its credit (`PHOTO/XINHUA`, `Xinhua/Li Xin`, `File: Reuters`).
 *
 * @example
 * ```ts
 * import { CaptionSchema } from 'newsdoc';
 *
 * const caption = CaptionSchema.parse({
 *   text: 'Workers install solar panels near Nairobi, Kenya.',
 *   span: { start: 0, end: 49 },
 *   credit: { text: 'PHOTO/XINHUA', span: { start: 51, end: 63 } },
 * });
 * caption.credit?.text; // 'PHOTO/XINHUA'
 * ```
 */
export const CaptionSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    credit: BlockSchema.nullable(),
  })
  .meta({ id: 'Caption' });
/**
 * A photo caption and its credit (the type of {@link CaptionSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Caption } from 'newsdoc';
 *
 * const article = parseArticle(
 *   'Workers install solar panels near Nairobi, Kenya. (PHOTO/XINHUA)\n\nKenya to build three solar plants\n\nKenya will build three solar plants by 2026.',
 * );
 * const caption: Caption | null = article.caption;
 * caption?.text; // 'Workers install solar panels near Nairobi, Kenya.'
 * caption?.credit?.text; // 'PHOTO/XINHUA'
 * ```
 */
export type Caption = z.infer<typeof CaptionSchema>;

/**
 * One author named in a byline.
 *
 * @example
 * ```ts
 * import { AuthorSchema } from 'newsdoc';
 * import { z } from 'zod';
 *
 * // A CMS field that lists a story's authors, with the same shape as newsdoc's.
 * const AuthorsFieldSchema = z.array(AuthorSchema).min(1);
 * AuthorsFieldSchema.parse([{ name: 'Maria Lopez', span: { start: 38, end: 49 } }]);
 * ```
 */
export const AuthorSchema = z
  .strictObject({
    name: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Author' });
/**
 * One author named in a byline (the type of {@link AuthorSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Author } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build three solar plants\n\nBy Maria Lopez and Wang Jun\n\nKenya will build three solar plants by 2026.');
 * const authors: Author[] = article.byline?.authors ?? [];
 * authors.map((author) => author.name); // ['Maria Lopez', 'Wang Jun']
 * ```
 */
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The byline (`By JOHN SMITH`, `By Shi Fang ( People's Daily ) 09:20, November 19, 2020`).
 *
 * @example
 * ```ts
 * import { BylineSchema } from 'newsdoc';
 *
 * const byline = BylineSchema.parse({
 *   text: 'By Maria Lopez',
 *   span: { start: 35, end: 49 },
 *   authors: [{ name: 'Maria Lopez', span: { start: 38, end: 49 } }],
 * });
 * byline.authors.length; // 1
 * ```
 */
export const BylineSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    authors: z.array(AuthorSchema),
  })
  .meta({ id: 'Byline' });
/**
 * The byline and the authors it names (the type of {@link BylineSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Byline } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build three solar plants\n\nBy Maria Lopez and Wang Jun\n\nKenya will build three solar plants by 2026.');
 * const byline: Byline | null = article.byline;
 * byline?.text; // 'By Maria Lopez and Wang Jun'
 * ```
 */
export type Byline = z.infer<typeof BylineSchema>;

/**
 * The dateline that opens the first paragraph (`BEIJING, Sept 4 (Xinhua) --`).
 *
 * @example
 * ```ts
 * import { DatelineSchema } from 'newsdoc';
 *
 * const dateline = DatelineSchema.parse({
 *   text: 'NAIROBI, Sept 4 (Xinhua) --',
 *   span: { start: 35, end: 62 },
 *   place: 'NAIROBI',
 *   agency: 'Xinhua',
 *   date: 'Sept 4',
 * });
 * dateline.agency; // 'Xinhua'
 * ```
 */
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
/**
 * The dateline, split into place, agency and date as written (the type of {@link DatelineSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Dateline } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build three solar plants\n\nNAIROBI, Sept 4 (Xinhua) -- Kenya will build three solar plants by 2026.');
 * const dateline: Dateline | null = article.dateline;
 * dateline?.place; // 'NAIROBI'
 * dateline?.agency; // 'Xinhua'
 * dateline?.date; // 'Sept 4'
 * ```
 */
export type Dateline = z.infer<typeof DatelineSchema>;

/**
 * A paragraph of the article body; `index` is its position in `Article.paragraphs`.
 *
 * @example
 * ```ts
 * import { ParagraphSchema } from 'newsdoc';
 *
 * ParagraphSchema.safeParse({ index: 0, text: 'A storm hit the coast.', span: { start: 18, end: 40 } }).success; // true
 * ParagraphSchema.safeParse({ index: 0.5, text: 'A storm hit the coast.', span: { start: 18, end: 40 } }).success; // false
 * ```
 */
export const ParagraphSchema = z
  .strictObject({
    index: z.number().int().nonnegative(),
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Paragraph' });
/**
 * A paragraph of the article body (the type of {@link ParagraphSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Paragraph } from 'newsdoc';
 *
 * const article = parseArticle('Storm hits coast\n\nA storm hit the coast on Monday.\n\nThousands lost power.');
 * const paragraphs: Paragraph[] = article.paragraphs;
 * paragraphs.map((paragraph) => paragraph.text); // ['A storm hit the coast on Monday.', 'Thousands lost power.']
 * ```
 */
export type Paragraph = z.infer<typeof ParagraphSchema>;
