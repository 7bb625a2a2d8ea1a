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

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Thrown for bytes that are not UTF-8, with where the first bad one is. */
class InvalidUtf8Error extends Error {}

/** The byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The exact ranges for the second byte rule out overlong forms, surrogates and code points past U+10FFFF.
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** Decodes UTF-8 strictly: text with bytes that are not UTF-8 is refused, never silently replaced. */
function decodeUtf8(bytes: Uint8Array): string {
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) throw new InvalidUtf8Error(`not valid UTF-8 (byte ${bad}); convert it to UTF-8 first`);
  // A byte order mark is kept, as parseArticle expects and reports it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * Reads every file (and standard input for `-`) as UTF-8 before any work starts, so that a
 * command either has all its inputs or stops having written nothing. Bytes that are not UTF-8
 * make the file unreadable (with the offset of the first bad byte), never replacement characters.
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
      sources.push({ file, text: decodeUtf8(file === STDIN ? await readStream(stdin) : await readFile(file)) });
    } catch (error) {
      problems.push(`cannot read ${displayName(file)}: ${error instanceof InvalidUtf8Error ? error.message : describeFileError(error)}`);
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
