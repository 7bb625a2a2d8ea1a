import { NewsdocError } from '../errors/newsdoc-error.js';
import { ArticleSchema, type Article } from '../model/article.js';
import type { Entity } from '../model/entity.js';
import type { Quote, QuoteKind } from '../model/quote.js';
import type { Block, Span } from '../model/span.js';
import type { Byline, Caption, Dateline, Paragraph } from '../model/structure.js';
import { SCHEMA_VERSION } from '../model/version.js';
import { matchByline } from '../structure/byline.js';
import { matchDateline } from '../structure/dateline.js';
import {
  ArticleFixtureOverridesSchema,
  BASE_FIXTURE,
  mergeOverrides,
  type ArticleFixtureOverrides,
  type FixtureEntityOverride,
  type FixtureSpec,
  type FixtureQuoteOverride,
} from './fixture-overrides.js';
import { nearestOccurrence, occurrences, overlaps } from './locate.js';
import { TextBuilder } from './text-builder.js';

const BLOCK_SEPARATOR = '\n\n';

function fixtureError(message: string): NewsdocError {
  return new NewsdocError('invalid-fixture', `articleFixture: ${message}`);
}

/** The parts of the article as written, with their blocks. */
interface Layout {
  readonly text: string;
  readonly headline: Block | null;
  readonly subheadline: Block | null;
  readonly caption: Caption | null;
  readonly byline: Byline | null;
  readonly dateline: Dateline | null;
  readonly paragraphs: Paragraph[];
}

/** Writes the blocks in the order `parseArticle` reads them: caption, headline, subheadline, byline, paragraphs. */
function layOut(spec: FixtureSpec): Layout {
  const builder = new TextBuilder();
  let blocks = 0;
  const block = <T>(write: () => T): T => {
    if (blocks++ > 0) builder.append(BLOCK_SEPARATOR);
    return write();
  };
  const caption = spec.caption && block(() => writeCaption(builder, spec.caption!));
  const headline = spec.headline === null ? null : block(() => builder.append(spec.headline!));
  const subheadline = spec.subheadline === null ? null : block(() => builder.append(spec.subheadline!));
  const byline = spec.byline && block(() => writeByline(builder, spec.byline!));
  if (spec.dateline && spec.paragraphs.length === 0) {
    throw fixtureError('a dateline opens the first paragraph, but the fixture has no paragraphs; give paragraphs or set dateline: null');
  }
  let dateline: Dateline | null = null;
  const paragraphs = spec.paragraphs.map((paragraph, index) =>
    block(() => {
      if (index === 0 && spec.dateline) {
        dateline = writeDateline(builder, spec.dateline);
        builder.append(' ');
      }
      return { index, ...builder.append(paragraph) };
    }),
  );
  return { text: builder.text, headline, subheadline, caption, byline, dateline, paragraphs };
}

function writeCaption(builder: TextBuilder, caption: NonNullable<FixtureSpec['caption']>): Caption {
  const block = builder.append(caption.text);
  if (caption.credit === null) return { ...block, credit: null };
  builder.append(' (');
  const credit = builder.append(caption.credit);
  builder.append(')');
  return { ...block, credit };
}

function writeByline(builder: TextBuilder, byline: NonNullable<FixtureSpec['byline']>): Byline {
  const block = builder.append(byline.text);
  const shift = (span: Span): Span => ({ start: span.start + block.span.start, end: span.end + block.span.start });
  if (byline.authors === null) {
    const authors = matchByline(byline.text, true)?.authors ?? [];
    return { ...block, authors: authors.map((span) => ({ name: byline.text.slice(span.start, span.end), span: shift(span) })) };
  }
  let from = 0;
  const authors = byline.authors.map((name) => {
    const span = occurrences(byline.text, name, from)[0];
    if (!span) throw fixtureError(`byline author ${JSON.stringify(name)} does not occur in the byline ${JSON.stringify(byline.text)}`);
    from = span.end;
    return { name, span: shift(span) };
  });
  return { ...block, authors };
}

function writeDateline(builder: TextBuilder, dateline: NonNullable<FixtureSpec['dateline']>): Dateline {
  const block = builder.append(dateline.text);
  // The parser matches a dateline followed by the paragraph's first space: match it as it stands in the text.
  const match = matchDateline(`${dateline.text} `);
  const read = match && match.end === dateline.text.length ? match : null;
  const { fields } = dateline;
  return {
    ...block,
    place: fields.place !== undefined ? fields.place : (read?.place ?? null),
    agency: fields.agency !== undefined ? fields.agency : (read?.agency ?? null),
    date: fields.date !== undefined ? fields.date : (read?.date ?? null),
  };
}

