import type { CueMatch } from './match-cues.js';

/*
 * A verb of continuing or seeming whose infinitive is a cue (`Lewandowski continued to say he had
 * never touched Fields`, `he seems to feel the case will be ...`): PolNeAR annotates the two verbs
 * as one cue, its source the subject of the first and its content what follows the second. The
 * sentence reader reads the infinitive as the cue, from the first verb's subject, and leaves the
 * first verb alone (read alone, `continued` took `to say ...` as its content, `seemed to` the
 * whole clause, and the walk back from `say` took `Lewandowski continued to` as the speaker).
 */

/**
 * The verbs that join their infinitive's cue. Not `declined`, `refused`, `sought`, `pledged`: on
 * PolNeAR train their content is the infinitive (`declined [to say whether ...]`).
 */
const CATENATIVE = /^(?:continue|continues|continued|continuing|seem|seems|seemed|appear|appears|appeared)$/;
/** Words that may stand between the verb and its `to` (`continued again to`). */
const BEFORE_TO = /^(?:again|also|still|even)$/;

/** The index of the verb whose infinitive `cue` is (`continued` of `continued to say`), or -1. */
export function catenativeVerbOf(words: readonly string[], cue: CueMatch): number {
  if (words[cue.first - 1] !== 'to') return -1;
  let verb = cue.first - 2;
  while (verb >= 0 && BEFORE_TO.test(words[verb]!)) verb--;
  return verb >= 0 && CATENATIVE.test(words[verb]!) ? verb : -1;
}

/**
 * The first verbs of such pairs among `cues` (`continued` of `continued to say`), by token index:
 * one pass over the cues, so that a sentence of thousands of cues stays linear.
 */
export function infinitiveCueVerbs(words: readonly string[], cues: readonly CueMatch[]): Set<number> {
  const verbs = new Set<number>();
  for (const cue of cues) {
    const verb = catenativeVerbOf(words, cue);
    if (verb >= 0) verbs.add(verb);
  }
  return verbs;
}

/** Whether `cue` (`continued`, `seemed to`) is the first verb of such a pair: it holds one of `verbs`. */
export function opensInfinitiveCue(cue: CueMatch, verbs: ReadonlySet<number>): boolean {
  for (let i = cue.first; i <= cue.last; i++) if (verbs.has(i)) return true;
  return false;
}
