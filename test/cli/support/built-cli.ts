import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
/** The built CLI, the package's `bin`. */
export const CLI = join(REPO, 'dist', 'cli.js');

/** What the built files are made from: newer than dist/ means dist/ is stale. */
const BUILD_INPUTS = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'tsconfig.build.json'];
/** What the CLI needs at run time: itself and the library build it imports. */
const BUILD_OUTPUTS = [CLI, join(REPO, 'dist', 'index.js')];

/** Serializes builds between test processes (vitest workers, or two `npm test` at once). */
const LOCK = join(REPO, 'node_modules', '.cache', 'newsdoc-cli-build.lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), stats.mtimeMs);
}

function isBuildFresh(): boolean {
  let builtAt = Number.POSITIVE_INFINITY;
  for (const output of BUILD_OUTPUTS) {
    try {
      builtAt = Math.min(builtAt, statSync(output).mtimeMs);
    } catch {
      return false;
    }
  }
  return BUILD_INPUTS.every((input) => newestModification(join(REPO, input)) <= builtAt);
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false });
    return true;
  } catch {
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * Builds the package (`tsup`, as `npm run build` does) when dist/cli.js or dist/index.js is missing
 * or older than a source, so that `npm test` on a clean clone tests the CLI as it ships. Waits
 * for a build another test process started rather than racing it.
 */
export async function ensureBuiltCli(): Promise<void> {
  mkdirSync(join(REPO, 'node_modules', '.cache'), { recursive: true });
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    if (isBuildFresh()) return;
    const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
    const build = spawnSync(process.execPath, [tsup], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`tsup failed (exit code ${build.status}):\n${build.stdout}${build.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** What a run of the CLI printed and how it ended. */
export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI, as `node dist/cli.js ...args`, in `cwd`, with `stdin` piped in.
 */
export function runCli(args: readonly string[], options: { readonly cwd?: string; readonly stdin?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd ?? REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}
