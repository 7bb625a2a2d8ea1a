/**
 * `npm run bench`: how fast `parseArticle` is, against a baseline of what any Markdown-aware tool
 * pays anyway (`remark-parse` + `mdast-util-to-string` over the same input), and whether its cost
 * per byte stays flat as inputs grow. Prints Markdown tables and writes `reports/bench-latest.json`.
 *
 * Times are medians of rounds, after a warm-up that lasts until the time per call stops falling, so
 * that JIT compilation and GC pauses do not decide the result (the first call of the process is
 * printed apart); the tools compared on the same inputs take their rounds in turn, so that
 * other work on the machine weighs on all of them alike. Budgets keep the whole run to about two minutes on two cores; `BENCH_HUGE=1` adds
 * a 10 MB input.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import nlp from 'compromise';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DEFAULT_MAX_INPUT_LENGTH, parseArticle } from '../src/index.js';
import { REPO_ROOT, articlesAvailable, formatTable, gitRevision, loadCorpus, writeReport } from './lib/corpus.js';

const print = (text: string) => process.stdout.write(`${text}\n`);

interface Measurement {
  /** Median time of one call of the measured function, in milliseconds. */
  readonly medianMs: number;
  readonly rounds: number;
  readonly callsPerRound: number;
}

/**
 * Runs `run` until its time per call stops falling, so that the rounds measured after it see code
 * that V8 has finished optimizing: functions called once per parse are compiled by the optimizing
 * tier only after thousands of parses, and with a fixed 300 ms warm-up the seed article's median
 * still fell inside that phase (its time per parse kept dropping for ~10 s, 4.3 ms to 1.3 ms).
 * Windows of at least `windowMs` (and two calls) are timed; it stops once `patience` windows in a
 * row have not beaten the best so far by 2% (one window is too noisy to tell), after `minMs`, or
 * at `maxMs` whatever happens.
 */
function warmUp(run: () => void, { minMs = 2000, maxMs = 10_000, windowMs = 1000, patience = 3 } = {}): void {
  const started = performance.now();
  let best = Infinity;
  let stale = 0;
  for (;;) {
    const windowStart = performance.now();
    let calls = 0;
    do {
      run();
      calls += 1;
    } while (performance.now() - windowStart < windowMs || calls < 2);
    const now = performance.now();
    const perCall = (now - windowStart) / calls;
    if (perCall < best * 0.98) {
      best = perCall;
      stale = 0;
    } else {
      stale += 1;
    }
    if (now - started >= maxMs || (now - started >= minMs && stale >= patience)) return;
  }
}

/** After {@link warmUp}, how many calls make a round of at least `minRoundMs`: one parse of a short article is too quick for the timer. */
function warmUpAndBatch(run: () => void, minRoundMs: number, warmUpOptions?: Parameters<typeof warmUp>[1]): number {
  warmUp(run, warmUpOptions);
  let callsPerRound = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < callsPerRound; i += 1) run();
    if (performance.now() - start >= minRoundMs || callsPerRound >= 1 << 16) break;
    callsPerRound *= 2;
  }
  return callsPerRound;
}

/**
 * Median time of one call of `run`. Calls are batched so that a round lasts at least `minRoundMs`
 * (a single parse of a short article is too quick for the timer); rounds repeat until
 * `budgetMs` is spent, with at least `minRounds` of them.
 */
function measure(run: () => void, { budgetMs = 2000, minRounds = 5, maxRounds = 200, minRoundMs = 10 } = {}): Measurement {
  const callsPerRound = warmUpAndBatch(run, minRoundMs, { minMs: Math.min(500, budgetMs / 4), maxMs: Math.min(3000, budgetMs), windowMs: Math.min(500, budgetMs / 4), patience: 1 });

  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < minRounds || (performance.now() < deadline && times.length < maxRounds)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerRound; i += 1) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / callsPerRound);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  const medianMs = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { medianMs, rounds: times.length, callsPerRound };
}

/**
 * Median time of one call of each of `runs`, measured in interleaved rounds (one batch of each in
 * turn, every round), so that a change of load on a shared machine slows them all alike and the
 * ratios between them hold. Each run is warmed up and batched as in {@link measure}.
 */
function measureInterleaved(runs: readonly (() => void)[], { budgetMs = 8000, minRounds = 7, maxRounds = 200, minRoundMs = 10 } = {}): number[] {
  const batches = runs.map((run) => warmUpAndBatch(run, minRoundMs));
  const times = runs.map((): number[] => []);
  const deadline = performance.now() + budgetMs;
  for (let round = 0; round < minRounds || (performance.now() < deadline && round < maxRounds); round += 1) {
    runs.forEach((run, r) => {
      const callsPerRound = batches[r]!;
      const start = process.hrtime.bigint();
      for (let i = 0; i < callsPerRound; i += 1) run();
      times[r]!.push(Number(process.hrtime.bigint() - start) / 1e6 / callsPerRound);
    });
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    const middle = list.length >> 1;
    return list.length % 2 === 1 ? list[middle]! : (list[middle - 1]! + list[middle]!) / 2;
  });
}

