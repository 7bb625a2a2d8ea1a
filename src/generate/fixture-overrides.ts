import { z } from 'zod';
import { QuoteKindSchema } from '../model/quote.js';

/** A block given by its text alone: its span is derived from where it lands in the article. */
const TextOverrideSchema = z.strictObject({ text: z.string() });

const entityOverrideFields = {
  /** @default `e1`, `e2` ... in the order of the entities kept */
  id: z.string().min(1).optional(),
  /** The fullest form the article uses. */
  name: z.string().min(1),
  /** The other forms the article uses. By default, the mentions' forms other than the name. */
  aliases: z.array(z.string()).optional(),
  /**
   * The forms to look for in the text; every whole-word occurrence of each becomes a mention.
   * Each given form must occur. By default the name and the aliases, at least one of which must occur.
   */
  mentions: z.array(z.string().min(1)).optional(),
};

/** An entity of a fixture, by its forms: mentions are found in the text. */
export const FixtureEntityOverrideSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...entityOverrideFields,
    type: z.literal('person'),
    /** Roles as written (`Energy Minister`); each is located at its first occurrence. */
    roles: z.array(z.string().min(1)).optional(),
  }),
  z.strictObject({ ...entityOverrideFields, type: z.literal('date'), value: z.string().nullable().optional() }),
  z.strictObject({ ...entityOverrideFields, type: z.enum(['organization', 'place', 'misc']) }),
]);
/**
 * An entity of an {@link articleFixture}, given by its forms: its mentions are found in the text.
 *
 * @example
 * ```ts
 * import { articleFixture, type FixtureEntityOverride } from 'newsdoc';
 *
 * const entities: FixtureEntityOverride[] = [
 *   { type: 'person', name: 'Amina Odhiambo', aliases: ['Odhiambo'], roles: ['Energy Minister'] },
 *   { type: 'place', name: 'Kenya' },
 * ];
 * const article = articleFixture({ entities });
 * article.entities.map((entity) => `${entity.id} ${entity.name}`); // ['e1 Amina Odhiambo', 'e2 Kenya']
 * ```
 */
export type FixtureEntityOverride = z.input<typeof FixtureEntityOverrideSchema>;

