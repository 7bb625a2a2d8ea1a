import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { isNewsdocError } from '../errors/newsdoc-error.js';
import type { Article } from '../model/article.js';
import type { Span } from '../model/span.js';
import type { Warning } from '../model/warning.js';
import { ParseOptionsSchema } from '../options.js';
import { parseArticle } from '../parse.js';
import { resolveWith } from './shared.js';

declare module 'vfile' {
  interface DataMap {
    /** The article newsdoc's {@link remarkNewsdoc} plugin built from the file. */
    article: Article;
  }
}

/**
 * Options of {@link remarkNewsdoc}: those of `parseArticle`, with `format` defaulting to
 * `'markdown'` (the plugin runs after remark-parse). Unknown keys are an error, so that a typo in a
 * `.remarkrc` is not silently ignored.
 *
 * @example
 * ```ts
 * import { RemarkNewsdocOptionsSchema } from 'newsdoc/ecosystem';
 *
 * RemarkNewsdocOptionsSchema.parse({}).format; // 'markdown'
 * RemarkNewsdocOptionsSchema.safeParse({ quote: false }).success; // false: unknown key (a typo of `quotes`)
 * ```
 */
export const RemarkNewsdocOptionsSchema = z.strictObject({
  ...ParseOptionsSchema.shape,
  /**
   * How to read the file: `'markdown'`, or `'text'` / `'auto'` for plain-text files run through
   * unified (in Markdown, lines not separated by a blank line are one paragraph).
   * @default 'markdown'
   */
  format: ParseOptionsSchema.shape.format.unwrap().default('markdown'),
});

/**
 * Options of {@link remarkNewsdoc}, as the caller writes them (every field optional).
 *
 * @example
 * ```ts
 * import remarkParse from 'remark-parse';
 * import { unified } from 'unified';
 * import { remarkNewsdoc, type RemarkNewsdocOptions } from 'newsdoc/ecosystem';
 *
 * const options: RemarkNewsdocOptions = { publishedAt: '2026-11-25', quotes: false };
 * const processor = unified().use(remarkParse).use(remarkNewsdoc, options);
 * ```
 */
export type RemarkNewsdocOptions = z.input<typeof RemarkNewsdocOptionsSchema>;

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Position {
  start: Point;
  end: Point;
}

/**
 * A unified plugin that builds the newsdoc {@link Article} of a Markdown file: use it after
 * `remark-parse`. The article is put on `file.data.article`, and every article warning becomes a
 * vfile message (`fatal: false`) with `ruleId` set to the warning code, `source: 'newsdoc'` and,
 * when the warning can be located in the file, `place` (line and column of the file).
 *
 * The article is built from the file's text, exactly as `parseArticle(String(file), { format:
 * 'markdown', ...options })` builds it, not from the syntax tree: offsets in the article (and the warnings'
 * `inputSpan`) are offsets of that text, and plugins that change the tree before this one do not
 * change the article. The tree is left as it is. The price is a second Markdown parse (newsdoc
 * reads Markdown with remark-parse itself); what it buys is one definition of the article, its
 * offsets and its warnings, whether it comes from `parseArticle` or from a pipeline. Input that cannot be parsed at all (an empty
 * file) fails the file with a fatal message whose `ruleId` is the error code (`empty-input`).
 *
 * @param options - See {@link RemarkNewsdocOptions}; validated when the processor is frozen.
 * @returns The transformer.
 * @throws `InputError` (code `invalid-option`) when an option is invalid.
 *
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import { VFile } from 'vfile';
 * import { remarkNewsdoc } from 'newsdoc/ecosystem';
 *
 * const processor = unified().use(remarkParse).use(remarkNewsdoc, { publishedAt: '2026-11-25' });
 * const file = new VFile('# Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Monday.');
 * await processor.run(processor.parse(file), file);
 * file.data.article?.dateline?.place; // 'MIAMI'
 * file.messages; // one VFileMessage per article warning
 * ```
 */
// The tree type is unified's default (any unist node): the article comes from the file's text, so
// the plugin works after any parser, and its public types need no `@types/mdast`.
export const remarkNewsdoc: Plugin<[(RemarkNewsdocOptions | null | undefined)?]> = function (options) {
  const resolved = resolveWith(RemarkNewsdocOptionsSchema, options, 'options');
  return function transformer(_tree, file) {
    const input = String(file);
    let article: Article;
    try {
      article = parseArticle(input, resolved);
    } catch (error) {
      if (!isNewsdocError(error)) throw error;
      // Throws a fatal VFileMessage: unified-engine reports it like any other fatal problem.
      return file.fail(error.message, { cause: error, ruleId: error.code, source: 'newsdoc' });
    }
    file.data.article = article;
    for (const warning of article.warnings) reportWarning(file, input, article, warning);
    return undefined;
  };
};

function reportWarning(file: VFile, input: string, article: Article, warning: Warning): void {
  const place = placeOf(input, article, warning);
  file.message(warning.message, { ...(place ? { place } : {}), ruleId: warning.code, source: 'newsdoc' });
}

/**
 * Where a warning is in the file: its `inputSpan` when it has one (exact); else its `span` in the
 * article's text, found in the file by the text of its first and last lines (exact when that text
 * is written as is in the file and only once; otherwise the warning has no place).
 */
function placeOf(input: string, article: Article, warning: Warning): Position | null {
  const lines = lineStarts(input);
  if (warning.inputSpan) return position(lines, warning.inputSpan);
  if (warning.span) {
    const span = inputSpanOf(input, article.text.slice(warning.span.start, warning.span.end));
    if (span) return position(lines, span);
  }
  return null;
}

function inputSpanOf(input: string, claimed: string): Span | null {
  const parts = claimed.split('\n').filter((part) => part.trim() !== '');
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first === undefined || last === undefined) return null;
  const start = input.indexOf(first);
  if (start < 0 || input.indexOf(first, start + 1) >= 0) return null;
  const lastStart = parts.length === 1 ? start : input.indexOf(last, start + first.length);
  if (lastStart < 0) return null;
  return { start, end: lastStart + last.length };
}

/** Offsets at which each line of `input` starts; line endings as in vfile-location (`\r\n`, `\n`, `\r`). */
function lineStarts(input: string): number[] {
  const starts = [0];
  const ending = /\r\n|\n|\r/g;
  for (let match = ending.exec(input); match; match = ending.exec(input)) starts.push(match.index + match[0].length);
  return starts;
}

function point(starts: readonly number[], offset: number): Point {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
}

function position(starts: readonly number[], span: Span): Position {
  return { start: point(starts, span.start), end: point(starts, span.end) };
}
