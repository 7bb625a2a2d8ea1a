/**
 * The quote stage measured on PolNeAR (`../shared/corpora/polnear`), as issue 4 defines it.
 *
 * Gold item: an attribution's content from its first segment's start to its last segment's end.
 * Predicted item: a quote's content span. Both are trimmed of whitespace, quotation marks and
 * punctuation at both ends. Exact match: equal trimmed spans; overlap match: trimmed spans that
 * share a character, paired one-to-one greedily (largest overlap first). Precision, recall and F1
 * overall and for two subsets: gold items whose content holds a double quotation mark and the
 * rest (an unmatched prediction counts against the subset of its kind: `indirect` against the
 * rest, `direct` and `mixed` against the marked). Speaker accuracy: over overlap-matched pairs
 * whose gold has a source, the share whose predicted speaker overlaps the gold source.
 *
 * Run alone (`node --import tsx scripts/eval/polnear.ts [dev|train|holdout] [--examples N]`) for the table
 * and an error breakdown; `scripts/eval.ts` runs it as one of its sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import type { Span } from '../../src/model/span.js';
import { formatTable } from '../lib/corpus.js';
import { errorBreakdown } from './polnear-errors.js';

export const POLNEAR_DIR = fileURLToPath(new URL('../../../shared/corpora/polnear/', import.meta.url));

interface Segment extends Span {
  readonly text: string;
}
interface GoldAttribution {
  readonly source: readonly Segment[] | null;
  readonly cue: readonly Segment[] | null;
  readonly content: readonly Segment[] | null;
}
export interface PolnearArticle {
  readonly id: string;
  readonly text: string;
  readonly attributions: readonly GoldAttribution[];
}

/** One item to compare: its trimmed span, and for errors what it came from. */
export interface Item {
  readonly span: Span;
  readonly marked: boolean;
  readonly speaker: Span | null;
  readonly cue: string;
}

/** An item with the text of its article, kept for the error breakdown. */
export interface ErrorItem extends Item {
  readonly text: string;
}

/** A system under test: the article's text and paragraphs in, predicted items out. */
type System = (text: string, paragraphs: readonly Span[]) => Item[];

const DOUBLE_MARK = /["“”„‟«»]/;
const EDGE = /[\s\p{P}]/u;

/** A span trimmed of whitespace, quotation marks and punctuation at both ends (`null` when nothing is left). */
export function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Paragraphs of a PolNeAR text: its non-empty lines (paragraphs are separated by blank lines). */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

export function goldItems(article: PolnearArticle): Item[] {
  return article.attributions.flatMap(({ source, cue, content }) => {
    if (!content || content.length === 0) return [];
    const span = trim(article.text, { start: content[0]!.start, end: content.at(-1)!.end });
    if (!span) return [];
    const speaker = source && source.length > 0 ? { start: source[0]!.start, end: source.at(-1)!.end } : null;
    const cueText = (cue ?? []).map((s) => s.text.toLowerCase()).join(' ') || '(none)';
    return [{ span, marked: DOUBLE_MARK.test(article.text.slice(span.start, span.end)), speaker, cue: cueText }];
  });
}

export const newsdocSystem: System = (text, paragraphs) =>
  findQuotes(text, paragraphs).flatMap((quote) => {
    const span = trim(text, quote.content);
    const cue = quote.cue ? text.slice(quote.cue.start, quote.cue.end).toLowerCase() : '(none)';
    return span ? [{ span, marked: quote.kind !== 'indirect', speaker: quote.speaker, cue: `${quote.kind}:${cue}` }] : [];
  });

const compromiseSystem: System = (text) =>
  (nlp(text).quotations().json({ offset: true }) as { offset: { start: number; length: number } }[]).flatMap(({ offset }) => {
    const span = trim(text, { start: offset.start, end: offset.start + offset.length });
    return span ? [{ span, marked: true, speaker: null, cue: '(none)' }] : [];
  });

/** The plain baseline: the text between an opening and a closing double mark, within a paragraph. */
const regexSystem: System = (text) =>
  [...text.matchAll(/["“]([^"“”\n]+)["”]/g)].flatMap((match) => {
    const span = trim(text, { start: match.index + 1, end: match.index + match[0].length - 1 });
    return span ? [{ span, marked: true, speaker: null, cue: '(none)' }] : [];
  });

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one greedy pairing: candidate pairs by decreasing overlap; exact pairs need equal spans. */
function pair(gold: readonly Item[], predicted: readonly Item[], exact: boolean): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const shared = overlap(g.span, p.span);
      if (exact ? g.span.start === p.span.start && g.span.end === p.span.end : shared > 0) candidates.push([i, j, shared]);
    }),
  );
  candidates.sort((a, b) => b[2] - a[2]);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [i, j] of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue;
    usedGold.add(i);
    usedPredicted.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

type Subset = 'all' | 'marked' | 'unmarked';
const SUBSETS: readonly Subset[] = ['all', 'marked', 'unmarked'];
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const inSubset = (item: Item, subset: Subset) => subset === 'all' || item.marked === (subset === 'marked');

export interface SystemScore {
  readonly exact: Record<Subset, Counts>;
  readonly overlap: Record<Subset, Counts>;
  readonly speaker: { correct: number; total: number };
  /** Error examples, for the breakdown. */
  readonly missed: ErrorItem[];
  readonly spurious: ErrorItem[];
  readonly boundary: { gold: Item; predicted: Item; text: string }[];
}

function emptyCounts(): Record<Subset, Counts> {
  return { all: { tp: 0, fp: 0, fn: 0 }, marked: { tp: 0, fp: 0, fn: 0 }, unmarked: { tp: 0, fp: 0, fn: 0 } };
}

