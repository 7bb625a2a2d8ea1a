import { lastWordOf } from './draft.js';
import { BETWEEN_SPEAKER_AND_CUE, type TokenRange } from './speaker.js';
import type { CueMatch } from './match-cues.js';

/*
 * A report inside a relative clause whose pronoun stands for part of what was said: `the war,
 * which she has said was a mistake`, `Rubio, who he dubbed "the little senator"`, `what it calls
 * "sensible gun laws"`. PolNeAR's content starts at the pronoun (the subject of the reported
 * clause, or the object a naming verb names) and runs on after the cue.
 */

const RELATIVE_PRONOUN = new Set(['which', 'what', 'who', 'whom']);
/**
 * A verb right after the cue: the reported clause lacks its subject, which the pronoun is
 * (`which he said [was] a mistake`). `that` is left out: after a verb it opens a clause
 * (`argued that Clinton said ...`), and on PolNeAR train taking it lost exact matches.
 */
const GAP_VERB = /^(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|does|did|do|'s|need|needs|[a-z]{3,}ed|[a-z]{3,}[^s]s)$/;
/** Verbs that name their object (`who he dubbed ...`, `what it calls ...`): the pronoun is that object. */
const NAMING_VERB = /^(?:call|calls|called|calling|dub|dubs|dubbed|describe|describes|described|describing|label|labels|labeled|labelled|term|terms|termed|brand|brands|branded|declare|declares|declared|deem|deems|deemed|consider|considers|considered|characterized|characterizes|portrayed|portrays)$/;
/** The longest speaker between the pronoun and the cue (`which officials`, `what one Latino conservative has`). */
const MAX_SPEAKER_TOKENS = 6;

/**
 * The index of the relative pronoun that opens the content of `cue` before its `speaker`, when
 * the content after the cue (from `first`) is the rest of a relative clause; otherwise `undefined`.
 */
export function relativeOpening(words: readonly string[], cue: CueMatch, speaker: TokenRange, first: number): number | undefined {
  const pronoun = speaker.first - 1;
  if (!RELATIVE_PRONOUN.has(words[pronoun] ?? '') || speaker.last - speaker.first >= MAX_SPEAKER_TOKENS) return undefined;
  return GAP_VERB.test(words[first] ?? '') || NAMING_VERB.test(lastWordOf(cue)) ? pronoun : undefined;
}

/**
 * `Mr. Leenders, who estimated that ..., voted for ...`: a cue in a non-restrictive relative clause
 * about its speaker; the clause, and the report in it, ends at the next comma.
 */
export function inRelativeClause(words: readonly string[], cue: number): boolean {
  let i = cue - 1;
  while (i > 0 && BETWEEN_SPEAKER_AND_CUE.has(words[i]!)) i--;
  return (words[i] === 'who' || words[i] === 'which') && words[i - 1] === ',';
}
