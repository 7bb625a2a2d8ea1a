import type { Draft } from './draft.js';
import { isQuoteMark, type QuoteDocument, type Sentence } from './document.js';
import type { CueMatch } from './match-cues.js';
import type { TokenRange } from './speaker.js';

/*
 * Sentences that open with the source they report from, up to a comma: `In an NBC News/Wall
 * Street Journal poll released Monday, 50 percent of respondents chose Clinton` (no reporting
 * verb: PolNeAR annotates `In` as the cue, the poll as the source, the clause after the comma as
 * the content), and `According to X, ...` with a source too long for the walk over a name.
 */

/**
 * Sources a fronted `In ...,` names (`In the latest poll`, `In exit surveys`). Not `statement` or
 * `interview`: on PolNeAR train those add more spurious reports than they find.
 */
const SOURCE_NOUN = /^(?:polls?|surveys?)$/;
/** How long the source phrase of `In ...,` may be, up to its comma. */
const MAX_IN_SOURCE_TOKENS = 15;
/** The shortest clause after the comma that is read as a report. */
const MIN_CONTENT_TOKENS = 4;

/** The draft of a sentence that opens `In <source>, ...`, or `null`; `blocked` as in `cue-candidates.ts`. */
export function inSourceReport(doc: QuoteDocument, blocked: Uint8Array, sentence: Sentence): Draft | null {
  const { words } = doc;
  const start = sentence.first;
  if (words[start] !== 'in') return null;
  let comma = start + 1;
  let named = false;
  while (comma <= sentence.last && comma <= start + MAX_IN_SOURCE_TOKENS && words[comma] !== ',') {
    if (SOURCE_NOUN.test(words[comma]!)) named = true;
    comma++;
  }
  let last = sentence.last;
  while (last > comma && /^[.!?]$/.test(words[last]!)) last--;
  if (!named || words[comma] !== ',' || last - comma < MIN_CONTENT_TOKENS) return null;
  for (let i = start; i <= last; i++) if (blocked[i] !== 0) return null;
  const cue: CueMatch = { first: start, last: start, phrase: 'in', precision: 1, contentAfter: 1, participle: false, candidateOnly: false };
  return { cue, speaker: { first: start + 1, last: comma - 1 }, content: { first: comma + 1, last } };
}

/** The longest source of a sentence-opening `According to X,` read up to its comma. */
const MAX_SOURCE_TOKENS = 25;

/**
 * `According to early results of the exit poll conducted by ..., Clinton led`: the source from
 * `from` to the first comma, when one closes it and leaves a clause of three tokens before `limit`.
 */
export function sourceBeforeComma(words: readonly string[], from: number, limit: number): TokenRange | null {
  for (let i = from + 1; i <= limit - 3 && i < from + MAX_SOURCE_TOKENS; i++) {
    if (isQuoteMark(words[i]!) || /^[.;:]$/.test(words[i]!)) return null;
    if (words[i] === ',') return { first: from, last: i - 1 };
  }
  return null;
}
