import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// The founding example: a China Daily story, caption first, then headline, then 9 paragraphs.
const input = readFileSync(new URL('./fixtures/seed/input.txt', import.meta.url), 'utf8');
const lines = input.split('\n').filter((line) => line.trim() !== '');

describe('the seed article', () => {
  const article = parseArticle(input);

  it('finds the caption and its credit', () => {
    expect(article.caption?.text).toBe(
      'Employees work at a factory operated by sports brand Erke in Yutian county, Xinjiang Uygur autonomous region.',
    );
    expect(article.caption?.credit?.text).toBe('PHOTO/XINHUA');
    expect(article.captions).toHaveLength(1);
  });

  it('finds the headline', () => {
    expect(article.headline?.text).toBe("Region's officials rebuke report, saying it is based on false information, rumors");
  });

  it('keeps the 9 paragraphs exactly, in order', () => {
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(lines.slice(2));
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has no byline, no dateline and no warnings', () => {
    expect(article.byline).toBeNull();
    expect(article.dateline).toBeNull();
    expect(article.warnings).toEqual([]);
  });

  it('locates every element exactly', () => {
    for (const block of [article.headline!, article.caption!, article.caption!.credit!, ...article.paragraphs]) {
      expect(article.text.slice(block.span.start, block.span.end)).toBe(block.text);
    }
  });
});
