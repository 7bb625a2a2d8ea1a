import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ArticleSchema, generateArticle } from '../../src/index.js';

// The articles every exporter is tested on: each golden fixture's expected article, the seed
// among them, and a few generated ones.
const fixturesDir = new URL('../fixtures/', import.meta.url);
export const fixtures = readdirSync(fixturesDir)
  .filter((name) => existsSync(new URL(`${name}/expected.json`, fixturesDir)))
  .map((name) => [name, ArticleSchema.parse(JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixturesDir), 'utf8')))] as const);
export const seed = fixtures.find(([name]) => name === 'seed')![1];
export const generated = [1, 2, 3, 42, 2026].map((s) => [`generateArticle({ seed: ${s} })`, generateArticle({ seed: s })] as const);
