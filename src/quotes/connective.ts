/*
 * Connectives that tie a sentence to the one before (`But ...`, `In contrast, ...`): a content
 * that opens its sentence starts after them.
 */

const CONNECTIVE = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'indeed', 'now', 'then', 'also', 'moreover', 'furthermore', 'overall', 'plus', 'nevertheless', 'nonetheless', 'rather', 'thus', 'besides']);
const CONNECTIVE_PHRASES: readonly (readonly string[])[] = [
  ['in', 'contrast'], ['at', 'the', 'same', 'time'], ['in', 'other', 'words'], ['of', 'course'], ['for', 'example'],
  ['for', 'instance'], ['in', 'fact'], ['on', 'the', 'other', 'hand'], ['in', 'addition'], ['as', 'a', 'result'],
];

/**
 * The first token of a content that opens its sentence, past a connective that ties the sentence
 * to the one before (`But ...`, `In contrast, ...`, `So, ...`); the reported clause starts after it.
 */
export function skipConnective(words: readonly string[], first: number, last: number): number {
  let i = first;
  for (let round = 0; round < 2; round++) {
    const phrase = CONNECTIVE_PHRASES.find((p) => p.every((w, k) => words[i + k] === w));
    const next = phrase ? i + phrase.length : CONNECTIVE.has(words[i]!) ? i + 1 : i;
    if (next === i) break;
    i = words[next] === ',' ? next + 1 : next;
  }
  return last - i >= 2 ? i : first;
}
