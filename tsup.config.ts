import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Two builds of `src/index.ts` into `dist/`:
 *
 * - ESM (`index.js` + `index.d.ts`) leaves every dependency external, as npm installs them.
 * - CommonJS (`index.cjs` + `index.d.cts`) bundles the ESM-only dependencies (unified,
 *   remark-parse, mdast-util-to-string and their whole tree), because a CommonJS file that
 *   `require`s an ES module fails on Node < 20.19 and in some bundlers. Only `zod` stays
 *   external: it is a peer dependency (one copy shared with the caller) and ships CommonJS.
 *
 * `platform: 'neutral'` resolves the dependencies' default (browser-safe) export conditions, so
 * neither build pulls in Node built-ins.
 */

/** Every import except `zod` and its subpaths (`zod/v4/core`). */
const EVERYTHING_BUT_ZOD = /^(?!zod(?:\/|$))/;

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
    { ...shared, name: 'esm', format: 'esm' },
    {
      ...shared,
      name: 'cjs',
      format: 'cjs',
      noExternal: [EVERYTHING_BUT_ZOD],
      external: ['zod'],
    },
  ];
});
