import type { QuoteDocument } from './document.js';
import type { Draft } from './draft.js';
import type { CueMatch } from './match-cues.js';
import { clauseSubject, type TokenRange } from './speaker.js';

/*
 * `Asked whether she would run, Clinton said ...`, `..., he said when asked about the emails`: a
 * passive `asked` reports the question put to the subject of the main clause. PolNeAR annotates
 * the question as the content and that subject as its source.
 */

/** Words that open the question itself, after `asked by the host` or `asked on Monday`. */
const QUESTION_START = new Set(['whether', 'if', 'about', 'what', 'how', 'why', 'who', 'whom', 'when', 'where', 'which', 'to']);
/** How far after `asked` the question may start. */
const QUESTION_WINDOW = 6;

function questionStart(words: readonly string[], from: number, to: number): number {
  for (let i = from; i <= to && i < from + QUESTION_WINDOW; i++) if (QUESTION_START.has(words[i]!)) return i;
  return from;
}

/**
 * The draft of a passive `asked` (`Asked ...,` opening the sentence, or `when asked ...`), or `null`
 * when the cue is not one. `start`..`end` is the sentence; `limit` the end of its content area;
 * `lastSpeaker` the speaker of the report before the cue in the sentence.
 */
export function passiveAsked(doc: QuoteDocument, cue: CueMatch, start: number, end: number, limit: number, lastSpeaker: TokenRange | null): Draft | null {
  const { words, tokens } = doc;
  if (!/^(?:asked|asked about)$/.test(cue.phrase)) return null;
  const when = words[cue.first - 1] === 'when';
  const leading = cue.first === start || (when && cue.first - 1 === start);
  if (leading) {
    // `Asked ..., X said`: the question runs to the first comma, the speaker opens the main clause.
    let comma = cue.last + 1;
    while (comma <= end && words[comma] !== ',') comma++;
    if (comma > end) return null;
    const speaker = clauseSubject(tokens, words, comma + 1, end + 1);
    const first = cue.phrase === 'asked' ? questionStart(words, cue.last + 1, comma - 1) : cue.last + 1;
    if (!speaker || first >= comma) return null;
    return { cue, speaker, content: { first, last: comma - 1 } };
  }
  if (!when || cue.last >= limit) return null;
  // `..., he said when asked how ...`: the question runs to the end of the clause.
  const speaker = lastSpeaker ?? clauseSubject(tokens, words, start, cue.first - 1);
  if (!speaker) return null;
  const first = cue.phrase === 'asked' ? questionStart(words, cue.last + 1, limit) : cue.last + 1;
  let last = first;
  while (last < limit && words[last + 1] !== ',') last++;
  return { cue, speaker, content: { first, last } };
}
