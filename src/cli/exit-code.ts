/**
 * The exit codes of the `newsdoc` command, the same for every command:
 *
 * - `ok` (0): every file was read and every document is fine;
 * - `invalid` (1): some document is not a valid article (validate), or some article text could
 *   not be parsed (parse, fixtures: empty or too large);
 * - `usage` (2): the command line is wrong, or a file could not be read or written. Nothing was
 *   checked, so scripts must not read this as "invalid".
 */
export const ExitCode = {
  ok: 0,
  invalid: 1,
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
