import { readFileSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Three builds into `dist/`: the library (`src/index.ts`) twice, and the command line:
 *
 * - ESM (`index.js` + `index.d.ts`) leaves every dependency external, as npm installs them.
 *   With it, `ecosystem.js` + `ecosystem.d.ts` (the `newsdoc/ecosystem` subpath, ES module only:
 *   its types name ESM-only packages).
 * - CommonJS (`index.cjs` + `index.d.cts`) bundles the ESM-only dependencies (unified,
 *   remark-parse, mdast-util-to-string and their whole tree), because a CommonJS file that
 *   `require`s an ES module fails on Node < 20.19 and in some bundlers. Only `zod` stays
 *   external: it is a peer dependency (one copy shared with the caller) and ships CommonJS.
 * - The CLI (`cli.js`, the package's `bin`, ESM only) bundles `src/cli/` but not the library: it
 *   imports `newsdoc` by name, which Node resolves to this same package's `dist/index.js` (a
 *   package may import itself through its `exports`), so the library ships once. Its version is
 *   written in at build time, so `newsdoc --version` reads no file.
 *
 * `platform: 'neutral'` resolves the dependencies' default (browser-safe) export conditions, so
 * neither library build pulls in Node built-ins; the CLI is for Node (`platform: 'node'`).
 */

/** Every import except `zod` and its subpaths (`zod/v4/core`). */
const EVERYTHING_BUT_ZOD = /^(?!zod(?:\/|$))/;

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const shared = {
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  splitting: false,
  // tsup runs the configs of an array in parallel, so `clean: true` in each would race; the
  // config function below cleans once instead.
  clean: false,
} satisfies Options;

export default defineConfig(() => {
  // Clean once, before both builds start.
  rmSync('dist', { recursive: true, force: true });
  return [
    // The ES module build also has the `newsdoc/ecosystem` entry; the two share one chunk of
    // library code, so the weights ship once.
    { ...shared, name: 'esm', format: 'esm', entry: { index: 'src/index.ts', ecosystem: 'src/ecosystem/index.ts' }, splitting: true },
    {
      ...shared,
      name: 'cjs',
      format: 'cjs',
      noExternal: [EVERYTHING_BUT_ZOD],
      external: ['zod'],
    },
    {
      name: 'cli',
      entry: { cli: 'src/cli/bin.ts' },
      outDir: 'dist',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: 'tsconfig.build.json',
      dts: false,
      splitting: false,
      clean: false,
      // The shebang comes from src/cli/bin.ts, which esbuild keeps at the top of the output.
      external: ['newsdoc'],
      define: { __NEWSDOC_VERSION__: JSON.stringify(version) },
    },
  ];
});
