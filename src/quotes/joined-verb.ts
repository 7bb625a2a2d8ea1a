import type { ScoredCue } from './cue-candidates.js';
import type { Draft } from './draft.js';
import { IRREGULAR_PARTICIPLE, IRREGULAR_PAST } from './irregular-verbs.js';
import { BETWEEN_SPEAKER_AND_CUE, FINITE_AUXILIARY } from './speaker.js';

/*
 * `She said she admires ... and highlighted ...` or `They said they are worried ... and want ...`:
 * a verb joined by `and` / `but` after a report either goes on with the report's speaker (a
 * second report, which ends the first at the joint) or with the clause inside the report. Verbs
 * joined under one subject share their inflection; on the held-out fifth of PolNeAR train reading
 * a differing inflection as the clause's verb made 4 more contents exact and 8 fewer spurious with
 * the content-end model fixed.
 */

/** The inflection of a verb: coordinated verbs of one subject share it (`says ... and considers`, `has said ... and has expressed`). */
function formOf(verb: string): 'past' | 'ing' | 's' | 'base' {
  if (/ed$/.test(verb) || verb === 'was' || verb === 'were' || verb === 'did' || IRREGULAR_PAST.has(verb) || IRREGULAR_PARTICIPLE.has(verb)) return 'past';
  if (/ing$/.test(verb)) return 'ing';
  return /[^s]s$/.test(verb) ? 's' : 'base';
}

/** Auxiliaries a participle follows (`has said`, `was asked`). */
const PARTICIPLE_AUXILIARY = /^(?:has|have|had|is|are|was|were)$/;

/** The word that carries the inflection of the verb group ending in the cue at `cue`: its first auxiliary, which carries the group's inflection (`has also said`, `will tell`), else the cue. */
function inflectedWord(words: readonly string[], cue: number): string {
  let first = cue;
  while (first > 0 && BETWEEN_SPEAKER_AND_CUE.has(words[first - 1]!)) first--;
  for (let i = first; i < cue; i++) if (FINITE_AUXILIARY.test(words[i]!)) return words[i]!;
  return words[cue]!;
}

/**
 * Whether the verb `cue` joined by `and` / `but` at `joint` goes on with the bare clause inside a
 * report before it rather than with that report's speaker: coordinated verbs of one subject share
 * their inflection, so a verb whose inflection differs from the report's cue (`they said they are
 * worried ... and want to ...`, `calling on X to ... and call on Y ...`) belongs to the clause. A
 * base-form cue (`believe`, an adjective like `unhappy with`) and an infinitive content (`went on
 * to promote X and boast ...`) tell nothing; a past verb after a participle goes on with the main verb.
 */
export function joinsInnerClause(drafts: readonly Draft[], words: readonly string[], cue: ScoredCue, joint: number): boolean {
  const outer = drafts.findLast(
    (d) => d.cue.last < joint && d.content.first > d.cue.last && d.content.first < joint && d.content.last >= joint && words[d.content.first] !== 'that',
  );
  if (!outer || words[outer.content.first] === 'to') return false;
  const outerWord = inflectedWord(words, outer.cue.first);
  const outerForm = formOf(outerWord);
  const form = formOf(inflectedWord(words, cue.first));
  // `has also called on X ... and proposed ...`: a participle after a perfect or passive shares its auxiliary.
  if (form === 'past' && PARTICIPLE_AUXILIARY.test(outerWord)) return false;
  return outerForm !== 'base' && outerForm !== form && !(outerForm === 'ing' && form === 'past');
}
