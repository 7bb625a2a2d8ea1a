/**
 * Feature extraction for the entity tagger, shared by training and inference so both hash the
 * same strings. Features are 32-bit FNV-1a hashes of a template id and one or two strings.
 */
import { f0, fr, m1, m2, shapeHash, strHash } from './feature-hash.js';
import type { PreparedSentence } from './prepare.js';

// Where the training scripts have always found them.
export { prepareDocument, type PreparedSentence } from './prepare.js';

/** The hashes that stand for the words and shapes past a sentence's start and end. */
export const BOS = strHash('<s>');
export const EOS = strHash('</s>');
const CAPS = strHash('C');
const NOT_CAPS = strHash('c');
const NO_TAG = strHash('-');

/** Hashes of gazetteer tags (a handful of strings), memoized. */
const tagHashes = new Map<string, number>();
function tagHash(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) {
    h = strHash(tag);
    if (tagHashes.size < 1000) tagHashes.set(tag, h);
  }
  return h;
}

/**
 * Appends the features of a word by itself: its form, shape, affixes and case evidence. `low` is
 * the word lower-cased, `lowHash` and `shape` the hashes the caller already made of it.
 */
function wordFeatures(word: string, low: string, lowHash: number, shape: number, caps: boolean, flag: number, out: number[]): void {
  const capsTag = caps ? CAPS : NOT_CAPS;
  out.push(f0(1));
  out.push(m1(2, lowHash));
  if (word !== low) out.push(m1(3, strHash(word)));
  out.push(m1(4, shape));
  out.push(m2(5, shape, capsTag));
  const len = low.length;
  if (len > 1) {
    out.push(fr(6, low, 0, 1));
    out.push(fr(9, low, len - 1, len));
  }
  if (len > 2) {
    out.push(fr(7, low, 0, 2));
    out.push(fr(10, low, len - 2, len));
  }
  if (len > 3) {
    out.push(fr(8, low, 0, 3));
    out.push(fr(11, low, len - 3, len));
  }
  if (len > 4) out.push(fr(12, low, len - 4, len));
  out.push(m1(100 + flag, shape));
  out.push(m1(120 + flag, capsTag));
  out.push(m1(140 + (len > 12 ? 12 : len), capsTag));
}

/** Whether a token within two of token `i` (the reach of the context features) is active. */
function nearActive(active: Uint8Array, i: number, n: number): boolean {
  for (let j = Math.max(0, i - 2); j <= i + 2 && j < n; j++) if (active[j] !== 0) return true;
  return false;
}

/** Scratch space reused across sentences (feature extraction is synchronous). */
let scratchLow = new Float64Array(256);
let scratchShape = new Float64Array(256);
const scratchLowWords: string[] = [];

/**
 * Appends the features of a token that depend only on its form, its sentence being all caps and
 * its document flags (see {@link PreparedSentence}): the same inputs give the same features, which
 * lets inference cache their weights per word (see `word-weights.ts`).
 */
export function wordOnlyFeatures(word: string, caps: boolean, flag: number, out: number[]): void {
  const low = word.toLowerCase();
  wordFeatures(word, low, strHash(low), shapeHash(word), caps, flag, out);
}

/** Where a neighbour stands from the token whose features it gives: previous, next, second previous, second next. */
export type NeighbourRole = 0 | 1 | 2 | 3;
export const NEIGHBOUR_ROLES: readonly NeighbourRole[] = [0, 1, 2, 3];

/**
 * Appends the features a token gets from one neighbour's word alone (its lower-cased form and
 * shape), so that inference can cache their weights per word too.
 *
 * @param word The neighbour, or null past the sentence's start (roles 0 and 2) or end (1 and 3).
 */
export function neighbourOnlyFeatures(word: string | null, role: NeighbourRole, out: number[]): void {
  const boundary = role === 0 || role === 2 ? BOS : EOS;
  const low = word === null ? boundary : strHash(word.toLowerCase());
  if (role === 0) out.push(m1(13, low), m1(22, word === null ? boundary : shapeHash(word)));
  else if (role === 1) out.push(m1(14, low), m1(23, word === null ? boundary : shapeHash(word)));
  else out.push(m1(role === 2 ? 15 : 16, low));
}

/**
 * Appends the features of a token's shape among its neighbours' shapes (`previous`, `next`: the
 * shape hashes around it, {@link BOS} or {@link EOS} past the sentence's ends): shapes are few,
 * so inference caches their weights per context (see `context-scores.ts`).
 */
export function shapeContextFeatures(previous: number, shape: number, next: number, first: boolean, sports: boolean, out: number[]): void {
  shapePairFeatures(previous, shape, next, out);
  shapePositionFeatures(shape, first, sports, out);
}

