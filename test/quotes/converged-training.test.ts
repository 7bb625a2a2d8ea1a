import { describe, expect, it } from 'vitest';
import { minimizeLbfgs } from '../../scripts/lib/lbfgs.js';
import { WEIGHT_ACCURACY, fitLogistic, type Example, type LogisticModel } from '../../scripts/lib/logistic.js';
import { rng } from '../../scripts/lib/ner-data.js';
import { fitRanking, type RankingExample } from '../../scripts/lib/ranking.js';

/*
 * The quote stage's models are fitted to the optimum of a strictly convex objective, so the fitted
 * weights must not depend on the order of the examples (the SGD they replace moved with its seed).
 */

const FEATURES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
/** The log-odds each feature adds in the synthetic data. */
const TRUE_WEIGHTS = [1.5, -1, 0.5, 0, 2, -2, 0.25, -0.5];

function syntheticExamples(count: number, seed: number): Example[] {
  const next = rng(seed);
  return Array.from({ length: count }, () => {
    const active = FEATURES.flatMap((_, k) => (next() < 0.4 ? [k] : []));
    const logOdds = active.reduce((sum, k) => sum + TRUE_WEIGHTS[k]!, -0.3);
    const label = next() < 1 / (1 + Math.exp(-logOdds)) ? 1 : 0;
    return { features: active.map((k) => FEATURES[k]!), label };
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = rng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function largestDifference(a: LogisticModel, b: LogisticModel): number {
  let largest = Math.abs(a.bias - b.bias);
  for (const [f, w] of a.weights) largest = Math.max(largest, Math.abs(w - (b.weights.get(f) ?? NaN)));
  return largest;
}

const OPTIONS = { l2: 1e-3, minFeatureCount: 1 };

describe('minimizeLbfgs', () => {
  it('finds the minimum of a convex quadratic', () => {
    // f(x) = ½ Σ c_i (x_i − t_i)² + ½ (x_0 − x_1)², minimal where the gradient vanishes.
    const c = [1, 10, 100, 0.5];
    const t = [1, -2, 3, 0.25];
    const { x, converged } = minimizeLbfgs(
      (x, gradient) => {
        let value = 0.5 * (x[0]! - x[1]!) ** 2;
        c.forEach((ci, i) => {
          value += 0.5 * ci * (x[i]! - t[i]!) ** 2;
          gradient[i] = ci * (x[i]! - t[i]!);
        });
        gradient[0] = gradient[0]! + (x[0]! - x[1]!);
        gradient[1] = gradient[1]! - (x[0]! - x[1]!);
        return value;
      },
      new Float64Array(4),
      { gradientTolerance: 1e-12, maxIterations: 200 },
    );
    expect(converged).toBe(true);
    // Solved by hand: (1 + 1) x0 − x1 = 1 and −x0 + (10 + 1) x1 = −20.
    expect(x[0]).toBeCloseTo(-9 / 21, 10);
    expect(x[1]).toBeCloseTo(-39 / 21, 10);
    expect(x[2]).toBeCloseTo(3, 10);
    expect(x[3]).toBeCloseTo(0.25, 10);
  });
});

describe('fitLogistic', () => {
  const examples = syntheticExamples(2000, 7);

  it('fits the same weights whatever the order of the examples', () => {
    const first = fitLogistic(examples, OPTIONS).model;
    const again = fitLogistic(shuffled(examples, 11), OPTIONS).model;
    expect(largestDifference(first, again)).toBeLessThan(WEIGHT_ACCURACY);
  });

  it('recovers the weights the data were drawn with', () => {
    const { model } = fitLogistic(syntheticExamples(20_000, 3), OPTIONS);
    FEATURES.forEach((f, k) => expect(Math.abs(model.weights.get(f)! - TRUE_WEIGHTS[k]!)).toBeLessThan(0.15));
  });
});

describe('fitRanking', () => {
  it('fits the same weights whatever the order of the decisions', () => {
    const next = rng(5);
    const decisions: RankingExample[] = syntheticExamples(1500, 9).map(({ features }) => {
      // Three candidates per decision; the one with feature "a" or else the first is right.
      const candidates = [features, features.slice(1), FEATURES.filter(() => next() < 0.3)];
      const winner = Math.max(0, candidates.findIndex((c) => c.includes('a')));
      return { candidates: candidates.map((c, k) => ({ features: c, right: k === winner })) };
    });
    const first = fitRanking(decisions, OPTIONS).model;
    const again = fitRanking(shuffled(decisions, 13), OPTIONS).model;
    expect(largestDifference(first, again)).toBeLessThan(WEIGHT_ACCURACY);
    expect(first.weights.get('a')!).toBeGreaterThan(1);
  });
});
