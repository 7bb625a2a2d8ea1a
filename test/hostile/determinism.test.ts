import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// The same input and options give byte-identical JSON: on every run, and in another process with
// another locale and time zone (nothing may depend on them, nor on object key order).
const fixtures = new URL('../fixtures/', import.meta.url);
const inputs = readdirSync(fixtures).map((name) => {
  const file = readdirSync(new URL(`${name}/`, fixtures)).find((entry) => entry.startsWith('input.'))!;
  return fileURLToPath(new URL(`${name}/${file}`, fixtures));
});
const parseAll = () => inputs.map((file) => JSON.stringify(parseArticle(readFileSync(file, 'utf8'), { publishedAt: '2022-09-05' })));

describe('determinism', () => {
  it('gives byte-identical JSON on every run', () => {
    expect(parseAll()).toEqual(parseAll());
  });

  it('gives byte-identical JSON in a process with another locale and time zone', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parseArticle } from ${JSON.stringify(fileURLToPath(new URL('../../src/index.ts', import.meta.url)))};
      const files = ${JSON.stringify(inputs)};
      process.stdout.write(JSON.stringify(files.map((file) => JSON.stringify(parseArticle(readFileSync(file, 'utf8'), { publishedAt: '2022-09-05' })))));
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual(parseAll());
  }, 60_000); // a fresh process loads the tagger and the TypeScript loader first
});
