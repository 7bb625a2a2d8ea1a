import { z } from 'zod';
import type { Article } from '../model/article.js';
import type { Entity } from '../model/entity.js';
import type { Caption } from '../model/structure.js';
import { bodyText, datelinePlace, isoString, joinNames, resolveWith } from './shared.js';

/**
 * The JSON Schema of ninjs 3.1, named in `standard.schema`.
 *
 * @example
 * ```ts
 * import { NINJS_SCHEMA_URI, parseArticle, toNinjs } from 'newsdoc';
 *
 * const item = toNinjs(parseArticle('Storm hits coast\n\nA storm hit the coast.'));
 * item.standard?.schema === NINJS_SCHEMA_URI; // true
 * ```
 */
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

const dateTime = () => z.union([z.iso.datetime({ offset: true }), z.date()]);

/**
 * What the article itself does not say about the news item, for {@link toNinjs}.
 *
 * @example
 * ```ts
 * import { NinjsMetaSchema } from 'newsdoc';
 *
 * NinjsMetaSchema.safeParse({ uri: 'https://example.com/storm', language: 'en' }).success; // true
 * NinjsMetaSchema.safeParse({ firstCreated: '25/11/2026' }).success; // false: not an RFC 3339 date-time
 * ```
 */
export const NinjsMetaSchema = z.strictObject({
  /**
   * The item's globally unique identifier (any absolute URI). Pass your own: the default,
   * `urn:newsdoc:<hash of article.text>`, is stable for the same text but registered nowhere.
   */
  uri: z.url().optional(),
  /** When the first version of the item was created (RFC 3339 date-time with offset, or a `Date`). */
  firstCreated: dateTime().optional(),
  /** When this version of the item was created (RFC 3339 date-time with offset, or a `Date`). */
  versionCreated: dateTime().optional(),
  /** The item's language, as an IETF BCP 47 tag (`en`). */
  language: z.string().min(1).optional(),
  /** The URI of the lead picture, the one `article.caption` describes. */
  imageUri: z.url().optional(),
  /** Who claims the intellectual property for the content. */
  copyrightHolder: z.string().min(1).optional(),
  /** The copyright notice. */
  copyrightNotice: z.string().min(1).optional(),
  /** A natural-language statement of the usage terms. */
  usageTerms: z.string().min(1).optional(),
});

/**
 * The `meta` argument of {@link toNinjs}, as the caller writes it.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsMeta } from 'newsdoc';
 *
 * const meta: NinjsMeta = {
 *   uri: 'https://example.com/storm',
 *   firstCreated: '2026-11-25T08:00:00Z',
 *   language: 'en',
 *   copyrightHolder: 'Example News',
 * };
 * const item = toNinjs(parseArticle('Storm hits coast\n\nA storm hit the coast.'), meta);
 * ```
 */
export type NinjsMeta = z.input<typeof NinjsMetaSchema>;

/**
 * A ninjs headline, body or description: text with an optional role and media type.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsText } from 'newsdoc';
 *
 * const item = toNinjs(parseArticle('Workers clear debris in Miami. (AP Photo/Jane Doe)\n\nStorm hits coast\n\nA storm hit the coast.'));
 * const credit: NinjsText | undefined = item.descriptions?.find((description) => description.role === 'creditline');
 * credit?.value; // 'AP Photo/Jane Doe'
 * ```
 */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

/**
 * A ninjs body, with its character and word counts.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsBody } from 'newsdoc';
 *
 * const item = toNinjs(parseArticle('Storm hits coast\n\nA storm hit the coast.'));
 * const body: NinjsBody | undefined = item.bodies?.[0];
 * body?.wordCount; // 5
 * ```
 */
export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

/**
 * A person, organisation or place the item refers to.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsConcept } from 'newsdoc';
 *
 * const item = toNinjs(parseArticle('Storm hits coast\n\nMIAMI (AP) — A storm hit the coast.'));
 * const places: NinjsConcept[] = item.places ?? []; // [{ name: 'Miami', rel: 'mentions' }]
 * ```
 */
