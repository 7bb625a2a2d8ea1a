/**
 * Trains the cue classifier (`src/quotes/cue-classifier.ts`) on PolNeAR train and writes its
 * weights to `src/quotes/cue-weights.generated.ts`. Run with `node --import tsx scripts/train-cues.ts`
 * after `scripts/build-cues.ts` (the lexicon proposes the candidates and is one of the features).
 *
 * Every candidate the extraction considers (`sentenceCues` of `src/quotes/cue-candidates.ts`, so
 * training sees exactly what extraction sees) is an example; its label is whether it lies in a cue
 * PolNeAR's annotators marked. A logistic regression (`scripts/lib/logistic.ts`) is fitted to the
 * optimum of its L2-regularized log loss by L-BFGS over all examples at once: the objective is
 * strictly convex, so the weights are the one optimum whatever the order of the examples (no seed),
 * and the fit stops only when every weight is provably within 1e-8 of it, so the written digits are
 * the optimum's. (SGD with a seed, before, moved held-out overlap F1 by a few tenths with the seed.)
 * Only feature names and weights are written, never article text.
 *
 * `--holdout` trains on four fifths of train and reports log loss and accuracy on the rest. Every run
 * prints how the solver converged, and how many written weights lie so near a rounding boundary that
 * the 1e-8 could flip a digit (it should be 0).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { blockedTokens, sentenceCues } from '../src/quotes/cue-candidates.js';
import { CUE_TEMPLATES } from '../src/quotes/cue-classifier.js';
import { featureKey } from '../src/quotes/feature-table.js';
import { findDirectQuotes } from '../src/quotes/direct.js';
import { readDocument } from '../src/quotes/document.js';
import { findQuotations } from '../src/quotes/quote-marks.js';
import { POLNEAR_DIR, loadPolnear, paragraphsOf, type PolnearArticle } from './eval/polnear.js';
import { evaluateLogistic, fitLogistic, fragileWeights, weightLines, type Example, type LogisticModel } from './lib/logistic.js';

const OUTPUT = fileURLToPath(new URL('../src/quotes/cue-weights.generated.ts', import.meta.url));

/**
 * The penalty and the rarest feature kept, chosen on the held-out fifth of train (`--holdout`). With
 * features seen 10 times, l2 3e-5, 1e-4, 3e-4 gave a held-out log loss of 0.4455, 0.4400, 0.4454.
 * Keeping features seen 5 times lowered it to 0.4363 but left the overlap F1 of the whole cycle
 * where it was (79.7) and wrote 2.5 times as many weights, which ship in the bundle.
 */
const FIT = { l2: 1e-4, minFeatureCount: 10 };
/** Weights smaller than this are left out of the generated file. */
const MIN_WEIGHT = 0.05;

function examplesOf(article: PolnearArticle): Example[] {
  const paragraphs = paragraphsOf(article.text);
  const doc = readDocument(article.text, paragraphs);
  const quotations = findQuotations(article.text, paragraphs);
  const blocked = blockedTokens(doc, quotations, findDirectQuotes(doc, quotations));
  const cueSpans = article.attributions.flatMap((a) => a.cue ?? []);
  const examples: Example[] = [];
  for (const sentence of doc.sentences) {
    const read = sentenceCues(doc, blocked, sentence);
    if (!read) continue;
    read.cues.forEach((cue, k) => {
      const start = doc.tokens[cue.first]!.start;
      const end = doc.tokens[cue.last]!.end;
      const label = cueSpans.some((span) => span.start < end && start < span.end) ? 1 : 0;
      examples.push({ features: read.features[k]!.map((parts, t) => featureKey(CUE_TEMPLATES[t]!, parts)), label });
    });
  }
  return examples;
}

/** The source of `cue-weights.generated.ts` for a fitted model. */
function weightsSource(model: LogisticModel): { source: string; count: number } {
  const lines = weightLines(model, MIN_WEIGHT);
  const source = `// GENERATED FILE: written by \`node --import tsx scripts/train-cues.ts\` from PolNeAR train. Do not edit
// by hand; change the script and run it again. It holds feature names and weights only, no article text.

/** The weight of a candidate with no feature (the intercept of the logistic regression). */
export const CUE_BIAS = ${model.bias.toFixed(3)};

/** The weight of each feature of a cue candidate (see \`featuresOf\` in \`cue-candidates.ts\`). */
export const CUE_WEIGHTS: Readonly<Record<string, number>> = {
${lines.join('\n')}
};
`;
  return { source, count: lines.length };
}

/** The weights file as training on PolNeAR train writes it now, or `null` when PolNeAR is absent (for the freshness test). */
export function trainedCueWeights(): string | null {
  const articles = loadPolnear('train');
  return articles ? weightsSource(fitLogistic(articles.flatMap(examplesOf), FIT).model).source : null;
}

function main(): void {
  const articles = loadPolnear('train');
  if (!articles) {
    process.stdout.write(`train-cues: ${POLNEAR_DIR}polnear-train.jsonl is absent; nothing to train.\n`);
    return;
  }
  const holdout = process.argv.includes('--holdout');
  const fitted = articles.filter((_, i) => !holdout || i % 5 !== 0).flatMap(examplesOf);
  const { model, convergence } = fitLogistic(fitted, FIT);
  process.stdout.write(`train-cues: ${convergence}\n`);
  process.stdout.write(`train-cues: ${fragileWeights(model.weights.values(), MIN_WEIGHT)} written weights within rounding reach\n`);
  process.stdout.write(`train-cues: fitted: ${evaluateLogistic(model, fitted)}\n`);
  if (holdout) process.stdout.write(`train-cues: held out: ${evaluateLogistic(model, articles.filter((_, i) => i % 5 === 0).flatMap(examplesOf))}\n`);

  const { source, count } = weightsSource(model);
  writeFileSync(OUTPUT, source);
  process.stdout.write(`train-cues: wrote ${count} weights to ${OUTPUT}${holdout ? ' (holdout model: run again without --holdout)' : ''}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
