import type { Readable } from 'node:stream';
import type { ExitCode } from './exit-code.js';
import type { ProgressStream } from './progress.js';

/** What a command may use of the process: it never writes to stdout itself (see {@link CommandResult}). */
export interface CommandContext {
  readonly stdin: Readable;
  /** Standard error, for the progress line only. */
  readonly stderr: ProgressStream;
}

/**
 * What a command produced. The caller writes `stdout` in one piece once the command is over, so
 * that a command that fails half-way never leaves partial JSON on standard output.
 */
export interface CommandResult {
  readonly exitCode: ExitCode;
  readonly stdout: string;
  /** Messages for standard error, one per problem, without the `newsdoc: ` prefix. */
  readonly messages: readonly string[];
}

/** One `newsdoc <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list of `newsdoc --help`. */
  readonly summary: string;
  /** The text of `newsdoc <name> --help`. */
  readonly help: string;
  run(args: readonly string[], context: CommandContext): Promise<CommandResult>;
}
