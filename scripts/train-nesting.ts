/**
 * Trains the two models that judge reports nested in one another (`src/quotes/content-nesting.ts`)
 * on PolNeAR train and writes their weights to `src/quotes/nesting-weights.generated.ts`. Run with
 * `npm run train:nesting` after `train:content-end`: the pairs are read with the cue and content-end
 * models as they are committed, as extraction reads them.
 *
 * Every pair of reports where the cue of one lies inside the content of the other is an example
 * for both models: the outer model's label is whether the outer report's content is exactly an
 * annotated content (both trimmed as the eval trims them), the inner model's the same for the
 * inner one. Each is a logistic regression fitted to the optimum of its L2-regularized log loss by
 * L-BFGS (`scripts/lib/logistic.ts`): no seed, and the order of the examples does not matter.
 * Only feature names and weights are written, never article text.
 *
 * `--holdout` trains on four fifths of train and reports log loss and accuracy on the rest.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nestedPairs, nestingFeatures, outerInInnerSpeaker } from '../src/quotes/content-nesting.js';
import { readDocument } from '../src/quotes/document.js';
import { readAttributions } from '../src/quotes/find-quotes.js';
import { POLNEAR_DIR, goldItems, loadPolnear, paragraphsOf, trim, type PolnearArticle } from './eval/polnear.js';
import { evaluateLogistic, fitLogistic, fragileWeights, weightLines, type Example, type LogisticModel } from './lib/logistic.js';

const OUTPUT = fileURLToPath(new URL('../src/quotes/nesting-weights.generated.ts', import.meta.url));

/**
 * The penalty and the rarest feature kept, chosen over the five fifths of train held out in turn,
 * each with every quote model trained on the other four: l2 1e-3, 2e-3 and 5e-3 with features
 * seen twice, and 2e-3 with features seen once or four times, all gave exact F1 58.70-58.72 (with
 * the models judging every pair); the fewest weights won.
 */
const FIT = { l2: 2e-3, minFeatureCount: 4 };
/** Weights smaller than this are left out of the generated file (0.02 wrote 150 more for the same F1). */
const MIN_WEIGHT = 0.05;

interface PairExamples {
  readonly outer: Example[];
  readonly inner: Example[];
}

function examplesOf(article: PolnearArticle, into: PairExamples): void {
  const { text } = article;
  const gold = new Set(goldItems(article).map(({ span }) => `${span.start}:${span.end}`));
  const doc = readDocument(text, paragraphsOf(text));
  const annotated = (span: { start: number; end: number }) => {
    const trimmed = trim(text, span);
    return trimmed !== null && gold.has(`${trimmed.start}:${trimmed.end}`) ? 1 : 0;
  };
  for (const pair of nestedPairs(doc, readAttributions(doc))) {
    // Settled by rule in extraction, not judged by the models.
    if (outerInInnerSpeaker(doc, pair)) continue;
    const features = nestingFeatures(doc, pair);
    into.outer.push({ features, label: annotated(pair.outer.content) });
    into.inner.push({ features, label: annotated(pair.inner.content) });
  }
}

const modelSource = (name: string, what: string, model: LogisticModel) => `/** ${what} */
export const ${name}: { readonly bias: number; readonly weights: Readonly<Record<string, number>> } = {
  bias: ${model.bias.toFixed(3)},
  weights: {
${weightLines(model, MIN_WEIGHT)
  .map((line) => `  ${line}`)
  .join('\n')}
  },
};
`;

/** The source of `nesting-weights.generated.ts` for the fitted models. */
function weightsSource(outer: LogisticModel, inner: LogisticModel): string {
  return `// GENERATED FILE: written by \`node --import tsx scripts/train-nesting.ts\` from PolNeAR train. Do not
// edit by hand; change the script and run it again. It holds feature names and weights only.

${modelSource('NESTING_OUTER', 'How likely the outer report of a nested pair is annotated as read (see `nestingFeatures` in `content-nesting.ts`).', outer)}
${modelSource('NESTING_INNER', 'How likely the inner report of a nested pair is annotated as read.', inner)}`;
}

function fit(articles: readonly PolnearArticle[]): PairExamples {
  const examples: PairExamples = { outer: [], inner: [] };
  for (const article of articles) examplesOf(article, examples);
  return examples;
}

/** The weights file as training on PolNeAR train writes it now, or `null` when PolNeAR is absent (for the freshness test). */
export function trainedNestingWeights(): string | null {
  const articles = loadPolnear('train');
  if (!articles) return null;
  const examples = fit(articles);
  return weightsSource(fitLogistic(examples.outer, FIT).model, fitLogistic(examples.inner, FIT).model);
}

function main(): void {
  const articles = loadPolnear('train');
  if (!articles) {
    process.stdout.write(`train-nesting: ${POLNEAR_DIR}polnear-train.jsonl is absent; nothing to train.\n`);
    return;
  }
  const holdout = process.argv.includes('--holdout');
  const fitted = fit(articles.filter((_, i) => !holdout || i % 5 !== 0));
  const held = holdout ? fit(articles.filter((_, i) => i % 5 === 0)) : null;
  const models: LogisticModel[] = [];
  for (const side of ['outer', 'inner'] as const) {
    const { model, convergence } = fitLogistic(fitted[side], FIT);
    models.push(model);
    process.stdout.write(`train-nesting: ${side}: ${convergence}\n`);
    process.stdout.write(`train-nesting: ${side}: ${fragileWeights(model.weights.values(), MIN_WEIGHT)} written weights within rounding reach\n`);
    process.stdout.write(`train-nesting: ${side}: fitted: ${evaluateLogistic(model, fitted[side])}\n`);
    if (held) process.stdout.write(`train-nesting: ${side}: held out: ${evaluateLogistic(model, held[side])}\n`);
  }
  writeFileSync(OUTPUT, weightsSource(models[0]!, models[1]!));
  process.stdout.write(`train-nesting: wrote ${OUTPUT}${holdout ? ' (holdout model: run again without --holdout)' : ''}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
