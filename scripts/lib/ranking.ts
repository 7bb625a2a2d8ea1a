/**
 * A conditional log-linear (softmax) model over the candidates of each decision, fitted to the
 * optimum of its L2-regularized objective over all decisions at once (`fitToOptimum` of
 * `./logistic.ts`): it learns which candidate wins among its rivals, which is how extraction uses it.
 */
import type { Objective } from './lbfgs.js';
import { fitToOptimum, frequentOnly, type FitOptions, type Fitted } from './logistic.js';
import { SparseRows, addToRow, rowScore } from './sparse.js';

/** One decision: its candidates' features, and which candidates are right (at least one). */
export interface RankingExample {
  readonly candidates: readonly { readonly features: readonly string[]; readonly right: boolean }[];
}

/** The candidates of all decisions as rows, decision d's being rows `firsts[d] .. firsts[d + 1] - 1`. */
interface Packed {
  readonly rows: SparseRows;
  readonly firsts: Int32Array;
  readonly right: Uint8Array;
}

/**
 * The mean over decisions of -log P(a right candidate) = log Σ_all e^s − log Σ_right e^s, and its
 * gradient: each candidate's features get its share among all minus its share among the right ones.
 */
function meanRankingLoss({ rows, firsts, right }: Packed): Objective {
  const packed = rows.pack();
  const decisions = firsts.length - 1;
  const scores = new Float64Array(rows.rowCount);
  return (x, gradient) => {
    gradient.fill(0);
    let loss = 0;
    for (let d = 0; d < decisions; d++) {
      const first = firsts[d]!;
      const end = firsts[d + 1]!;
      let top = -Infinity;
      for (let r = first; r < end; r++) {
        scores[r] = rowScore(packed, r, x, 0);
        top = Math.max(top, scores[r]!);
      }
      // Shares relative to the top score, which keeps the exponentials from overflowing.
      let all = 0;
      let rightOnes = 0;
      for (let r = first; r < end; r++) {
        const e = Math.exp(scores[r]! - top);
        scores[r] = e;
        all += e;
        if (right[r]) rightOnes += e;
      }
      loss += Math.log(all) - Math.log(rightOnes);
      for (let r = first; r < end; r++) {
        const slope = (scores[r]! / all - (right[r] ? scores[r]! / rightOnes : 0)) / decisions;
        if (slope !== 0) addToRow(packed, r, gradient, 0, slope);
      }
    }
    return loss / decisions;
  };
}

function pack(decisions: readonly RankingExample[], keep: (features: readonly string[]) => string[]): Packed {
  const rows = new SparseRows();
  const firsts = [0];
  const right: number[] = [];
  for (const { candidates } of decisions) {
    for (const candidate of candidates) {
      rows.add(keep(candidate.features));
      right.push(candidate.right ? 1 : 0);
    }
    firsts.push(rows.rowCount);
  }
  return { rows, firsts: Int32Array.from(firsts), right: Uint8Array.from(right) };
}

/**
 * Fits the ranking model minimizing mean -log P(a right candidate) + (l2 / 2)·|w|². Strictly
 * convex when each decision has one right candidate; with several, the loss of that decision is
 * not convex in general, but the solver starts from zero deterministically, so a run is
 * reproducible and needs no seed.
 */
export function fitRanking(decisions: readonly RankingExample[], options: FitOptions): Fitted {
  const keep = frequentOnly(
    decisions.flatMap(({ candidates }) => candidates.map((candidate) => candidate.features)),
    options.minFeatureCount,
  );
  const packed = pack(decisions, keep);
  const { x, convergence } = fitToOptimum(meanRankingLoss(packed), packed.rows.names.length, options.l2, 'fitRanking');
  return { model: { bias: 0, weights: packed.rows.weightsOf(x) }, convergence };
}
