import { validateArticle, type ValidationCode } from 'newsdoc';
import { parseCommandLine } from '../args.js';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { displayName, readSources, type SourceFile } from '../io.js';
import { startProgress } from '../progress.js';

const OPTIONS = {
  json: { type: 'boolean' },
} as const;

const HELP = `Usage: newsdoc validate [options] <files...>

Check article JSON files against the newsdoc document model: the shape, and every rule
that ties the document together (spans inside the text and reading what they claim,
paragraphs in order, unique ids, references that resolve). A file named - is read from
standard input.

Output, on standard output: one line per issue,
  <file>: <path>: <message> (<code>)
then a summary line. A file that is not JSON gets one issue with code invalid-json.

Options:
  --json                Machine-readable output instead:
                        { "ok": <all valid>, "files": [{ "file", "ok",
                          "issues": [{ "code", "path", "message" }] }] }
  -h, --help            Show this help

Exit codes: 0 every file is a valid article; 1 some file is not (not JSON, or invalid);
2 usage error or unreadable file.

Examples:
  newsdoc validate incoming/*.json
  curl -s https://cms.example/article/42 | newsdoc validate --json -`;

/** An issue of `validateArticle`, or `invalid-json` when the file is not JSON at all. */
interface FileIssue {
  readonly code: ValidationCode | 'invalid-json';
  readonly path: string;
  readonly message: string;
}

interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly issues: readonly FileIssue[];
}

const BYTE_ORDER_MARK = '\uFEFF';

function checkFile(source: SourceFile): FileReport {
  let value: unknown;
  try {
    // Editors on Windows save JSON with a byte order mark, which JSON.parse refuses.
    value = JSON.parse(source.text.startsWith(BYTE_ORDER_MARK) ? source.text.slice(1) : source.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: source.file, ok: false, issues: [{ code: 'invalid-json', path: '', message: `not valid JSON: ${reason}` }] };
  }
  const result = validateArticle(value);
  return { file: source.file, ok: result.ok, issues: result.ok ? [] : result.issues };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatText(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((report) =>
    report.issues.map((issue) => `${displayName(report.file)}: ${issue.path || '(root)'}: ${issue.message} (${issue.code})`),
  );
  const invalid = reports.filter((report) => !report.ok);
  const issueCount = invalid.reduce((sum, report) => sum + report.issues.length, 0);
  lines.push(
    invalid.length === 0
      ? `${plural(reports.length, 'file')} checked: all valid`
      : `${plural(reports.length, 'file')} checked: ${invalid.length} invalid (${plural(issueCount, 'issue')})`,
  );
  return `${lines.join('\n')}\n`;
}

/** `newsdoc validate`: article JSON files in, their issues out. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check article JSON files against the newsdoc model',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('validate', args, OPTIONS);
    if (positionals.length === 0) throw usageError('no input: give one or more JSON files, or - for standard input', 'validate');
    const sources = await readSources(positionals, context.stdin, 'validate');

    const reports: FileReport[] = [];
    const progress = startProgress(context.stderr, 'validate', sources.length);
    try {
      for (const source of sources) {
        reports.push(checkFile(source));
        progress.advance();
      }
    } finally {
      progress.finish();
    }
    const ok = reports.every((report) => report.ok);
    const stdout = values.json === true ? `${JSON.stringify({ ok, files: reports }, null, 2)}\n` : formatText(reports);
    return { exitCode: ok ? ExitCode.ok : ExitCode.invalid, stdout, messages: [] };
  },
};
