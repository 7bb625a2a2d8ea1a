import type {
  IdReference,
  ImageObjectLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
  ThingLeaf,
  WithContext,
} from 'schema-dts';
import { z } from 'zod';
import type { Article } from '../model/article.js';
import type { Entity } from '../model/entity.js';
import type { Caption } from '../model/structure.js';
import { bodyText, datelineLabel, datelinePlace, entitiesById, isoString, resolveWith } from './shared.js';

const webUrl = () => z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' });
const dateOrDateTime = () => z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true }), z.date()]);

/**
 * What the article itself does not say about its publication, for {@link toJsonLd}.
 *
 * @example
 * ```ts
 * import { JsonLdMetaSchema } from 'newsdoc/ecosystem';
 *
 * JsonLdMetaSchema.safeParse({ url: 'https://example.com/storm', datePublished: '2026-11-25' }).success; // true
 * JsonLdMetaSchema.safeParse({ url: 'ftp://example.com/storm' }).success; // false: expected an http(s) URL
 * ```
 */
export const JsonLdMetaSchema = z.strictObject({
  /** The article's canonical URL: `url`, `mainEntityOfPage`, and the base of the entities' `@id`s. */
  url: webUrl().optional(),
  /** When it was published (ISO 8601 date or date-time, or a `Date`). */
  datePublished: dateOrDateTime().optional(),
  /** When it was last changed (ISO 8601 date or date-time, or a `Date`). */
  dateModified: dateOrDateTime().optional(),
  /** The publishing organization. */
  publisher: z
    .strictObject({ name: z.string().min(1), url: webUrl().optional(), logo: webUrl().optional() })
    .optional(),
  /** The URL of the lead picture, the one `article.caption` describes. */
  imageUrl: webUrl().optional(),
  /** The article's language, as an IETF BCP 47 tag (`en`, `en-GB`). */
  inLanguage: z.string().min(1).optional(),
});

/**
 * The `meta` argument of {@link toJsonLd}, as the caller writes it.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'newsdoc';
 * import { toJsonLd, type JsonLdMeta } from 'newsdoc/ecosystem';
 *
 * const meta: JsonLdMeta = {
 *   url: 'https://example.com/storm',
 *   datePublished: new Date('2026-11-25T08:00:00Z'),
 *   publisher: { name: 'Example News', logo: 'https://example.com/logo.png' },
 *   inLanguage: 'en',
 * };
 * const jsonLd = toJsonLd(parseArticle('Storm hits coast\n\nA storm hit the coast.'), meta);
 * ```
 */
export type JsonLdMeta = z.input<typeof JsonLdMetaSchema>;

/**
 * The schema.org `NewsArticle` node {@link toJsonLd} returns (types from `schema-dts`).
 *
 * @example
 * ```ts
 * import { parseArticle } from 'newsdoc';
 * import { toJsonLd, type NewsArticleJsonLd } from 'newsdoc/ecosystem';
 *
 * const jsonLd: NewsArticleJsonLd = toJsonLd(parseArticle('Storm hits coast\n\nA storm hit the coast.'));
 * const tag = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
 * ```
 */
export type NewsArticleJsonLd = WithContext<NewsArticleLeaf>;

type EntityNode = PersonLeaf | OrganizationLeaf | PlaceLeaf | ThingLeaf;

/**
 * Describes an article as a schema.org `NewsArticle` in JSON-LD, ready for a
 * `<script type="application/ld+json">` tag.
 *
 * - `headline`, `alternativeHeadline` (the subheadline), `articleBody` (the paragraphs, separated
 *   by a blank line), `dateline` (as written, without its closing dash) and `locationCreated`
 *   (the dateline's place).
 * - `author`: a `Person` per byline author.
 * - `image`: an `ImageObject` per photo caption, with `caption` and `creditText`; `meta.imageUrl`
 *   goes on the lead picture.
 * - `mentions`: every person, organization, place and other named entity (`Person`,
 *   `Organization`, `Place`, `Thing`) with its other names as `alternateName`, and an `@id`
 *   (`<meta.url>#e1`, or the blank node `_:e1` without a URL). Nothing goes in `about`: newsdoc
 *   finds what an article names, not what it is about. Dates are left out: they are not things,
 *   and `temporalCoverage` (the period the work covers) would claim more than a mention does.
 * - `hasPart`: each quote as a `Quotation` with its `text`; `spokenByCharacter` refers to the
 *   speaker when it is resolved to a person or an organization, and `creator` too when the quote
 *   is direct (the speaker's own words; reported speech is worded by the reporter).
 * - From `meta`: `url` (and `mainEntityOfPage`), `datePublished`, `dateModified`, `publisher`,
 *   `inLanguage`.
 *
 * @param article - A parsed or validated article.
 * @param meta - What the article itself does not say; see {@link JsonLdMeta}.
 * @returns A `NewsArticle` node with `@context`, typed with `schema-dts`.
 * @throws `InputError` (code `invalid-option`) when `meta` is invalid.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'newsdoc';
 * import { toJsonLd } from 'newsdoc/ecosystem';
 *
 * const article = parseArticle('Storm hits coast\n\nBy JANE DOE\n\nMIAMI (AP) — A storm hit the coast.');
 * const jsonLd = toJsonLd(article, { url: 'https://example.com/storm', datePublished: '2026-11-25' });
 * jsonLd.headline; // 'Storm hits coast'
 * jsonLd.dateline; // 'MIAMI (AP)'
 * const script = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
 * ```
 */
