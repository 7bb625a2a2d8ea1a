/**
 * `newsdoc/ecosystem`: newsdoc in unified pipelines and as schema.org JSON-LD. An ES module
 * only, because its types name ESM-only packages (unified, vfile, schema-dts) that a CommonJS
 * program cannot import; `toNinjs` needs none and is also in the main entry.
 *
 * @module newsdoc/ecosystem
 */
export { remarkNewsdoc, RemarkNewsdocOptionsSchema } from './remark-newsdoc.js';
export type { RemarkNewsdocOptions } from './remark-newsdoc.js';
export { toJsonLd, JsonLdMetaSchema } from './json-ld.js';
export type { JsonLdMeta, NewsArticleJsonLd } from './json-ld.js';
export { toNinjs, NinjsMetaSchema, NINJS_SCHEMA_URI } from './ninjs.js';
export type { NinjsMeta, NinjsItem, NinjsAssociation, NinjsBody, NinjsText, NinjsConcept } from './ninjs.js';
