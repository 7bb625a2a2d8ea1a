import type { CueMatch } from './match-cues.js';
import type { TokenRange } from './speaker.js';

/**
 * What the readers of reported speech share: the attribution they build, in token ranges, and
 * the thresholds both the sentence reader (`indirect.ts`) and the closing-attribution reader
 * (`closing-attribution.ts`) apply.
 */

/**
 * Reported speech needs a reliable cue: the lexicon's precision (in the cue's context) must reach
 * this. Chosen on PolNeAR train, where 0.3 and 0.4 trade exact against overlap F1.
 */
export const MIN_PRECISION = 0.35;

/** Cues whose object comes before the adverbial (`told reporters on Sunday`). */
export const TAKES_OBJECT = /^(?:told|tells|tell|telling|asked|asks|informed|assured|reminded|warned)$/;

/** Pronouns that open a clause as its subject (`told POLITICO he had ...`). */
export const SUBJECT_PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Relative words that open a trailing non-restrictive clause (`..., which was passed in 2010`). */
export const TRAILING_RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** The last word of a cue's phrase (`telling` of `is telling`): the verb whose object or clause follows. */
export function lastWordOf(cue: CueMatch): string {
  return cue.phrase.slice(cue.phrase.lastIndexOf(' ') + 1);
}

/** An attribution being built for one sentence; contents are token ranges until the end. */
export interface Draft {
  cue: CueMatch;
  speaker: TokenRange | null;
  content: TokenRange;
  /**
   * The relative pronoun that opens a content after the cue before its speaker (`which he said
   * was a mistake`): the content starts there, its end chosen as for any content after the cue.
   */
  relative?: number;
}
