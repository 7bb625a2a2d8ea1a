import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewsdocError, parseArticle, validateArticle, type Article } from '../../src/index.js';
import { HTML_PIECES, fuzzSettings } from '../support/fuzz.js';
import { readHtml } from '../../src/input/html/read-html.js';
import { checkHtmlAccounted, checkPiecePositions } from '../html/accounting.js';
import { checkCoverage, checkInputAccounted, checkSpans } from '../support/invariants.js';

// Whatever text arrives, parseArticle returns an article that validates, whose spans are exact,
// which covers its text and accounts for every word character of the input, or it throws one of
// newsdoc's typed errors. Inputs mix news-like lines with the characters that break parsers,
// other spaces, storms of quotation marks, very long lines and deeply nested Markdown.
const awkward = fc.constantFrom(
  '\uD800', '\uDFFF', '\u0000', '\uFEFF', '\r\n', '\r', '\n\n', '\u00A0', '\u2028', '\u202E', '\u0301', '👩‍👩‍👧',
  '"', '“', '”', "'", '‘', '’', '«', '»', '(', ')', '[', ']', '<b>', '</p>', '<!-- x -->', '# ', '> ', '- ', '1. ',
  '*', '_', '`', '---', '|', 'By ', 'BEIJING, Sept 4 (Xinhua) --', '(PHOTO/XINHUA)', ' said.', ' said that ',
  'According to ', ', he added.', 'Xu Guixiang', 'the UN', 'OHCHR', 'Aug 31', 'on Sunday', '. ', ', ', ' ',
);
const newsWords = fc.constantFrom('The', 'report', 'Wang', 'said', 'Xinjiang', 'spokesman', 'on', 'May', 'US', 'officials');
const piece = fc.oneof(
  { weight: 4, arbitrary: awkward },
  { weight: 3, arbitrary: newsWords },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);
/** Other spaces: thin, hair, ideographic, narrow no-break, zero-width, and a tab. */
const spaces = fc.constantFrom('\u2009', '\u200A', '\u3000', '\u202F', '\u200B', '\t', '\u000B', '\u000C');
/** Thousands of quotation marks, straight or curly, with or without words between them. */
const markStorm = fc.tuple(fc.constantFrom('"', '“', '”', "'", '"a ', '“b” '), fc.integer({ min: 1000, max: 3000 })).map(([mark, count]) => mark.repeat(count));
/** One very long line: a paragraph of tens of thousands of characters with no line break. */
const longLine = fc.tuple(fc.constantFrom('word ', 'Xu said "yes" ', 'A. ', 'x'), fc.integer({ min: 1_000, max: 3_000 })).map(([unit, count]) => unit.repeat(count));
/** Markdown lists and block quotes nested tens of levels deep. */
const nested = fc.tuple(fc.constantFrom('> ', '- ', '  - ', '1. ', '>- '), fc.integer({ min: 10, max: 200 }), fc.constantFrom('Quote', '"Said," he said.', '')).map(
  ([marker, depth, text]) => Array.from({ length: depth }, (_, level) => `${marker.repeat(level + 1)}${text}`).join('\n'),
);
const articleLike = fc.array(fc.oneof({ weight: 10, arbitrary: piece }, { weight: 1, arbitrary: spaces }), { maxLength: 80 }).map((pieces) => pieces.join(''));
/** Large pathological input between news-like pieces: fewer cases, each much bigger. */
const largeInput = fc
  .tuple(articleLike, fc.oneof(markStorm, longLine, nested), articleLike)
  .map(([before, large, after]) => `${before}\n\n${large}\n\n${after}`);

function problemsOf(input: string, format: 'text' | 'markdown', article: Article): string[] {
  const result = validateArticle(JSON.parse(JSON.stringify(article)));
  return [
    ...(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)),
    ...checkSpans(article),
    ...checkCoverage(article),
    ...checkInputAccounted(input, article, format),
  ];
}

function check(input: string, format: 'text' | 'markdown'): void {
  let article: Article;
  try {
    article = parseArticle(input, { format });
  } catch (error) {
    expect(isNewsdocError(error), String(error)).toBe(true);
    return;
  }
  expect(problemsOf(input, format, article)).toEqual([]);
}

describe('parseArticle on arbitrary text', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`returns a valid article that keeps every word, or throws a typed error (${format})`, () => {
      fc.assert(
        fc.property(articleLike, (input) => check(input, format)),
        fuzzSettings(2000, 2026),
      );
    }, 120_000);

    it(`does so on storms of quotation marks, very long lines and deep nesting (${format})`, () => {
      const { numRuns, seed } = fuzzSettings(2000, 2027);
      fc.assert(
        fc.property(largeInput, (input) => check(input, format)),
        { seed, numRuns: Math.ceil(numRuns / 40) },
      );
    }, 120_000);
  }
});

// HTML: arbitrary strings and tag soup read as HTML give a valid article whose spans are exact,
// whose block pieces read exactly the input they claim, and which keeps or reports every visible
// word, or newsdoc throws one of its typed errors (`empty-input` when there is no text at all).
const tagSoup = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HTML_PIECES) }, { weight: 2, arbitrary: newsWords }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 120 })
  .map((pieces) => pieces.join(''));

function checkHtml(input: string): void {
  let article: Article;
  try {
    article = parseArticle(input, { format: 'html' });
  } catch (error) {
    expect(isNewsdocError(error), String(error)).toBe(true);
    return;
  }
  const result = validateArticle(JSON.parse(JSON.stringify(article)));
  expect([
    ...(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)),
    ...checkSpans(article),
    ...checkCoverage(article),
    ...checkHtmlAccounted(input, article),
    ...checkPiecePositions(input, readHtml(input)),
  ]).toEqual([]);
}

describe('parseArticle on arbitrary HTML', () => {
  it('returns a valid article with exact spans and positions, or throws a typed error (arbitrary strings)', () => {
    fc.assert(fc.property(articleLike, checkHtml), fuzzSettings(1000, 2028));
  }, 120_000);

  it('does so on tag soup', () => {
    fc.assert(fc.property(tagSoup, checkHtml), fuzzSettings(1500, 2029));
  }, 120_000);
});
