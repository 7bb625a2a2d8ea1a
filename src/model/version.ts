/**
 * The version of the document model this release writes and reads.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION, parseArticle } from 'newsdoc';
 *
 * SCHEMA_VERSION; // '1.0.0'
 * parseArticle('Storm hits coast\n\nA storm hit the coast.').schemaVersion === SCHEMA_VERSION; // true
 * ```
 */
export const SCHEMA_VERSION = '1.0.0';

/**
 * The `$id` of the generated JSON Schema for this model version.
 *
 * @example
 * ```ts
 * import { SCHEMA_ID } from 'newsdoc';
 * import schema from 'newsdoc/schemas/article.schema.json' with { type: 'json' };
 *
 * schema.$id === SCHEMA_ID; // true: 'urn:newsdoc:schema:article:1.0.0'
 * ```
 */
export const SCHEMA_ID = `urn:newsdoc:schema:article:${SCHEMA_VERSION}`;
