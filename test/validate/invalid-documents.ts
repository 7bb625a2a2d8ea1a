import type { ValidationCode } from '../../src/index.js';

/**
 * Hand-made invalid documents: each is the seed article's JSON with one thing broken, and the
 * issues (code and path) `validateArticle` must report for it, worked out by hand.
 */
export interface InvalidDocument {
  readonly name: string;
  readonly mutate: (doc: Record<string, unknown>) => unknown;
  readonly expected: readonly (readonly [ValidationCode, string])[];
}

// Parsed JSON, mutated freely: the point is to break it.
type Json = Record<string, any>;

/** Moves the first quote matching `test` to the front, so a case does not depend on how many quotes precede it. */
function quoteToFront(doc: Json, test: (quote: Json) => boolean): Json {
  const quotes = doc.quotes as Json[];
  const index = quotes.findIndex(test);
  if (index < 0) throw new Error('the seed has no such quote');
  const [quote] = quotes.splice(index, 1);
  quotes.unshift(quote!);
  return quote!;
}

function nested(depth: number): Json {
  let value: Json = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export const INVALID_DOCUMENTS: readonly InvalidDocument[] = [
  { name: 'not an object', mutate: () => null, expected: [['invalid-type', '']] },
  {
    name: 'a required field missing',
    mutate: (doc) => {
      delete doc.text;
      return doc;
    },
    expected: [['missing-field', 'text']],
  },
  {
    name: 'a speaker entityId that is a number',
    mutate: (doc: Json) => {
      quoteToFront(doc, (quote) => quote.speaker !== null).speaker.entityId = 42;
      return doc;
    },
    expected: [['invalid-type', 'quotes[0].speaker.entityId']],
  },
  {
    name: 'an entity type the model does not know',
    mutate: (doc: Json) => {
      doc.entities[0].type = 'thing';
      return doc;
    },
    expected: [['invalid-value', 'entities[0].type']],
  },
  {
    name: 'a quote kind the model does not know',
    mutate: (doc: Json) => {
      doc.quotes[0].kind = 'quoted';
      return doc;
    },
    expected: [['invalid-value', 'quotes[0].kind']],
  },
  {
    name: 'a negative offset',
    mutate: (doc: Json) => {
      doc.headline.span.start = -1;
      return doc;
    },
    expected: [['out-of-range', 'headline.span.start']],
  },
  {
    name: 'a field the model does not have',
    mutate: (doc: Json) => {
      doc.headline.subtitle = 'x';
      return doc;
    },
    expected: [['unknown-key', 'headline.subtitle']],
  },
  {
    name: 'a newer schema version',
    mutate: (doc) => ({ ...doc, schemaVersion: '2.0.0' }),
    expected: [['unsupported-version', 'schemaVersion']],
  },
  {
    name: 'an older schema version',
    mutate: (doc) => ({ ...doc, schemaVersion: '0.9.0' }),
    expected: [['unsupported-version', 'schemaVersion']],
  },
  {
    name: 'a schema version that is no string',
    mutate: (doc) => ({ ...doc, schemaVersion: 1 }),
    expected: [['unsupported-version', 'schemaVersion']],
  },
  {
    name: 'a span past the end of the text',
    mutate: (doc: Json) => {
      doc.paragraphs[8].span.end = doc.text.length + 5;
      return doc;
    },
    expected: [['span-out-of-bounds', 'paragraphs[8].span']],
  },
  {
    name: 'an element whose text its span does not read',
    mutate: (doc: Json) => {
      doc.headline.text = 'Another headline';
      return doc;
    },
    expected: [['span-text-mismatch', 'headline.span']],
  },
  {
    name: 'paragraphs numbered out of order',
    mutate: (doc: Json) => {
      doc.paragraphs[1].index = 7;
      return doc;
    },
    expected: [['paragraph-index', 'paragraphs[1].index']],
  },
  {
    name: 'paragraphs out of text order',
    mutate: (doc: Json) => {
      const [first, second] = [doc.paragraphs[1], doc.paragraphs[2]];
      doc.paragraphs[1] = { ...second, index: 1 };
      doc.paragraphs[2] = { ...first, index: 2 };
      return doc;
    },
    expected: [['paragraph-order', 'paragraphs[2].span']],
  },
  {
    name: 'two entities with one id',
    mutate: (doc: Json) => {
      doc.entities[1].id = doc.entities[0].id;
      return doc;
    },
    expected: [['duplicate-id', 'entities[1].id']],
  },
  {
    name: 'a speaker naming no entity',
    mutate: (doc: Json) => {
      quoteToFront(doc, (quote) => quote.speaker?.entityId != null).speaker.entityId = 'e999';
      return doc;
    },
    expected: [['unresolved-reference', 'quotes[0].speaker.entityId']],
  },
  {
    name: 'a quote in a paragraph the article does not have',
    mutate: (doc: Json) => {
      doc.quotes[0].paragraphs.push(9);
      return doc;
    },
    expected: [['paragraph-reference', `quotes[0].paragraphs[1]`]],
  },
  {
    name: 'reported speech claimed to be a direct quote',
    mutate: (doc: Json) => {
      quoteToFront(doc, (quote) => quote.kind === 'indirect' && !/^["“]/.test(doc.text.charAt(quote.span.start - 1))).kind = 'direct';
      return doc;
    },
    expected: [['quote-kind', 'quotes[0].kind']],
  },
  {
    name: 'a value nested a hundred levels deep',
    mutate: (doc: Json) => {
      doc.headline = nested(100);
      return doc;
    },
    expected: [['too-deep', `headline${'.a'.repeat(63)}`]],
  },
  {
    name: 'a value that throws when read',
    mutate: (doc) =>
      Object.defineProperty(doc, 'text', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    expected: [['unreadable-value', '']],
  },
];
