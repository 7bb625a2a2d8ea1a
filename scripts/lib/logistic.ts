/**
 * Linear models over sparse string features, fitted by stochastic gradient descent with L2
 * regularization in an order shuffled by a seeded generator, so that a run is reproducible: the
 * logistic regression of the cue classifier, and the descent itself (`runEpochs`, `descend`,
 * `frequentOnly`), which the content-end trainer's ranking objective uses too.
 */
import { rng } from './ner-data.js';

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface LogisticModel {
  readonly bias: number;
  readonly weights: Map<string, number>;
}

export interface FitOptions {
  readonly seed: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** A feature must occur this often among the examples to get a weight (rarer ones only overfit). */
  readonly minFeatureCount: number;
}

/** Shuffles `order` in place (Fisher-Yates) with the seeded generator `next`. */
function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** A filter that keeps the features occurring at least `min` times in `lists` (rarer ones only overfit). */
export function frequentOnly(lists: Iterable<readonly string[]>, min: number): (features: readonly string[]) => string[] {
  const counts = new Map<string, number>();
  for (const features of lists) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return (features) => features.filter((f) => counts.get(f)! >= min);
}

/** One step of gradient descent for the weights of `features`, with L2 regularization. */
export function descend(weights: Map<string, number>, features: readonly string[], gradient: number, rate: number, l2: number): void {
  for (const f of features) {
    const w = weights.get(f) ?? 0;
    weights.set(f, w - rate * (gradient + l2 * w));
  }
}

/**
 * Stochastic gradient descent as the trainers run it: `options.epochs` passes over the examples
 * `0 .. count - 1` in an order the seeded generator shuffles anew each pass, at a rate that decays
 * per pass; `visit` updates `weights` for one example, `afterEpoch` runs after each pass. Returns the
 * mean of the weights after each pass: a run depends less on the order the seed happens to give.
 */
export function runEpochs(
  count: number,
  options: FitOptions,
  weights: Map<string, number>,
  visit: (index: number, rate: number) => void,
  afterEpoch: () => void = () => {},
): Map<string, number> {
  const averaged = new Map<string, number>();
  const next = rng(options.seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    const rate = options.learningRate / (1 + epoch);
    for (const index of order) visit(index, rate);
    for (const [f, w] of weights) averaged.set(f, (averaged.get(f) ?? 0) + w / options.epochs);
    afterEpoch();
  }
  return averaged;
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const keep = frequentOnly(examples.map((example) => example.features), options.minFeatureCount);
  const kept = examples.map(({ features, label }) => ({ features: keep(features), label }));
  const weights = new Map<string, number>();
  let bias = 0;
  let averagedBias = 0;
  const averaged = runEpochs(
    kept.length,
    options,
    weights,
    (index, rate) => {
      const { features, label } = kept[index]!;
      let sum = bias;
      for (const f of features) sum += weights.get(f) ?? 0;
      const gradient = sigmoid(sum) - label;
      bias -= rate * gradient;
      descend(weights, features, gradient, rate, options.l2);
    },
    () => (averagedBias += bias / options.epochs),
  );
  return { bias: averagedBias, weights: averaged };
}

/** The model's score of an example: the sum of its weights (the log-odds). */
export function logit(model: LogisticModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  return sum;
}

export function evaluateLogistic(model: LogisticModel, examples: readonly Example[]): string {
  let loss = 0;
  let correct = 0;
  for (const { features, label } of examples) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(logit(model, features))));
    loss -= label ? Math.log(p) : Math.log(1 - p);
    if ((p >= 0.5 ? 1 : 0) === label) correct++;
  }
  return `log loss ${(loss / examples.length).toFixed(4)}, accuracy ${((100 * correct) / examples.length).toFixed(1)}% on ${examples.length} candidates`;
}

/** The weights worth writing: at least `minWeight` in size, sorted by feature name, as source lines. */
export function weightLines(model: LogisticModel, minWeight: number): string[] {
  return [...model.weights.entries()]
    .filter(([, w]) => Math.abs(w) >= minWeight)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([f, w]) => `  ${JSON.stringify(f)}: ${w.toFixed(3)},`);
}
