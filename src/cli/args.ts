import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Parses a command's arguments with `node:util` `parseArgs`, strictly: an unknown option or a
 * missing value is a usage error of `command`, not a crash.
 *
 * @param command - The command, for the `--help` hint.
 * @param args - The arguments after the command's name.
 * @param options - The command's options, as `parseArgs` takes them.
 * @returns The options' values and the positional arguments.
 * @throws {@link CliError} `usage` with `parseArgs`' message.
 */
export function parseCommandLine<const Options extends OptionsConfig>(command: string, args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    if (isParseArgsError(error)) throw usageError(error.message, command);
    throw error;
  }
}

/**
 * Whether the arguments ask for help (`-h` or `--help` anywhere before a `--`), checked before
 * anything else so that `newsdoc parse --bogus --help` still shows the help.
 */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}
