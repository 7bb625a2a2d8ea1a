#!/usr/bin/env node
/**
 * Smoke test of the package as npm publishes it (`npm run smoke`):
 *
 *   1. `npm pack` (its `prepack` builds dist/) into a temporary folder;
 *   2. a fresh `"type": "module"` project installs the tarball, zod, typescript and @types/node;
 *   3. it parses the seed article with `import` (ESM build) and with `require` (CommonJS build,
 *      run with require(esm) turned off, as on Node < 20.19, to prove the build bundles its
 *      ESM-only dependencies), and both results must pass {@link assertSeedArticle};
 *   4. it runs the installed `newsdoc` bin (`--version`, `parse` of the seed article);
 *   5. it type-checks a consumer under `moduleResolution: node16` (ESM `.ts` and CommonJS `.cts`)
 *      and `moduleResolution: bundler`.
 *
 * Prints PASS or FAIL for each step, exits non-zero when any fails, and removes the temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ─── The check of the parsed seed article, run by both the ESM and the CommonJS consumer. ───────
// Tighten it here as the parser grows (headline, byline, dateline, quotes ...). It runs inside the
// temporary project, so it may use nothing but its arguments.
function assertSeedArticle(article, ArticleSchema) {
  // Throws a ZodError when the result breaks the model (shape, spans, ids, paragraph order).
  ArticleSchema.parse(article);
  if (typeof article.text !== 'string' || article.text.length === 0) {
    throw new Error('Unexpected empty article.text, expected the seed article text');
  }
  const headline = "Region's officials rebuke report, saying it is based on false information, rumors";
  if (article.headline?.text !== headline) {
    throw new Error(`Unexpected headline ${JSON.stringify(article.headline?.text)}, expected ${JSON.stringify(headline)}`);
  }
  if (article.caption?.credit?.text !== 'PHOTO/XINHUA') {
    throw new Error(`Unexpected credit ${JSON.stringify(article.caption?.credit?.text)}, expected "PHOTO/XINHUA"`);
  }
  if (article.paragraphs.length !== 9) throw new Error(`Unexpected ${article.paragraphs.length} paragraphs, expected 9`);
}
// ────────────────────────────────────────────────────────────────────────────────────────────────

/** The CLI's output is JSON, without the schema at hand: the same checks but the schema's. */
function assertSeedArticleShape(article) {
  assertSeedArticle(article, { parse: () => undefined });
  if (!Array.isArray(article.entities) || article.entities.length === 0) throw new Error('Unexpected: no entities in the CLI output');
  if (!Array.isArray(article.quotes) || article.quotes.length === 0) throw new Error('Unexpected: no quotes in the CLI output');
}

const VERSIONS = ['zod@4.6.7', 'typescript@6.0.3', '@types/node@20'];
const root = fileURLToPath(new URL('..', import.meta.url));
const seed = join(root, 'test', 'fixtures', 'seed', 'input.txt');

/** The environment without the variables `npm run` sets for this package, so nested npm runs stand alone. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(key) && key !== 'INIT_CWD',
  ),
);

const results = [];

/** Runs a command; returns its output, or throws with the command and its output. */
function run(command, args, cwd, options = {}) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(`\`${[command, ...args].join(' ')}\` failed (${reason})${output ? `:\n${output}` : ''}`);
  }
  return result.stdout ?? '';
}

/** Runs one step, prints PASS or FAIL with its time; returns whether it passed. */
function step(name, action) {
  const started = Date.now();
  try {
    const detail = action();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`PASS  ${name} (${seconds}s)${detail ? ` — ${detail}` : ''}\n`);
    results.push({ name, ok: true });
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`FAIL  ${name}\n${message.replace(/^/gm, '      ')}\n`);
    results.push({ name, ok: false });
    return false;
  }
}

