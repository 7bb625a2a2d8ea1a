/**
 * Trains the content-end model (`src/quotes/content-end.ts`) on PolNeAR train and writes its
 * weights to `src/quotes/content-end-weights.generated.ts`. Run with `npm run train:content-end`.
 *
 * The reader of reported speech runs on every train article with a chooser that records each
 * decision (the candidates where a content after its cue may end) and keeps the rules' choice.
 * A decision whose content starts where a gold content starts is an example set: the candidate
 * that ends where the gold content ends is positive, the others negative (a decision whose gold
 * end is no candidate is left out and counted). A log-linear model over each decision's candidates
 * (`scripts/lib/ranking.ts`) is fitted to the optimum of its L2-regularized loss by L-BFGS over all
 * decisions at once, from zero, to within 1e-8 of every weight: no seed, and the decisions' order
 * does not matter. (A decision with several right candidates makes the loss not convex in
 * general; shuffled decisions and random starts still reached the same optimum, to 1e-9.) Only
 * feature names and weights are written, never article text.
 *
 * `--holdout` trains on four fifths of train and reports, on the rest, how often the model and the
 * rules pick the gold end.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { END_TEMPLATES, type EndCandidate } from '../src/quotes/content-end.js';
import { featureKey } from '../src/quotes/feature-table.js';
import { findDirectQuotes } from '../src/quotes/direct.js';
import { readDocument } from '../src/quotes/document.js';
import { findIndirectQuotes } from '../src/quotes/indirect.js';
import { findQuotations } from '../src/quotes/quote-marks.js';
import { POLNEAR_DIR, goldItems, loadPolnear, paragraphsOf, trim, type PolnearArticle } from './eval/polnear.js';
import { fragileWeights, logit, weightLines, type LogisticModel } from './lib/logistic.js';
import { fitRanking, type RankingExample } from './lib/ranking.js';

const OUTPUT = fileURLToPath(new URL('../src/quotes/content-end-weights.generated.ts', import.meta.url));

/**
 * The penalty, chosen on the held-out fifth of train (`--holdout`): the model picked the gold end in
 * 86.5, 86.7, 86.7, 86.7, 86.1% of held-out decisions with l2 3e-4, 5e-4, 1e-3, 2e-3, 3e-3 (1e-4
 * fitted train to 95% and fell to 86.5%).
 */
const FIT = { l2: 1e-3, minFeatureCount: 5 };
/** Weights smaller than this are left out of the generated file. */
const MIN_WEIGHT = 0.1;

/** One decision with a known gold end: its candidates, which of them are right, and the rules' pick. */
interface Decision {
  /** Each candidate's `at` and its features written as keys (`name=part|part`). */
  readonly candidates: readonly { readonly at: number; readonly features: readonly string[] }[];
  readonly gold: ReadonlySet<number>;
  readonly ruleAt: number;
}

interface Tally {
  decisions: Decision[];
  unreachable: number;
}

const key = (start: number, end: number) => `${start}:${end}`;
const keyed = ({ at, features }: EndCandidate) => ({ at, features: features.map((parts, k) => featureKey(END_TEMPLATES[k]!, parts)) });

function decisionsOf(article: PolnearArticle, tally: Tally): void {
  const { text } = article;
  const gold = goldItems(article);
  const goldStarts = new Set(gold.map((g) => g.span.start));
  const goldSpans = new Set(gold.map((g) => key(g.span.start, g.span.end)));
  const paragraphs = paragraphsOf(text);
  const doc = readDocument(text, paragraphs);
  const quotations = findQuotations(text, paragraphs);
  const spanOf = (first: number, at: number) => trim(text, { start: doc.tokens[first]!.start, end: doc.tokens[at - 1]!.end });
  findIndirectQuotes(doc, quotations, findDirectQuotes(doc, quotations), (candidates, ruleAt, range) => {
    const whole = spanOf(range.first, range.last + 1);
    if (!whole || !goldStarts.has(whole.start)) return ruleAt;
    const right = new Set<number>();
    for (const { at } of candidates) {
      const span = spanOf(range.first, at);
      if (span && goldSpans.has(key(span.start, span.end))) right.add(at);
    }
    if (right.size === 0) tally.unreachable++;
    else tally.decisions.push({ candidates: candidates.map(keyed), gold: right, ruleAt });
    return ruleAt;
  });
}

