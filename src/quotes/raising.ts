import { phraseWords, type CueMatch } from './match-cues.js';

/*
 * Cues whose content is the whole clause around them, its subject included: a raising verb
 * (`Mr. Trump seemed to overstay his welcome`), a passive of expectation (`Clinton is expected to
 * win`) and an adverb of hearsay (`The hackers have reportedly infiltrated ...`). The writer infers
 * or passes on something about the subject; the subject is not the source.
 */

const RAISING_VERB = /^(?:seem|seems|seemed|appear|appears|appeared)$/;
const RAISING_PARTICIPLE = /^(?:expected|seen|considered|known|declared|believed|thought|viewed|regarded|projected|predicted|likely|unlikely|poised|set|slated)$/;
const AUXILIARY = /^(?:is|are|was|were|be|been|being|'s|'re|am|not|widely|also|still|now|generally|largely)$/;

/**
 * Adverbs of hearsay: on PolNeAR train 13 of the 14 contents of `reportedly` hold the whole clause
 * around it (`[The Club for Growth is reportedly spending ...]`), as a raising verb's do.
 */
export const HEARSAY_ADVERB = /^(?:reportedly|allegedly|purportedly|reputedly|supposedly)$/;

/** A raising verb (`seemed to`, `appears`), a passive of expectation (`is expected`, `was declared`) or an adverb of hearsay. */
export function raising(words: readonly string[], cue: CueMatch): boolean {
  const cueWords = phraseWords(cue.phrase);
  if (RAISING_VERB.test(cueWords[0]!) || HEARSAY_ADVERB.test(cue.phrase)) return true;
  const at = cueWords.findIndex((word) => RAISING_PARTICIPLE.test(word));
  if (at < 0) return false;
  // A passive needs a form of `be` before the participle (`is expected`), not `has` (`has declared`).
  return AUXILIARY.test(at > 0 ? cueWords[at - 1]! : (words[cue.first - 1] ?? ''));
}