const esmConsumer = `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as newsdoc from 'newsdoc';
import assertSeedArticle from './assert-seed-article.cjs';

const resolved = fileURLToPath(import.meta.resolve('newsdoc'));
if (!resolved.endsWith('/dist/index.js')) throw new Error(\`import resolved \${resolved}, expected dist/index.js\`);

const article = newsdoc.parseArticle(readFileSync('input.txt', 'utf8'));
assertSeedArticle(article, newsdoc.ArticleSchema);
process.stdout.write(JSON.stringify({ exports: Object.keys(newsdoc).sort(), paragraphs: article.paragraphs.length }));
`;

const cjsConsumer = `const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const newsdoc = require('newsdoc');
const assertSeedArticle = require('./assert-seed-article.cjs');

const resolved = require.resolve('newsdoc');
if (!resolved.endsWith(join('dist', 'index.cjs'))) throw new Error(\`require resolved \${resolved}, expected dist/index.cjs\`);
// The CommonJS build bundles its dependencies: only newsdoc itself and zod may be loaded from node_modules.
const loaded = Object.keys(require.cache).filter((file) => file.includes('node_modules'));
const foreign = loaded.filter((file) => !/node_modules[\\\\/](newsdoc|zod)[\\\\/]/.test(file));
if (foreign.length > 0) throw new Error('the CommonJS build loaded unbundled modules: ' + foreign.join(', '));

const schema = require('newsdoc/schemas/article.schema.json');
if (schema.$id !== newsdoc.SCHEMA_ID) throw new Error(\`schema $id is \${schema.$id}, expected \${newsdoc.SCHEMA_ID}\`);

const article = newsdoc.parseArticle(readFileSync('input.txt', 'utf8'));
assertSeedArticle(article, newsdoc.ArticleSchema);
process.stdout.write(JSON.stringify({ exports: Object.keys(newsdoc).sort(), paragraphs: article.paragraphs.length }));
`;

const tsConsumer = `import { ArticleSchema, isNewsdocError, parseArticle, type Article, type ParseOptions } from 'newsdoc';

const options: ParseOptions = { format: 'markdown' };
const article: Article = parseArticle('Storm hits coast\\n\\nA storm hit the coast on Monday.', options);
const headline: string | undefined = article.headline?.text;
const checked: Article = ArticleSchema.parse(article);
const start: number | undefined = article.paragraphs[0]?.span.start;
// @ts-expect-error 'pdf' is not an input format
parseArticle('text', { format: 'pdf' });

function codeOf(error: unknown): string | undefined {
  return isNewsdocError(error) ? error.code : undefined;
}

export { checked, codeOf, headline, start };
`;

/** The ESM-only subpath: unified plugin and JSON-LD, typed through unified, vfile and schema-dts. */
const ecosystemConsumer = `import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { parseArticle, type Article } from 'newsdoc';
import { remarkNewsdoc, toJsonLd, toNinjs } from 'newsdoc/ecosystem';

const file = new VFile({ path: 'story.md', value: '# Storm hits coast\\n\\nA storm hit the coast on Monday.' });
const processor = unified().use(remarkParse).use(remarkNewsdoc);
await processor.run(processor.parse(file), file);
const fromPlugin: Article | undefined = file.data.article;
const jsonLd = toJsonLd(parseArticle('Storm hits coast\\n\\nA storm hit the coast.'));
const headline = jsonLd.headline;
const ninjs = toNinjs(parseArticle('Storm hits coast\\n\\nA storm hit the coast.'));

export { fromPlugin, headline, ninjs };
`;

function tsconfig(compilerOptions, files) {
  return `${JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: false,
        target: 'es2022',
        lib: ['es2023'],
        types: ['node'],
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  )}\n`;
}

