/**
 * Why a command stopped before doing its work: a wrong command line (`usage`), a file it could not
 * read (`unreadable`) or write (`unwritable`). Each ends the run with exit code 2; `usage` errors
 * also point to the command's `--help`.
 */
export type CliErrorKind = 'usage' | 'unreadable' | 'unwritable';

/** A failure of the command line or the file system, with the message to print (one line per problem). */
export class CliError extends Error {
  readonly kind: CliErrorKind;
  /** The command whose `--help` a usage error points to; `null` for `newsdoc` itself. */
  readonly command: string | null;

  constructor(kind: CliErrorKind, message: string, command: string | null = null) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.command = command;
  }
}

/** A usage error of `command` (or of `newsdoc` itself when `null`). */
export function usageError(message: string, command: string | null = null): CliError {
  return new CliError('usage', message, command);
}
