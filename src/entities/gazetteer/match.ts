/**
 * Matching the name lists against the tokens of a sentence (see {@link matchGazetteerWords}).
 */
import { allCaps, classesOf, LETTER } from '../../text/character-class.js';
import { GAZETTEER_CATEGORIES, type GazetteerTag } from './categories.js';
import { fold, nameTree, upperNameTree, type NameNode } from './name-tree.js';

/**
 * What matching reads of a token's text, worked out once per distinct word (see
 * {@link gazetteerWord}): callers that see a word many times keep it and pass it again.
 */
export interface GazetteerWord {
  /** The text with typographic apostrophes folded, as the lists write them. */
  readonly text: string;
  /** {@link text} in lower case, for the lists' lower-case entries (`spokesman`, `county`). */
  readonly lower: string;
  /** Has letters, none of them lower case (`CHINA`, `U.S.`): also matches upper-cased names. */
  readonly caps: boolean;
  /** All caps or without letters: may continue a run of all-caps words (`U.S. - CHINA`). */
  readonly inCapsRun: boolean;
  /** The names (or starts of names) that are this word as written, in lower case, and upper-cased names (all-caps words only). */
  readonly node: NameNode | undefined;
  readonly lowerNode: NameNode | undefined;
  readonly upperNode: NameNode | undefined;
}

/**
 * What matching reads of a word.
 *
 * @param lower `word.toLowerCase()`, when the caller has it already.
 * @param classes `classesOf(word)`, when the caller has it already.
 */
export function gazetteerWord(word: string, lower = word.toLowerCase(), classes = classesOf(word)): GazetteerWord {
  const text = fold(word);
  // Folding changes no character class: both apostrophes are punctuation.
  const folded = text === word ? lower : text.toLowerCase();
  const caps = allCaps(classes);
  const tree = nameTree();
  return {
    text,
    lower: folded,
    caps,
    inCapsRun: caps || (classes & LETTER) === 0,
    node: tree.get(text),
    lowerNode: tree.get(folded),
    upperNode: caps ? upperNameTree().get(text) : undefined,
  };
}

interface Found {
  readonly tag: GazetteerTag;
  readonly length: number;
  readonly category: number;
}

/** The tags of each category, made once rather than per match. */
const BEGIN_TAGS: readonly GazetteerTag[] = GAZETTEER_CATEGORIES.map((category) => `B-${category}` as const);
const INSIDE_TAGS: readonly GazetteerTag[] = GAZETTEER_CATEGORIES.map((category) => `I-${category}` as const);

/** The tags of a token no list covers (shared and frozen). */
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * The tags of a token one list covers, one shared frozen array per tag: most tagged tokens have
 * one tag, and a document of megabytes keeps its tags until its entities are linked.
 */
const ONE_TAG: ReadonlyMap<string, readonly string[]> = new Map(
  [...BEGIN_TAGS, ...INSIDE_TAGS].map((tag) => [tag, Object.freeze([tag])]),
);

/** How the tokens are read on a walk down the tree. */
const AS_WRITTEN = 0;
const IN_LOWER_CASE = 1;
const IN_CAPS = 2;
type Reading = typeof AS_WRITTEN | typeof IN_LOWER_CASE | typeof IN_CAPS;

/** Per length of match, the categories of the names of that length at the current token (index 0 unused). */
let scratchMasks = new Int32Array(16);

/**
 * Walks the tree from `node`, the first token's, along the tokens after `words[i]`, and adds to
 * `masks[length]` the categories of each name it passes: as written (exact names), in lower case
 * (lower-case entries), or upper-cased within a run of all-caps tokens.
 *
 * @returns The length of the longest name found, 0 when none.
 */
