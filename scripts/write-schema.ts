/**
 * Writes schemas/article.schema.json from the zod schemas (`npm run schema`).
 * test/schema.test.ts fails when the committed file differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTICLE_SCHEMA_PATH, articleJsonSchemaText } from './lib/article-json-schema.js';

const target = fileURLToPath(new URL(`../${ARTICLE_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, articleJsonSchemaText());
process.stdout.write(`wrote ${ARTICLE_SCHEMA_PATH}\n`);
