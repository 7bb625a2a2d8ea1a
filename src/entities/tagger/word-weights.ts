/**
 * A bounded cache, kept per model across documents, of the emission scores that depend on one
 * word alone: a token's {@link wordOnlyFeatures} (its form, affixes and shape, the sentence being
 * all caps, its document flags) and the {@link neighbourOnlyFeatures} it gives the tokens around
 * it. They are over half of a token's features; common words (`The`, `Trump`, `said`) then cost
 * a few map lookups instead of a dozen feature hashes and weight lookups. Features that combine
 * two words are still looked up per token.
 *
 * The scores are integer sums of the int8 weights, so adding a cached sum gives exactly what
 * adding the weights one by one gives. A cache per document was tried and did not pay: half of a
 * document's words occur in it once.
 */
import { NEIGHBOUR_ROLES, neighbourOnlyFeatures, wordOnlyFeatures } from './features.js';
import { NUM_LABELS } from './labels.js';
import { addWeights, type TaggerModel } from './model.js';

const K = NUM_LABELS;

/**
 * Words kept by each table before it starts over: the 192 articles of the test corpus give about
 * 10,000 distinct words with their variants at the tokens that get features. A row is 9 or 36
 * int32s and a map entry; all 17 tables full would take about 15 MB, a usual load a few.
 */
const CAPACITY = 1 << 14;

/**
 * Longer words are not cached: V8 may keep a string of 13 characters or more as a slice of the
 * string it was cut from, and a cached key must not keep a whole document alive.
 */
const MAX_CACHED_LENGTH = 12;

/** The variants of a word's own features: sentence all caps (1 bit) times document flags (3 bits). */
const VARIANTS = 16;

/** Where each {@link NeighbourRole} stands from the token. */
const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/** Rows of `width` scores under string keys, filled on first use; emptied when full. */
class ScoreTable {
  private readonly rows = new Map<string, number>();
  /** Grown as rows come, up to {@link CAPACITY} of them (most variants of a word's own features stay small). */
  private sums: Int32Array;

  constructor(private readonly width: number) {
    this.sums = new Int32Array(256 * width);
  }

  /** The offset in {@link scores} of `key`'s row, or -1 when it has none. */
  find(key: string): number {
    return this.rows.get(key) ?? -1;
  }

  /** Makes room for `count` new rows, so that rows found meanwhile stay valid. */
  reserve(count: number): void {
    // Starting over is simpler than evicting by use, and common words come back at once.
    if (this.rows.size + count > CAPACITY) this.rows.clear();
  }

  /** A row of zeros for `key`, for the caller to fill; its offset in {@link scores}, or -1 when full. */
  insert(key: string): number {
    if (this.rows.size === CAPACITY) return -1;
    const row = this.rows.size * this.width;
    if (row === this.sums.length) {
      const grown = new Int32Array(Math.min(2 * this.sums.length, CAPACITY * this.width));
      grown.set(this.sums);
      this.sums = grown;
    }
    this.sums.fill(0, row, row + this.width);
    this.rows.set(key, row);
    return row;
  }

  get scores(): Int32Array {
    return this.sums;
  }
}

/** Whether a token within two of token `i` (the reach of the neighbour features) is active. */
function nearActive(active: Uint8Array, i: number, n: number): boolean {
  for (let j = Math.max(0, i - 2); j <= i + 2 && j < n; j++) if (active[j] !== 0) return true;
  return false;
}

function addRow(scores: Int32Array, base: number, from: Int32Array, at: number): void {
  for (let y = 0; y < K; y++) scores[base + y] = scores[base + y]! + from[at + y]!;
}

