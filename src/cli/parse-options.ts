import { ParseOptionsSchema, type ParseOptions } from 'newsdoc';
import { usageError } from './cli-error.js';

/** The `parseArgs` options that `newsdoc parse` and `newsdoc fixtures` pass on to `parseArticle`. */
export const PARSE_OPTION_FLAGS = {
  format: { type: 'string' },
  'published-at': { type: 'string' },
} as const;

/** The help lines of {@link PARSE_OPTION_FLAGS}. */
export const PARSE_OPTIONS_HELP = `  --format <auto|text|markdown|html>
                        How to read the input: plain text as copied from a news page,
                        Markdown, an HTML page or fragment, or auto to detect it
                        (default: auto)
  --published-at <iso>  When the articles were published, as an ISO 8601 date or date-time
                        (2026-11-25, 2026-11-25T09:30:00Z): dates without a year and weekdays
                        get their full ISO value`;

/**
 * Turns the values of {@link PARSE_OPTION_FLAGS} into `parseArticle` options, checked by the
 * library's own schema once, before any file is read.
 *
 * @param values - The values `parseArgs` found.
 * @param command - The command, for the `--help` hint.
 * @throws {@link CliError} `usage` when a value is not one `parseArticle` accepts.
 */
export function toParseOptions(values: { readonly format?: string | undefined; readonly 'published-at'?: string | undefined }, command: string): ParseOptions {
  const checked = ParseOptionsSchema.safeParse({ format: values.format, publishedAt: values['published-at'] });
  if (checked.success) return checked.data;
  const flag = checked.error.issues[0]?.path[0] === 'format' ? 'format' : 'published-at';
  const message =
    flag === 'format'
      ? `--format must be auto, text, markdown or html, not ${JSON.stringify(values.format)}`
      : `--published-at must be an ISO 8601 date or date-time such as 2026-11-25 or 2026-11-25T09:30:00Z, not ${JSON.stringify(values['published-at'])}`;
  throw usageError(message, command);
}
