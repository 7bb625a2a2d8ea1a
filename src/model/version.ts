/** The version of the document model this release writes and reads. */
export const SCHEMA_VERSION = '1.0.0';

/** The `$id` of the generated JSON Schema for this model version. */
export const SCHEMA_ID = `urn:newsdoc:schema:article:${SCHEMA_VERSION}`;
