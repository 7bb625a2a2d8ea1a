import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkHtmlAccounted } from './html/accounting.js';
import { checkCoverage, checkInputAccounted, checkSpans } from './support/invariants.js';

const fixturesDir = fileURLToPath(new URL('./fixtures', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = join(fixturesDir, entry.name);
    const inputName = readdirSync(dir).find((name) => /^input\.(txt|md|html)$/.test(name));
    return { name: entry.name, dir, inputName };
  });

describe('golden fixtures', () => {
  it('has an input in every fixture folder', () => {
    expect(cases.filter((fixture) => !fixture.inputName).map((fixture) => fixture.name)).toEqual([]);
  });

  for (const { name, dir, inputName } of cases) {
    if (!inputName) continue;
    it(name, () => {
      const input = readFileSync(join(dir, inputName), 'utf8');
      const format = inputName.endsWith('.md') ? 'markdown' : inputName.endsWith('.html') ? 'html' : 'text';
      const article = parseArticle(input, { format });
      expect(checkSpans(article)).toEqual([]);
      expect(checkCoverage(article)).toEqual([]);
      expect(format === 'html' ? checkHtmlAccounted(input, article) : checkInputAccounted(input, article, format)).toEqual([]);
      const expectedPath = join(dir, 'expected.json');
      const actual = `${JSON.stringify(article, null, 2)}\n`;
      if (update) {
        writeFileSync(expectedPath, actual);
        return;
      }
      if (!existsSync(expectedPath)) {
        throw new Error(`${name}/expected.json is missing: write it with UPDATE_FIXTURES=1 npm test and review it by hand`);
      }
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
