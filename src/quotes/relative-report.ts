import { isQuoteMark } from './document.js';
import { lastWordOf } from './draft.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
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
/** The longest speaker between the pronoun and the cue (`which officials`, `which the Organization for Economic Cooperation and Development`). */
const MAX_SPEAKER_TOKENS = 10;

/**
 * The index of the relative pronoun that opens the content of `cue` before its `speaker`, when
 * the content after the cue (from `first`) is the rest of a relative clause; otherwise `undefined`.
 */
export function relativeOpening(words: readonly string[], cue: CueMatch, speaker: TokenRange, first: number): number | undefined {
  const pronoun = speaker.first - 1;
  if (!RELATIVE_PRONOUN.has(words[pronoun] ?? '') || speaker.last - speaker.first >= MAX_SPEAKER_TOKENS) return undefined;
  const verb = words[first] ?? '';
  return GAP_VERB.test(verb) || IRREGULAR_PAST.has(verb) || NAMING_VERB.test(lastWordOf(cue)) ? pronoun : undefined;
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

/**
 * `the new rules, which officials said will go into effect in the next few months, will not apply
 * to ...`: a relative clause opened after a comma closes at the next comma, and the report in it
 * ends there (on PolNeAR train 8 of some 75 such contents run over a comma after their cue). The
 * last token of the content from `from` up to `last`, before that comma outside quotation marks.
 */
export function relativeClauseEnd(words: readonly string[], pronoun: number, from: number, last: number): number {
  if (words[pronoun - 1] !== ',') return last;
  let quoted = false;
  for (let i = from; i <= last; i++) {
    if (isQuoteMark(words[i]!)) quoted = !quoted;
    else if (words[i] === ',' && !quoted && i > from) return i - 1;
  }
  return last;
}
