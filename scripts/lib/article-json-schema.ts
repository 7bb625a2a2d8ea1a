import { z } from 'zod';
import { ArticleSchema } from '../../src/model/article.js';
import { SCHEMA_ID, SCHEMA_VERSION } from '../../src/model/version.js';

/** Where `npm run schema` writes the schema, relative to the package root. */
export const ARTICLE_SCHEMA_PATH = 'schemas/article.schema.json';

type JsonSchema = Record<string, unknown>;

/** The `$defs` key zod gives `ArticleSchema` (its `.meta({ id })`). */
const ROOT_ID = 'Article';

/**
 * Builds the JSON Schema (draft 2020-12) of an {@link ArticleSchema} document, from the zod
 * schema alone: no I/O, the same result on every call.
 *
 * Every sub-schema with a `.meta({ id })` (Span, Block, Caption, Quote, ...) sits in `$defs`
 * under that id. zod puts the root schema there too and points at it with a root `$ref`; here it
 * is hoisted to the root, so that its `title`, `description` and `properties` sit where readers
 * and tools look for them, and `$id` names the model version.
 */
export function articleJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(ArticleSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    cycles: 'throw',
    reused: 'inline',
  }) as JsonSchema;

  const { $schema, $ref, $defs, ...rest } = generated;
  const defs = { ...($defs as Record<string, JsonSchema> | undefined) };
  const root = defs[ROOT_ID];
  if ($ref !== `#/$defs/${ROOT_ID}` || root === undefined || Object.keys(rest).length > 0) {
    throw new Error(
      `Unexpected output of z.toJSONSchema: expected a root $ref to #/$defs/${ROOT_ID}; ` +
        'has ArticleSchema lost its .meta({ id }), or has zod changed its layout?',
    );
  }
  delete defs[ROOT_ID];
  const { title, description, ...body } = root;

  const schema: JsonSchema = {
    $schema,
    $id: SCHEMA_ID,
    $comment:
      `newsdoc document model ${SCHEMA_VERSION}. Generated from ArticleSchema by \`npm run schema\`; ` +
      'do not edit by hand.',
    title,
    description,
    ...body,
    $defs: defs,
  };
  return rewriteRefs(schema, `#/$defs/${ROOT_ID}`, '#') as JsonSchema;
}

/** The schema as written to {@link ARTICLE_SCHEMA_PATH}: two-space JSON with a trailing newline. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}

/** A copy of `value` with every `$ref` equal to `from` replaced by `to`. */
function rewriteRefs(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, from, to));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && item === from ? to : rewriteRefs(item, from, to),
    ]),
  );
}
