import type { QuoteDocument } from './document.js';
import type { Draft } from './draft.js';
import type { CueMatch } from './match-cues.js';
import { speakerAfter, type TokenRange } from './speaker.js';
import { raising } from './raising.js';

/*
 * `This proposal was rejected by 64 percent of the electorate.`, `Her view is shared by Sen.
 * Warren`: a passive cue names its source after `by`, and what was said (rejected, shared) is the
 * subject before it. PolNeAR annotates the subject as the content and the agent as the source.
 */

/** A form of `be`: the auxiliary of a passive. */
export const BE = /^(?:is|are|was|were|be|been|being|'s|'re)$/;
const PARTICIPLE = /^[a-z]+(?:ed|en|wn|ne|id|ld|ht|ut)$/;

/**
 * Participles of feeling whose subject feels and whose `by` names what it feels about (`voters
 * were alarmed by [the report]`): not passive reports. PolNeAR train annotates all 13 such cues
 * with their content after the `by` and the subject as source.
 */
const FEELING = new Set([
  'alarmed', 'troubled', 'untroubled', 'impressed', 'unimpressed', 'surprised', 'shocked', 'stunned', 'dismayed',
  'delighted', 'pleased', 'displeased', 'disappointed', 'frustrated', 'irritated', 'annoyed', 'outraged', 'horrified',
  'appalled', 'disgusted', 'intrigued', 'puzzled', 'confused', 'distressed', 'bored', 'scared', 'terrified',
  'thrilled', 'excited', 'worried', 'concerned',
]);

/** Adverbs that may sit between `be` and its participle (`was also endorsed`, `is not widely known`). */
const PASSIVE_ADVERB = /^(?:also|not|widely|often|now|still|largely|being)$/;
/**
 * Adverbs in `-ly` also sit there (`had been soundly rejected`, `were quickly derided`), but only
 * next to the participle: `Scott's family has called` has a noun in `-ly` before `has`.
 */
const LY_ADVERB = /^[a-z]+ly$/;

/** Whether the cue reads as a passive: a participle after a form of `be` (in the phrase or just before it). */
function isPassive(words: readonly string[], cue: CueMatch, participle: number): boolean {
  if (!PARTICIPLE.test(words[participle]!)) return false;
  let nextToParticiple = true;
  for (let i = participle - 1; i >= cue.first - 3 && i >= 0; i--) {
    const word = words[i]!;
    if (BE.test(word)) return true;
    const adverb: boolean = PASSIVE_ADVERB.test(word) || (nextToParticiple && LY_ADVERB.test(word));
    if (i < cue.first && !adverb) return false;
    nextToParticiple &&= adverb;
  }
  return false;
}

/**
 * The draft of a passive cue followed by `by` and its agent, whose subject (`subject`, read before
 * the cue) is the content; `null` when the cue is no passive or no agent follows.
 */
export function passiveBy(doc: QuoteDocument, cue: CueMatch, subject: TokenRange, ceiling: number): Draft | null {
  const { words, tokens } = doc;
  // The lexicon holds some passives with their `by` (`reported by`).
  const by = words[cue.last] === 'by' ? cue.last : cue.last + 1;
  // `was asked by the host whether ...` reports the question (`asked.ts`), not the subject.
  if (words[by] !== 'by' || words[by - 1] === 'asked' || FEELING.has(words[by - 1]!) || !isPassive(words, cue, by - 1)) return null;
  const agent = speakerAfter(tokens, words, by, ceiling + 1, true);
  return agent ? { cue, speaker: agent, content: subject } : null;
}

/** Words after a passive cue that leave its object slot empty: a preposition other than `by`, or the clause's end. */
const NO_OBJECT = /^(?:in|on|at|during|after|before|since|amid|with|without|from|over|under|across|,|\.|;|:|!|\?)$/;

/**
 * `Clinton was booed at the debate`, `The report was released amid ...`: a passive cue with no
 * agent and no object reports its subject, as PolNeAR annotates it, with no source named.
 */
export function passiveWithoutAgent(doc: QuoteDocument, cue: CueMatch, subject: TokenRange, ceiling: number): Draft | null {
  const { words } = doc;
  const after = cue.last + 1 > ceiling ? '.' : (words[cue.last + 1] ?? '.');
  // `Mr. Sanders was asked.` reports the question put to the subject (`asked.ts`), not the subject.
  if (!NO_OBJECT.test(after) || words[cue.last] === 'asked' || !isPassive(words, cue, cue.last)) return null;
  return { cue, speaker: null, content: subject };
}

/**
 * Words that open a passive's complement (`seen as`, `criticized for`, `accused of`, `charged with`,
 * `are said to be urging`, `is intended to make sure`).
 */
const COMPLEMENT = new Set(['as', 'for', 'of', 'with', 'to']);

/**
 * `Trump has been criticized for failing to ...`, `Minnesota and Colorado are seen as opportunities
 * for Sanders`: a passive cue whose complement (`as`, `for`, `of`, `with`) follows the participle
 * says something of its subject. PolNeAR annotates the whole clause, subject and cue included (on
 * all of train 32 of some 40 such passive contents), as for a raising cue, while a passive without a
 * complement reports its subject alone (`passiveBy`, `passiveWithoutAgent`).
 */
export function passiveWithComplement(words: readonly string[], cue: CueMatch): boolean {
  // The lexicon holds some cues with their preposition (`known as`).
  const participle = COMPLEMENT.has(words[cue.last]!) ? cue.last - 1 : cue.last;
  if (participle < cue.first) return false;
  if (!COMPLEMENT.has(words[participle + 1] ?? '')) return false;
  // `Clinton is expected to win` is already read whole as a raising cue, which keeps its subject as the source.
  if (words[participle + 1] === 'to' && raising(words, cue)) return false;
  // Feelings name their cause after `with` (`pleased with`), and `asked` its question (`asked.ts`).
  if (FEELING.has(words[participle]!) || words[participle] === 'asked') return false;
  return isPassive(words, cue, participle);
}