/** The decisions as the ranking model sees them: each candidate's features and whether it is right. */
const rankingExamples = (decisions: readonly Decision[]): RankingExample[] =>
  decisions.map(({ candidates, gold }) => ({ candidates: candidates.map(({ at, features }) => ({ features, right: gold.has(at) })) }));

/** How often the model's best candidate, and the rules' pick, is a right one. */
function accuracy(model: LogisticModel, decisions: readonly Decision[]): string {
  let byModel = 0;
  let byRule = 0;
  for (const { candidates, gold, ruleAt } of decisions) {
    let best = ruleAt;
    let bestScore = -Infinity;
    for (const { at, features } of candidates) {
      const score = logit(model, features);
      if (score > bestScore) [best, bestScore] = [at, score];
    }
    if (gold.has(best)) byModel++;
    if (gold.has(ruleAt)) byRule++;
  }
  const pct = (n: number) => ((100 * n) / decisions.length).toFixed(1);
  return `model right ${pct(byModel)}%, rules right ${pct(byRule)}% of ${decisions.length} decisions`;
}

/** The source of `content-end-weights.generated.ts` for a fitted model. */
function weightsSource(model: LogisticModel): { source: string; count: number } {
  const lines = weightLines(model, MIN_WEIGHT);
  const source = `// GENERATED FILE: written by \`node --import tsx scripts/train-content-end.ts\` from PolNeAR train. Do
// not edit by hand; change the script and run it again. It holds feature names and weights only.

/** The weight of each feature of a place where a content may end (see \`endCandidates\` in \`content-end.ts\`). */
export const CONTENT_END_WEIGHTS: Readonly<Record<string, number>> = {
${lines.join('\n')}
};
`;
  return { source, count: lines.length };
}

/** The weights file as training on PolNeAR train writes it now, or `null` when PolNeAR is absent (for the freshness test). */
export function trainedContentEndWeights(): string | null {
  const articles = loadPolnear('train');
  if (!articles) return null;
  const tally: Tally = { decisions: [], unreachable: 0 };
  for (const article of articles) decisionsOf(article, tally);
  return weightsSource(fitRanking(rankingExamples(tally.decisions), FIT).model).source;
}

function main(): void {
  const articles = loadPolnear('train');
  if (!articles) {
    process.stdout.write(`train-content-end: ${POLNEAR_DIR}polnear-train.jsonl is absent; nothing to train.\n`);
    return;
  }
  const holdout = process.argv.includes('--holdout');
  const fitted: Tally = { decisions: [], unreachable: 0 };
  const held: Tally = { decisions: [], unreachable: 0 };
  articles.forEach((article, i) => decisionsOf(article, holdout && i % 5 === 0 ? held : fitted));
  const { model, convergence } = fitRanking(rankingExamples(fitted.decisions), FIT);
  process.stdout.write(`train-content-end: ${convergence}\n`);
  process.stdout.write(`train-content-end: ${fragileWeights(model.weights.values(), MIN_WEIGHT)} written weights within rounding reach\n`);
  process.stdout.write(`train-content-end: fitted: ${accuracy(model, fitted.decisions)} (${fitted.unreachable} more with the gold end at no candidate)\n`);
  if (holdout) process.stdout.write(`train-content-end: held out: ${accuracy(model, held.decisions)}\n`);

  const { source, count } = weightsSource(model);
  writeFileSync(OUTPUT, source);
  process.stdout.write(`train-content-end: wrote ${count} weights to ${OUTPUT}${holdout ? ' (holdout model: run again without --holdout)' : ''}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