export function score(articles: readonly PolnearArticle[], system: System): SystemScore {
  const result: SystemScore = { exact: emptyCounts(), overlap: emptyCounts(), speaker: { correct: 0, total: 0 }, missed: [], spurious: [], boundary: [] };
  for (const article of articles) {
    const gold = goldItems(article);
    const predicted = system(article.text, paragraphsOf(article.text));
    for (const exact of [true, false]) {
      const pairs = pair(gold, predicted, exact);
      const counts = exact ? result.exact : result.overlap;
      const matchedGold = new Set(pairs.map(([i]) => i));
      const matchedPredicted = new Set(pairs.map(([, j]) => j));
      for (const subset of SUBSETS) {
        counts[subset].tp += pairs.filter(([i]) => inSubset(gold[i]!, subset)).length;
        counts[subset].fn += gold.filter((g, i) => !matchedGold.has(i) && inSubset(g, subset)).length;
        counts[subset].fp += predicted.filter((p, j) => !matchedPredicted.has(j) && inSubset(p, subset)).length;
      }
      if (exact) continue;
      const exactPairs = new Set(pair(gold, predicted, true).map(([i, j]) => `${i}:${j}`));
      for (const [i, j] of pairs) {
        const g = gold[i]!;
        const p = predicted[j]!;
        if (!exactPairs.has(`${i}:${j}`)) result.boundary.push({ gold: g, predicted: p, text: article.text });
        if (!g.speaker) continue;
        result.speaker.total++;
        if (p.speaker && overlap(p.speaker, g.speaker) > 0) result.speaker.correct++;
      }
      result.missed.push(...gold.filter((_, i) => !matchedGold.has(i)).map((g) => ({ ...g, text: article.text })));
      result.spurious.push(...predicted.filter((_, j) => !matchedPredicted.has(j)).map((p) => ({ ...p, text: article.text })));
    }
  }
  return result;
}

function prf({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (x: number) => (100 * x).toFixed(1);
const formatPrf = (counts: Counts) => {
  const { p, r, f } = prf(counts);
  return `P ${pct(p)} R ${pct(r)} F1 ${pct(f)}`;
};

export function loadPolnear(split: 'dev' | 'train'): PolnearArticle[] | null {
  const path = `${POLNEAR_DIR}polnear-${split}.jsonl`;
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolnearArticle);
}

/** The rows `[metric, subset, result]` for newsdoc and both baselines, and the JSON of the numbers. */
export function polnearRows(articles: readonly PolnearArticle[]): { rows: [string, string, string][]; json: Record<string, unknown>; newsdoc: SystemScore } {
  const systems: [string, System][] = [['newsdoc', newsdocSystem], ['compromise', compromiseSystem], ['regex', regexSystem]];
  const rows: [string, string, string][] = [];
  const json: Record<string, unknown> = {};
  let newsdoc: SystemScore | null = null;
  for (const [name, system] of systems) {
    const result = score(articles, system);
    newsdoc ??= result;
    const entry: Record<string, unknown> = {};
    for (const subset of SUBSETS) {
      const label = subset === 'all' ? 'all' : subset === 'marked' ? 'with quotation marks' : 'without marks';
      rows.push([`${name} exact`, label, formatPrf(result.exact[subset])]);
      rows.push([`${name} overlap`, label, formatPrf(result.overlap[subset])]);
      entry[subset] = { exact: prf(result.exact[subset]), overlap: prf(result.overlap[subset]) };
    }
    if (name === 'newsdoc') {
      const { correct, total } = result.speaker;
      rows.push(['newsdoc speaker accuracy', 'overlap-matched with a gold source', `${pct(total === 0 ? 0 : correct / total)}% (${correct}/${total})`]);
      entry.speaker = { correct, total };
    }
    json[name] = entry;
  }
  return { rows, json, newsdoc: newsdoc! };
}

/** The section `scripts/eval.ts` runs: PolNeAR dev, or a note when `../shared` is absent. */
export function polnearSection(): { rows: [string, string, string][]; notes: string[]; json: Record<string, unknown> } {
  const articles = loadPolnear('dev');
  if (!articles) return { rows: [], notes: [`PolNeAR: ${POLNEAR_DIR} is absent; quotes not evaluated.`], json: { skipped: true } };
  const { rows, json } = polnearRows(articles);
  return { rows, notes: [], json };
}

function main(): void {
  // `holdout`: the fifth of train that the `--holdout` runs of the training scripts leave out.
  const holdout = process.argv.includes('holdout');
  const split = holdout || process.argv.includes('train') ? 'train' : 'dev';
  const examplesAt = process.argv.indexOf('--examples');
  const examples = examplesAt > 0 ? Number(process.argv[examplesAt + 1] ?? 10) : 0;
  const articles = loadPolnear(split)?.filter((_, i) => !holdout || i % 5 === 0);
  if (!articles) {
    process.stdout.write(`polnear: ${POLNEAR_DIR} is absent (../shared is not beside the repository); skipped.\n`);
    return;
  }
  const started = performance.now();
  const { rows, newsdoc } = polnearRows(articles);
  process.stdout.write(`PolNeAR ${holdout ? 'train holdout' : split}: ${articles.length} articles (${(performance.now() - started).toFixed(0)} ms, all systems)\n\n`);
  process.stdout.write(`${formatTable(['Metric', 'Subset', 'Result'], rows)}\n\n`);
  process.stdout.write(`${errorBreakdown(newsdoc, examples).join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
