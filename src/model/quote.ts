import { z } from 'zod';
import { BlockSchema, SpanSchema } from './span.js';

/** How the quoted content is reported: in quotation marks, as reported speech, or both. */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']).meta({ id: 'QuoteKind' });
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** The source of a quote, and the entity it refers to when it could be resolved. */
export const SpeakerSchema = z
  .strictObject({
    text: z.string(),
    span: SpanSchema,
    entityId: z.string().nullable(),
  })
  .meta({ id: 'Speaker' });
export type Speaker = z.infer<typeof SpeakerSchema>;

/** An attribution: what was said (or reported, claimed), by whom, with which cue. */
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
export type Quote = z.infer<typeof QuoteSchema>;
