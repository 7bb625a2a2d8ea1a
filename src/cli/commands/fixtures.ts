import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { generateArticle, isNewsdocError, parseArticle, type Article, type ParseOptions } from 'newsdoc';
import { parseCommandLine } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command, CommandContext } from '../command.js';
import { ExitCode } from '../exit-code.js';
import { emitFixtureModule } from '../fixtures/emit-module.js';
import { fixtureName, toIdentifier } from '../fixtures/names.js';
import { MAX_SEEDS, parseSeedList, seedFixtureName } from '../fixtures/seed-list.js';
import { STDIN, describeFileError, readSources } from '../io.js';
import { PARSE_OPTION_FLAGS, PARSE_OPTIONS_HELP, toParseOptions } from '../parse-options.js';
import { startProgress } from '../progress.js';

const OPTIONS = {
  ...PARSE_OPTION_FLAGS,
  out: { type: 'string', short: 'o' },
  seeds: { type: 'string' },
} as const;

/** The files a folder given to `newsdoc fixtures` stands for. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

const HELP = `Usage: newsdoc fixtures [options] --out <dir> <folders|files...>
       newsdoc fixtures --out <dir> --seeds <list>

Write typed test fixtures. For each article, <dir>/<name>.ts holds

  import type { Article } from 'newsdoc';
  export const <camelCaseName> = { ... } as const satisfies Article;

and <dir>/<name>.json the same article as JSON.

From files: each file is parsed as by \`newsdoc parse\`; a folder stands for the .txt, .md,
.markdown, .html and .htm files directly in it. A fixture is named after its file (bbc-story.txt
gives bbc-story.ts exporting bbcStory), or after its folder when the file is named
input.* or index.* (cases/xinhua/input.txt gives xinhua.ts exporting xinhua).
From seeds: generateArticle({ seed }) for each seed; seed 7 gives seed-7.ts exporting
seed7.

Options:
  -o, --out <dir>       Where to write (created when missing; fixtures of the same name
                        are overwritten)
  --seeds <list>        Generate articles instead of parsing files: 1..20 (both ends
                        included), 7, or 1..5,42 (at most ${MAX_SEEDS})
${PARSE_OPTIONS_HELP}
  -h, --help            Show this help

Prints the files written, one per line. Nothing is written unless every article is ready.

Exit codes: 0 fixtures written; 1 a file holds no article newsdoc can parse; 2 usage
error, unreadable file or unwritable output.

Examples:
  newsdoc fixtures stories/ --out test/fixtures/articles
  newsdoc fixtures --seeds 1..20 --out test/fixtures/generated`;

/** One fixture to write: its name and where its article comes from. */
interface FixtureJob {
  readonly name: string;
  /** For messages and the module's header comment. */
  readonly source: string;
  readonly makeArticle: () => Article;
}

/** The article files that the command line's paths stand for, folders expanded, in order. */
async function articleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    if (path === STDIN) throw usageError('fixtures reads files, not standard input: save the article to a file, whose name names the fixture', 'fixtures');
    try {
      if (!(await stat(path)).isDirectory()) {
        files.push(path);
        continue;
      }
      const found = (await readdir(path, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
        .map((entry) => join(path, entry.name))
        .sort();
      if (found.length === 0) problems.push(`no .txt, .md, .markdown, .html or .htm files in ${path}`);
      files.push(...found);
    } catch (error) {
      problems.push(`cannot read ${path}: ${describeFileError(error)}`);
    }
  }
  if (problems.length > 0) throw new CliError('unreadable', problems.join('\n'));
  return files;
}

async function jobsFromFiles(paths: readonly string[], options: ParseOptions, context: CommandContext): Promise<FixtureJob[]> {
  const sources = await readSources(await articleFiles(paths), context.stdin, 'fixtures');
  return sources.map((source) => ({
    name: fixtureName(source.file),
    source: source.file,
    makeArticle: () => parseArticle(source.text, options),
  }));
}

function jobsFromSeeds(list: string): FixtureJob[] {
  return parseSeedList(list).map((seed) => ({
    name: seedFixtureName(seed),
    source: `generateArticle({ seed: ${seed} })`,
    makeArticle: () => generateArticle({ seed }),
  }));
}

/** Two fixtures must not share a file, also on file systems that ignore case (macOS, Windows). */
function checkDistinctNames(jobs: readonly FixtureJob[]): void {
  const byName = new Map<string, FixtureJob>();
  const clashes: string[] = [];
  for (const job of jobs) {
    const key = job.name.toLowerCase();
    const earlier = byName.get(key);
    if (earlier) clashes.push(`${earlier.source} and ${job.source} would both be written as ${job.name}.ts; rename one of them`);
    else byName.set(key, job);
  }
  if (clashes.length > 0) throw usageError(clashes.join('\n'), 'fixtures');
}

interface OutputFile {
  readonly path: string;
  readonly text: string;
}

async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CliError('unwritable', `cannot create ${outDir}: ${describeFileError(error)}`);
  }
  for (const file of files) {
    try {
      await writeFile(file.path, file.text);
    } catch (error) {
      throw new CliError('unwritable', `cannot write ${file.path}: ${describeFileError(error)}`);
    }
  }
}

/** `newsdoc fixtures`: article files or seeds in, typed TypeScript modules and JSON out. */
export const fixturesCommand: Command = {
  name: 'fixtures',
  summary: 'Write typed TypeScript fixtures (and JSON) from article files or seeds',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('fixtures', args, OPTIONS);
    const outDir = values.out;
    if (outDir === undefined || outDir === '') throw usageError('--out <dir> is required: where to write the fixtures', 'fixtures');
    if (values.seeds !== undefined && positionals.length > 0) {
      throw usageError('give either article files or --seeds, not both', 'fixtures');
    }
    if (values.seeds === undefined && positionals.length === 0) {
      throw usageError('no input: give article files or folders, or --seeds 1..20', 'fixtures');
    }
    const options = toParseOptions(values, 'fixtures');
    const jobs = values.seeds === undefined ? await jobsFromFiles(positionals, options, context) : jobsFromSeeds(values.seeds);
    checkDistinctNames(jobs);

    const outputs: OutputFile[] = [];
    const messages: string[] = [];
    const progress = startProgress(context.stderr, 'fixtures', jobs.length);
    try {
      for (const job of jobs) {
        try {
          const article = job.makeArticle();
          outputs.push(
            { path: join(outDir, `${job.name}.ts`), text: emitFixtureModule({ identifier: toIdentifier(job.name), source: job.source, article }) },
            { path: join(outDir, `${job.name}.json`), text: `${JSON.stringify(article, null, 2)}\n` },
          );
        } catch (error) {
          if (!isNewsdocError(error)) throw error;
          messages.push(`${job.source}: ${error.message} (${error.code})`);
        }
        progress.advance();
      }
    } finally {
      progress.finish();
    }
    if (messages.length > 0) return { exitCode: ExitCode.invalid, stdout: '', messages };

    await writeOutputs(outDir, outputs);
    return { exitCode: ExitCode.ok, stdout: outputs.map((file) => `${file.path}\n`).join(''), messages: [] };
  },
};