class WordWeights {
  /** Per variant, a token's own word-only scores. */
  private readonly own = Array.from({ length: VARIANTS }, () => new ScoreTable(K));
  /** A word's neighbour-only scores, one block of `K` per role. */
  private readonly neighbours = new ScoreTable(NEIGHBOUR_ROLES.length * K);
  /** The neighbour-only scores past the ends of a sentence. */
  private readonly boundary = new Int32Array(NEIGHBOUR_ROLES.length * K);
  private readonly features: number[] = [];
  private readonly scratch = new Int32Array(NEIGHBOUR_ROLES.length * K);
  private neighbourRows = new Int32Array(256);

  constructor(private readonly model: TaggerModel) {
    this.addNeighbourFeatures(null, this.boundary, 0);
  }

  /**
   * Adds to `scores[i * NUM_LABELS + label]` the scores of the word-only features of each active
   * token of a sentence and those its neighbours give it.
   */
  addSentence(words: readonly string[], caps: boolean, flags: Uint8Array, active: Uint8Array, scores: Int32Array): void {
    const n = words.length;
    // Each word's neighbour row, looked up once for the (up to four) tokens it is a neighbour of;
    // -1 for a word too long to cache. No row is dropped before the sentence is done.
    if (this.neighbourRows.length < n) this.neighbourRows = new Int32Array(2 * n);
    const rows = this.neighbourRows;
    const table = this.neighbours;
    table.reserve(n);
    for (let j = 0; j < n; j++) {
      if (!nearActive(active, j, n)) continue;
      const word = words[j]!;
      if (word.length > MAX_CACHED_LENGTH) {
        rows[j] = -1;
        continue;
      }
      let row = table.find(word);
      // A sentence of more words than the table holds leaves some uncached (`insert` gives -1).
      if (row < 0 && (row = table.insert(word)) >= 0) this.addNeighbourFeatures(word, table.scores, row);
      rows[j] = row;
    }
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      const base = i * K;
      this.addOwn(words[i]!, caps, flags[i]!, scores, base);
      for (const role of NEIGHBOUR_ROLES) {
        const j = i + NEIGHBOUR_OFFSETS[role];
        if (j < 0 || j >= n) {
          addRow(scores, base, this.boundary, role * K);
        } else if (rows[j]! < 0) {
          this.scratch.fill(0);
          this.addNeighbourFeatures(words[j]!, this.scratch, 0);
          addRow(scores, base, this.scratch, role * K);
        } else {
          addRow(scores, base, table.scores, rows[j]! + role * K);
        }
      }
    }
  }

  /** Adds the scores of the word-only features of one token. */
  private addOwn(word: string, caps: boolean, flag: number, scores: Int32Array, base: number): void {
    if (word.length > MAX_CACHED_LENGTH) {
      this.scratch.fill(0, 0, K);
      this.addWordFeatures(word, caps, flag, this.scratch, 0);
      addRow(scores, base, this.scratch, 0);
      return;
    }
    const table = this.own[(caps ? 8 : 0) | flag]!;
    let row = table.find(word);
    if (row < 0) {
      table.reserve(1);
      row = table.insert(word);
      this.addWordFeatures(word, caps, flag, table.scores, row);
    }
    addRow(scores, base, table.scores, row);
  }

  private addWordFeatures(word: string, caps: boolean, flag: number, scores: Int32Array, base: number): void {
    const features = this.features;
    features.length = 0;
    wordOnlyFeatures(word, caps, flag, features);
    for (const hash of features) addWeights(this.model, hash, scores, base);
  }

  /** The scores `word` gives in each role, one block of `K` after another. */
  private addNeighbourFeatures(word: string | null, scores: Int32Array, base: number): void {
    const features = this.features;
    for (const role of NEIGHBOUR_ROLES) {
      features.length = 0;
      neighbourOnlyFeatures(word, role, features);
      for (const hash of features) addWeights(this.model, hash, scores, base + role * K);
    }
  }
}

const caches = new WeakMap<TaggerModel, WordWeights>();

/** The word-score cache of a model, made on first use. */
export function wordWeightsOf(model: TaggerModel): WordWeights {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = new WordWeights(model);
    caches.set(model, cache);
  }
  return cache;
}
