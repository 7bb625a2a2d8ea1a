/**
 * Loading of the real-article corpus in `../shared/corpora/articles` (beside the repository,
 * never inside it), shared by `scripts/eval.ts`, `scripts/bench.ts` and `test/corpus.test.ts`,
 * plus the few helpers both scripts need to print and record their results.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `scripts/lib/corpus.ts`). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `../shared/corpora/articles`, relative to the repository root. */
export const ARTICLES_DIR = fileURLToPath(new URL('../../../shared/corpora/articles/', import.meta.url));

/** The INDEX.tsv columns, in the order the file has them. */
const INDEX_COLUMNS = [
  'source', 'id', 'path', 'outlet', 'has_caption', 'has_byline', 'has_dateline', 'has_quotes',
  'quote_style', 'wire', 'has_headline', 'layout', 'n_paragraphs', 'n_chars', 'url',
] as const;
type IndexColumn = (typeof INDEX_COLUMNS)[number];

/** One article of the corpus: its INDEX.tsv row, its text, its metadata and its source headline. */
export interface CorpusArticle {
  /** The source folder: `aeb`, `bbc`, `peoplesdaily_oneline`, `cnn_dailymail_oneline`. */
  readonly source: string;
  readonly id: string;
  /** `<source>/<id>`, a name that is unique across the corpus. */
  readonly name: string;
  /** Path of the text file relative to the articles folder. */
  readonly path: string;
  readonly outlet: string;
  /** Heuristic flags from INDEX.tsv; not ground truth. */
  readonly flags: {
    readonly caption: boolean;
    readonly byline: boolean;
    readonly dateline: boolean;
    readonly quotes: boolean;
    readonly headline: boolean;
  };
  readonly quoteStyle: string;
  readonly wire: string;
  /** `headline_first` (line 1 is the headline) or `one_line` (paragraph breaks were lost). */
  readonly layout: string;
  readonly paragraphCount: number;
  readonly charCount: number;
  readonly url: string;
  readonly text: string;
  readonly meta: Readonly<Record<string, unknown>>;
  /** The headline the source gives, or `null` when it gives none (CNN/DailyMail). */
  readonly headline: string | null;
}

/** Whether `../shared/corpora/articles` is present (it is absent outside the project's machines). */
export function articlesAvailable(): boolean {
  return existsSync(join(ARTICLES_DIR, 'INDEX.tsv'));
}

/** Reads INDEX.tsv into records keyed by column name; fails loudly when the columns change. */
function readIndex(): Record<IndexColumn, string>[] {
  const lines = readFileSync(join(ARTICLES_DIR, 'INDEX.tsv'), 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const header = (lines[0] ?? '').split('\t');
  const positions = INDEX_COLUMNS.map((column) => {
    const position = header.indexOf(column);
    if (position < 0) throw new Error(`INDEX.tsv has no column ${JSON.stringify(column)}`);
    return position;
  });
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const row = {} as Record<IndexColumn, string>;
    INDEX_COLUMNS.forEach((column, i) => {
      row[column] = cells[positions[i] ?? -1] ?? '';
    });
    return row;
  });
}

/**
 * Where each source keeps its headline: aeb in `meta.headline` (the page's <h1>), People's Daily
 * in `meta.page_title_from_filename`, BBC as line 1 of the text file; CNN/DailyMail has none.
 */
function sourceHeadline(source: string, text: string, meta: Readonly<Record<string, unknown>>): string | null {
  const field = (key: string) => (typeof meta[key] === 'string' ? meta[key] : null);
  if (source === 'aeb') return field('headline');
  if (source.startsWith('peoplesdaily')) return field('page_title_from_filename');
  if (source === 'bbc') return text.split(/\r?\n/, 1)[0]?.trim() || null;
  return null;
}

/** Loads every article listed in INDEX.tsv, in index order. Call only when `articlesAvailable()`. */
export function loadCorpus(): CorpusArticle[] {
  return readIndex().map((row) => {
    const textPath = join(ARTICLES_DIR, row.path);
    const text = readFileSync(textPath, 'utf8');
    const metaPath = textPath.replace(/\.txt$/, '.meta.json');
    const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>) : {};
    return {
      source: row.source,
      id: row.id,
      name: `${row.source}/${row.id}`,
      path: row.path,
      outlet: row.outlet,
      flags: {
        caption: row.has_caption === '1',
        byline: row.has_byline === '1',
        dateline: row.has_dateline === '1',
        quotes: row.has_quotes === '1',
        headline: row.has_headline === '1',
      },
      quoteStyle: row.quote_style,
      wire: row.wire,
      layout: row.layout,
      paragraphCount: Number(row.n_paragraphs),
      charCount: Number(row.n_chars),
      url: row.url,
      text,
      meta,
      headline: sourceHeadline(row.source, text, meta),
    };
  });
}

// --- Helpers shared by the eval and bench scripts (printing and recording results) ---

/** The short commit hash of HEAD and whether the tree has changes, or `null` outside git. */
export function gitRevision(): { commit: string; dirty: boolean } | null {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit: run('rev-parse', '--short', 'HEAD').trim(), dirty: run('status', '--porcelain').trim() !== '' };
  } catch {
    return null;
  }
}

/** Writes `reports/<name>` (pretty JSON) and returns its path. */
export function writeReport(name: string, data: unknown): string {
  const path = join(REPO_ROOT, 'reports', name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

/**
 * Formats rows as a Markdown table whose columns are padded, so that it reads as plain text in a
 * terminal and pastes into the README unchanged. Pipes in cells are escaped.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => value.replace(/\|/g, '\\|');
  const all = [header, ...rows].map((row) => header.map((_, i) => cell(row[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...all.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => `| ${row.map((value, i) => value.padEnd(widths[i]!)).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head!), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** `n/N (xx.x%)`, or `n/0` when there is nothing to count. */
export function fraction(n: number, total: number): string {
  return total === 0 ? `${n}/0` : `${n}/${total} (${((100 * n) / total).toFixed(1)}%)`;
}
