#!/usr/bin/env node
import { ignoreClosedPipe, writeAll } from './io.js';
import { main } from './main.js';

/** Exit code of a crash, a bug of newsdoc (EX_SOFTWARE of sysexits.h): distinct from 1 and 2, which scripts act on. */
const INTERNAL_ERROR = 70;

ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);

try {
  const result = await main(process.argv.slice(2), { stdin: process.stdin, stderr: process.stderr });
  await writeAll(process.stdout, result.stdout);
  await writeAll(process.stderr, result.stderr);
  // exitCode, not process.exit(): the process ends once its output has drained into a pipe.
  process.exitCode = result.exitCode;
} catch (error) {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  await writeAll(process.stderr, `newsdoc: internal error, please report it with the command and its input:\n${detail}\n`);
  process.exitCode = INTERNAL_ERROR;
}
