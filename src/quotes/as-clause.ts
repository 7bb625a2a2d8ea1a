import type { QuoteDocument } from './document.js';
import type { Draft } from './draft.js';
import type { CueMatch } from './match-cues.js';
import { ADVERBIAL_START, speakerAfter, speakerBefore, type TokenRange } from './speaker.js';

/*
 * `As reported by Western Journalism, there are 150 delegates at stake ...`, `..., as David Dayen
 * noted in The Intercept.`: an `as` clause holding the cue attributes the main clause of its
 * sentence, before or after it. PolNeAR annotates that main clause as the content.
 */

/** The longest `as` clause read: `as` and its speaker, cue and a short adverbial. */
const MAX_CLAUSE_TOKENS = 14;
/** The longest adverbial after the cue in such a clause (`noted in The Intercept`). */
const MAX_TAIL_TOKENS = 6;

/** The draft of a cue inside an `as` clause that opens or closes its sentence `[start, end]`, or `null`. */
export function asClause(doc: QuoteDocument, cue: CueMatch, start: number, end: number): Draft | null {
  const { words, tokens } = doc;
  let speaker: TokenRange | null = null;
  let as = cue.first - 1;
  if (words[as] !== 'as') {
    speaker = speakerBefore(tokens, words, cue.first, start);
    if (!speaker) return null;
    as = speaker.first - 1;
    if (words[as] !== 'as') return null;
  } else if (words[cue.last + 1] === 'by') {
    speaker = speakerAfter(tokens, words, cue.last + 1, end + 1, true);
  }
  if (!speaker) return null;
  // The clause ends at the first comma after the cue, or with the sentence.
  let close = cue.last + 1;
  while (close <= end && words[close] !== ',' && close - as <= MAX_CLAUSE_TOKENS) close++;
  // `As he spoke about how ...`, `as the crowd applauded with ...`: a cue with an object or a clause
  // after it is a time, not a source; a report's `as` clause holds at most a short adverbial.
  const tail = words[cue.last + 1] === 'by' ? (speaker.last + 1) : cue.last + 1;
  if (close - tail > MAX_TAIL_TOKENS || (close > tail && !ADVERBIAL_START.has(words[tail]!))) return null;
  if (as === start) {
    // `As reported by X, CONTENT.`
    if (words[close] !== ',' || end - close < 3) return null;
    return { cue, speaker, content: { first: close + 1, last: end } };
  }
  // `CONTENT, as X noted (in Y).`
  if (words[as - 1] !== ',' || close <= end || as - 1 - start < 3) return null;
  return { cue, speaker, content: { first: start, last: as - 2 } };
}
