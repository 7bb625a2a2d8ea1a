/**
 * The context a cue candidate is read in, from the word just before it. One word tells a verb
 * from its noun (`the show`, `his support`), an infinitive (`to support`) from a report, and a
 * report after a subject (`he believes`) from one after an auxiliary (`has said`). The lexicon
 * keeps a precision for each context (see `scripts/build-cues.ts`); the same word there and here.
 */
export type CueContext = 'determiner' | 'infinitive' | 'auxiliary' | 'pronoun' | 'other';

/** The contexts in the order `cues.generated.ts` lists their precisions. */
export const CUE_CONTEXTS: readonly CueContext[] = ['determiner', 'infinitive', 'auxiliary', 'pronoun', 'other'];

const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', "'s", 'no', 'any', 'some', 'every', 'each', 'of']);
const AUXILIARY = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'must', 'did', 'does', 'do', 'not', "n't", "'s", "'ve", "'ll", "'d", "'re", "'m", 'also', 'never', 'still',
]);
const PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);

/** The context of a candidate whose previous word (normalized, as the lexicon spells it) is `previous`. */
export function cueContextOf(previous: string | undefined): CueContext {
  if (previous === undefined) return 'other';
  if (previous === 'to') return 'infinitive';
  if (PRONOUN.has(previous)) return 'pronoun';
  if (DETERMINER.has(previous) && previous !== "'s") return 'determiner';
  if (AUXILIARY.has(previous)) return 'auxiliary';
  return 'other';
}
