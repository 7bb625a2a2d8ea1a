import { isQuoteMark } from './document.js';
import { lastWordOf, SUBJECT_PRONOUN } from './draft.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
import { BETWEEN_SPEAKER_AND_CUE, type TokenRange } from './speaker.js';
import type { CueMatch } from './match-cues.js';
import { BE } from './passive-by.js';

/*
 * A report inside a relative clause whose pronoun stands for part of what was said: `the war,
 * which she has said was a mistake`, `Rubio, who he dubbed "the little senator"`, `what it calls
 * "sensible gun laws"`. PolNeAR's content starts at the pronoun (the subject of the reported
 * clause, the object a naming verb names, or the object of what a pronoun said: `which he
 * claimed as ...`) and runs on after the cue.
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
/** Prepositions before a relative pronoun (`in which he hinted that ...`): then the pronoun is no object of the cue. */
const PREPOSITION = new Set(['in', 'of', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'about', 'under', 'through', 'during', 'after', 'before']);
/** Words that open the subject of a clause after the cue (`which he said the wall is built`): then the pronoun is no object. */
const OPENS_CLAUSE = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'he', 'she', 'they', 'we', 'i', 'it', 'you']);
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
  if (GAP_VERB.test(verb) || IRREGULAR_PAST.has(verb) || NAMING_VERB.test(lastWordOf(cue))) return pronoun;
  // `which he claimed as his average donation`, `who he accused of ...`: with a pronoun for its
  // subject and no clause of its own after the cue, the clause's relative pronoun is the object of
  // what was said. After a preposition (`in which he hinted that ...`) it is not.
  const objectGap = SUBJECT_PRONOUN.has(words[speaker.first]!) && !PREPOSITION.has(words[pronoun - 1] ?? '');
  return objectGap && !OPENS_CLAUSE.has(verb) ? pronoun : undefined;
}

/** Words that open a noun phrase a zero relative can modify (`a decision they say allowed ...`). */
const DETERMINER = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'another']);
/** Lower-case words that cannot be the noun or a modifier inside such a phrase. */
const NOT_NOMINAL = /^(?:and|or|but|that|which|who|whom|what|where|why|how|more|most|as|if|when|than|because|of|to|in|on|at|for|with|by|from|is|are|was|were|be|been|has|have|had|not|said|says)$/;
const PERSONAL_PRONOUN = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** The most words between the determiner and the speaker (`the new tax plan he said ...`). */
const MAX_NOUN_PHRASE = 4;

/** The first index of the name or personal pronoun that ends `speaker` (`Democrats` in `a tactic Democrats`), if any. */
function trailingSpeaker(words: readonly string[], capitalizedAt: (index: number) => boolean, speaker: TokenRange): number | undefined {
  if (PERSONAL_PRONOUN.has(words[speaker.last]!)) return speaker.last;
  let i = speaker.last;
  while (i >= speaker.first && capitalizedAt(i) && /^[a-z][a-z.'’-]*$/.test(words[i]!)) i--;
  return i < speaker.last ? i + 1 : undefined;
}

const PARTITIVE = new Set(['one', 'some', 'many', 'all', 'none', 'most', 'each', 'any', 'few', 'several', 'two', 'three']);

/** `[One of] the things he wanted was ...`: a partitive before the noun phrase opens the content. */
function partitiveStart(words: readonly string[], determiner: number): number {
  return words[determiner - 1] === 'of' && PARTITIVE.has(words[determiner - 2] ?? '') ? determiner - 2 : determiner;
}

/**
 * A verb that opens the rest of a zero relative clause after its cue (`they say [allowed] ...`):
 * an auxiliary or a past. Stricter than `GAP_VERB`, whose `-s` forms also take the plural object
 * of a cue (`HP asked [workers] to ...`), which without a pronoun cannot be told from a verb.
 */
const ZERO_GAP_VERB = /^(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|'s|[a-z]{3,}ed)$/;

/**
 * `a decision they say allowed terrorist activity to multiply`, `a tactic Democrats hope will
 * dampen ...`: a report in a relative clause with no pronoun, whose gap (the reported clause's
 * subject, or the object a naming verb names) the noun before the speaker fills. The speaker
 * reading takes that noun phrase with the speaker (`a decision they`); PolNeAR's content starts at
 * the phrase's determiner, as it starts at the pronoun of `which he said ...`, and the source is
 * the name or pronoun alone. Both, or `undefined`.
 */
export function zeroRelative(
  words: readonly string[],
  capitalizedAt: (index: number) => boolean,
  cue: CueMatch,
  speaker: TokenRange,
  first: number,
): { opening: number; speaker: TokenRange } | undefined {
  const source = trailingSpeaker(words, capitalizedAt, speaker);
  if (source === undefined || source === 0 || speaker.last - source >= MAX_SPEAKER_TOKENS) return undefined;
  // `the government-funded Rand Corporation, cited ...`: an appositive closed by a comma, no relative.
  // `the reasons Perez is not widely recognized is ...`: a passive's subject is no source.
  if (words.slice(speaker.last + 1, cue.first).some((word) => word === ',' || BE.test(word))) return undefined;
  const verb = words[first] ?? '';
  // `The conservative writer David Frum called the moment ...`, `a super PAC called Future 45`: a
  // naming verb with its own object, or a bare participle after a title, names no gap.
  const naming =
    NAMING_VERB.test(lastWordOf(cue)) && !DETERMINER.has(verb) && (PERSONAL_PRONOUN.has(words[source]!) || cue.last > cue.first);
  if (!ZERO_GAP_VERB.test(verb) && !IRREGULAR_PAST.has(verb) && !naming) return undefined;
  for (let i = source - 1; i >= 0 && i >= source - 1 - MAX_NOUN_PHRASE; i--) {
    const word = words[i]!;
    if (DETERMINER.has(word)) return i < source - 1 ? { opening: partitiveStart(words, i), speaker: { first: source, last: speaker.last } } : undefined;
    if (capitalizedAt(i) || !/^[a-z][a-z-]*$/.test(word) || NOT_NOMINAL.test(word)) return undefined;
  }
  return undefined;
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