/** A quote of a fixture, by its texts: content, speaker and cue are found in the text. */
export const FixtureQuoteOverrideSchema = z.strictObject({
  /** @default `q1`, `q2` ... in the order given */
  id: z.string().min(1).optional(),
  /** @default `direct` right after a quotation mark, `mixed` when the content holds one, else `indirect` */
  kind: QuoteKindSchema.optional(),
  /** The content, located at its first occurrence in the body. */
  text: z.string().min(1),
  /** The cue, located at its occurrence nearest to the content. @default null */
  cue: z.string().min(1).nullable().optional(),
  /** The speaker, located at its occurrence nearest to the content. @default null */
  speaker: z
    .strictObject({
      text: z.string().min(1),
      /** @default the entity with a mention inside the speaker, else `null` */
      entityId: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});
/**
 * A quote of an {@link articleFixture}, given by its texts: content, cue and speaker are found in the text.
 *
 * @example
 * ```ts
 * import { articleFixture, type FixtureQuoteOverride } from 'newsdoc';
 *
 * const quote: FixtureQuoteOverride = { text: 'We want every village to have power,', cue: 'told', speaker: { text: 'Odhiambo' } };
 * const article = articleFixture({ quotes: [quote] });
 * article.quotes[0]?.kind; // 'direct': it opens after a quotation mark
 * article.quotes[0]?.speaker?.entityId; // 'e7', the base fixture's Amina Odhiambo
 * ```
 */
export type FixtureQuoteOverride = z.input<typeof FixtureQuoteOverrideSchema>;

/**
 * What {@link articleFixture} lets a test change: texts, never spans (they are always derived).
 * Objects merge into the base fixture's; arrays replace the base's; `null` leaves a part out.
 *
 * @example
 * ```ts
 * import { ArticleFixtureOverridesSchema } from 'newsdoc';
 *
 * ArticleFixtureOverridesSchema.safeParse({ headline: { text: 'New headline' } }).success; // true
 * // Spans are always derived, never given:
 * ArticleFixtureOverridesSchema.safeParse({ headline: { text: 'New headline', span: { start: 0, end: 12 } } }).success; // false
 * ```
 */
export const ArticleFixtureOverridesSchema = z.strictObject({
  headline: TextOverrideSchema.nullable().optional(),
  subheadline: TextOverrideSchema.nullable().optional(),
  caption: z
    .strictObject({ text: z.string().optional(), credit: TextOverrideSchema.nullable().optional() })
    .nullable()
    .optional(),
  byline: z
    .strictObject({
      text: z.string().optional(),
      /** Each located inside the byline. By default, read from the byline's text (`By A and B`). */
      authors: z.array(z.strictObject({ name: z.string().min(1) })).optional(),
    })
    .nullable()
    .optional(),
  dateline: z
    .strictObject({
      text: z.string().optional(),
      /** By default, read from the dateline's text (`BEIJING, Sept 4 (Xinhua) --`). */
      place: z.string().nullable().optional(),
      agency: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  paragraphs: z.array(TextOverrideSchema).optional(),
  quotes: z.array(FixtureQuoteOverrideSchema).optional(),
  entities: z.array(FixtureEntityOverrideSchema).optional(),
});
/**
 * The overrides {@link articleFixture} accepts.
 *
 * @example
 * ```ts
 * import { articleFixture, type ArticleFixtureOverrides } from 'newsdoc';
 *
 * // One fixture per byline case.
 * const cases: Record<string, ArticleFixtureOverrides> = {
 *   'no byline': { byline: null },
 *   'two authors': { byline: { text: 'By Maria Lopez and Wang Jun' } },
 * };
 * for (const [name, overrides] of Object.entries(cases)) {
 *   console.log(name, articleFixture(overrides).byline?.authors.map((author) => author.name));
 * }
 * // no byline undefined
 * // two authors [ 'Maria Lopez', 'Wang Jun' ]
 * ```
 */
export type ArticleFixtureOverrides = z.input<typeof ArticleFixtureOverridesSchema>;
type ParsedOverrides = z.output<typeof ArticleFixtureOverridesSchema>;

/** A fixture with every part resolved to texts, before spans are derived. */
export interface FixtureSpec {
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly caption: { readonly text: string; readonly credit: string | null } | null;
  readonly byline: { readonly text: string; readonly authors: readonly string[] | null } | null;
  readonly dateline: {
    readonly text: string;
    /** Given fields; a field left out is read from the text. */
    readonly fields: { readonly place?: string | null; readonly agency?: string | null; readonly date?: string | null };
  } | null;
  readonly paragraphs: readonly string[];
  readonly quotes: readonly FixtureQuoteOverride[];
  readonly entities: readonly FixtureEntityOverride[];
  /** Whether quotes and entities come from the caller, who then expects every one of them to be found. */
  readonly quotesGiven: boolean;
  readonly entitiesGiven: boolean;
}

/** The base fixture: a three-paragraph wire story with a caption, byline, dateline, quotes and entities. */
export const BASE_FIXTURE: FixtureSpec = {
  headline: 'Kenya to build three solar plants with World Bank support',
  subheadline: null,
  caption: { text: 'Workers install solar panels at a power station near Nairobi, Kenya.', credit: 'PHOTO/XINHUA' },
  byline: { text: 'By Maria Lopez', authors: ['Maria Lopez'] },
  dateline: { text: 'NAIROBI, Sept 4 (Xinhua) --', fields: { place: 'NAIROBI', agency: 'Xinhua', date: 'Sept 4' } },
  paragraphs: [
    'Kenya will build three solar plants by 2026, Energy Minister Amina Odhiambo said on Monday.',
    '"We want every village to have power," Odhiambo told reporters.',
    'The World Bank has pledged 300 million dollars for the project, officials said.',
  ],
  quotes: [
    { text: 'Kenya will build three solar plants by 2026', cue: 'said', speaker: { text: 'Energy Minister Amina Odhiambo' } },
    { text: 'We want every village to have power,', cue: 'told', speaker: { text: 'Odhiambo' } },
    { text: 'The World Bank has pledged 300 million dollars for the project', cue: 'said', speaker: { text: 'officials' } },
  ],
  entities: [
    { type: 'place', name: 'Nairobi', mentions: ['Nairobi', 'NAIROBI'] },
    { type: 'place', name: 'Kenya' },
    { type: 'organization', name: 'World Bank' },
    { type: 'organization', name: 'Xinhua' },
    { type: 'date', name: 'Sept 4', value: '--09-04' },
    { type: 'date', name: '2026', value: '2026' },
    { type: 'person', name: 'Amina Odhiambo', aliases: ['Odhiambo'], roles: ['Energy Minister'] },
    { type: 'date', name: 'Monday', value: null },
  ],
  quotesGiven: false,
  entitiesGiven: false,
};

type DatelineFields = NonNullable<FixtureSpec['dateline']>['fields'];

/** The dateline fields that are given: with `exactOptionalPropertyTypes`, `undefined` is not "left out". */
function givenFields(fields: { place?: string | null | undefined; agency?: string | null | undefined; date?: string | null | undefined }): DatelineFields {
  return {
    ...(fields.place !== undefined ? { place: fields.place } : {}),
    ...(fields.agency !== undefined ? { agency: fields.agency } : {}),
    ...(fields.date !== undefined ? { date: fields.date } : {}),
  };
}

/**
 * Merges parsed overrides into a spec: objects field by field, arrays replaced, `null` removes.
 * A byline or dateline whose text changes forgets the base's authors or fields unless they are given.
 */
export function mergeOverrides(base: FixtureSpec, overrides: ParsedOverrides): FixtureSpec {
  const { headline, subheadline, caption, byline, dateline, paragraphs, quotes, entities } = overrides;
  const mergedCaption =
    caption === null ? null : caption === undefined ? base.caption : {
      text: caption.text ?? base.caption?.text ?? '',
      credit: caption.credit === undefined ? (base.caption?.credit ?? null) : (caption.credit?.text ?? null),
    };
  const mergedByline =
    byline === null ? null : byline === undefined ? base.byline : {
      text: byline.text ?? (byline.authors ? `By ${byline.authors.map((author) => author.name).join(' and ')}` : (base.byline?.text ?? '')),
      authors: byline.authors?.map((author) => author.name) ?? (byline.text === undefined ? (base.byline?.authors ?? null) : null),
    };
  const mergedDateline =
    dateline === null ? null : dateline === undefined ? base.dateline : {
      text: dateline.text ?? base.dateline?.text ?? '',
      fields: {
        ...(dateline.text === undefined ? base.dateline?.fields : {}),
        ...givenFields(dateline),
      },
    };
  return {
    headline: headline === undefined ? base.headline : (headline?.text ?? null),
    subheadline: subheadline === undefined ? base.subheadline : (subheadline?.text ?? null),
    caption: mergedCaption,
    byline: mergedByline,
    dateline: mergedDateline,
    paragraphs: paragraphs ? paragraphs.map((paragraph) => paragraph.text) : base.paragraphs,
    quotes: quotes ?? base.quotes,
    entities: entities ?? base.entities,
    quotesGiven: quotes !== undefined || base.quotesGiven,
    entitiesGiven: entities !== undefined || base.entitiesGiven,
  };
}
