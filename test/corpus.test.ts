/**
 * Runs the invariants of `test/support/invariants.ts` over every real article in
 * `../shared/corpora/articles`, one test per article so that a failure names the file.
 * The corpus lives beside the repository, never in it; without it the suite is skipped.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ARTICLES_DIR, articlesAvailable, loadCorpus } from '../scripts/lib/corpus.js';
import { checkCoverage, checkInputAccounted, checkSpans } from './support/invariants.js';

const available = articlesAvailable();
if (!available) console.warn(`corpus.test.ts: skipped, ${ARTICLES_DIR} is absent (../shared is not beside the repository)`);
const corpus = available ? loadCorpus() : [];

describe.skipIf(!available)('articles corpus invariants', () => {
  it('has articles to check', () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  // A loop rather than it.each, whose '$name' titles are truncated.
  for (const entry of corpus) it(entry.name, () => {
    const article = parseArticle(entry.text, { format: 'text' });
    // One assertion over all three, so that a failing article shows every kind of problem at once.
    expect({
      spans: checkSpans(article),
      coverage: checkCoverage(article),
      inputAccounted: checkInputAccounted(entry.text, article, 'text'),
    }).toEqual({ spans: [], coverage: [], inputAccounted: [] });
  });
});
