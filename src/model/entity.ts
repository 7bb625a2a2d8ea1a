import { z } from 'zod';
import { BlockSchema } from './span.js';

/**
 * The kinds of named entity: `person`, `organization`, `place`, `date` and `misc` (events,
 * nationalities, works).
 *
 * @example
 * ```ts
 * import { EntityTypeSchema } from 'newsdoc';
 *
 * EntityTypeSchema.options; // ['person', 'organization', 'place', 'date', 'misc']
 * EntityTypeSchema.safeParse('location').success; // false
 * ```
 */
export const EntityTypeSchema = z
  .enum(['person', 'organization', 'place', 'date', 'misc'])
  .meta({ id: 'EntityType' });
/**
 * The kind of a named entity (the type of {@link EntityTypeSchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type EntityType } from 'newsdoc';
 *
 * const wanted: EntityType[] = ['person', 'organization'];
 * const article = parseArticle('Kenya to build solar plants\n\nEnergy Minister Amina Odhiambo said the World Bank would help.');
 * article.entities.filter((entity) => wanted.includes(entity.type)).map((entity) => entity.name); // ['Amina Odhiambo', 'World Bank']
 * ```
 */
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

/**
 * A person, with the titles and appositives that describe them (`Foreign Ministry spokesman`).
 *
 * @example
 * ```ts
 * import { PersonEntitySchema } from 'newsdoc';
 *
 * const person = PersonEntitySchema.parse({
 *   id: 'e1',
 *   type: 'person',
 *   name: 'Amina Odhiambo',
 *   aliases: ['Odhiambo'],
 *   mentions: [{ text: 'Amina Odhiambo', span: { start: 16, end: 30 } }],
 *   roles: [{ text: 'Energy Minister', span: { start: 0, end: 15 } }],
 * });
 * person.roles[0]?.text; // 'Energy Minister'
 * ```
 */
export const PersonEntitySchema = z
  .strictObject({ ...entityFields, type: z.literal('person'), roles: z.array(BlockSchema) })
  .meta({ id: 'PersonEntity' });

/**
 * A date or weekday, with its normalized ISO 8601 `value`: a full date (`2022-08-31`) when the year
 * is known (written, or from `options.publishedAt`, the dateline or the byline), else a partial
 * form (`--08-31`, `--05`); `null` for a weekday (`on Sunday`) that no full reference date places.
 *
 * @example
 * ```ts
 * import { DateEntitySchema } from 'newsdoc';
 *
 * const date = DateEntitySchema.parse({
 *   id: 'e4',
 *   type: 'date',
 *   name: 'Sept 4',
 *   aliases: [],
 *   mentions: [{ text: 'Sept 4', span: { start: 9, end: 15 } }],
 *   value: '2026-09-04',
 * });
 * date.value; // '2026-09-04'
 * ```
 */
export const DateEntitySchema = z
  .strictObject({ ...entityFields, type: z.literal('date'), value: z.string().nullable() })
  .meta({ id: 'DateEntity' });

/**
 * An organization, a place, or another named thing (`misc`: events, nationalities, works).
 *
 * @example
 * ```ts
 * import { NamedEntitySchema } from 'newsdoc';
 *
 * const agency = NamedEntitySchema.parse({
 *   id: 'e3',
 *   type: 'organization',
 *   name: 'Xinhua',
 *   aliases: ['XINHUA'],
 *   mentions: [{ text: 'Xinhua', span: { start: 17, end: 23 } }],
 * });
 * agency.type; // 'organization'
 * ```
 */
export const NamedEntitySchema = z
  .strictObject({ ...entityFields, type: z.enum(['organization', 'place', 'misc']) })
  .meta({ id: 'NamedEntity' });

/**
 * One real-world thing named in the article, with every mention of it.
 *
 * @example
 * ```ts
 * import { EntitySchema } from 'newsdoc';
 *
 * // `type` decides the fields: a person has `roles`, a date its `value`.
 * EntitySchema.safeParse({ id: 'e1', type: 'date', name: 'Monday', aliases: [], mentions: [] }).success; // false: no `value`
 * EntitySchema.safeParse({ id: 'e1', type: 'date', name: 'Monday', aliases: [], mentions: [], value: null }).success; // true
 * ```
 */
export const EntitySchema = z
  .discriminatedUnion('type', [PersonEntitySchema, DateEntitySchema, NamedEntitySchema])
  .meta({ id: 'Entity' });
/**
 * One real-world thing named in the article (the type of {@link EntitySchema}): a {@link PersonEntity},
 * a {@link DateEntity} or a {@link NamedEntity}, told apart by `type`.
 *
 * @example
 * ```ts
 * import type { Entity } from 'newsdoc';
 *
 * function describe(entity: Entity): string {
 *   switch (entity.type) {
 *     case 'person':
 *       return `${entity.name} (${entity.roles.map((role) => role.text).join(', ')})`;
 *     case 'date':
 *       return `${entity.name} = ${entity.value ?? 'unknown'}`;
 *     default:
 *       return `${entity.type}: ${entity.name}`;
 *   }
 * }
 * ```
 */
export type Entity = z.infer<typeof EntitySchema>;
/**
 * A person named in the article, with their roles (the type of {@link PersonEntitySchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type PersonEntity } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build solar plants\n\nKenya will build three plants, Energy Minister Amina Odhiambo said.');
 * const people = article.entities.filter((entity): entity is PersonEntity => entity.type === 'person');
 * people.map((person) => [person.name, person.roles.map((role) => role.text)]); // [['Amina Odhiambo', ['Energy Minister']]]
 * ```
 */
export type PersonEntity = z.infer<typeof PersonEntitySchema>;
/**
 * A date or weekday with its ISO 8601 `value` (the type of {@link DateEntitySchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type DateEntity } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build solar plants\n\nThe plan was announced on Aug 31.', { publishedAt: '2026-09-02' });
 * const dates = article.entities.filter((entity): entity is DateEntity => entity.type === 'date');
 * dates.map((date) => date.value); // ['2026-08-31']
 * ```
 */
export type DateEntity = z.infer<typeof DateEntitySchema>;
/**
 * An organization, a place or a `misc` entity (the type of {@link NamedEntitySchema}).
 *
 * @example
 * ```ts
 * import { parseArticle, type NamedEntity } from 'newsdoc';
 *
 * const article = parseArticle('Kenya to build solar plants\n\nThe World Bank will fund the plants in Kenya.');
 * const named = article.entities.filter((entity): entity is NamedEntity => entity.type !== 'person' && entity.type !== 'date');
 * named.map((entity) => `${entity.type}: ${entity.name}`); // ['place: Kenya', 'organization: World Bank']
 * ```
 */
export type NamedEntity = z.infer<typeof NamedEntitySchema>;