const markdown = unified().use(remarkParse);
/** The baseline: parse as Markdown and take the plain text, as a remark pipeline would. */
function baseline(text: string): string {
  return toString(markdown.parse(text));
}

/** What compromise users run to get people, places, organizations and quotes out of a text. */
function compromiseEntities(text: string): number {
  const doc = nlp(text);
  return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
}

const STRUCTURE_ONLY = { entities: false, quotes: false } as const;
const WITHOUT_QUOTES = { quotes: false } as const;

interface Rate {
  readonly medianMs: number;
  readonly articlesPerSecond: number;
}

/** One round over a set of inputs with each tool and each stage, as articles per second and ratios. */
function compare(name: string, inputs: readonly string[]): Record<string, number | string> {
  const overAll = (run: (input: string) => unknown) => () => {
    for (const input of inputs) run(input);
  };
  const medians = measureInterleaved([
    overAll((input) => parseArticle(input)),
    overAll((input) => parseArticle(input, STRUCTURE_ONLY)),
    overAll((input) => parseArticle(input, WITHOUT_QUOTES)),
    overAll(baseline),
    overAll(compromiseEntities),
  ]);
  const [pipeline, structure, entities, remark, compromise] = medians.map((medianMs) => ({
    medianMs,
    articlesPerSecond: (1000 * inputs.length) / medianMs,
  })) as [Rate, Rate, Rate, Rate, Rate];
  return {
    name,
    articles: inputs.length,
    newsdocArticlesPerSecond: pipeline.articlesPerSecond,
    structureArticlesPerSecond: structure.articlesPerSecond,
    withoutQuotesArticlesPerSecond: entities.articlesPerSecond,
    baselineArticlesPerSecond: remark.articlesPerSecond,
    compromiseArticlesPerSecond: compromise.articlesPerSecond,
    // How many times longer the whole pipeline takes than remark-parse alone (> 1 = newsdoc is slower).
    timeRatio: pipeline.medianMs / remark.medianMs,
    // How many times faster the whole pipeline is than compromise's entities and quotations.
    compromiseSpeedup: compromise.medianMs / pipeline.medianMs,
    // Each stage's share of the pipeline's time.
    structureMs: structure.medianMs / inputs.length,
    entitiesMs: (entities.medianMs - structure.medianMs) / inputs.length,
    quotesMs: (pipeline.medianMs - entities.medianMs) / inputs.length,
  };
}

