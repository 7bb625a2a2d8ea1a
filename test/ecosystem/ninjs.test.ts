import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { NINJS_SCHEMA_URI, type NinjsItem, type NinjsMeta, toNinjs } from '../../src/ecosystem/ninjs.js';
import { isNewsdocError, parseArticle } from '../../src/index.js';
import { fixtures, generated, seed } from './documents.js';

const schema = JSON.parse(readFileSync(new URL('ninjs-schema-3.1.json', import.meta.url), 'utf8')) as { $id: string };
// Strict mode, except the lint of the schema's own style: IPTC's schema lists `required` properties
// inside `oneOf` branches that declare them elsewhere, which is valid JSON Schema.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
// The schema refers to GeoJSON by URL for `places[].geoJSON`, which toNinjs never writes; with no
// network, a permissive stand-in is registered under that `$id`.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
// The two formats the schema uses, checked here without adding ajv-formats: `uri` must be an
// absolute URI, `date-time` an RFC 3339 date-time with an offset.
ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && URL.canParse(value));
ajv.addFormat('date-time', (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
);
const validate = ajv.compile(schema);

function expectValid(document: unknown, label: string): void {
  expect(validate(document), `${label}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

const meta = {
  uri: 'https://example.com/news/2026/11/25/story',
  firstCreated: '2026-11-25T08:00:00Z',
  versionCreated: new Date('2026-11-25T09:30:00+01:00'),
  language: 'en',
  imageUri: 'https://example.com/images/lead.jpg',
  copyrightHolder: 'Example News',
};

describe('toNinjs', () => {
  it('checks the schema setup: IPTC examples pass, a document with quotes does not', () => {
    const examples = new URL('../../../shared/schemas/ninjs-3.1-examples/', import.meta.url);
    if (existsSync(examples)) {
      // Formats off for IPTC's own examples only: 002_renditions_example.json has `"uri": "renditions-example"`.
      const loose = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false });
      loose.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
      const validateLoosely = loose.compile(schema);
      for (const name of readdirSync(examples)) {
        const example: unknown = JSON.parse(readFileSync(new URL(name, examples), 'utf8'));
        expect(validateLoosely(example), `${name}: ${loose.errorsText(validateLoosely.errors)}`).toBe(true);
      }
    } else {
      console.info('../shared/schemas/ninjs-3.1-examples is absent: IPTC examples not checked');
    }
    expect(validate({ uri: 'urn:x:1', quotes: [] })).toBe(false);
    expect(validate({ uri: 'not a uri' })).toBe(false);
    expect(validate({ uri: 'urn:x:1', versionCreated: '2026-11-25' })).toBe(false);
  });

  it.each([...fixtures, ...generated])('writes a valid ninjs 3.1 item for %s', (name, article) => {
    expectValid(toNinjs(article), name);
    expectValid(toNinjs(article, meta), `${name} with meta`);
  });

  it('describes the seed article', () => {
    const item = toNinjs(seed, meta);
    expect({ ...item, bodies: item.bodies?.map(({ value, ...rest }) => ({ ...rest, value: `${value.slice(0, 60)}...` })) })
      .toMatchInlineSnapshot(`
        {
          "associations": [
            {
              "descriptions": [
                {
                  "contentType": "text/plain",
                  "role": "caption",
                  "value": "Employees work at a factory operated by sports brand Erke in Yutian county, Xinjiang Uygur autonomous region.",
                },
                {
                  "contentType": "text/plain",
                  "role": "creditline",
                  "value": "PHOTO/XINHUA",
                },
              ],
              "name": "picture-1",
              "type": "picture",
              "uri": "https://example.com/images/lead.jpg",
            },
          ],
          "bodies": [
            {
              "charCount": 2338,
              "contentType": "text/plain",
              "role": "main",
              "value": "The Xinjiang Uygur autonomous region has said that it will n...",
              "wordCount": 374,
            },
          ],
          "copyrightHolder": "Example News",
          "descriptions": [
            {
              "contentType": "text/plain",
              "role": "caption",
              "value": "Employees work at a factory operated by sports brand Erke in Yutian county, Xinjiang Uygur autonomous region.",
            },
            {
              "contentType": "text/plain",
              "role": "creditline",
              "value": "PHOTO/XINHUA",
            },
          ],
          "firstCreated": "2026-11-25T08:00:00Z",
          "headlines": [
            {
              "role": "main",
              "value": "Region's officials rebuke report, saying it is based on false information, rumors",
            },
          ],
          "language": "en",
          "organisations": [
            {
              "name": "Erke",
              "rel": "mentions",
            },
            {
              "name": "Xinhua",
              "rel": "mentions",
            },
            {
              "name": "United Nations",
              "rel": "mentions",
            },
            {
              "name": "Office of the UN High Commissioner for Human Rights",
              "rel": "mentions",
            },
            {
              "name": "Foreign Ministry",
              "rel": "mentions",
            },
          ],
          "people": [
            {
              "name": "Xu Guixiang",
              "rel": "mentions",
            },
            {
              "name": "Michelle Bachelet",
              "rel": "mentions",
            },
            {
              "name": "Volker Turk",
              "rel": "mentions",
            },
            {
              "name": "Wang Wenbin",
              "rel": "mentions",
            },
          ],
          "places": [
            {
              "name": "Yutian county",
              "rel": "mentions",
            },
            {
              "name": "Xinjiang Uygur autonomous region",
              "rel": "mentions",
            },
            {
              "name": "China",
              "rel": "mentions",
            },
            {
              "name": "United States",
              "rel": "mentions",
            },
          ],
          "representationType": "full",
          "standard": {
            "name": "ninjs",
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
            "version": "3.1",
          },
          "type": "text",
          "uri": "https://example.com/news/2026/11/25/story",
          "versionCreated": "2026-11-25T08:30:00.000Z",
        }
      `);
  });

  it('writes the headline, byline, dateline and captions of a wire story', () => {
    const article = parseArticle(
      'Storm hits coast\n\nGusts topped 100 mph\n\nBy JANE DOE and JOHN ROE\n\nMIAMI (AP) — A storm hit the coast on Monday, Gov. Ana Ruiz said.',
    );
    const item = toNinjs(article);
    expect(item.uri).toMatch(/^urn:newsdoc:[0-9a-f]{14}$/);
    expect(toNinjs(article).uri).toBe(item.uri);
    expect(item).toMatchObject({
      type: 'text',
      headlines: [
        { role: 'main', value: 'Storm hits coast' },
        { role: 'sub', value: 'Gusts topped 100 mph' },
      ],
      by: 'JANE DOE and JOHN ROE',
      located: 'Miami',
      bodies: [{ role: 'main', contentType: 'text/plain', value: 'A storm hit the coast on Monday, Gov. Ana Ruiz said.', wordCount: 11 }],
    });
    expect(item).not.toHaveProperty('associations');
    expectValid(item, 'wire story');
  });

  it('keeps no quotes: ninjs has no place for them', () => {
    const item = toNinjs(seed);
    expect(seed.quotes.length).toBeGreaterThan(0);
    expect(JSON.stringify(item)).not.toContain('"quotes"');
  });

  it('rejects invalid meta with an invalid-option error', () => {
    const bad = (value: unknown) => () => toNinjs(seed, value as never);
    expect(bad({ uri: 'example.com/x' })).toThrow(/^meta\.uri: /);
    expect(bad({ versionCreated: '2026-11-25' })).toThrow(/^meta\.versionCreated: /);
    expect(bad({ url: 'https://example.com' })).toThrow(/^meta: Unrecognized key: "url"$/);
    try {
      toNinjs(seed, { language: '' });
      expect.unreachable();
    } catch (error) {
      expect(isNewsdocError(error) && error.code).toBe('invalid-option');
    }
  });

  it('has typed parameters and result', () => {
    expectTypeOf(toNinjs).parameter(1).toEqualTypeOf<NinjsMeta | null | undefined>();
    expectTypeOf(toNinjs).returns.toEqualTypeOf<NinjsItem>();
    expectTypeOf<NinjsMeta['versionCreated']>().toEqualTypeOf<string | Date | undefined>();
  });

  it('names the schema it conforms to', () => {
    expect(toNinjs(seed).standard).toEqual({ name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI });
    expect(NINJS_SCHEMA_URI).toBe(schema.$id);
  });
});

