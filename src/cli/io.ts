import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { CliError, usageError } from './cli-error.js';

/** The file name that stands for standard input. */
export const STDIN = '-';

/** One input read whole: the path as given on the command line (`-` for standard input) and its text. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** How a file is named in messages: its path as given, or `<stdin>` for `-`. */
export function displayName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

/**
 * Says in a few words why the file system refused a path: `not found`, `is a directory`,
 * `permission denied` ..., or the system's own message for anything rarer.
 *
 * @param error - What `node:fs` threw or rejected with.
 * @returns The reason, to follow `cannot read <file>: `.
 */
export function describeFileError(error: unknown): string {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EEXIST':
      return 'already exists and is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads every file (and standard input for `-`) as UTF-8 before any work starts, so that a
 * command either has all its inputs or stops having written nothing.
 *
 * @param files - Paths as given on the command line; `-` at most once.
 * @param stdin - Where `-` reads from.
 * @param command - The command, for the `--help` hint of a usage error.
 * @returns The files in the order given.
 * @throws {@link CliError} `usage` when `-` is given twice; `unreadable` naming every file that
 *   could not be read and why.
 */
export async function readSources(files: readonly string[], stdin: Readable, command: string): Promise<SourceFile[]> {
  if (files.filter((file) => file === STDIN).length > 1) {
    throw usageError('standard input (-) can be read only once', command);
  }
  const sources: SourceFile[] = [];
  const problems: string[] = [];
  // One file at a time: a batch of thousands must not run out of file descriptors.
  for (const file of files) {
    try {
      sources.push({ file, text: file === STDIN ? await readStream(stdin) : await readFile(file, 'utf8') });
    } catch (error) {
      problems.push(`cannot read ${displayName(file)}: ${describeFileError(error)}`);
    }
  }
  if (problems.length > 0) throw new CliError('unreadable', problems.join('\n'));
  return sources;
}

/**
 * Stops a stream that writes into a closed pipe (`newsdoc parse a.txt | head`) from crashing the
 * process: `EPIPE` means the reader has all it wanted, so it is ignored; any other error is
 * rethrown.
 *
 * @param stream - `process.stdout` or `process.stderr`.
 */
export function ignoreClosedPipe(stream: Writable): void {
  stream.on('error', (error: unknown) => {
    if (errnoCode(error) === 'EPIPE') return;
    throw error;
  });
}

/**
 * Writes `text` to `stream` in one call and waits until it is handed to the system, so that the
 * process does not end with output still queued. A closed pipe is not an error (see
 * {@link ignoreClosedPipe}).
 */
export function writeAll(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}
