import { CUE_BIAS, CUE_WEIGHTS } from './cue-weights.generated.js';

/*
 * A logistic regression over the features of a cue candidate in its sentence (`cue-candidates.ts`):
 * the probability that PolNeAR's annotators would mark it as a cue there. The weights are learned
 * by `scripts/train-cues.ts` on PolNeAR train and written to `cue-weights.generated.ts`.
 */

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(CUE_WEIGHTS));

/** The probability that a candidate with these features is a cue; features without a weight count 0. */
export function cueProbability(features: readonly string[]): number {
  let sum = CUE_BIAS;
  for (const feature of features) sum += WEIGHTS.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
