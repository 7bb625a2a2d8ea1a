import type { NewsArticleLeaf, WithContext } from 'schema-dts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type JsonLdMeta, toJsonLd } from '../../src/ecosystem/json-ld.js';
import { isNewsdocError, parseArticle } from '../../src/index.js';
import { fixtures, generated, seed } from './documents.js';

type Node = Record<string, unknown>;
const asNode = (value: unknown) => value as Node;
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [asNode(value)]);

describe('toJsonLd', () => {
  it('is typed as a schema-dts NewsArticle with context', () => {
    expectTypeOf(toJsonLd(seed)).toEqualTypeOf<WithContext<NewsArticleLeaf>>();
    expectTypeOf(toJsonLd).parameter(1).toEqualTypeOf<JsonLdMeta | null | undefined>();
    expectTypeOf<JsonLdMeta['publisher']>().toEqualTypeOf<{ name: string; url?: string | undefined; logo?: string | undefined } | undefined>();
  });

  it.each([...fixtures, ...generated])('writes plain JSON whose every @id reference resolves, for %s', (name, article) => {
    const jsonLd = toJsonLd(article, { url: 'https://example.com/a' });
    expect(JSON.parse(JSON.stringify(jsonLd)), name).toEqual(jsonLd);
    const ids = new Set(list(jsonLd.mentions).map((node) => node['@id']));
    expect(ids.size).toBe(list(jsonLd.mentions).length);
    for (const quotation of list(jsonLd.hasPart)) {
      expect(quotation['@type']).toBe('Quotation');
      for (const key of ['spokenByCharacter', 'creator']) {
        const reference = quotation[key];
        if (reference !== undefined) expect(ids.has(asNode(reference)['@id']), `${name}: ${key}`).toBe(true);
      }
    }
    expect(jsonLd.articleBody).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  });

  it('describes a wire story', () => {
    const article = parseArticle(
      'Storm hits coast\n\nBy JANE DOE\n\nMIAMI (AP) — A storm hit the coast on Monday. "We are ready," Gov. Ana Ruiz said. Ruiz said shelters were open.',
    );
    const jsonLd = toJsonLd(article, {
      url: 'https://example.com/storm#top',
      datePublished: '2026-11-25T08:00:00Z',
      dateModified: new Date('2026-11-25T10:00:00Z'),
      publisher: { name: 'Example News', url: 'https://example.com', logo: 'https://example.com/logo.png' },
      inLanguage: 'en',
    });
    expect(jsonLd).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "articleBody": "A storm hit the coast on Monday. "We are ready," Gov. Ana Ruiz said. Ruiz said shelters were open.",
        "author": [
          {
            "@type": "Person",
            "name": "JANE DOE",
          },
        ],
        "dateModified": "2026-11-25T10:00:00.000Z",
        "datePublished": "2026-11-25T08:00:00Z",
        "dateline": "MIAMI (AP)",
        "hasPart": [
          {
            "@type": "Quotation",
            "creator": {
              "@id": "https://example.com/storm#e4",
            },
            "spokenByCharacter": {
              "@id": "https://example.com/storm#e4",
            },
            "text": "We are ready,",
          },
          {
            "@type": "Quotation",
            "spokenByCharacter": {
              "@id": "https://example.com/storm#e4",
            },
            "text": "shelters were open",
          },
        ],
        "headline": "Storm hits coast",
        "inLanguage": "en",
        "locationCreated": {
          "@type": "Place",
          "name": "Miami",
        },
        "mainEntityOfPage": "https://example.com/storm#top",
        "mentions": [
          {
            "@id": "https://example.com/storm#e1",
            "@type": "Place",
            "alternateName": [
              "MIAMI",
            ],
            "name": "Miami",
          },
          {
            "@id": "https://example.com/storm#e2",
            "@type": "Organization",
            "alternateName": [
              "AP",
            ],
            "name": "Associated Press",
          },
          {
            "@id": "https://example.com/storm#e4",
            "@type": "Person",
            "alternateName": [
              "Ruiz",
            ],
            "name": "Ana Ruiz",
          },
        ],
        "publisher": {
          "@type": "Organization",
          "logo": {
            "@type": "ImageObject",
            "url": "https://example.com/logo.png",
          },
          "name": "Example News",
          "url": "https://example.com",
        },
        "url": "https://example.com/storm#top",
      }
    `);
  });

  it('describes the seed article (abridged)', () => {
    const jsonLd = toJsonLd(seed, { imageUrl: 'https://example.com/erke.jpg' });
    const { articleBody, mentions, hasPart, ...rest } = jsonLd;
    expect(rest).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Region's officials rebuke report, saying it is based on false information, rumors",
        "image": [
          {
            "@type": "ImageObject",
            "caption": "Employees work at a factory operated by sports brand Erke in Yutian county, Xinjiang Uygur autonomous region.",
            "creditText": "PHOTO/XINHUA",
            "url": "https://example.com/erke.jpg",
          },
        ],
      }
    `);
    expect(typeof articleBody).toBe('string');
    expect(list(mentions).slice(0, 3)).toMatchInlineSnapshot(`
      [
        {
          "@id": "_:e1",
          "@type": "Organization",
          "name": "Erke",
        },
        {
          "@id": "_:e2",
          "@type": "Place",
          "name": "Yutian county",
        },
        {
          "@id": "_:e3",
          "@type": "Place",
          "alternateName": [
            "Xinjiang",
          ],
          "name": "Xinjiang Uygur autonomous region",
        },
      ]
    `);
    expect(list(hasPart).slice(0, 2)).toMatchInlineSnapshot(`
      [
        {
          "@type": "Quotation",
          "spokenByCharacter": {
            "@id": "_:e6",
          },
          "text": "The Xinjiang Uygur autonomous region has said that it will not accept investigations by the international community into its alleged human rights issues following the release of a recent United Nations report on the region that it says is based on false information and rumors",
        },
        {
          "@type": "Quotation",
          "text": "that it will not accept investigations by the international community into its alleged human rights issues following the release of a recent United Nations report on the region that it says is based on false information and rumors",
        },
      ]
    `);
    // Dates are not mentioned: they are not things.
    expect(list(mentions).map((node) => node.name)).not.toContain('Aug 31');
  });

  it('gives speakers only when they resolve to a person or an organization, and creator only for direct quotes', () => {
    for (const [, article] of [...fixtures, ...generated]) {
      const jsonLd = toJsonLd(article);
      const quotations = list(jsonLd.hasPart);
      article.quotes.forEach((quote, index) => {
        const quotation = quotations[index]!;
        const entity = article.entities.find((e) => e.id === quote.speaker?.entityId);
        const resolved = entity?.type === 'person' || entity?.type === 'organization';
        expect(quotation.spokenByCharacter).toEqual(resolved ? { '@id': `_:${entity.id}` } : undefined);
        expect(quotation.creator).toEqual(resolved && quote.kind === 'direct' ? { '@id': `_:${entity.id}` } : undefined);
      });
    }
  });

  it('rejects invalid meta with an invalid-option error', () => {
    const bad = (value: unknown) => () => toJsonLd(seed, value as never);
    expect(bad({ url: 'javascript:alert(1)' })).toThrow(/^meta\.url: expected an http\(s\) URL$/);
    expect(bad({ datePublished: 'yesterday' })).toThrow(/^meta\.datePublished: /);
    expect(bad({ publisher: { url: 'https://example.com' } })).toThrow(/^meta\.publisher\.name: /);
    expect(bad({ uri: 'urn:x' })).toThrow(/^meta: Unrecognized key: "uri"$/);
    try {
      toJsonLd(seed, { inLanguage: '' });
      expect.unreachable();
    } catch (error) {
      expect(isNewsdocError(error) && error.code).toBe('invalid-option');
    }
  });
});
