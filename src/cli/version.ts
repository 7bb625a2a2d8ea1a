import { readFileSync } from 'node:fs';

/**
 * Replaced by the package's version when tsup builds `dist/cli.js` (see `define` in
 * tsup.config.ts), so the built CLI does not depend on where package.json sits beside it.
 */
declare const __NEWSDOC_VERSION__: string | undefined;

/**
 * The version of newsdoc, as in its package.json.
 *
 * @returns The version, such as `0.1.0`.
 */
export function packageVersion(): string {
  if (typeof __NEWSDOC_VERSION__ === 'string') return __NEWSDOC_VERSION__;
  // Run from the sources (tsx, vitest), nothing was substituted: src/cli/ is two folders below package.json.
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}
