// Property test of the generator: whatever the seed and the options, the article validates and the
// parser reads its text back to the same headline and paragraphs. Fixed fast-check seed, so a
// failure reproduces; the counterexample's options are in the failure message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../src/generate/generate-article.js';
import type { GenerateOptions } from '../../src/generate/options.js';
import { parseArticle } from '../../src/parse.js';
import { validateArticle } from '../../src/validate/validate-article.js';

const optionsArbitrary: fc.Arbitrary<GenerateOptions> = fc.record(
  {
    seed: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    paragraphs: fc.integer({ min: 1, max: 12 }),
    caption: fc.boolean(),
    byline: fc.boolean(),
    dateline: fc.boolean(),
    quotes: fc.boolean(),
    entities: fc.boolean(),
  },
  { requiredKeys: ['seed'] },
);

describe('generateArticle (property)', () => {
  it('generates articles that validate (1,000 of them)', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const article = generateArticle(options);
        const result = validateArticle(article);
        expect(result.ok ? [] : result.issues).toEqual([]);
        // A named speaker is one of the person's mentions, with the role it is introduced with.
        for (const quote of article.quotes) {
          const entity = article.entities.find((candidate) => candidate.id === quote.speaker?.entityId);
          if (!entity || !quote.speaker) continue;
          expect(entity.type).toBe('person');
          const inside = entity.mentions.some((mention) => mention.span.start >= quote.speaker!.span.start && mention.span.end <= quote.speaker!.span.end);
          expect(inside).toBe(true);
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('generates text from which parseArticle recovers the headline and the paragraphs', () => {
    fc.assert(
      fc.property(optionsArbitrary, (options) => {
        const generated = generateArticle(options);
        // Entities and quotes are not compared here (the synthetic evaluation measures them); leaving
        // them out keeps the run fast.
        const parsed = parseArticle(generated.text, { entities: false, quotes: false });
        expect(parsed.headline?.text).toBe(generated.headline?.text);
        expect(parsed.paragraphs.map((paragraph) => paragraph.text)).toEqual(generated.paragraphs.map((paragraph) => paragraph.text));
        expect(parsed.caption?.text ?? null).toBe(generated.caption?.text ?? null);
        expect(parsed.byline?.authors.map((author) => author.name) ?? null).toEqual(generated.byline?.authors.map((author) => author.name) ?? null);
        expect(parsed.dateline?.text ?? null).toBe(generated.dateline?.text ?? null);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
