import { clauseAfterCue } from './finite-clause.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
import type { CueMatch } from './match-cues.js';

/*
 * `Adam Ozimek, an economist at Moody's, calculates that 600,000 jobs ...`, `he maintained that it
 * does not change ...`: a finite verb that the lexicon never saw as a cue, followed by `that` and a
 * clause, is often a report all the same: PolNeAR's cue phrases have a long tail that train sees
 * once or never. Such verbs are candidates for the cue classifier to judge (`cue-candidates.ts`),
 * all under one phrase so that it learns how far to trust them. On the held-out fifth of train
 * they raised overlap F1 from 79.95 to 80.01 (exact 58.75 to 58.76); taking plural nouns too
 * (`told reporters that`, `accusations that`) made them 42 candidates of which 4 were cues, not
 * 12 of which 4.
 */

/** A finite verb by its ending: a past (`maintained`) or a third person (`calculates`), not `-ss` (`congress`). */
const FINITE_ENDING = /^[a-z]{3,}(?:ed|[^su]s)$/;
const SINGULAR_SUBJECT = new Set(['he', 'she', 'it', 'who', 'that', 'which']);
const ADVERB = /^(?:[a-z]+ly|also|still|now|often|never|always|even|later|then)$/;
/**
 * Words after which a form in `-ed` is a participle, an adjective or a noun's modifier, not a
 * finite verb (`the policies adopted that`, `so subdued that`).
 */
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'to', 'of', 'for', 'in', 'on', 'by', 'with', 'so', 'such', 'too', 'very', 'more', 'less', 'most']);

/** The phrase such a candidate carries: one name, so that the classifier learns one weight for all of them. */
const UNSEEN_VERB = '<unseen verb>';
/** What such a candidate is worth before the classifier judges it: no more than a candidate of the lexicon's floor. */
const UNSEEN_PRECISION = 0.1;

/**
 * The unseen-verb candidates in `words[from, to)` outside the lexicon's matches `matched` (in
 * text order): a finite verb right before `that` and a clause. `capitalized` tells a name from a
 * common word.
 */
export function unseenVerbCues(words: readonly string[], from: number, to: number, matched: readonly CueMatch[], capitalized: (index: number) => boolean): CueMatch[] {
  const found: CueMatch[] = [];
  let next = 0;
  for (let i = from; i + 2 < to; i++) {
    while (next < matched.length && matched[next]!.last < i) next++;
    if (next < matched.length && matched[next]!.first <= i) continue;
    if (words[i + 1] !== 'that' || capitalized(i)) continue;
    const word = words[i]!;
    if (!FINITE_ENDING.test(word) && !IRREGULAR_PAST.has(word)) continue;
    // `told reporters that`, `his accusations that`: a plural noun ends in `-s` too; a verb in
    // `-s` follows its subject (`he`, a name) or an adverb (`also asserts`).
    const previous = i > from ? words[i - 1]! : '';
    if (!word.endsWith('ed') && !IRREGULAR_PAST.has(word) && !(SINGULAR_SUBJECT.has(previous) || (i > from && capitalized(i - 1)) || ADVERB.test(previous))) continue;
    if (NOT_BEFORE_VERB.has(previous)) continue;
    // `withdrew that bill`: `that` must open a clause, not be a determiner.
    if (clauseAfterCue(words, i + 1, to - 1, capitalized, true) !== 'clause') continue;
    found.push({ first: i, last: i, phrase: UNSEEN_VERB, precision: UNSEEN_PRECISION, contentAfter: 1, participle: false, candidateOnly: true });
  }
  return found;
}
