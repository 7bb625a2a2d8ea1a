import { CUE_BIAS, CUE_WEIGHTS } from './cue-weights.generated.js';
import { FeatureScore, FeatureTable, templatesNamed, type FeatureTemplate } from './feature-table.js';

/*
 * A logistic regression over the features of a cue candidate in its sentence (`cue-candidates.ts`):
 * the probability that PolNeAR's annotators would mark it as a cue there. The weights are learned
 * by `scripts/train-cues.ts` on PolNeAR train and written to `cue-weights.generated.ts`.
 */

/**
 * The feature templates of a cue candidate, in the order `featuresOf` in `cue-candidates.ts` gives
 * their parts: `p` is its phrase, `prev` / `next` the words around it, classes of them in the pairs.
 */
export const CUE_TEMPLATES: readonly FeatureTemplate[] = templatesNamed([
  'p', 'p|prev', 'p|next', 'prev', 'next', 'prev2', 'next2', 'shape', 'shape|prev', 'shape|next', 'prev|next', 'pos', 'rest', 'quote',
  'p|quote', 'words', 'clause', 'p|clause',
]);

const TABLE = new FeatureTable(CUE_TEMPLATES, CUE_WEIGHTS);

/** The probability that a candidate with these features (one parts list per template) is a cue; features without a weight count 0. */
export function cueProbability(features: readonly (readonly string[])[]): number {
  return probabilityOfSum(TABLE.score(features));
}

/** A sink that sums the weights of a candidate's features as they are written; {@link probabilityOfSum} of its sum is their {@link cueProbability}. */
export function cueScore(): FeatureScore {
  return new FeatureScore(TABLE);
}

/** The probability that a candidate is a cue, from the sum of the weights of its features. */
export function probabilityOfSum(sum: number): number {
  return 1 / (1 + Math.exp(-(CUE_BIAS + sum)));
}
