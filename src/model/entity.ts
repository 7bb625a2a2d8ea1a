import { z } from 'zod';
import { BlockSchema } from './span.js';

export const EntityTypeSchema = z
  .enum(['person', 'organization', 'place', 'date', 'misc'])
  .meta({ id: 'EntityType' });
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One real-world thing named in the article, with every mention of it. */
export const EntitySchema = z
  .object({
    id: z.string().min(1),
    type: EntityTypeSchema,
    /** The fullest form the article uses. */
    name: z.string(),
    /** The other forms the article uses (surname, acronym, short form). */
    aliases: z.array(z.string()),
    mentions: z.array(BlockSchema),
  })
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof EntitySchema>;
