// The built CLI (dist/cli.js, the package's `bin`), run as a user runs it, on temporary files.
// dist/ is built first when it is missing or older than the sources (see support/built-cli.ts).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, ensureBuiltCli, runCli } from './support/built-cli.js';

const SEED_INPUT = join(REPO, 'test', 'fixtures', 'seed', 'input.txt');
const SEED_HEADLINE = "Region's officials rebuke report, saying it is based on false information, rumors";
const MARKDOWN_INPUT = join(REPO, 'test', 'fixtures', 'markdown-article', 'input.md');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const RUNNING_AS_ROOT = process.getuid?.() === 0;

interface ArticleJson {
  headline: { text: string; span: { start: number; end: number } } | null;
  paragraphs: unknown[];
  entities: { type: string; name: string; value?: string | null }[];
}

let work: string;
/** A valid article: what `newsdoc parse` gives for the seed. */
let seedJson: string;

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  await ensureBuiltCli();
  work = mkdtempSync(join(tmpdir(), 'newsdoc-cli-'));
  const parsed = await runCli(['parse', SEED_INPUT]);
  expect(parsed.exitCode).toBe(0);
  seedJson = parsed.stdout;
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.concurrent('newsdoc', () => {
  it('prints its version from package.json', async () => {
    expect(await runCli(['--version'])).toEqual({ exitCode: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('lists its commands in --help', async () => {
    const { exitCode, stdout } = await runCli(['--help']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^newsdoc \d+\.\d+\.\d+/);
    for (const command of ['parse', 'validate', 'fixtures']) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(['parse', 'validate', 'fixtures'])('has --help for %s, also as `help %s`', async (command) => {
    const help = await runCli([command, '--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: newsdoc ${command} `));
    expect((await runCli(['help', command])).stdout).toBe(help.stdout);
  });

  it('answers no command with the help on stderr and exit code 2', async () => {
    const { exitCode, stdout, stderr } = await runCli([]);
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toContain('Usage: newsdoc <command>');
  });

  it('names the commands when given an unknown one', async () => {
    const { exitCode, stderr } = await runCli(['pasre', 'a.txt']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`newsdoc: unknown command "pasre"; the commands are parse, validate, fixtures\nRun 'newsdoc --help' for usage.\n`);
  });

  it('is executable with a node shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe.concurrent('newsdoc parse', () => {
  it('writes the Article JSON of one file', () => {
    const article = JSON.parse(seedJson) as ArticleJson;
    expect(article.headline?.text).toBe(SEED_HEADLINE);
    expect(article.paragraphs).toHaveLength(9);
  });

  it('writes an array of { file, article } for several files, in order', async () => {
    const { exitCode, stdout } = await runCli(['parse', SEED_INPUT, MARKDOWN_INPUT]);
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout) as { file: string; article: ArticleJson }[];
    expect(parsed.map((entry) => entry.file)).toEqual([SEED_INPUT, MARKDOWN_INPUT]);
    expect(parsed.map((entry) => entry.article.headline?.text)).toEqual([SEED_HEADLINE, 'Council votes to expand bike lanes']);
  });

  it('writes one { file, article } line per file with --ndjson', async () => {
    const { exitCode, stdout } = await runCli(['parse', '--ndjson', SEED_INPUT]);
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ file: SEED_INPUT, article: JSON.parse(seedJson) });
  });

  it('reads standard input for -', async () => {
    const { exitCode, stdout } = await runCli(['parse', '-'], { stdin: readFileSync(SEED_INPUT, 'utf8') });
    expect(exitCode).toBe(0);
    expect(stdout).toBe(seedJson);
  });

  it('passes --published-at and --format on to parseArticle', async () => {
    const story = 'Storm hits coast\n\nMIAMI (AP) — A storm hit the coast on Monday, Gov. Ana Ruiz said.';
    const dated = await runCli(['parse', '--published-at', '2026-11-25', '-'], { stdin: story });
    const monday = (JSON.parse(dated.stdout) as ArticleJson).entities.find((entity) => entity.name === 'Monday');
    expect(monday?.value).toBe('2026-11-23');

    const asText = await runCli(['parse', '--format', 'text', '-'], { stdin: '# Not a heading\n\nJust text.' });
    expect((JSON.parse(asText.stdout) as ArticleJson).headline?.text).toBe('# Not a heading');
  });

  it('exits 1 naming the file and the code when a file holds no article, and writes no JSON', async () => {
    const empty = file('empty.txt', '  \n');
    const { exitCode, stdout, stderr } = await runCli(['parse', SEED_INPUT, empty]);
    expect({ exitCode, stdout }).toEqual({ exitCode: 1, stdout: '' });
    expect(stderr).toMatch(new RegExp(`^newsdoc: ${empty}: .*\\(empty-input\\)\\n$`));
  });

  it('exits 2 naming each unreadable file and why, and writes no JSON', async () => {
    const missing = join(work, 'missing.txt');
    const { exitCode, stdout, stderr } = await runCli(['parse', SEED_INPUT, missing, work]);
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toBe(`newsdoc: cannot read ${missing}: not found\nnewsdoc: cannot read ${work}: is a directory, not a file\n`);
  });

  it('exits 2 on a file that is not UTF-8, saying where, and writes no JSON', async () => {
    const latin1 = join(work, 'latin1.txt');
    // "Café" in Latin-1: the é is byte 0xE9, which UTF-8 cannot start a sequence with there.
    writeFileSync(latin1, Buffer.from([0x48, 0x69, 0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2e]));
    const { exitCode, stdout, stderr } = await runCli(['parse', SEED_INPUT, latin1]);
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toBe(`newsdoc: cannot read ${latin1}: not valid UTF-8 (byte 7); convert it to UTF-8 first\n`);
  });

  it('parses and validates two thousand files in one run', async () => {
    const folder = join(work, 'many');
    mkdirSync(folder);
    const files = Array.from({ length: 2000 }, (_, i) => {
      const path = join(folder, `story-${i}.txt`);
      writeFileSync(path, `Story ${i}\n\nThe council met on Monday, officials said. It was meeting number ${i}.`);
      return path;
    });
    const parsed = await runCli(['parse', '--ndjson', ...files]);
    expect(parsed.exitCode).toBe(0);
    const lines = parsed.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2000);
    expect((JSON.parse(lines[1999]!) as { file: string }).file).toBe(files[1999]);
    const jsonFiles = lines.slice(0, 50).map((line, i) => {
      const path = join(folder, `story-${i}.json`);
      writeFileSync(path, JSON.stringify((JSON.parse(line) as { article: unknown }).article));
      return path;
    });
    const validated = await runCli(['validate', ...jsonFiles]);
    expect(validated.exitCode).toBe(0);
  }, 120_000);

  it.skipIf(RUNNING_AS_ROOT)('exits 2 on a file it may not read', async () => {
    const locked = file('locked.txt', 'Headline\n\nBody.');
    chmodSync(locked, 0o000);
    const { exitCode, stderr } = await runCli(['parse', locked]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`newsdoc: cannot read ${locked}: permission denied\n`);
  });

  it('exits 2 on a bad option, pointing to --help', async () => {
    const format = await runCli(['parse', '--format', 'pdf', SEED_INPUT]);
    expect(format).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `newsdoc: --format must be auto, text, markdown or html, not "pdf"\nRun 'newsdoc parse --help' for usage.\n`,
    });
    const date = await runCli(['parse', '--published-at', 'yesterday', SEED_INPUT]);
    expect(date.exitCode).toBe(2);
    expect(date.stderr).toContain('--published-at must be an ISO 8601 date');
    const unknown = await runCli(['parse', '--pretty', SEED_INPUT]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--pretty'");
    expect((await runCli(['parse'])).exitCode).toBe(2);
    expect((await runCli(['parse', '-', '-'])).stderr).toContain('standard input (-) can be read only once');
  });

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    // Enough output to overflow a pipe's buffer, so that the write meets the closed pipe.
    const { exitCode, stderr } = await new Promise<{ exitCode: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'parse', ...Array.from({ length: 8 }, () => SEED_INPUT)], { cwd: REPO });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ exitCode: code, stderr }));
    });
    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
  });
});

