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

/** Whether `cue` (`continued`, `seemed to`) is the first verb of such a pair: another of `cues` is its infinitive. */
export function opensInfinitiveCue(words: readonly string[], cue: CueMatch, cues: readonly CueMatch[]): boolean {
  return cues.some((inner) => inner !== cue && cue.first <= catenativeVerbOf(words, inner) && catenativeVerbOf(words, inner) <= cue.last);
}
