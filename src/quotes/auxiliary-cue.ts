import { IRREGULAR_PARTICIPLE } from './irregular-verbs.js';
import type { CueMatch } from './match-cues.js';

/*
 * `Mr. Cruz has sharpened his language`, `Trump did not immediately react`: the lexicon keeps a
 * bare `has` or `did` because PolNeAR's cues often start with one (`has called on`, `did not
 * apologize for`); alone before another verb it is that verb's auxiliary, and the report, if any,
 * is the verb's. The reader of reported speech does not accept such a cue (on PolNeAR train that
 * gained exact matches at no loss of overlap); the classifier still sees it as a candidate, since
 * leaving it out of training lost overlap on the held-out fifth of train.
 */

const HAVE = new Set(['has', 'have', 'had', "'s", "'ve", "'d"]);
const DO = new Set(['did', 'does', 'do']);
/** Adverbs that may stand between an auxiliary and its verb (`has also won`, `did not actually agree`). */
const ADVERB = new Set([
  'also', 'always', 'never', 'not', "n't", 'already', 'long', 'repeatedly', 'just', 'recently', 'often', 'previously',
  'now', 'still', 'yet', 'since', 'even', 'actually', 'really', 'consistently', 'publicly', 'privately', 'largely',
  'increasingly', 'frequently', 'rarely', 'seldom', 'certainly', 'clearly', 'apparently', 'reportedly', 'ever', 'only',
  'immediately', 'finally', 'generally', 'indeed', 'then', 'once', 'twice', 'openly', 'quietly', 'steadily', 'sharply',
]);

const isParticiple = (word: string) => /^[a-z]{2,}(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLE.has(word);

/** Whether `cue` is a bare auxiliary of the verb after it: `has` before a participle, `did` before `not`. */
export function isAuxiliaryOfNextVerb(words: readonly string[], cue: CueMatch): boolean {
  if (cue.first !== cue.last) return false;
  const word = words[cue.first]!;
  const have = HAVE.has(word);
  if (!have && !DO.has(word)) return false;
  let i = cue.last + 1;
  // `did not`, `didn't`: a negated `do` is always an auxiliary.
  if (!have && (words[i] === 'not' || words[i] === "n't")) return true;
  while (i < words.length && ADVERB.has(words[i]!)) i++;
  return have && isParticiple(words[i] ?? '');
}