describe.concurrent('newsdoc validate', () => {
  it('exits 0 on a valid article', async () => {
    const valid = file('valid.json', seedJson);
    expect(await runCli(['validate', valid])).toEqual({ exitCode: 0, stdout: '1 file checked: all valid\n', stderr: '' });
  });

  it('exits 1 on an invalid article, with each issue as file: path: message (code)', async () => {
    const article = JSON.parse(seedJson) as ArticleJson;
    article.headline!.span.end += 3;
    const broken = file('broken.json', JSON.stringify(article));
    const valid = file('valid-too.json', seedJson);
    const { exitCode, stdout, stderr } = await runCli(['validate', valid, broken]);
    expect({ exitCode, stderr }).toEqual({ exitCode: 1, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${broken}: headline\\.span: span \\d+\\.\\.\\d+ of headline reads .* \\(span-text-mismatch\\)$`));
    expect(lines.at(-1)).toBe('2 files checked: 1 invalid (1 issue)');
  });

  it('reports a file that is not JSON as an invalid-json issue', async () => {
    const notJson = file('not-json.json', '{"headline": ');
    const { exitCode, stdout } = await runCli(['validate', notJson]);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${notJson}: \\(root\\): not valid JSON: .* \\(invalid-json\\)\\n`));
  });

  it('writes machine-readable results with --json', async () => {
    const article = JSON.parse(seedJson) as Record<string, unknown>;
    delete article['paragraphs'];
    const { exitCode, stdout } = await runCli(['validate', '--json', '-'], { stdin: JSON.stringify(article) });
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      files: [{ file: '-', ok: false, issues: [{ code: 'missing-field', path: 'paragraphs', message: expect.any(String) }] }],
    });
  });

  it('reads standard input for -, byte order mark and all', async () => {
    expect((await runCli(['validate', '-'], { stdin: `\uFEFF${seedJson}` })).exitCode).toBe(0);
  });

  it('exits 2 on a missing file or a directory, naming it', async () => {
    const missing = join(work, 'nowhere.json');
    const { exitCode, stdout, stderr } = await runCli(['validate', '--json', missing, work]);
    expect({ exitCode, stdout }).toEqual({ exitCode: 2, stdout: '' });
    expect(stderr).toBe(`newsdoc: cannot read ${missing}: not found\nnewsdoc: cannot read ${work}: is a directory, not a file\n`);
  });
});

