import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_PATH, articleJsonSchema, articleJsonSchemaText } from '../scripts/lib/article-json-schema.js';
import { ArticleSchema, SCHEMA_ID, SCHEMA_VERSION, parseArticle, validateArticle, type Article } from '../src/index.js';

const schemaFile = fileURLToPath(new URL(`../${ARTICLE_SCHEMA_PATH}`, import.meta.url));

function readCommitted(): string {
  try {
    return readFileSync(schemaFile, 'utf8');
  } catch {
    return '';
  }
}

/** The span of the first occurrence of `piece` in `text`, with the piece itself. */
function block(text: string, piece: string): { text: string; span: { start: number; end: number } } {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`${JSON.stringify(piece)} is not in the text`);
  return { text: piece, span: { start, end: start + piece.length } };
}

const text = 'Storm hits coast\n\nBy Jane Doe\n\n"We are ready," Mayor Ann Lee said on Monday.';
const validArticle: Article = {
  schemaVersion: SCHEMA_VERSION,
  text,
  headline: block(text, 'Storm hits coast'),
  caption: null,
  captions: [],
  byline: {
    ...block(text, 'By Jane Doe'),
    authors: [{ name: 'Jane Doe', span: block(text, 'Jane Doe').span }],
  },
  dateline: null,
  paragraphs: [{ index: 0, ...block(text, '"We are ready," Mayor Ann Lee said on Monday.') }],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      ...block(text, 'We are ready,'),
      cue: block(text, 'said'),
      speaker: { ...block(text, 'Mayor Ann Lee'), entityId: 'e1' },
      paragraphs: [0],
    },
  ],
  entities: [
    { id: 'e1', type: 'person', name: 'Ann Lee', aliases: [], mentions: [block(text, 'Ann Lee')], roles: [block(text, 'Mayor')] },
  ],
  warnings: [{ code: 'missing-headline', message: 'An example warning.', span: { start: 0, end: 5 } }],
};

describe('schemas/article.schema.json', () => {
  it('matches a fresh generation from the zod schemas', () => {
    expect(
      readCommitted(),
      `${ARTICLE_SCHEMA_PATH} is out of date with the zod schemas in src/model: run npm run schema, then review the diff`,
    ).toBe(articleJsonSchemaText());
  });

  it('names the model version and keeps the sub-schemas in $defs', () => {
    const schema = articleJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema).toMatchObject({ type: 'object', properties: { schemaVersion: { const: SCHEMA_VERSION } } });
    expect(Object.keys(schema.$defs as object).sort()).toEqual([
      'Author',
      'Block',
      'Byline',
      'Caption',
      'DateEntity',
      'Dateline',
      'Entity',
      'NamedEntity',
      'Paragraph',
      'PersonEntity',
      'Quote',
      'QuoteKind',
      'Span',
      'Speaker',
      'Warning',
      'WarningCode',
    ]);
  });

  describe('with Ajv (draft 2020-12, strict)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(JSON.parse(readCommitted() || articleJsonSchemaText()) as object);

    it('accepts a valid article (which zod accepts too)', () => {
      expect(ArticleSchema.parse(validArticle)).toEqual(validArticle);
      expect(validate(validArticle), ajv.errorsText(validate.errors)).toBe(true);
    });

    it('accepts the seed output and every golden fixture, as validateArticle does', () => {
      const fixtures = new URL('./fixtures/', import.meta.url);
      const documents: [string, unknown][] = readdirSync(fixtures).map((name) => [
        name,
        JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixtures), 'utf8')),
      ]);
      const seed = readFileSync(new URL('seed/input.txt', fixtures), 'utf8');
      documents.push(['seed, parsed now', JSON.parse(JSON.stringify(parseArticle(seed)))]);
      for (const [name, document] of documents) {
        expect(validate(document), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        expect(validateArticle(document).ok, name).toBe(true);
      }
    });

    it('says in its description which rules only newsdoc checks', () => {
      const schema = JSON.parse(readCommitted() || articleJsonSchemaText()) as { description: string };
      expect(schema.description).toContain('which only newsdoc checks (validateArticle');
      expect(schema.description).toContain('text.slice(span.start, span.end)');
    });

    it('rejects an article without text', () => {
      const { text: _text, ...withoutText } = validArticle;
      expect(validate(withoutText)).toBe(false);
      expect(validate.errors).toContainEqual(
        expect.objectContaining({ keyword: 'required', params: { missingProperty: 'text' } }),
      );
    });

    it('rejects another schema version and unknown properties', () => {
      expect(validate({ ...validArticle, schemaVersion: '0.9.0' })).toBe(false);
      expect(validate({ ...validArticle, extra: true })).toBe(false);
      expect(validate({ ...validArticle, quotes: [{ ...validArticle.quotes[0], kind: 'rumoured' }] })).toBe(false);
    });
  });
});
