import { z } from 'zod';

/** The most paragraphs `generateArticle` writes: enough for a long story, small enough to stay fast. */
export const MAX_GENERATED_PARAGRAPHS = 200;

/**
 * Options of {@link generateArticle}.
 *
 * @example
 * ```ts
 * import { GenerateOptionsSchema } from 'newsdoc';
 *
 * GenerateOptionsSchema.parse({ seed: 7 }); // { seed: 7, caption: true, byline: true, dateline: true, quotes: true, entities: true }
 * GenerateOptionsSchema.safeParse({ seed: 7, paragraphs: 0 }).success; // false: at least one paragraph
 * ```
 */
export const GenerateOptionsSchema = z.strictObject({
  /** The seed: the same seed gives the same article, on every machine. Any safe integer. */
  seed: z.number().int(),
  /**
   * How many body paragraphs to write (the lead included). When left out, the seed picks 4 to 8.
   */
  paragraphs: z.number().int().min(1).max(MAX_GENERATED_PARAGRAPHS).optional(),
  /**
   * Whether to open with a photo caption and its credit (`... (PHOTO/XINHUA)`).
   * @default true
   */
  caption: z.boolean().default(true),
  /**
   * Whether to write a byline (`By Maria Lopez and Wang Jun`).
   * @default true
   */
  byline: z.boolean().default(true),
  /**
   * Whether the first paragraph opens with a dateline (`BEIJING, Sept 4 (Xinhua) --`).
   * @default true
   */
  dateline: z.boolean().default(true),
  /**
   * Whether people are quoted. Without quotes the body is plain statements and `quotes` is empty.
   * @default true
   */
  quotes: z.boolean().default(true),
  /**
   * Whether to annotate entities. The text is the same either way; without entities, `entities`
   * is empty and every speaker's `entityId` is `null`.
   * @default true
   */
  entities: z.boolean().default(true),
});

/**
 * Options of {@link generateArticle}, as the caller writes them (only `seed` is required).
 *
 * @example
 * ```ts
 * import { generateArticle, type GenerateOptions } from 'newsdoc';
 *
 * // Short articles without quotes, for a layout test.
 * const options: GenerateOptions = { seed: 42, paragraphs: 2, quotes: false };
 * const article = generateArticle(options);
 * article.quotes.length; // 0
 * ```
 */
export type GenerateOptions = z.input<typeof GenerateOptionsSchema>;
/**
 * Options of {@link generateArticle} with every default filled in.
 *
 * @example
 * ```ts
 * import { GenerateOptionsSchema, type ResolvedGenerateOptions } from 'newsdoc';
 *
 * const resolved: ResolvedGenerateOptions = GenerateOptionsSchema.parse({ seed: 1, byline: false });
 * resolved.caption; // true, the default
 * resolved.paragraphs; // undefined: the seed picks 4 to 8
 * ```
 */
export type ResolvedGenerateOptions = z.output<typeof GenerateOptionsSchema>;