/** The first part of {@link shapeContextFeatures}, in the order the weights were trained with. */
function shapePairFeatures(previous: number, shape: number, next: number, out: number[]): void {
  out.push(m2(19, previous, shape));
  out.push(m2(20, shape, next));
  out.push(m2(21, previous, next));
}

/** The second part of {@link shapeContextFeatures}. */
function shapePositionFeatures(shape: number, first: boolean, sports: boolean, out: number[]): void {
  out.push(m1(first ? 24 : 25, shape));
  if (sports) out.push(m1(35, shape));
}

/**
 * Appends the feature hashes of every token of a sentence to `out`, and each token's end index in
 * `out` to `ends`: its {@link wordFeatures} and its context (neighbours, position, gazetteer
 * hits). Each word, lower-cased word and shape is hashed once; features combine those hashes
 * with a template id.
 *
 * @param gazetteer Per-token gazetteer tags (`B-country`, ...), or null when unavailable.
 * @param active When given, tokens marked 0 get no features (inference skips tokens that cannot
 *   be part of a name, see `tag.ts`); only its first `words.length` entries are read.
 * @param withCachedFeatures False to leave out the features whose weights inference adds from
 *   caches: the {@link wordOnlyFeatures}, {@link neighbourOnlyFeatures} and
 *   {@link shapeContextFeatures} of each token.
 */
export function sentenceFeatures(
  sentence: PreparedSentence,
  gazetteer: readonly (readonly string[])[] | null,
  out: number[],
  ends: number[],
  active: Uint8Array | null = null,
  withCachedFeatures = true,
): void {
  const { words, wordFacts, caps, flags, sports } = sentence;
  const n = words.length;
  // Lower-cased word and shape hashes, padded with two sentence-boundary entries on each side.
  if (scratchLow.length < n + 4) {
    scratchLow = new Float64Array(2 * (n + 4));
    scratchShape = new Float64Array(2 * (n + 4));
  }
  const hl = scratchLow;
  const hs = scratchShape;
  const lows = scratchLowWords;
  lows.length = n;
  hl[0] = hl[1] = hs[0] = hs[1] = BOS;
  hl[n + 2] = hl[n + 3] = hs[n + 2] = hs[n + 3] = EOS;
  for (let i = 0; i < n; i++) {
    // Only the tokens with features and their neighbours are ever read (see `active`).
    if (active !== null && !nearActive(active, i, n)) continue;
    const word = wordFacts[i]!;
    lows[i] = word.lower;
    hl[i + 2] = word.lowerHash;
    hs[i + 2] = word.shapeHash;
  }
  for (let i = 0; i < n; i++) {
    const p = i + 2;
    const hLow = hl[p]!;
    const shape = hs[p]!;
    if (active !== null && active[i] === 0) {
      ends.push(out.length);
      continue;
    }
    // The order is the one the weights were trained with (only the sums matter at inference).
    if (withCachedFeatures) {
      wordFeatures(words[i]!, lows[i]!, hLow, shape, caps, flags[i]!, out);
      out.push(m1(13, hl[p - 1]!));
      out.push(m1(14, hl[p + 1]!));
      out.push(m1(15, hl[p - 2]!));
      out.push(m1(16, hl[p + 2]!));
    }
    out.push(m2(17, hl[p - 1]!, hLow));
    out.push(m2(18, hLow, hl[p + 1]!));
    if (withCachedFeatures) {
      shapePairFeatures(hs[p - 1]!, shape, hs[p + 1]!, out);
      out.push(m1(22, hs[p - 1]!));
      out.push(m1(23, hs[p + 1]!));
      shapePositionFeatures(shape, i === 0, sports, out);
    }
    if (sports) out.push(m1(36, hl[p + 1]!));
    if (i === 0) out.push(m1(27, hLow));
    if (gazetteer !== null) {
      const here = gazetteer[i];
      if (here !== undefined) {
        // Index loops: iterating the (frozen, shared) tag arrays with `for...of` allocated per token.
        if (here.length === 0) out.push(m1(30, NO_TAG));
        for (let k = 0; k < here.length; k++) {
          const t = tagHash(here[k]!);
          out.push(m1(30, t));
          out.push(m2(31, t, shape));
          if (sports) out.push(m1(34, t));
        }
        const prev = i > 0 ? gazetteer[i - 1] : undefined;
        if (prev !== undefined) for (let k = 0; k < prev.length; k++) out.push(m1(32, tagHash(prev[k]!)));
        const next = i + 1 < n ? gazetteer[i + 1] : undefined;
        if (next !== undefined) for (let k = 0; k < next.length; k++) out.push(m1(33, tagHash(next[k]!)));
      }
    }
    ends.push(out.length);
  }
}
