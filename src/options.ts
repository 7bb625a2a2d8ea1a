import { z } from 'zod';
import type { Recognizer } from './entities/recognizer.js';

/** The largest input `parseArticle` accepts by default, in UTF-16 code units (about 10 MB of text). */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

/** Options of {@link parseArticle}. */
export const ParseOptionsSchema = z.object({
  /**
   * How to read the input: `'text'` (plain text as copied from a news page), `'markdown'`, or
   * `'auto'` to detect it. Plain text is never read as Markdown unless it clearly is.
   * @default 'auto'
   */
  format: z.enum(['auto', 'text', 'markdown']).default('auto'),
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

/** Options of {@link parseArticle}, as the caller writes them (every field optional). */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
/** Options of {@link parseArticle} with every default filled in. */
export type ResolvedParseOptions = z.output<typeof ParseOptionsSchema>;
export type InputFormat = ResolvedParseOptions['format'];