const work = mkdtempSync(join(tmpdir(), 'newsdoc-smoke-'));
const project = join(work, 'consumer');
const outputs = {};
try {
  let tarball;
  const packed = step('npm pack (builds dist/)', () => {
    run('npm', ['pack', '--pack-destination', work, '--silent'], root);
    const found = readdirSync(work).filter((file) => file.endsWith('.tgz'));
    if (found.length !== 1) throw new Error(`expected one tarball in ${work}, found ${found.length}`);
    tarball = join(work, found[0]);
    return found[0];
  });

  const installed =
    packed &&
    step('install the tarball into a fresh project', () => {
      mkdirSync(project);
      writeFileSync(
        join(project, 'package.json'),
        `${JSON.stringify({ name: 'newsdoc-smoke-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
      );
      run(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, ...VERSIONS],
        project,
      );
      copyFileSync(seed, join(project, 'input.txt'));
      writeFileSync(join(project, 'assert-seed-article.cjs'), `module.exports = ${assertSeedArticle.toString()};\n`);
      writeFileSync(join(project, 'esm.mjs'), esmConsumer);
      writeFileSync(join(project, 'cjs.cjs'), cjsConsumer);
      writeFileSync(join(project, 'consumer.ts'), tsConsumer);
      writeFileSync(join(project, 'consumer.cts'), tsConsumer);
      writeFileSync(join(project, 'ecosystem.ts'), ecosystemConsumer);
      writeFileSync(
        join(project, 'tsconfig.node16.json'),
        tsconfig({ module: 'node16', moduleResolution: 'node16' }, ['consumer.ts', 'consumer.cts']),
      );
      writeFileSync(
        join(project, 'tsconfig.ecosystem-node16.json'),
        // schema-dts's own declarations fail under node16 without skipLibCheck (TS1541, an
        // ESM-only import in its CommonJS types); newsdoc's are checked strictly by the bundler run.
        tsconfig({ module: 'node16', moduleResolution: 'node16', skipLibCheck: true }, ['ecosystem.ts']),
      );
      writeFileSync(
        join(project, 'tsconfig.bundler.json'),
        tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts', 'ecosystem.ts']),
      );
      return VERSIONS.join(', ');
    });

  if (installed) {
    step('import (ESM build) parses the seed article', () => {
      outputs.esm = JSON.parse(run(process.execPath, ['esm.mjs'], project));
      return `${outputs.esm.paragraphs} paragraphs`;
    });
    step('require (CJS build, require(esm) off) parses the seed article', () => {
      outputs.cjs = JSON.parse(run(process.execPath, ['--no-experimental-require-module', 'cjs.cjs'], project));
      return `${outputs.cjs.paragraphs} paragraphs`;
    });
    if (outputs.esm && outputs.cjs) {
      step('ESM and CJS builds have the same exports', () => {
        const [esm, cjs] = [outputs.esm.exports.join(', '), outputs.cjs.exports.join(', ')];
        if (esm !== cjs) throw new Error(`ESM exports: ${esm}\nCJS exports: ${cjs}`);
        return `${outputs.esm.exports.length} exports`;
      });
    }
    step('the installed bin: newsdoc --version and newsdoc parse', () => {
      const bin = join(project, 'node_modules', '.bin', 'newsdoc');
      const version = run(bin, ['--version'], project);
      const article = JSON.parse(run(bin, ['parse', seed], project));
      assertSeedArticleShape(article);
      return `version ${version.trim()}, ${article.paragraphs.length} paragraphs`;
    });
    const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    step('tsc: moduleResolution node16 (ESM .ts and CommonJS .cts)', () => {
      run(process.execPath, [tsc, '-p', 'tsconfig.node16.json'], project);
    });
    step('tsc: newsdoc/ecosystem under node16 (ESM)', () => {
      run(process.execPath, [tsc, '-p', 'tsconfig.ecosystem-node16.json'], project);
    });
    step('tsc: moduleResolution bundler (with newsdoc/ecosystem)', () => {
      run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], project);
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
process.stdout.write(`smoke: ${results.length - failed} passed, ${failed} failed\n`);
if (failed > 0 || results.length === 0) process.exitCode = 1;
