import { z } from 'zod';
import { BlockSchema } from './span.js';

export const EntityTypeSchema = z
  .enum(['person', 'organization', 'place', 'date', 'misc'])
  .meta({ id: 'EntityType' });
export type EntityType = z.infer<typeof EntityTypeSchema>;

const entityFields = {
  id: z.string().min(1),
  /** The fullest form the article uses. */
  name: z.string(),
  /** The other forms the article uses (surname, acronym, short form), each once. */
  aliases: z.array(z.string()),
  /** Every mention, in text order. */
  mentions: z.array(BlockSchema),
};

/** A person, with the titles and appositives that describe them (`Foreign Ministry spokesman`). */
export const PersonEntitySchema = z
  .strictObject({ ...entityFields, type: z.literal('person'), roles: z.array(BlockSchema) })
  .meta({ id: 'PersonEntity' });

/**
 * A date or weekday, with its normalized ISO 8601 `value`: a full date (`2022-08-31`) when the year
 * is known (written, or from `options.publishedAt`, the dateline or the byline), else a partial
 * form (`--08-31`, `--05`); `null` for a weekday (`on Sunday`) that no full reference date places.
 */
export const DateEntitySchema = z
  .strictObject({ ...entityFields, type: z.literal('date'), value: z.string().nullable() })
  .meta({ id: 'DateEntity' });

/** An organization, a place, or another named thing (`misc`: events, nationalities, works). */
export const NamedEntitySchema = z
  .strictObject({ ...entityFields, type: z.enum(['organization', 'place', 'misc']) })
  .meta({ id: 'NamedEntity' });

/** One real-world thing named in the article, with every mention of it. */
export const EntitySchema = z
  .discriminatedUnion('type', [PersonEntitySchema, DateEntitySchema, NamedEntitySchema])
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof EntitySchema>;
export type PersonEntity = z.infer<typeof PersonEntitySchema>;
export type DateEntity = z.infer<typeof DateEntitySchema>;
export type NamedEntity = z.infer<typeof NamedEntitySchema>;
