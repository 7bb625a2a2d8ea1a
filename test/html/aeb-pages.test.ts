/**
 * Real news pages from the Article Extraction Benchmark (../shared/corpora/aeb-html, never copied
 * here): a sample of them parse as HTML into articles whose spans are exact, whose pieces read
 * the input they claim, and which keep or report every visible word. The benchmark's score is
 * measured by `npm run eval` (scripts/eval/aeb.ts), not here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { readHtml } from '../../src/input/html/read-html.js';
import { AEB_DIR, aebAvailable, bodyOf, scorePage } from '../../scripts/eval/aeb.js';
import { checkCoverage, checkSpans } from '../support/invariants.js';
import { checkHtmlAccounted, checkPiecePositions } from './accounting.js';

const available = aebAvailable();
if (!available) console.warn(`aeb-pages.test.ts: skipped, ${AEB_DIR} is absent (../shared is not beside the repository)`);

/** Every 12th page: enough variety, a few seconds. */
const pages = available
  ? readdirSync(join(AEB_DIR, 'html')).filter((name) => name.endsWith('.html.gz')).sort().filter((_, i) => i % 12 === 0)
  : [];

describe.skipIf(!available)('AEB pages as HTML input', () => {
  const truth = available ? (JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>) : {};

  it.each(pages)('%s', (name) => {
    const html = gunzipSync(readFileSync(join(AEB_DIR, 'html', name))).toString('utf8');
    const article = parseArticle(html, { format: 'html', entities: false, quotes: false });
    expect(checkSpans(article)).toEqual([]);
    expect(checkCoverage(article)).toEqual([]);
    expect(checkHtmlAccounted(html, article)).toEqual([]);
    expect(checkPiecePositions(html, readHtml(html))).toEqual([]);
    // Left-out page text is summarized in a few warnings, not one per element.
    expect(article.warnings.length).toBeLessThan(60);
    const body = bodyOf(article);
    expect(scorePage(truth[name.replace(/\.html\.gz$/, '')]?.articleBody ?? '', body).recall).toBeGreaterThan(0.3);
  });

  it('finds the pages', () => {
    expect(existsSync(join(AEB_DIR, 'ground-truth.json'))).toBe(true);
    expect(pages.length).toBeGreaterThan(10);
  });
});
