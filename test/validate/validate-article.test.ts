import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertArticle,
  isNewsdocError,
  parseArticle,
  validateArticle,
  ValidationError,
  VALIDATION_CODES,
  type Article,
  type ValidationCode,
} from '../../src/index.js';
import { INVALID_DOCUMENTS } from './invalid-documents.js';

const fixturesDir = new URL('../fixtures/', import.meta.url);
const seedText = readFileSync(new URL('seed/input.txt', fixturesDir), 'utf8');
/** The seed article as another system would send it: JSON text, parsed. */
const seedJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(parseArticle(seedText))) as Record<string, unknown>;

function issuesOf(value: unknown) {
  const result = validateArticle(value);
  return result.ok ? [] : result.issues;
}
const codesOf = (value: unknown): ValidationCode[] => issuesOf(value).map((issue) => issue.code);

describe('validateArticle on valid documents', () => {
  it('accepts the seed output and returns it typed', () => {
    const result = validateArticle(seedJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.headline?.text).toBe("Region's officials rebuke report, saying it is based on false information, rumors");
  });

  it('accepts every golden fixture', () => {
    for (const name of readdirSync(fixturesDir)) {
      const expected: unknown = JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixturesDir), 'utf8'));
      expect(issuesOf(expected), name).toEqual([]);
    }
  });

  it('accepts text with lone surrogates, NUL and RTL marks, where the spans agree', () => {
    const doc = parseArticle('Headline \uD800 here\n\nBody with NUL \u0000 and \u202Ertl\u202C and a lone \uDC00 surrogate.');
    expect(issuesOf(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });
});

describe('validateArticle reports every code with its path', () => {
  for (const { name, mutate, expected } of INVALID_DOCUMENTS) {
    it(name, () => {
      const doc = seedJson();
      const value = mutate(doc);
      const issues = issuesOf(value);
      expect(issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
      for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
    });
  }

  it('has a document for every code', () => {
    const covered = new Set(INVALID_DOCUMENTS.flatMap((doc) => doc.expected.map(([code]) => code)));
    covered.add('too-large'); // tested below, with a document too large to keep in the list
    expect([...VALIDATION_CODES].filter((code) => !covered.has(code))).toEqual([]);
  });

  it('says what a mismatched span reads and what the element claims', () => {
    const doc = seedJson() as unknown as Article;
    const mention = doc.entities.find((entity) => entity.name === 'Xinjiang Uygur autonomous region')!.mentions[0]!;
    mention.text = 'Xinjiang';
    const [issue] = issuesOf(doc);
    expect(issue?.message).toBe(
      `span ${mention.span.start}..${mention.span.end} of ${issue?.path.replace(/\.span$/, '')} reads "Xinjiang Uygur autonomous region" but the mention says "Xinjiang"`,
    );
  });

  it('reports all issues, not only the first', () => {
    const doc = seedJson() as unknown as Article;
    doc.paragraphs[0]!.index = 5;
    doc.quotes[0]!.id = doc.quotes[1]!.id;
    doc.entities[0]!.mentions[0]!.span.end += 1;
    expect(codesOf(doc).sort()).toEqual(['duplicate-id', 'paragraph-index', 'span-text-mismatch']);
  });

  it('refuses a document holding more than ten million values', () => {
    const doc = seedJson();
    doc.warnings = new Array<number>(10_000_001).fill(0);
    expect(issuesOf(doc)).toEqual([expect.objectContaining({ code: 'too-large', path: '' })]);
  });
});

describe('validateArticle on hostile input', () => {
  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'text', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    for (const value of [undefined, null, 0, NaN, 'text', [], [1, 2], {}, cyclic, throwing, proxy, () => 1, Symbol('x'), 10n]) {
      expect(() => validateArticle(value)).not.toThrow();
      expect(validateArticle(value).ok).toBe(false);
    }
    expect(codesOf(cyclic)).toEqual(['too-deep']);
    expect(codesOf(throwing)).toEqual(['unreadable-value']);
  });

  it('reports __proto__ and constructor keys and pollutes nothing', () => {
    const json = JSON.stringify(seedJson()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const issues = issuesOf(JSON.parse(json));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unknown-key', '__proto__'],
      ['unknown-key', 'constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reports NaN, negative and fractional offsets as what they are', () => {
    const doc = seedJson() as unknown as Article;
    doc.paragraphs[0]!.span.start = Number.NaN;
    doc.paragraphs[1]!.span.start = -3;
    doc.paragraphs[2]!.span.end = 1.5;
    expect(issuesOf(doc).map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['invalid-type', 'paragraphs[0].span.start', 'paragraphs[0].span.start is NaN; expected number'],
      ['out-of-range', 'paragraphs[1].span.start', 'paragraphs[1].span.start is the number -3; expected at least 0'],
      ['invalid-type', 'paragraphs[2].span.end', 'paragraphs[2].span.end is the number 1.5; expected int'],
    ]);
  });
});

describe('assertArticle', () => {
  it('narrows a valid value and throws a ValidationError with every issue otherwise', () => {
    const value: unknown = seedJson();
    assertArticle(value);
    expect(value.paragraphs).toHaveLength(9);

    const broken = seedJson();
    delete broken.text;
    broken.extra = 1;
    let caught: unknown;
    try {
      assertArticle(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(isNewsdocError(caught) && caught.code).toBe('invalid-article');
    expect((caught as ValidationError).issues.map((issue) => issue.code)).toEqual(['missing-field', 'unknown-key']);
    expect((caught as ValidationError).message).toContain('text: text is missing (expected string) (missing-field)');
  });
});