function walk(node: NameNode | undefined, words: readonly GazetteerWord[], i: number, reading: Reading): number {
  let longest = 0;
  for (let length = 1; node !== undefined; length++) {
    const bits = reading === IN_LOWER_CASE ? node.lower : node.exact;
    if (bits !== 0) {
      if (length >= scratchMasks.length) {
        const grown = new Int32Array(2 * length);
        grown.set(scratchMasks);
        scratchMasks = grown;
      }
      scratchMasks[length]! |= bits;
      longest = length;
    }
    const next = words[i + length];
    if (node.next === null || next === undefined || (reading === IN_CAPS && !next.inCapsRun)) break;
    node = node.next.get(reading === IN_LOWER_CASE ? next.lower : next.text);
  }
  return longest;
}

/**
 * {@link matchGazetteers} over words already read by {@link gazetteerWord}: the tagger reads each
 * distinct word of a document once.
 */
export function matchGazetteerFacts(words: readonly GazetteerWord[]): readonly (readonly string[])[] {
  const n = words.length;
  const found: (Found[] | undefined)[] = new Array<Found[] | undefined>(n);
  const free = new Array<number>(GAZETTEER_CATEGORIES.length).fill(0);
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    // Every name starting here, by length: exact, lower-case entries in any case, and
    // upper-cased names along a run of all-caps words (punctuation between them allowed).
    const most = Math.max(
      walk(word.node, words, i, AS_WRITTEN),
      walk(word.lowerNode, words, i, IN_LOWER_CASE),
      word.caps ? walk(word.upperNode, words, i, IN_CAPS) : 0,
    );
    const masks = scratchMasks;
    let assigned = 0;
    for (let length = most; length >= 1; length--) {
      const mask = masks[length]! & ~assigned;
      masks[length] = 0;
      if (mask === 0) continue;
      for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) {
        const bit = 1 << c;
        if ((mask & bit) === 0 || free[c]! > i) continue;
        assigned |= bit;
        free[c] = i + length;
        for (let k = 0; k < length; k++) {
          (found[i + k] ??= []).push({ tag: k === 0 ? BEGIN_TAGS[c]! : INSIDE_TAGS[c]!, length, category: c });
        }
      }
    }
  }
  const result = new Array<readonly string[]>(n);
  for (let i = 0; i < n; i++) {
    const tags = found[i];
    result[i] = tags === undefined ? NO_TAGS
      : tags.length === 1 ? ONE_TAG.get(tags[0]!.tag)!
      : tags.sort((a, b) => b.length - a.length || a.category - b.category).map((entry) => entry.tag);
  }
  return result;
}

/** {@link matchGazetteers} over the tokens' texts, for callers that hold them already. */
export function matchGazetteerWords(words: readonly string[]): readonly (readonly string[])[] {
  return matchGazetteerFacts(words.map((word) => gazetteerWord(word)));
}

/**
 * Tags every token with the gazetteer matches covering it, in BIO form per category.
 *
 * For each category the longest match at each position wins, left to right, so one token can
 * carry tags of several categories (`Washington`: `B-region`, `B-city`, `B-surname`); a token's
 * tags are ordered by the length of their match, longest first, then by category priority.
 * Matching is case-sensitive (`may` is not `May`, `china` is not `China`), except that a run of
 * all-caps tokens also matches upper-cased names (`CHINA`, `UNITED STATES`), and entries written
 * all in lower case, the role and place words (`spokesman`, `foreign minister`, `county`), match
 * text in any case (`Spokesman`, `Foreign Minister`, `COUNTY`).
 *
 * @param tokens The tokens of one sentence, as `tokenize` in `src/text/tokens.ts` makes them.
 * @returns One array of tags per token (empty where nothing matches).
 * @example
 * ```ts
 * matchGazetteers([{ text: 'United' }, { text: 'States' }]);
 * // [['B-country'], ['I-country']]
 * ```
 */
export function matchGazetteers(tokens: readonly { readonly text: string }[]): readonly (readonly string[])[] {
  return matchGazetteerWords(tokens.map((token) => token.text));
}
