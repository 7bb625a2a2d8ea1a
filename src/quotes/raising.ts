import { phraseWords, type CueMatch } from './match-cues.js';

/*
 * Cues whose content is the whole clause around them, its subject included: a raising verb
 * (`Mr. Trump seemed to overstay his welcome`), a passive of expectation (`Clinton is expected to
 * win`) and an adverb of hearsay (`The hackers have reportedly infiltrated ...`). The writer infers
 * or passes on something about the subject; the subject is not the source.
 */

const RAISING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared)$/;
const RAISING_PARTICIPLE = /^(?:expected|seen|considered|known|declared|believed|thought|viewed|regarded|projected|predicted|likely|unlikely|poised|set|slated)$/;
/**
 * `Schilling appeared on a show`, `will appear in the 9 a.m. hour`: `appear` before a preposition
 * is showing up somewhere, not seeming (none of the 80 on PolNeAR train is annotated as a cue).
 */
const PLACE_PREPOSITION = /^(?:on|in|at|before|with)$/;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|'s|'re|am|not|widely|also|still|now|generally|largely)$/;

/**
 * Adverbs of hearsay: on PolNeAR train 13 of the 14 contents of `reportedly` hold the whole clause
 * around it (`[The Club for Growth is reportedly spending ...]`), as a raising verb's do.
 */
export const HEARSAY_ADVERB = /^(?:reportedly|allegedly|purportedly|reputedly|supposedly)$/;

/** `Schilling appeared on a show`: a cue of `appear` that reports nothing. */
export function showsUp(words: readonly string[], cue: CueMatch): boolean {
  return RAISING_VERB.test(phraseWords(cue.phrase)[0]!) && PLACE_PREPOSITION.test(words[cue.last + 1] ?? '');
}

/** Adverbs between an empty `it` and its verb (`It now seems inevitable that ...`). */
const BEFORE_VERB = /^(?:now|also|still|certainly|clearly|increasingly)$/;

/**
 * `it seems the Democrats have ...`, `It now seems inevitable that ...`, `it appears that ...`:
 * with an empty `it` for its subject a raising verb reports the clause after it, as a verb of
 * saying does, and has no source (on PolNeAR train all 12 such contents start after the verb).
 */
export function emptySubject(words: readonly string[], cue: CueMatch): boolean {
  if (!RAISING_VERB.test(phraseWords(cue.phrase)[0]!)) return false;
  let before = cue.first - 1;
  if (BEFORE_VERB.test(words[before] ?? '')) before--;
  return words[before] === 'it';
}

/** A raising verb (`seemed to`, `appears`), a passive of expectation (`is expected`, `was declared`) or an adverb of hearsay. */
export function raising(words: readonly string[], cue: CueMatch): boolean {
  const cueWords = phraseWords(cue.phrase);
  if (RAISING_VERB.test(cueWords[0]!) || HEARSAY_ADVERB.test(cue.phrase)) return true;
  const at = cueWords.findIndex((word) => RAISING_PARTICIPLE.test(word));
  if (at < 0) return false;
  // A passive needs a form of `be` before the participle (`is expected`), not `has` (`has declared`).
  return AUXILIARY.test(at > 0 ? cueWords[at - 1]! : (words[cue.first - 1] ?? ''));
}

/**
 * `delegates who are expected to support ...`, `The DNC, which is seen as ...`: a relative pronoun
 * between the subject and a raising cue is the clause's subject, and the content starts there (on
 * PolNeAR train 21 of some 300 contents around such a cue open with `who` or `which`), not at
 * the noun it refers to. The index of the last such pronoun in `[first, cueFirst)`, or `null`.
 */
export function relativeSubjectAt(words: readonly string[], first: number, cueFirst: number): number | null {
  for (let i = cueFirst - 1; i >= first; i--) {
    // `The central bank, which has held rates near zero, is expected to act`: a relative clause
    // closed by a comma sits inside the subject, which is the noun before it.
    if (words[i] === ',') return null;
    if (words[i] === 'who' || words[i] === 'which') return i;
  }
  return null;
}
