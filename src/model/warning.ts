import { z } from 'zod';
import { SpanSchema } from './span.js';

/**
 * Stable codes of the problems that do not stop parsing. New codes are added in minor releases;
 * an existing code never changes meaning.
 *
 * @example
 * ```ts
 * import { WARNING_CODES, type Article } from 'newsdoc';
 *
 * declare const articles: Article[];
 * // How often each warning occurs over a batch of parsed articles.
 * const counts = new Map(WARNING_CODES.map((code) => [code, 0]));
 * for (const { warnings } of articles) {
 *   for (const warning of warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
 * }
 * ```
 */
export const WARNING_CODES = [
  /** No line could be told apart as the headline. */
  'missing-headline',
  /** The headline was chosen among several candidates; the choice may be wrong. */
  'ambiguous-headline',
  /** The article came as one line; paragraphs were recovered at sentence boundaries. */
  'lost-paragraph-breaks',
  /** Lines wrapped at a fixed width were re-joined into paragraphs. */
  'hard-wrapped-text',
  /** Text in the input that is not article text (page furniture) was left out; see `inputSpan`. */
  'dropped-text',
  /** Markdown or HTML markup with no text of its own was left out (raw HTML, images without alt text). */
  'dropped-markup',
] as const;

/**
 * The zod schema of a warning code: one of {@link WARNING_CODES}.
 *
 * @example
 * ```ts
 * import { WarningCodeSchema } from 'newsdoc';
 *
 * WarningCodeSchema.safeParse('dropped-text').success; // true
 * WarningCodeSchema.safeParse('no-such-code').success; // false
 * ```
 */
export const WarningCodeSchema = z.enum(WARNING_CODES).meta({ id: 'WarningCode' });
/**
 * A stable warning code, one of {@link WARNING_CODES} (the type of {@link WarningCodeSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type WarningCode } from 'newsdoc';
 *
 * // Warnings a pipeline that re-flows text anyway does not need to show.
 * const expected = new Set<WarningCode>(['hard-wrapped-text', 'lost-paragraph-breaks']);
 * const article = parseArticle('Storm hits coast\n\nA storm hit the coast on Monday.');
 * const shown = article.warnings.filter((warning) => !expected.has(warning.code));
 * ```
 */
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/**
 * A problem found while parsing that did not stop the work.
 *
 * @example
 * ```ts
 * import { WarningSchema } from 'newsdoc';
 *
 * const warning = WarningSchema.parse({
 *   code: 'dropped-text',
 *   message: 'Left out page furniture at 52..71 of the input: "Read the rest here."',
 *   inputSpan: { start: 52, end: 71 },
 * });
 * warning.span; // undefined: the text is not in article.text
 * ```
 */
export const WarningSchema = z
  .strictObject({
    code: WarningCodeSchema,
    message: z.string(),
    /** Where in `Article.text` the problem is, when the text concerned is kept. */
    span: SpanSchema.optional(),
    /** Where in the original input the problem is (UTF-16 code units of the input string). */
    inputSpan: SpanSchema.optional(),
  })
  .meta({ id: 'Warning' });

/**
 * A problem found while parsing that did not stop the work (the type of {@link WarningSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Warning } from 'newsdoc';
 *
 * const input = 'Storm hits coast\n\nA storm hit the coast on Monday.\n\nRead the rest here.';
 * const warnings: Warning[] = parseArticle(input).warnings;
 * for (const { code, message, inputSpan } of warnings) {
 *   console.warn(code, message, inputSpan && input.slice(inputSpan.start, inputSpan.end));
 * }
 * // dropped-text Left out page furniture at 52..71 of the input: "Read the rest here." Read the rest here.
 * ```
 */
export type Warning = z.infer<typeof WarningSchema>;