export function toJsonLd(article: Article, meta?: JsonLdMeta | null): NewsArticleJsonLd {
  const resolved = resolveWith(JsonLdMetaSchema, meta, 'meta');
  const base = resolved.url?.split('#')[0];
  const idOf = (entityId: string): string => (base ? `${base}#${entityId}` : `_:${entityId}`);
  const entities = entitiesById(article);

  const authors = (article.byline?.authors ?? []).map((author): PersonLeaf => ({ '@type': 'Person', name: author.name }));
  const images = imagesOf(article, resolved.imageUrl);
  const mentions = article.entities.flatMap((entity) => {
    const node = entityNode(entity, idOf(entity.id));
    return node ? [node] : [];
  });
  const quotations = article.quotes.map((quote): QuotationLeaf => {
    const entity = quote.speaker?.entityId ? entities.get(quote.speaker.entityId) : undefined;
    const speaker: IdReference | null =
      entity && (entity.type === 'person' || entity.type === 'organization') ? { '@id': idOf(entity.id) } : null;
    return {
      '@type': 'Quotation',
      text: quote.text,
      ...(speaker ? { spokenByCharacter: speaker } : {}),
      ...(speaker && quote.kind === 'direct' ? { creator: speaker } : {}),
    };
  });
  const dateline = datelineLabel(article);
  const place = datelinePlace(article);
  const publisher = resolved.publisher;

  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(resolved.url ? { url: resolved.url, mainEntityOfPage: resolved.url } : {}),
    ...(article.headline ? { headline: article.headline.text } : {}),
    ...(article.subheadline ? { alternativeHeadline: article.subheadline.text } : {}),
    ...(dateline ? { dateline } : {}),
    ...(place ? { locationCreated: { '@type': 'Place', name: place } } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(resolved.datePublished ? { datePublished: isoString(resolved.datePublished) } : {}),
    ...(resolved.dateModified ? { dateModified: isoString(resolved.dateModified) } : {}),
    ...(publisher
      ? {
          publisher: {
            '@type': 'Organization',
            name: publisher.name,
            ...(publisher.url ? { url: publisher.url } : {}),
            ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
          },
        }
      : {}),
    ...(resolved.inLanguage ? { inLanguage: resolved.inLanguage } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    articleBody: bodyText(article),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(quotations.length > 0 ? { hasPart: quotations } : {}),
  };
}

function imagesOf(article: Article, imageUrl: string | undefined): ImageObjectLeaf[] {
  const captionImage = (caption: Caption, url: string | undefined): ImageObjectLeaf => ({
    '@type': 'ImageObject',
    ...(url ? { url } : {}),
    caption: caption.text,
    ...(caption.credit ? { creditText: caption.credit.text } : {}),
  });
  const lead = article.caption;
  const images = article.captions.map((caption) =>
    captionImage(caption, lead && caption.span.start === lead.span.start ? imageUrl : undefined),
  );
  // A picture URL with no lead caption to go with it still names the article's picture.
  if (imageUrl && !lead) images.unshift({ '@type': 'ImageObject', url: imageUrl });
  return images;
}

function entityNode(entity: Entity, id: string): EntityNode | null {
  const names = { '@id': id, name: entity.name, ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}) };
  switch (entity.type) {
    case 'person':
      return { '@type': 'Person', ...names };
    case 'organization':
      return { '@type': 'Organization', ...names };
    case 'place':
      return { '@type': 'Place', ...names };
    case 'misc':
      return { '@type': 'Thing', ...names };
    case 'date':
      return null;
    default:
      return entity satisfies never;
  }
}
