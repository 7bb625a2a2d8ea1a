import { isNewsdocError, parseArticle, type Article } from 'newsdoc';
import { parseCommandLine } from '../args.js';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { displayName, readSources } from '../io.js';
import { PARSE_OPTION_FLAGS, PARSE_OPTIONS_HELP, toParseOptions } from '../parse-options.js';
import { startProgress } from '../progress.js';

const OPTIONS = {
  ...PARSE_OPTION_FLAGS,
  ndjson: { type: 'boolean' },
} as const;

const HELP = `Usage: newsdoc parse [options] <files...>

Parse news articles, plain text as copied from a news page or Markdown, into newsdoc
Article JSON. A file named - is read from standard input.

Output, on standard output, written only once every file has parsed:
  one file              the Article object
  several files         an array of { "file": <path as given>, "article": <Article> },
                        in the order given
  --ndjson              one { "file", "article" } object per line, for any number of
                        files (the same shape whether one file or many)

Options:
${PARSE_OPTIONS_HELP}
  --ndjson              Newline-delimited JSON, one compact object per file
  -h, --help            Show this help

Exit codes: 0 every file parsed; 1 a file holds no article newsdoc can parse (empty,
too large), named on standard error; 2 usage error or unreadable file.

Examples:
  newsdoc parse story.txt > story.json
  pbpaste | newsdoc parse --format text -
  newsdoc parse --ndjson articles/*.txt | jq -r .article.headline.text`;

interface Parsed {
  readonly file: string;
  readonly article: Article;
}

function formatOutput(parsed: readonly Parsed[], ndjson: boolean): string {
  if (ndjson) return parsed.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  const [only] = parsed;
  const value = parsed.length === 1 && only ? only.article : parsed;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `newsdoc parse`: article text files in, Article JSON out. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'Parse article text or Markdown into Article JSON',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('parse', args, OPTIONS);
    if (positionals.length === 0) throw usageError('no input: give one or more files, or - for standard input', 'parse');
    const options = toParseOptions(values, 'parse');
    const sources = await readSources(positionals, context.stdin, 'parse');

    const parsed: Parsed[] = [];
    const messages: string[] = [];
    const progress = startProgress(context.stderr, 'parse', sources.length);
    try {
      for (const source of sources) {
        try {
          parsed.push({ file: source.file, article: parseArticle(source.text, options) });
        } catch (error) {
          // What parseArticle throws is about this input (empty, too large); anything else is a bug.
          if (!isNewsdocError(error)) throw error;
          messages.push(`${displayName(source.file)}: ${error.message} (${error.code})`);
        }
        progress.advance();
      }
    } finally {
      progress.finish();
    }
    if (messages.length > 0) return { exitCode: ExitCode.invalid, stdout: '', messages };
    return { exitCode: ExitCode.ok, stdout: formatOutput(parsed, values.ndjson === true), messages: [] };
  },
};