/** Milliseconds of one call of `run`. */
function timeOnce(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The seed's paragraphs, cycled and joined by blank lines, until the text is at least `bytes` long. */
function repeatedSeed(seed: string, bytes: number): string {
  const paragraphs = seed.split(/\r?\n/).filter((line) => line.trim() !== '');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    parts.push(paragraph);
    length += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join('\n\n');
}

interface ScalingResult {
  readonly label: string;
  readonly bytes: number;
  readonly medianMs: number;
  readonly msPerKB: number;
}

/** Parses ever larger inputs; stops early when one parse is so slow that the next size would blow the budget. */
function scaling(seed: string, sizes: readonly (readonly [string, number])[]): { results: ScalingResult[]; skipped: string[]; peakHeapUsed: number } {
  const results: ScalingResult[] = [];
  const skipped: string[] = [];
  // Sampled after each size, while the last parse's garbage is likely still on the heap.
  let peakHeapUsed = process.memoryUsage().heapUsed;
  for (const [label, target] of sizes) {
    const previous = results.at(-1);
    // Assume linear growth: skip a size whose single parse would take more than 15 s.
    if (previous && (previous.medianMs * target) / previous.bytes > 15_000) {
      skipped.push(label);
      continue;
    }
    const text = repeatedSeed(seed, target);
    const bytes = Buffer.byteLength(text);
    const options = { maxInputLength: Math.max(DEFAULT_MAX_INPUT_LENGTH, text.length) };
    const budgetMs = bytes > 2_000_000 ? 1 : 3000;
    const { medianMs } = measure(() => {
      parseArticle(text, options);
    }, { budgetMs, minRounds: bytes > 2_000_000 ? 2 : 5, minRoundMs: 0 });
    results.push({ label, bytes, medianMs, msPerKB: medianMs / (bytes / 1024) });
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  }
  return { results, skipped, peakHeapUsed };
}

function main(): void {
  const started = performance.now();
  const seed = readFileSync(new URL('../test/fixtures/seed/input.txt', import.meta.url), 'utf8');
  // What a one-off caller (a CLI run, a serverless function) pays: the first parse of the process
  // loads the models and runs unoptimized code; every later figure is for warmed-up code.
  const firstParseMs = timeOnce(() => parseArticle(seed));
  const firstBaselineMs = timeOnce(() => baseline(seed));
  const comparisons = [compare('seed article', [seed])];
  if (articlesAvailable()) comparisons.push(compare('articles corpus', loadCorpus().map((entry) => entry.text)));
  else print('bench: ../shared/corpora/articles is absent; measuring the seed article only.');

  const sizes: [string, number][] = [['2 KB', 2 * 1024], ['10 KB', 10 * 1024], ['100 KB', 100 * 1024], ['1 MB', 1024 * 1024]];
  if (process.env.BENCH_HUGE === '1') sizes.push(['10 MB', 10 * 1024 * 1024]);
  const { results, skipped, peakHeapUsed } = scaling(seed, sizes);
  const memory = process.memoryUsage();
  // maxRSS is the process's high-water mark in KiB, so it catches the peak of the largest parse.
  const peakRssMB = process.resourceUsage().maxRSS / 1024;

  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  print(`newsdoc bench (node ${process.version}, ${cpus().length} CPUs)\n`);
  print('Throughput: parseArticle(text), the whole pipeline, vs the baseline remark-parse + mdast-util-to-string,');
  print('and vs compromise 14 (nlp(text) + people, places, organizations, quotations) on the same articles.');
  print('Time ratio = newsdoc time / baseline time (above 1: newsdoc is slower); speedup = compromise time / newsdoc time.\n');
  print(formatTable(
    ['Input', 'Articles', 'newsdoc articles/s', 'baseline articles/s', 'compromise articles/s', 'Time ratio newsdoc/baseline', 'Speedup vs compromise'],
    comparisons.map((c) => [
      String(c.name),
      String(c.articles),
      fixed(Number(c.newsdocArticlesPerSecond)),
      fixed(Number(c.baselineArticlesPerSecond)),
      fixed(Number(c.compromiseArticlesPerSecond)),
      `${fixed(Number(c.timeRatio), 2)}x`,
      `${fixed(Number(c.compromiseSpeedup))}x`,
    ]),
  ));
  print(`\nFirst call in the process (models loading, code not yet optimized), seed article: newsdoc ${fixed(firstParseMs)} ms, baseline ${fixed(firstBaselineMs)} ms.`);
  print('\nStages: milliseconds per article (structure alone; entities and quotes as the difference they add).\n');
  print(formatTable(
    ['Input', 'structure ms', 'entities ms', 'quotes ms', 'structure-only articles/s'],
    comparisons.map((c) => [
      String(c.name),
      fixed(Number(c.structureMs), 3),
      fixed(Number(c.entitiesMs), 3),
      fixed(Number(c.quotesMs), 3),
      fixed(Number(c.structureArticlesPerSecond)),
    ]),
  ));

  const first = results[0];
  const last = results.at(-1);
  const growth = first && last ? last.msPerKB / first.msPerKB : null;
  print('\nScaling: the seed repeated (paragraphs joined by blank lines).\n');
  print(formatTable(['Size', 'Bytes', 'Median ms', 'ms per KB'], results.map((r) => [r.label, String(r.bytes), fixed(r.medianMs, 2), fixed(r.msPerKB, 4)])));
  if (growth !== null && first && last) print(`\nPer-byte cost ${last.label} / ${first.label}: ${fixed(growth, 2)} (1.00 = linear; above 1 = superlinear)`);
  if (skipped.length > 0) print(`Skipped (a single parse would exceed 15 s): ${skipped.join(', ')}`);
  if (process.env.BENCH_HUGE !== '1') print('Set BENCH_HUGE=1 to add a 10 MB input.');
  print(`Memory after the scaling run: peak RSS ${fixed(peakRssMB)} MB, heapUsed ${fixed(memory.heapUsed / 2 ** 20)} MB (peak sampled ${fixed(peakHeapUsed / 2 ** 20)} MB)`);

  const path = writeReport('bench-latest.json', {
    timestamp: new Date().toISOString(),
    git: gitRevision(),
    node: process.version,
    cpus: cpus().length,
    throughput: comparisons,
    firstCall: { newsdocMs: firstParseMs, baselineMs: firstBaselineMs },
    scaling: { results, skipped, perByteCostGrowth: growth },
    memory: { peakRssMB, heapUsedMB: memory.heapUsed / 2 ** 20, peakHeapUsedMB: peakHeapUsed / 2 ** 20 },
  });
  print(`\nWrote ${path.replace(REPO_ROOT, '')} in ${fixed((performance.now() - started) / 1000)} s`);
}

main();
