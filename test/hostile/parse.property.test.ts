import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewsdocError, parseArticle, validateArticle, type Article } from '../../src/index.js';
import { fuzzSettings } from '../support/fuzz.js';
import { checkCoverage, checkInputAccounted, checkSpans } from '../support/invariants.js';

// Whatever text arrives, parseArticle returns an article that validates, whose spans are exact,
// which covers its text and accounts for every word character of the input, or it throws one of
// newsdoc's typed errors. Inputs mix news-like lines with the characters that break parsers.
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
const articleLike = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

function problemsOf(input: string, format: 'text' | 'markdown', article: Article): string[] {
  const result = validateArticle(JSON.parse(JSON.stringify(article)));
  return [
    ...(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)),
    ...checkSpans(article),
    ...checkCoverage(article),
    ...checkInputAccounted(input, article, format),
  ];
}

describe('parseArticle on arbitrary text', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`returns a valid article that keeps every word, or throws a typed error (${format})`, () => {
      fc.assert(
        fc.property(articleLike, (input) => {
          let article: Article;
          try {
            article = parseArticle(input, { format });
          } catch (error) {
            expect(isNewsdocError(error), String(error)).toBe(true);
            return;
          }
          expect(problemsOf(input, format, article)).toEqual([]);
        }),
        fuzzSettings(2000, 2026),
      );
    }, 120_000);
  }
});