describe('newsdoc fixtures', () => {
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

  /** Type-checks every module in `dir` against the repository's sources, with the repository's compiler options. */
  function typeCheck(dir: string): { status: number | null; output: string } {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(REPO, 'tsconfig.json'),
        compilerOptions: {
          noEmit: true,
          typeRoots: [join(REPO, 'node_modules', '@types')],
          paths: { newsdoc: [join(REPO, 'src', 'index.ts')] },
        },
        include: [join(dir, '*.ts')],
      }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('writes typed modules and JSON from article files and seeds, and the modules type-check', async () => {
    const stories = join(work, 'stories');
    mkdirSync(join(stories, 'xinhua-seed'), { recursive: true });
    copyFileSync(SEED_INPUT, join(stories, 'xinhua-seed', 'input.txt'));
    copyFileSync(MARKDOWN_INPUT, join(stories, 'bike-lanes.md'));
    const out = join(work, 'typed');

    const fromFiles = await runCli(['fixtures', '--out', out, join(stories, 'xinhua-seed', 'input.txt'), stories]);
    expect(fromFiles).toEqual({
      exitCode: 0,
      stdout: ['xinhua-seed.ts', 'xinhua-seed.json', 'bike-lanes.ts', 'bike-lanes.json'].map((name) => `${join(out, name)}\n`).join(''),
      stderr: '',
    });
    const module = readFileSync(join(out, 'xinhua-seed.ts'), 'utf8');
    expect(module).toContain("import type { Article } from 'newsdoc';\n\nexport const xinhuaSeed = {\n");
    expect(module.trimEnd().endsWith('} as const satisfies Article;')).toBe(true);
    expect(readFileSync(join(out, 'xinhua-seed.json'), 'utf8')).toBe(seedJson);

    const fromSeeds = await runCli(['fixtures', '--seeds', '1..3', '--out', out]);
    expect(fromSeeds.exitCode).toBe(0);
    expect(readdirSync(out).filter((name) => name.startsWith('seed-')).sort()).toEqual(
      ['seed-1.json', 'seed-1.ts', 'seed-2.json', 'seed-2.ts', 'seed-3.json', 'seed-3.ts'],
    );
    expect(readFileSync(join(out, 'seed-2.ts'), 'utf8')).toContain('export const seed2 = {');
    const validated = await runCli(['validate', ...['xinhua-seed', 'bike-lanes', 'seed-1', 'seed-2', 'seed-3'].map((name) => join(out, `${name}.json`))]);
    expect(validated.stdout).toBe('5 files checked: all valid\n');

    // `satisfies Article` has teeth: a module whose value breaks the model fails the same check.
    writeFileSync(
      join(out, 'wrong.ts'),
      "import type { Article } from 'newsdoc';\n// @ts-expect-error a headline is an object, and an article has text and paragraphs\nexport const wrong = { schemaVersion: '1.0.0', headline: 'Storm' } as const satisfies Article;\n",
    );
    expect(typeCheck(out)).toEqual({ status: 0, output: '' });
  }, 60_000);

  it('exits 2 when two files would write the same fixture', async () => {
    const a = join(work, 'a', 'story.txt');
    const b = join(work, 'b', 'Story.md');
    for (const path of [a, b]) {
      mkdirSync(join(path, '..'), { recursive: true });
      copyFileSync(SEED_INPUT, path);
    }
    const out = join(work, 'clash');
    const { exitCode, stderr } = await runCli(['fixtures', '--out', out, a, b]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`${a} and ${b} would both be written as Story.ts`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['fixtures', SEED_INPUT])).stderr).toContain('--out <dir> is required');
    expect((await runCli(['fixtures', '--out', work, '--seeds', '1..2', SEED_INPUT])).stderr).toContain('either article files or --seeds');
    expect((await runCli(['fixtures', '--out', work, '--seeds', '9..1'])).stderr).toContain('runs backwards');
    expect((await runCli(['fixtures', '--out', work, '-'])).exitCode).toBe(2);
    const empty = join(work, 'no-articles');
    mkdirSync(empty);
    expect(await runCli(['fixtures', '--out', work, empty])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `newsdoc: no .txt, .md, .markdown, .html or .htm files in ${empty}\n`,
    });
  });

  it('exits 2 naming the output it cannot write', async () => {
    const blocker = file('blocker', 'a file where the output folder should be');
    const { exitCode, stderr } = await runCli(['fixtures', '--seeds', '1', '--out', join(blocker, 'out')]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`newsdoc: cannot create ${join(blocker, 'out')}: not a directory\n`);
  });
});
