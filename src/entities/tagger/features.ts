/**
 * Feature extraction for the entity tagger, shared by training and inference so both hash the
 * same strings. Features are 32-bit FNV-1a hashes of a template id and one or two strings.
 */
import type { Span } from '../../model/span.js';
import { classesOf, LETTER, LOWER } from '../../text/character-class.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { f0, fr, m1, m2, shapeHash, strHash } from './feature-hash.js';

function hasLetter(word: string): boolean {
  return (classesOf(word) & LETTER) !== 0;
}

/** A token with letters and no lower-case letter. */
function isCapsWord(word: string): boolean {
  return (classesOf(word) & (LETTER | LOWER)) === LETTER;
}

/** Starts with an upper-case letter. */
function isCapitalized(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** A sentence of the document ready for feature extraction. */
export interface PreparedSentence {
  readonly tokens: readonly Token[];
  /** Token texts as written (upper-cased for augmented copies). */
  readonly raw: readonly string[];
  /** Forms used for features: all-caps words true-cased from the rest of the document when known. */
  readonly words: readonly string[];
  /** The sentence has no lower-case letter (a headline, a dateline). */
  readonly caps: boolean;
  /** The document reads as a sports report (see {@link isSportsDocument}). */
  readonly sports: boolean;
  /** Per-token document flags (see `FLAG_*`). */
  readonly flags: Uint8Array;
}

const FLAG_DOC_LOWER = 1;
const FLAG_DOC_CAP = 2;
const FLAG_TRUECASED = 4;

/** True when a sentence reads as all-caps (at least three letters, none lower case). */
function capsSentence(raw: readonly string[]): boolean {
  let letters = 0;
  for (const word of raw) {
    const classes = classesOf(word);
    if ((classes & LOWER) !== 0) return false;
    if ((classes & LETTER) !== 0) letters += word.length;
  }
  return letters >= 3;
}

interface CaseStats {
  lower: number;
  cap: number;
  /** How often each form is written; kept only when some sentence is all caps (only true-casing reads it). */
  forms: Map<string, number> | null;
}

/**
 * Words of sports reporting. In a sports report a city, county or country is as often a team
 * (an organization: `Leicestershire beat Somerset`, `Chicago 5 Boston 3`) as a place, which the
 * tagger can only learn with the document's subject as a feature.
 */
const SPORTS_WORDS = new Set(
  ('beat beats defeated innings wicket wickets halftime half-time scorers striker midfielder goalkeeper ' +
    'inning pitcher homer homered touchdown quarterback playoff playoffs standings semifinal semi-final ' +
    'quarter-final quarterfinal qualifier championship tournament batsman bowler unbeaten equaliser equalizer ' +
    'goal goals scored league season match matches games coach captain stadium').split(' '),
);

/** At least three sports words, and one per 150 words (headlines and tables included). */
function isSportsDocument(sentences: readonly { readonly raw: readonly string[] }[]): boolean {
  let hits = 0;
  let words = 0;
  for (const { raw } of sentences) {
    words += raw.length;
    for (const word of raw) if (word.length > 3 && SPORTS_WORDS.has(word.toLowerCase())) hits++;
  }
  return hits >= 3 && hits * 150 >= words;
}

/**
 * Tokenizes the sentences of a document and gathers document-level case evidence: how each word
 * is written outside all-caps sentences, used to true-case headlines and to flag capitalised words
 * that also occur in lower case.
 *
 * @param upper Indices of sentences to upper-case (training augmentation: headline-like copies).
 */
export function prepareDocument(text: string, sentences: readonly Span[], upper?: ReadonlySet<number>): PreparedSentence[] {
  const forms = new Map<string, string>();
  const tokenized = sentences.map((span, index) => {
    const tokens = tokenize(text.slice(span.start, span.end), span.start, forms);
    const raw = upper?.has(index) === true ? tokens.map((t) => t.text.toUpperCase()) : tokens.map((t) => t.text);
    return { tokens, raw, caps: capsSentence(raw) };
  });
  const stats = new Map<string, CaseStats>();
  const trueCasing = tokenized.some((sentence) => sentence.caps);
  for (const sentence of tokenized) {
    if (sentence.caps) continue;
    const raw = sentence.raw;
    for (let i = 0; i < raw.length; i++) {
      const word = raw[i]!;
      if (!hasLetter(word)) continue;
      const key = word.toLowerCase();
      let entry = stats.get(key);
      if (entry === undefined) {
        entry = { lower: 0, cap: 0, forms: trueCasing ? new Map() : null };
        stats.set(key, entry);
      }
      if (word === key) entry.lower++;
      else if (i > 0 && isCapitalized(word)) entry.cap++;
      if (entry.forms !== null && (i > 0 || word === key)) entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
    }
  }
  const sports = isSportsDocument(tokenized);
  return tokenized.map(({ tokens, raw, caps }) => {
    const flags = new Uint8Array(raw.length);
    // Only all-caps sentences are true-cased: the others share `raw` (one array less per
    // sentence, which counts on inputs of megabytes).
    const words = caps ? [...raw] : raw;
    for (let i = 0; i < raw.length; i++) {
      const word = raw[i]!;
      if (!hasLetter(word)) continue;
      const entry = stats.get(word.toLowerCase());
      if (entry === undefined) continue;
      let flag = 0;
      if (entry.lower > 0) flag |= FLAG_DOC_LOWER;
      if (entry.cap > 0) flag |= FLAG_DOC_CAP;
      let form = word;
      if (caps && isCapsWord(word)) {
        let best = 0;
        for (const [candidate, count] of entry.forms ?? []) {
          if (count > best) {
            best = count;
            form = candidate;
          }
        }
        if (best > 0) flag |= FLAG_TRUECASED;
      }
      flags[i] = flag;
      if (form !== word) words[i] = form; // only in all-caps sentences, whose `words` is a copy
    }
    return { tokens, raw, words, caps, sports, flags };
  });
}

const BOS = strHash('<s>');
const EOS = strHash('</s>');
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
 * Appends the feature hashes of every token of a sentence to `out`, and each token's end index in
 * `out` to `ends`: its {@link wordFeatures} and its context (neighbours, position, gazetteer
 * hits). Each word, lower-cased word and shape is hashed once; features combine those hashes
 * with a template id.
 *
 * @param gazetteer Per-token gazetteer tags (`B-country`, ...), or null when unavailable.
 * @param active When given, tokens marked 0 get no features (inference skips tokens that cannot
 *   be part of a name, see `tag.ts`); only its first `words.length` entries are read.
 * @param withWordFeatures False to leave out the {@link wordOnlyFeatures} and
 *   {@link neighbourOnlyFeatures} of each token (inference adds their weights from a cache).
 */
export function sentenceFeatures(
  sentence: PreparedSentence,
  gazetteer: readonly (readonly string[])[] | null,
  out: number[],
  ends: number[],
  active: Uint8Array | null = null,
  withWordFeatures = true,
): void {
  const { words, caps, flags, sports } = sentence;
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
    const low = words[i]!.toLowerCase();
    lows[i] = low;
    hl[i + 2] = strHash(low);
    hs[i + 2] = shapeHash(words[i]!);
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
    if (withWordFeatures) {
      wordFeatures(words[i]!, lows[i]!, hLow, shape, caps, flags[i]!, out);
      out.push(m1(13, hl[p - 1]!));
      out.push(m1(14, hl[p + 1]!));
      out.push(m1(15, hl[p - 2]!));
      out.push(m1(16, hl[p + 2]!));
    }
    out.push(m2(17, hl[p - 1]!, hLow));
    out.push(m2(18, hLow, hl[p + 1]!));
    out.push(m2(19, hs[p - 1]!, shape));
    out.push(m2(20, shape, hs[p + 1]!));
    out.push(m2(21, hs[p - 1]!, hs[p + 1]!));
    if (withWordFeatures) {
      out.push(m1(22, hs[p - 1]!));
      out.push(m1(23, hs[p + 1]!));
    }
    out.push(m1(i === 0 ? 24 : 25, shape));
    if (sports) {
      out.push(m1(35, shape));
      out.push(m1(36, hl[p + 1]!));
    }
    if (i === 0) out.push(m1(27, hLow));
    if (gazetteer !== null) {
      const here = gazetteer[i];
      if (here !== undefined) {
        if (here.length === 0) out.push(m1(30, NO_TAG));
        for (const tag of here) {
          const t = tagHash(tag);
          out.push(m1(30, t));
          out.push(m2(31, t, shape));
          if (sports) out.push(m1(34, t));
        }
        const prev = i > 0 ? gazetteer[i - 1] : undefined;
        if (prev !== undefined) for (const tag of prev) out.push(m1(32, tagHash(tag)));
        const next = i + 1 < n ? gazetteer[i + 1] : undefined;
        if (next !== undefined) for (const tag of next) out.push(m1(33, tagHash(tag)));
      }
    }
    ends.push(out.length);
  }
}
