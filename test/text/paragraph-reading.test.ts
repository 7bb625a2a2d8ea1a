import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphReadingOf, readParagraph } from '../../src/text/paragraph-reading.js';
import { tokenize } from '../../src/text/tokens.js';

/** The reading the entity stage hands on: its sentences, each tokenized on its own. */
function readBySentence(text: string, start: number, end: number) {
  const { sentences } = readParagraph(text, { start, end });
  return paragraphReadingOf(
    sentences,
    sentences.map((sentence) => tokenize(text.slice(sentence.start, sentence.end), sentence.start)),
  );
}

/** Sentence ends, abbreviations, joiners and possessives at and around sentence boundaries. */
const PIECES = [
  'a', 'Z', 'He', 'The', 'é', '中', '\u0301', '1', '3.5', '😀', '\ud800', '\udc00', '.', '. ', '! ', '? ', '." ', '.” ', '.) ',
  ',', ':', '/', '%', '-', '&', "'", '’', 's', 'S', "'s", '’s ', ' ', '  ', '\n', '\u00a0', '"', '“', '(', ')', 'U.S.', 'Mr.', 'No.', 'Dr',
];

describe('paragraphReadingOf', () => {
  it('gives the tokens of the whole paragraph, from the tokens of its sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ maxLength: 3 }), (pieces, prefix) => {
        const paragraph = pieces.join('');
        const text = `${prefix}${paragraph}`;
        const span = { start: prefix.length, end: text.length };
        const reading = readBySentence(text, span.start, span.end);
        expect(reading.tokens).toEqual(readParagraph(text, span).tokens);
      }),
      { numRuns: 3000 },
    );
  });

  it('does so on the paragraphs of the seed article', () => {
    const text = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8');
    let start = 0;
    for (const line of text.split('\n')) {
      const span = { start, end: start + line.length };
      expect(readBySentence(text, span.start, span.end)).toEqual(readParagraph(text, span));
      start += line.length + 1;
    }
  });
});