/** Every whole-word occurrence of the entity's forms, longest forms first so that `Wang` does not split `Wang Jun`. */
function findMentions(text: string, forms: readonly string[]): Span[] {
  const taken: Span[] = [];
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    for (const span of occurrences(text, form)) {
      if (!taken.some((other) => overlaps(other, span))) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function blockAt(text: string, span: Span): Block {
  return { text: text.slice(span.start, span.end), span };
}

/** An entity, without its id (given once the entities that do not occur are left out). */
type EntityWithoutId = Entity extends infer E ? (E extends Entity ? Omit<E, 'id'> : never) : never;

function buildEntity(text: string, entity: FixtureEntityOverride, index: number, required: boolean): EntityWithoutId | null {
  const where = `entities[${index}] (${JSON.stringify(entity.name)})`;
  const forms = entity.mentions ?? [entity.name, ...(entity.aliases ?? [])];
  if (entity.mentions && required) {
    const missing = entity.mentions.find((form) => occurrences(text, form).length === 0);
    if (missing !== undefined) throw fixtureError(`${where}: the mention ${JSON.stringify(missing)} does not occur in the article text`);
  }
  const mentions = findMentions(text, forms).map((span) => blockAt(text, span));
  if (mentions.length === 0) {
    if (!required) return null;
    throw fixtureError(`${where}: none of its forms (${forms.map((form) => JSON.stringify(form)).join(', ')}) occurs in the article text`);
  }
  const lowerName = entity.name.toLowerCase();
  const aliases = entity.aliases ?? [...new Set(mentions.map((mention) => mention.text).filter((form) => form.toLowerCase() !== lowerName))];
  const fields = { name: entity.name, aliases, mentions };
  switch (entity.type) {
    case 'person': {
      const roles = (entity.roles ?? []).map((role) => {
        const span = occurrences(text, role)[0];
        if (!span) throw fixtureError(`${where}: the role ${JSON.stringify(role)} does not occur in the article text`);
        return blockAt(text, span);
      });
      return { ...fields, type: 'person', roles };
    }
    case 'date':
      return { ...fields, type: 'date', value: entity.value ?? null };
    case 'organization':
    case 'place':
    case 'misc':
      return { ...fields, type: entity.type };
    default:
      return entity satisfies never;
  }
}

const QUOTATION_MARK = /["“”„‟«»‘’‚‛'‹›]/u;
const DOUBLE_MARK = /["“”„‟«»]/u;

/** The kind the quotation marks imply, as the model's `quote-kind` rule reads them. */
function inferKind(text: string, span: Span): QuoteKind {
  if (QUOTATION_MARK.test(text.charAt(span.start - 1))) return 'direct';
  return DOUBLE_MARK.test(text.slice(span.start, span.end)) ? 'mixed' : 'indirect';
}

function buildQuote(layout: Layout, entities: readonly Entity[], quote: FixtureQuoteOverride, index: number, required: boolean): Quote | null {
  const { text } = layout;
  const where = `quotes[${index}] (${JSON.stringify(quote.text)})`;
  const bodyStart = layout.paragraphs[0]?.span.start ?? text.length;
  const content = occurrences(text, quote.text, bodyStart)[0];
  if (!content) {
    if (!required) return null;
    throw fixtureError(`${where}: the quote does not occur in the paragraphs`);
  }
  const locate = (needle: string, what: string): Span | null => {
    const found = nearestOccurrence(text, needle, content);
    if (!found && required) throw fixtureError(`${where}: the ${what} ${JSON.stringify(needle)} does not occur in the article text`);
    return found;
  };
  const cueSpan = quote.cue ? locate(quote.cue, 'cue') : null;
  const speakerSpan = quote.speaker ? locate(quote.speaker.text, 'speaker') : null;
  if ((quote.cue && !cueSpan) || (quote.speaker && !speakerSpan)) return null;
  let speaker: Quote['speaker'] = null;
  if (quote.speaker && speakerSpan) {
    const given = quote.speaker.entityId;
    if (given != null && !entities.some((entity) => entity.id === given)) {
      throw fixtureError(`${where}: speaker.entityId ${JSON.stringify(given)} names no entity of the fixture`);
    }
    const inferred = entities.find((entity) => entity.mentions.some((mention) => overlaps(mention.span, speakerSpan)))?.id ?? null;
    speaker = { ...blockAt(text, speakerSpan), entityId: given === undefined ? inferred : given };
  }
  return {
    id: quote.id ?? `q${index + 1}`,
    kind: quote.kind ?? inferKind(text, content),
    text: quote.text,
    span: content,
    cue: cueSpan ? blockAt(text, cueSpan) : null,
    speaker,
    paragraphs: layout.paragraphs.filter((paragraph) => overlaps(paragraph.span, content)).map((paragraph) => paragraph.index),
  };
}

/**
 * A small, valid article for tests, with overrides. The base is a three-paragraph wire story: a
 * caption with its credit, a headline, a byline, a dateline, a reported, a direct and an
 * unattributed quote, and eight entities (see `BASE_FIXTURE`).
 *
 * Overrides give texts, never spans: the text and every span are derived again from them, so the
 * result is always valid or the call throws.
 * - Objects merge into the base's, field by field (`{ caption: { credit: null } }` keeps the
 *   caption's text); `null` leaves a part out (`{ byline: null }`).
 * - Arrays replace the base's (`{ paragraphs: [{ text: 'Only one.' }] }` is a one-paragraph article).
 * - A byline or dateline given a new text reads its authors or place, agency and date from that
 *   text (as the parser does) unless they are given too.
 * - Entities are found by their forms (`mentions`, else the name and aliases): every whole-word
 *   occurrence is a mention. Quotes are found by their text (first occurrence in the paragraphs),
 *   their speaker and cue at the occurrence nearest to it; the kind follows the quotation marks
 *   and the speaker's entity is the one mentioned inside the speaker, unless given.
 * - The base's entities and quotes that no longer occur after an override are dropped; an entity,
 *   mention, role, quote, speaker, cue or author given in the overrides that does not occur throws.
 *
 * @param overrides - What to change; see {@link ArticleFixtureOverrides}.
 * @returns A valid {@link Article}.
 * @throws {@link NewsdocError} with code `invalid-fixture` when the overrides are malformed or
 *   cannot be made valid (the message says which part and why).
 *
 * @example
 * ```ts
 * import { articleFixture } from 'newsdoc';
 *
 * const article = articleFixture({ headline: { text: 'Kenya opens its largest solar plant' } });
 * article.headline?.text; // 'Kenya opens its largest solar plant'
 *
 * const short = articleFixture({
 *   caption: null,
 *   paragraphs: [{ text: 'Kenya will build three solar plants by 2026, officials said.' }],
 *   quotes: [{ text: 'Kenya will build three solar plants by 2026', cue: 'said', speaker: { text: 'officials' } }],
 * });
 * short.quotes[0]?.kind; // 'indirect' (no quotation mark)
 * short.quotes[0]?.speaker; // { text: 'officials', span: { start: 148, end: 157 }, entityId: null }
 *
 * articleFixture({ entities: [{ type: 'place', name: 'Atlantis' }] }); // throws: "Atlantis" does not occur
 * ```
 */
export function articleFixture(overrides?: ArticleFixtureOverrides | null): Article {
  const parsed = ArticleFixtureOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `overrides.${issue.path.join('.')}` : 'overrides';
    throw fixtureError(`${where}: ${issue?.message ?? 'invalid'}`);
  }
  const spec = mergeOverrides(BASE_FIXTURE, parsed.data);
  const layout = layOut(spec);
  const entities = spec.entities
    .map((entity, i) => {
      const built = buildEntity(layout.text, entity, i, spec.entitiesGiven);
      return built && { id: entity.id, built };
    })
    .filter((entry) => entry !== null)
    .map(({ id, built }, i): Entity => ({ id: id ?? `e${i + 1}`, ...built }));
  const quotes = spec.quotes
    .map((quote, i) => buildQuote(layout, entities, quote, i, spec.quotesGiven))
    .filter((quote): quote is Quote => quote !== null);
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    text: layout.text,
    headline: layout.headline,
    ...(layout.subheadline ? { subheadline: layout.subheadline } : {}),
    caption: layout.caption,
    captions: layout.caption ? [layout.caption] : [],
    byline: layout.byline,
    dateline: layout.dateline,
    paragraphs: layout.paragraphs,
    quotes,
    entities,
    warnings: [],
  };
  // The last guard: what the overrides can still get wrong (a `direct` quote with no quotation
  // mark, duplicate ids) is reported with the model's own messages.
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    throw fixtureError(`the overrides make an invalid article: ${checked.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return checked.data;
}
