import { wantsHelp } from './args.js';
import { CliError, usageError } from './cli-error.js';
import type { Command, CommandContext, CommandResult } from './command.js';
import { fixturesCommand } from './commands/fixtures.js';
import { parseCommand } from './commands/parse.js';
import { validateCommand } from './commands/validate.js';
import { ExitCode } from './exit-code.js';
import { packageVersion } from './version.js';

const COMMANDS: readonly Command[] = [parseCommand, validateCommand, fixturesCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `newsdoc ${packageVersion()}: news articles as a typed document model

Usage: newsdoc <command> [options] <files...>

Commands:
${list}

Options:
  -h, --help     Show this help; newsdoc <command> --help shows a command's
  -v, --version  Print the version

A file named - is read from standard input.
Exit codes: 0 ok; 1 an invalid document or an article that cannot be parsed;
2 usage error, or a file that cannot be read or written.`;
}

/** What the process prints and how it exits. */
export interface CliOutput {
  readonly exitCode: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

function output(text: string): CliOutput {
  return { exitCode: ExitCode.ok, stdout: `${text}\n`, stderr: '' };
}

function lines(texts: readonly string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}

function fromResult(result: CommandResult): CliOutput {
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: lines(result.messages.map((message) => `newsdoc: ${message}`)) };
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const names = COMMANDS.map((candidate) => candidate.name).join(', ');
  throw usageError(`unknown command ${JSON.stringify(name)}; the commands are ${names}`);
}

function fromCliError(error: CliError): CliOutput {
  const messages = error.message.split('\n').map((message) => `newsdoc: ${message}`);
  if (error.kind === 'usage') messages.push(`Run 'newsdoc ${error.command === null ? '' : `${error.command} `}--help' for usage.`);
  return { exitCode: ExitCode.usage, stdout: '', stderr: lines(messages) };
}

async function dispatch(argv: readonly string[], context: CommandContext): Promise<CliOutput> {
  const [first, ...rest] = argv;
  // A bare `newsdoc` is a usage error, answered with the help on standard error.
  if (first === undefined) return { exitCode: ExitCode.usage, stdout: '', stderr: `${mainHelp()}\n` };
  if (first === '-h' || first === '--help') return output(mainHelp());
  if (first === '-v' || first === '--version') return output(packageVersion());
  if (first === 'help') return output(rest[0] === undefined ? mainHelp() : findCommand(rest[0]).help);
  const command = findCommand(first);
  if (wantsHelp(rest)) return output(command.help);
  return fromResult(await command.run(rest, context));
}

/**
 * Runs `newsdoc` with the arguments after the program's name, and says what to print and how to
 * exit; it writes nothing itself, so that standard output is written in one piece, and only
 * what a command finished (see `bin.ts`).
 * Usage errors and unreadable or unwritable files become exit code 2 with their messages; any
 * other exception is a bug of newsdoc and is thrown.
 *
 * @param argv - `process.argv.slice(2)`.
 * @param context - Standard input and standard error (for the progress line).
 */
export async function main(argv: readonly string[], context: CommandContext): Promise<CliOutput> {
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof CliError) return fromCliError(error);
    throw error;
  }
}
