import { isQuoteMark } from './document.js';
import { TRAILING_RELATIVE, type Draft } from './draft.js';
import { inRelativeClause } from './relative-report.js';
import type { TokenRange } from './speaker.js';

/** Subordinators that open an adverbial clause: `While X said ..., Y ...` ends the content at the comma. */
export const SUBORDINATOR = new Set(['while', 'as', 'when', 'although', 'though', 'because', 'since', 'after', 'before', 'if', 'once', 'until', 'whereas', 'whether']);

/**
 * The content after a cue without what follows it in the sentence but is not part of the report:
 * a trailing non-restrictive relative clause (`..., which ...`) or appositive (`..., a move that
 * ...`; on PolNeAR train the content ends at such a comma twice as often as it runs on), and when
 * the attribution sits in an adverbial clause (`While Comey talked about X, he ...`) the main
 * clause after the comma.
 */
export function cutTrailingClause(words: readonly string[], draft: Draft): TokenRange {
  const { first, last } = draft.content;
  const lead = draft.speaker && draft.speaker.last < draft.cue.first ? words[draft.speaker.first - 1] : words[draft.cue.first - 1];
  const subordinate = (lead !== undefined && SUBORDINATOR.has(lead)) || SUBORDINATOR.has(words[draft.cue.first - 1] ?? '') || inRelativeClause(words, draft.cue.first);
  let depth = 0;
  for (let i = first + 1; i < last; i++) {
    const word = words[i]!;
    if (isQuoteMark(word)) {
      depth ^= 1;
      // `calling it “disqualifying” and asserting ...`, `called her “third-rate” and boycotted ...`:
      // a verb after the closing mark goes on with the sentence's subject; the report ends at the mark.
      if (depth === 0 && i > first && !isQuoteMark(words[i + 1] ?? '') && verbAfterMark(words, i + 1, last)) return { first, last: i };
    }
    if (word !== ',' || depth !== 0) continue;
    if (subordinate || (TRAILING_RELATIVE.has(words[i + 1]!) && !hasComma(words, i + 2, last))) return { first, last: i - 1 };
    // `... called the law “much better,” a view shared by ...`: a closing appositive comments on the report.
    if ((words[i + 1] === 'a' || words[i + 1] === 'an') && !hasComma(words, i + 2, last)) return { first, last: i - 1 };
  }
  return draft.content;
}

/** `and boycotted`, `and asserting`: a second verb right after a closing mark at `from - 1`. */
function verbAfterMark(words: readonly string[], from: number, last: number): boolean {
  if (words[from] !== 'and' && words[from] !== 'but') return false;
  return from + 1 <= last && /^[a-z]{3,}(?:ed|ing)$/.test(words[from + 1]!);
}

/** Whether a comma lies in `words[from, to]`: a relative clause closed by one sits inside its sentence (`X, who ..., will ...`). */
export function hasComma(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (words[i] === ',') return true;
  return false;
}
