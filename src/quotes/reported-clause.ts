import { isQuoteMark, type QuoteDocument } from './document.js';
import { IRREGULAR_PAST } from './irregular-verbs.js';
import type { CueMatch } from './match-cues.js';
import { FINITE_AUXILIARY } from './speaker.js';

/**
 * `said that in the current political climate, "I think ...`, `suggested Curiel was from Mexico:
 * "The judge ...`: a clause between the cue and the comma or colon before the quotation is what the
 * cue reports, and the quotation goes on with it; the content starts after the cue. Words with no
 * verb there (`told reporters, "`, `said on Sunday: "`) are the cue's object or an adverbial. On
 * PolNeAR train this starts 7 more quotes where the annotators do, and 1 fewer.
 *
 * @returns The first token after the cue, or `null`.
 */
export function reportedClauseFirst(doc: QuoteDocument, cue: CueMatch, openToken: number): number | null {
  const { words } = doc;
  const first = cue.last + 1;
  const last = openToken - 2;
  if (last - first < 1 || (words[openToken - 1] !== ',' && words[openToken - 1] !== ':')) return null;
  // One clause: no comma (`confirmed that observation, reporting: "` has the report's own cue after
  // it) and no bracket (`his dictum (repeated to me over the years) was, "`: the cue is an aside).
  for (let i = first; i <= last; i++) if (isQuoteMark(words[i]!) || /^[,()]$/.test(words[i]!)) return null;
  if (words[first] === 'that') return first;
  // A finite verb after a subject (`As they say about the storied doctor, "` has none).
  for (let i = first + 1; i <= last; i++) if (FINITE_AUXILIARY.test(words[i]!) || IRREGULAR_PAST.has(words[i]!)) return first;
  return null;
}
