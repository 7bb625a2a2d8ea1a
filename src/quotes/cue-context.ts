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

/**
 * The context after each word that gives one, in one map so that a candidate costs one lookup
 * (this runs at every candidate of every sentence). Later entries win, in the reverse order of
 * precedence: `to`, then a pronoun (`that`), then a determiner, then an auxiliary (`'s`, which is
 * both a determiner and an auxiliary, reads as an auxiliary).
 */
const CONTEXT_AFTER: ReadonlyMap<string, CueContext> = new Map<string, CueContext>([
  ...[...AUXILIARY].map((word) => [word, 'auxiliary'] as const),
  ...[...DETERMINER].filter((word) => word !== "'s").map((word) => [word, 'determiner'] as const),
  ...[...PRONOUN].map((word) => [word, 'pronoun'] as const),
  ['to', 'infinitive'],
]);

/** The context of a candidate whose previous word (normalized, as the lexicon spells it) is `previous`. */
export function cueContextOf(previous: string | undefined): CueContext {
  return (previous === undefined ? undefined : CONTEXT_AFTER.get(previous)) ?? 'other';
}
