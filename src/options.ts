import { z } from 'zod';
import type { Recognizer } from './entities/recognizer.js';

/**
 * The largest input `parseArticle` accepts by default, in UTF-16 code units (about 10 MB of text).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_INPUT_LENGTH, parseArticle } from 'newsdoc';
 *
 * declare const report: string; // a long report from an archive
 * const article = parseArticle(report, { maxInputLength: 2 * DEFAULT_MAX_INPUT_LENGTH });
 * ```
 */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

/**
 * Options of {@link parseArticle}.
 *
 * @example
 * ```ts
 * import { ParseOptionsSchema } from 'newsdoc';
 *
 * const options = ParseOptionsSchema.parse({ format: 'markdown' });
 * options.entities; // true, the default
 * ParseOptionsSchema.safeParse({ format: 'pdf' }).success; // false
 * ```
 */
export const ParseOptionsSchema = z.object({
  /**
   * How to read the input: `'text'` (plain text as copied from a news page), `'markdown'`,
   * `'html'` (a whole news page or an article fragment: the article's content is found and the
   * page around it left out), or `'auto'` to detect it. Plain text is never read as Markdown or
   * HTML unless it clearly is.
   * @default 'auto'
   */
  format: z.enum(['auto', 'text', 'markdown', 'html']).default('auto'),
  /**
   * The longest input accepted, in UTF-16 code units; longer input throws an `InputError` with
   * code `input-too-large`.
   * @default 10_000_000
   */
  maxInputLength: z.number().int().positive().default(DEFAULT_MAX_INPUT_LENGTH),
  /**
   * When the article was published (an ISO 8601 date or date-time, or a `Date`): gives dates
   * written without a year (`Aug 31`) and weekdays (`on Sunday`) their full ISO value.
   */
  publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true }), z.date()]).optional(),
  /**
   * Whether to recognize and link named entities. Turn it off when only the structure is needed.
   * @default true
   */
  entities: z.boolean().default(true),
  /**
   * Whether to find quotes and their speakers. Speakers are linked to entities only when
   * `entities` is on too.
   * @default true
   */
  quotes: z.boolean().default(true),
  /**
   * A named-entity recognizer to use instead of the built-in one: a function from the text and its
   * sentences to typed spans (see {@link Recognizer}). Linking, roles and dates still apply.
   */
  recognizer: z
    .custom<Recognizer>((value) => typeof value === 'function', { message: 'must be a function (input) => spans' })
    .optional(),
});

/**
 * Options of {@link parseArticle}, as the caller writes them (every field optional).
 *
 * @example
 * ```ts
 * import { parseArticle, type ParseOptions } from 'newsdoc';
 *
 * const options: ParseOptions = { format: 'markdown', publishedAt: '2026-11-25', quotes: false };
 * const article = parseArticle('# Storm hits coast\n\nA storm hit the coast on Monday.', options);
 * ```
 */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
/** Options of {@link parseArticle} with every default filled in. */
export type ResolvedParseOptions = z.output<typeof ParseOptionsSchema>;
/**
 * How {@link parseArticle} reads its input: the values of the `format` option.
 *
 * @example
 * ```ts
 * import { parseArticle, type InputFormat } from 'newsdoc';
 *
 * function formatOf(fileName: string): InputFormat {
 *   return fileName.endsWith('.md') ? 'markdown' : 'auto';
 * }
 * const article = parseArticle('# Storm hits coast\n\nA storm hit the coast.', { format: formatOf('story.md') });
 * ```
 */
export type InputFormat = ResolvedParseOptions['format'];
