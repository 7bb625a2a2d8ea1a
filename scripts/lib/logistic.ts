/**
 * A logistic regression over sparse string features, fitted by stochastic gradient descent with L2
 * regularization in an order shuffled by a seeded generator, so that a run is reproducible. Shared
 * by the training scripts of the quote stage's models.
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
export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = examples.map(({ features, label }) => ({ features: features.filter((f) => counts.get(f)! >= options.minFeatureCount), label }));
  const weights = new Map<string, number>();
  let bias = 0;
  // The mean of the weights after each epoch: a run depends less on the order the seed happens to give.
  const averaged = new Map<string, number>();
  let averagedBias = 0;
  const next = rng(options.seed);
  const order = kept.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    const rate = options.learningRate / (1 + epoch);
    for (const index of order) {
      const { features, label } = kept[index]!;
      let sum = bias;
      for (const f of features) sum += weights.get(f) ?? 0;
      const gradient = sigmoid(sum) - label;
      bias -= rate * gradient;
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (gradient + options.l2 * w));
      }
    }
    for (const [f, w] of weights) averaged.set(f, (averaged.get(f) ?? 0) + w / options.epochs);
    averagedBias += bias / options.epochs;
  }
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
