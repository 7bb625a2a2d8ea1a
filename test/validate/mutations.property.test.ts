import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, validateArticle } from '../../src/index.js';
import { fuzzSettings } from '../support/fuzz.js';

// Mutations of a valid document: every place in the seed's JSON, replaced by any JSON value (or a
// few values JSON cannot hold). validateArticle must never throw, and a document it refuses must
// come with issues that each say where.
const seed: unknown = JSON.parse(JSON.stringify(parseArticle(readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8'))));

/** Every path in the document, root first. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}
const paths = pathsOf(seed);

function replaced(path: readonly (string | number)[], replacement: unknown): unknown {
  const copy: unknown = structuredClone(seed);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = replacement;
  return copy;
}

const oddValues = fc.constantFrom<unknown>(Number.NaN, -1, 1.5, Infinity, '\uD800', '', '__proto__', undefined, [], {});

describe('validateArticle on mutated documents', () => {
  it('never throws, and every issue says where', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.oneof(fc.jsonValue(), oddValues), (at, replacement) => {
        const result = validateArticle(replaced(paths[at]!, replacement));
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message).not.toBe('');
        }
      }),
      fuzzSettings(3000, 7),
    );
  }, 120_000);
});
