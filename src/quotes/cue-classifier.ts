import { CUE_BIAS, CUE_WEIGHTS } from './cue-weights.generated.js';
import { CUE_TEMPLATES } from './cue-candidates.js';
import { FeatureTable } from './feature-table.js';

/*
 * A logistic regression over the features of a cue candidate in its sentence (`cue-candidates.ts`):
 * the probability that PolNeAR's annotators would mark it as a cue there. The weights are learned
 * by `scripts/train-cues.ts` on PolNeAR train and written to `cue-weights.generated.ts`.
 */

let table: FeatureTable | null = null;

/** The probability that a candidate with these features (one parts list per template) is a cue; features without a weight count 0. */
export function cueProbability(features: readonly (readonly string[])[]): number {
  // Built on first use: the table and the templates' module import each other.
  table ??= new FeatureTable(CUE_TEMPLATES, CUE_WEIGHTS);
  return 1 / (1 + Math.exp(-(CUE_BIAS + table.score(features))));
}
