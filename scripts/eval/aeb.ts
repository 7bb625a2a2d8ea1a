/**
 * HTML input on the Article Extraction Benchmark (Zyte): 181 news pages with the article body
 * their annotators wrote down, in `../shared/corpora/aeb-html`.
 *
 * Each page is parsed with `parseArticle(html, { format: 'html', entities: false, quotes: false })`;
 * the predicted body is the article's paragraphs (the dateline included, as it opens the first
 * one), without the headline, deck, byline or captions, since the benchmark's `articleBody`
 * leaves those out. It is scored with the benchmark's own metric (see ../shared/README.md):
 * multisets of 4-token shingles of `\w+` tokens, per-page tp/fp/fn normalized to sum to 1,
 * precision and recall averaged over pages, F1 from the two means.
 *
 * Run alone: `node --import tsx scripts/eval/aeb.ts` prints the pages scored worst too; also a
 * section of `npm run eval`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse.js';

export const AEB_DIR = fileURLToPath(new URL('../../../shared/corpora/aeb-html/', import.meta.url));

/** F1 published for this set (Zyte's benchmark table), for comparison. */
const PUBLISHED = 'published F1: readability.js 0.947, newspaper4k 0.949, trafilatura 0.958, go-trafilatura 0.960, best 0.970';

interface PageScore {
  readonly id: string;
  readonly url: string;
  /** `null` when the page had no shingles predicted (precision undefined) */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly error: string | null;
}

/** Python's Unicode `\w`: letters, digits and the underscore (JavaScript's `\w` is ASCII only, even with `u`). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The multiset of 4-token shingles of a text; fewer than 4 tokens make one shingle of all of them. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const add = (shingle: string) => out.set(shingle, (out.get(shingle) ?? 0) + 1);
  if (tokens.length === 0) return out;
  if (tokens.length < 4) add(tokens.join(' '));
  else for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return out;
}

/** Per-page precision and recall as the benchmark defines them (tp, fp, fn normalized to sum to 1). */
export function scorePage(truth: string, predicted: string): { precision: number | null; recall: number | null } {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, n] of got) {
    const m = expected.get(shingle) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [shingle, m] of expected) fn += Math.max(0, m - (got.get(shingle) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1 };
  [tp, fp, fn] = [tp / total, fp / total, fn / total];
  return {
    precision: tp + fp === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? null : fp === 0 && fn === 0 ? 1 : tp / (tp + fn),
  };
}

function mean(values: readonly (number | null)[]): number {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? 0 : known.reduce((a, b) => a + b, 0) / known.length;
}

/** The predicted article body: the paragraphs, the first opened by the dateline the parser split off. */
export function bodyOf(article: Article): string {
  const paragraphs = article.paragraphs.map((paragraph) => paragraph.text);
  if (article.dateline) paragraphs[0] = paragraphs.length > 0 ? `${article.dateline.text} ${paragraphs[0]}` : article.dateline.text;
  return paragraphs.join('\n');
}

export function aebAvailable(): boolean {
  return existsSync(join(AEB_DIR, 'ground-truth.json'));
}

/** Parses and scores every page. */
export function runAeb(): PageScore[] {
  const truth = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(join(AEB_DIR, 'html')).filter((name) => name.endsWith('.html.gz')).sort();
  return files.map((name) => {
    const id = name.replace(/\.html\.gz$/, '');
    const expected = truth[id];
    const html = gunzipSync(readFileSync(join(AEB_DIR, 'html', name))).toString('utf8');
    const url = expected?.url ?? '';
    try {
      const article = parseArticle(html, { format: 'html', entities: false, quotes: false });
      const body = bodyOf(article);
      return { id, url, ...scorePage(expected?.articleBody ?? '', body), error: null };
    } catch (error) {
      return { id, url, precision: 0, recall: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  });
}

export function aebSummary(pages: readonly PageScore[]): { precision: number; recall: number; f1: number; failures: number } {
  const precision = mean(pages.map((page) => page.precision));
  const recall = mean(pages.map((page) => page.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, failures: pages.filter((page) => page.error !== null).length };
}

/** The section of `npm run eval`. */
export function aebSection(): { rows: [string, string, string][]; notes: string[]; json: Record<string, unknown> } {
  if (!aebAvailable()) {
    return { rows: [['skipped', '-', 'no ../shared/corpora/aeb-html']], notes: [`AEB: ${AEB_DIR} is absent; section skipped.`], json: { skipped: true } };
  }
  const pages = runAeb();
  const { precision, recall, f1, failures } = aebSummary(pages);
  const subset = `${pages.length} pages`;
  return {
    rows: [
      ['precision (shingles)', subset, precision.toFixed(3)],
      ['recall (shingles)', subset, recall.toFixed(3)],
      ['F1', subset, f1.toFixed(3)],
      ['failures (thrown)', subset, String(failures)],
    ],
    notes: [`AEB article body, ${PUBLISHED}.`],
    json: { pages: pages.length, precision, recall, f1, failures },
  };
}

function main(): void {
  const print = (text: string) => process.stdout.write(`${text}\n`);
  if (!aebAvailable()) {
    print(`aeb: ${AEB_DIR} is absent (../shared is not beside the repository); nothing to evaluate.`);
    return;
  }
  const started = performance.now();
  const pages = runAeb();
  const { precision, recall, f1, failures } = aebSummary(pages);
  print(`AEB (${pages.length} pages, ${(performance.now() - started).toFixed(0)} ms): P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}, ${failures} failures`);
  print(PUBLISHED);
  const worst = [...pages].sort((a, b) => Math.min(a.precision ?? 0, a.recall ?? 0) - Math.min(b.precision ?? 0, b.recall ?? 0));
  const count = Number(process.env.AEB_WORST ?? 25);
  print(`\nWorst ${count} pages (P R id url):`);
  for (const page of worst.slice(0, count)) {
    print(`${(page.precision ?? 0).toFixed(2)} ${(page.recall ?? 0).toFixed(2)} ${page.id.slice(0, 12)} ${page.url}${page.error ? ` ${page.error}` : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
