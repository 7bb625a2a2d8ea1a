/**
 * Linear models over sparse string features, fitted to the exact optimum of an L2-regularized
 * objective over all examples at once (L-BFGS, `./lbfgs.ts`): the logistic regression of the cue
 * classifier here, the ranking model of the content-end trainer in `./ranking.ts`.
 *
 * The logistic objective is strictly convex in the weights (the regularizer makes it so), so the
 * optimum is one model whatever the order of the examples, and no seed is needed (SGD, before, gave
 * a model that moved with its seed). The fit stops when the gradient is small enough that every
 * weight is provably within `WEIGHT_ACCURACY` of the optimum (see `gradientToleranceFor`), far
 * below the 0.001 the weights are written with; `fragileWeights` checks that this is enough.
 */
import { minimizeLbfgs, type Minimum, type Objective } from './lbfgs.js';
import { SparseRows, addToRow, rowScore } from './sparse.js';

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface LogisticModel {
  readonly bias: number;
  readonly weights: Map<string, number>;
}

export interface FitOptions {
  /** The strength of the L2 penalty, (l2 / 2)·|w|², against the mean loss per example. */
  readonly l2: number;
  /** A feature must occur this often among the examples to get a weight (rarer ones only overfit). */
  readonly minFeatureCount: number;
}

/** How far from the optimum a fitted weight may be: well below the 0.0005 that could change its written digits. */
export const WEIGHT_ACCURACY = 1e-8;
const MAX_ITERATIONS = 5000;

/**
 * A loss that is convex plus (l2 / 2)·|x|² is `l2`-strongly convex, so x lies within |∇f(x)| / l2
 * of the minimum (Euclidean norm): this gradient norm bounds every weight's error by `WEIGHT_ACCURACY`.
 */
export const gradientToleranceFor = (l2: number) => l2 * WEIGHT_ACCURACY;

/** A filter that keeps the features occurring at least `min` times in `lists` (rarer ones only overfit). */
export function frequentOnly(lists: Iterable<readonly string[]>, min: number): (features: readonly string[]) => string[] {
  const counts = new Map<string, number>();
  for (const features of lists) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return (features) => features.filter((f) => counts.get(f)! >= min);
}

/** Adds the L2 penalty (l2 / 2)·|x|² to an objective's value and gradient. */
export function withL2(objective: Objective, l2: number): Objective {
  return (x, gradient) => {
    let value = objective(x, gradient);
    for (let i = 0; i < x.length; i++) {
      value += (l2 / 2) * x[i]! * x[i]!;
      gradient[i] = gradient[i]! + l2 * x[i]!;
    }
    return value;
  };
}

/** A fitted model and how the solver got there, for the trainers to print. */
export interface Fitted {
  readonly model: LogisticModel;
  readonly convergence: string;
}

/** Minimizes an L2-regularized objective from zero to the accuracy of `gradientToleranceFor`; throws if it cannot. */
export function fitToOptimum(objective: Objective, size: number, l2: number, what: string): Minimum & { readonly convergence: string } {
  const started = performance.now();
  const minimum = minimizeLbfgs(withL2(objective, l2), new Float64Array(size), {
    gradientTolerance: gradientToleranceFor(l2),
    maxIterations: MAX_ITERATIONS,
  });
  const convergence =
    `${size} weights, objective ${minimum.value.toFixed(6)}, gradient norm ${minimum.gradientNorm.toExponential(1)} ` +
    `after ${minimum.iterations} L-BFGS iterations (${minimum.evaluations} evaluations, ${(performance.now() - started).toFixed(0)} ms)`;
  if (!minimum.converged) throw new Error(`${what}: not converged: ${convergence}`);
  return { ...minimum, convergence };
}

/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The mean log loss of a logistic regression over `rows` (x[0] is the bias, x[1 + n] feature n's weight) and its gradient. */
function meanLogLoss(rows: SparseRows, labels: readonly number[]): Objective {
  const packed = rows.pack();
  return (x, gradient) => {
    gradient.fill(0);
    let loss = 0;
    for (let r = 0; r < rows.rowCount; r++) {
      const z = x[0]! + rowScore(packed, r, x, 1);
      loss += softplus(z) - labels[r]! * z;
      const slope = (sigmoid(z) - labels[r]!) / rows.rowCount;
      gradient[0] = gradient[0]! + slope;
      addToRow(packed, r, gradient, 1, slope);
    }
    return loss / rows.rowCount;
  };
}

/**
 * Fits the logistic regression minimizing mean log loss + (l2 / 2)·|w|² (the bias is penalized
 * too, which moves it negligibly and makes the bound of `gradientToleranceFor` hold for it).
 */
export function fitLogistic(examples: readonly Example[], options: FitOptions): Fitted {
  const keep = frequentOnly(
    examples.map((example) => example.features),
    options.minFeatureCount,
  );
  const rows = new SparseRows();
  for (const { features } of examples) rows.add(keep(features));
  const objective = meanLogLoss(
    rows,
    examples.map((example) => example.label),
  );
  const { x, convergence } = fitToOptimum(objective, 1 + rows.names.length, options.l2, 'fitLogistic');
  return { model: { bias: x[0]!, weights: rows.weightsOf(x, 1) }, convergence };
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

/**
 * How many of `values` lie so close to a boundary of their written form (a rounding boundary of
 * `toFixed(3)`, or `minWeight` where a weight starts being written) that an error of
 * `WEIGHT_ACCURACY` could change the file: a check that the written file is the optimum's.
 */
export function fragileWeights(values: Iterable<number>, minWeight: number): number {
  let fragile = 0;
  for (const w of values) {
    const size = Math.abs(w);
    if (size < minWeight - WEIGHT_ACCURACY) continue;
    const toRounding = Math.abs((size * 1000) % 1 - 0.5) / 1000;
    if (toRounding <= WEIGHT_ACCURACY || Math.abs(size - minWeight) <= WEIGHT_ACCURACY) fragile++;
  }
  return fragile;
}