export interface NinjsConcept {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

/**
 * The subset of a ninjs 3.1 news item that {@link toNinjs} writes (ninjs has no TypeScript types of its own).
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsItem } from 'newsdoc';
 *
 * declare function publish(item: NinjsItem): Promise<void>;
 * const item: NinjsItem = toNinjs(parseArticle('Storm hits coast\n\nMIAMI (AP) — A storm hit the coast.'), { language: 'en' });
 * await publish(item);
 * ```
 */
export interface NinjsItem {
  uri: string;
  standard?: { name: string; version: string; schema: string };
  type?: 'text' | 'audio' | 'video' | 'picture' | 'graphic' | 'composite' | 'component' | 'event' | 'planning';
  representationType?: 'full' | 'partial';
  firstCreated?: string;
  versionCreated?: string;
  language?: string;
  copyrightHolder?: string;
  copyrightNotice?: string;
  usageTerms?: string;
  headlines?: NinjsText[];
  bodies?: NinjsBody[];
  descriptions?: NinjsText[];
  by?: string;
  located?: string;
  people?: NinjsConcept[];
  organisations?: NinjsConcept[];
  places?: NinjsConcept[];
  associations?: NinjsAssociation[];
}

/**
 * An associated news item (here: a picture), with the name it has in the parent item.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs, type NinjsAssociation } from 'newsdoc';
 *
 * const item = toNinjs(parseArticle('Workers clear debris in Miami. (AP Photo/Jane Doe)\n\nStorm hits coast\n\nA storm hit the coast.'), {
 *   uri: 'https://example.com/storm',
 *   imageUri: 'https://example.com/storm.jpg',
 * });
 * const pictures: NinjsAssociation[] = item.associations ?? [];
 * pictures.map((picture) => [picture.name, picture.uri]); // [['picture-1', 'https://example.com/storm.jpg']]
 * ```
 */
export interface NinjsAssociation extends NinjsItem {
  name: string;
  rel?: string;
}

/**
 * Describes an article as an IPTC ninjs 3.1 news item (`type: 'text'`), valid against the
 * official ninjs 3.1 JSON Schema.
 *
 * - `headlines`: the headline (role `main`) and the subheadline (role `sub`).
 * - `bodies`: one plain-text body (role `main`): the paragraphs separated by a blank line, with
 *   `charCount` and `wordCount`.
 * - `descriptions`: the lead photo caption (role `caption`) and its credit (role `creditline`).
 * - `by`: the byline's authors (`A and B`); `located`: the dateline's place.
 * - `people`, `organisations`, `places`: the named entities of those types, `rel: 'mentions'`.
 *   Dates and other (`misc`) entities are left out.
 * - `associations`: a `picture` item per photo caption (`picture-1`, ...), with the same
 *   `caption` and `creditline` descriptions; `meta.imageUri` is the lead picture's `uri`.
 *
 * Quotes are not in the output: ninjs 3.1 has no property for them, and the schema allows no
 * extension properties (`unevaluatedProperties: false` on the item). Use
 * {@link "newsdoc/ecosystem"!toJsonLd | toJsonLd} (from `newsdoc/ecosystem`) or the article itself for them.
 *
 * @param article - A parsed or validated article.
 * @param meta - What the article itself does not say; see {@link NinjsMeta}.
 * @returns The ninjs item, a plain JSON-ready object.
 * @throws `InputError` (code `invalid-option`) when `meta` is invalid.
 *
 * @example
 * ```ts
 * import { parseArticle, toNinjs } from 'newsdoc';
 *
 * const article = parseArticle('Storm hits coast\n\nBy JANE DOE\n\nMIAMI (AP) — A storm hit the coast.');
 * const item = toNinjs(article, { uri: 'https://example.com/storm', language: 'en' });
 * item.headlines; // [{ role: 'main', value: 'Storm hits coast' }]
 * item.by; // 'JANE DOE'
 * item.located; // 'Miami'
 * ```
 */
export function toNinjs(article: Article, meta?: NinjsMeta | null): NinjsItem {
  const resolved = resolveWith(NinjsMetaSchema, meta, 'meta');
  const uri = resolved.uri ?? `urn:newsdoc:${contentHash(article.text)}`;
  const body = bodyText(article);
  const headlines: NinjsText[] = [
    ...(article.headline ? [{ role: 'main', value: article.headline.text }] : []),
    ...(article.subheadline ? [{ role: 'sub', value: article.subheadline.text }] : []),
  ];
  const descriptions = article.caption ? captionDescriptions(article.caption) : [];
  const by = joinNames(article.byline?.authors.map((author) => author.name) ?? []) ?? article.byline?.text;
  const located = datelinePlace(article);
  const people = concepts(article.entities, 'person');
  const organisations = concepts(article.entities, 'organization');
  const places = concepts(article.entities, 'place');
  const lead = article.caption;
  const associations = article.captions.map((caption, index): NinjsAssociation => {
    const isLead = lead !== null && caption.span.start === lead.span.start;
    return {
      name: `picture-${index + 1}`,
      uri: isLead && resolved.imageUri ? resolved.imageUri : `${uri.split('#')[0] ?? uri}#picture-${index + 1}`,
      type: 'picture',
      descriptions: captionDescriptions(caption),
    };
  });

  return {
    uri,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    ...(resolved.firstCreated ? { firstCreated: isoString(resolved.firstCreated) } : {}),
    ...(resolved.versionCreated ? { versionCreated: isoString(resolved.versionCreated) } : {}),
    ...(resolved.language ? { language: resolved.language } : {}),
    ...(resolved.copyrightHolder ? { copyrightHolder: resolved.copyrightHolder } : {}),
    ...(resolved.copyrightNotice ? { copyrightNotice: resolved.copyrightNotice } : {}),
    ...(resolved.usageTerms ? { usageTerms: resolved.usageTerms } : {}),
    ...(headlines.length > 0 ? { headlines } : {}),
    bodies: [{ role: 'main', contentType: 'text/plain', value: body, charCount: body.length, wordCount: wordCount(body) }],
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(by ? { by } : {}),
    ...(located ? { located } : {}),
    ...(people.length > 0 ? { people } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(places.length > 0 ? { places } : {}),
    ...(associations.length > 0 ? { associations } : {}),
  };
}

function captionDescriptions(caption: Caption): NinjsText[] {
  return [
    { role: 'caption', contentType: 'text/plain', value: caption.text },
    ...(caption.credit ? [{ role: 'creditline', contentType: 'text/plain', value: caption.credit.text }] : []),
  ];
}

function concepts(entities: readonly Entity[], type: 'person' | 'organization' | 'place'): NinjsConcept[] {
  return entities.filter((entity) => entity.type === type).map((entity) => ({ name: entity.name, rel: 'mentions' }));
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** cyrb53: a 53-bit string hash, as 14 hex digits. Not cryptographic; an identifier for the same text. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
