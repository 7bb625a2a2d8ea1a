import { z } from 'zod';
import { BlockSchema, SpanSchema } from './span.js';

/**
 * How the quoted content is reported: in quotation marks, as reported speech, or both.
 *
 * @example
 * ```ts
 * import { QuoteKindSchema } from 'newsdoc';
 *
 * QuoteKindSchema.options; // ['direct', 'indirect', 'mixed']
 * QuoteKindSchema.safeParse('paraphrase').success; // false
 * ```
 */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']).meta({ id: 'QuoteKind' });
/**
 * How a quote is reported: `'direct'`, `'indirect'` or `'mixed'` (the type of {@link QuoteKindSchema}).
 *
 * @example
 * ```ts
 * import type { Quote, QuoteKind } from 'newsdoc';
 *
 * function label(kind: QuoteKind): string {
 *   switch (kind) {
 *     case 'direct':
 *       return 'in quotation marks';
 *     case 'indirect':
 *       return 'reported speech';
 *     case 'mixed':
 *       return 'reported speech with a quoted fragment';
 *     default:
 *       return kind satisfies never;
 *   }
 * }
 * declare const quote: Quote;
 * label(quote.kind);
 * ```
 */
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/**
 * The source of a quote, and the entity it refers to when it could be resolved.
 *
 * @example
 * ```ts
 * import { SpeakerSchema } from 'newsdoc';
 *
 * const speaker = SpeakerSchema.parse({ text: 'Odhiambo', span: { start: 290, end: 298 }, entityId: 'e6' });
 * speaker.entityId; // 'e6'
 * ```
 */
export const SpeakerSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    entityId: z.string().nullable(),
  })
  .meta({ id: 'Speaker' });
/**
 * The source of a quote (the type of {@link SpeakerSchema}); `entityId` is `null` for unnamed sources.
 *
 * @example
 * ```ts
 * import { parseArticle, type Speaker } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build solar plants\n\n"We want every village to have power," Energy Minister Amina Odhiambo said.');
 * const speakers: Speaker[] = article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : []));
 * speakers.map((speaker) => speaker.text); // ['Energy Minister Amina Odhiambo']
 * ```
 */
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * An attribution: what was said (or reported, claimed), by whom, with which cue.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from 'newsdoc';
 *
 * const result = QuoteSchema.safeParse({
 *   id: 'q1',
 *   kind: 'direct',
 *   text: 'We want every village to have power,',
 *   span: { start: 30, end: 66 },
 *   cue: { text: 'said', span: { start: 99, end: 103 } },
 *   speaker: { text: 'Energy Minister Amina Odhiambo', span: { start: 68, end: 98 }, entityId: null },
 *   paragraphs: [0],
 * });
 * result.success; // true
 * ```
 */
export const QuoteSchema = z
  .strictObject({
    id: z.string().min(1),
    kind: QuoteKindSchema,
    /** The content, without the quotation marks. */
    text: z.string(),
    span: SpanSchema,
    /** The verb or phrase that introduces the attribution (`said`, `according to`). */
    cue: BlockSchema.nullable(),
    speaker: SpeakerSchema.nullable(),
    /** Indices of the paragraphs the content covers, in order. */
    paragraphs: z.array(z.number().int().nonnegative()),
  })
  .meta({ id: 'Quote' });
/**
 * An attribution: content, kind, cue and speaker (the type of {@link QuoteSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type Quote } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build solar plants\n\n"We want every village to have power," Energy Minister Amina Odhiambo said.');
 * const direct: Quote[] = article.quotes.filter((quote) => quote.kind === 'direct');
 * direct[0]?.text; // 'We want every village to have power,'
 * direct[0]?.cue?.text; // 'said'
 * ```
 */
export type Quote = z.infer<typeof QuoteSchema>;
