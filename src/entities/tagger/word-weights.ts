/**
 * A bounded cache, kept per model across documents, of the emission scores that depend on one
 * word alone: a token's {@link wordOnlyFeatures} (its form, affixes and shape, the sentence being
 * all caps, its document flags) and the {@link neighbourOnlyFeatures} it gives the tokens around
 * it. They are over half of a token's features; common words (`The`, `Trump`, `said`) then cost
 * a row of sums instead of a dozen feature hashes and weight lookups. Features that combine two
 * words are still looked up per token.
 *
 * A word finds its rows through its {@link WordFacts} (see `lexicon.ts`), with no lookup by text:
 * the word holds its entry in a directory of row offsets.
 * The scores are integer sums of the int8 weights, so adding a cached sum gives exactly what
 * adding the weights one by one gives. A cache per document was tried and did not pay: half of a
 * document's words occur in it once.
 */
import { NEIGHBOUR_ROLES, neighbourOnlyFeatures, wordOnlyFeatures } from './features.js';
import { NUM_LABELS } from './labels.js';
import type { WordFacts } from './lexicon.js';
import { addWeights, perModel, type TaggerModel } from './model.js';

const K = NUM_LABELS;

/**
 * Rows kept before the tables start over: the 192 articles of the test corpus give about 10,000
 * distinct words with their variants at the tokens that get features. A row of a word's own
 * scores is 9 int32s, a row of its neighbour scores 36, a word's entry in the directory 17:
 * the three tables full take about 7 MB.
 */
const OWN_CAPACITY = 1 << 15;
const NEIGHBOUR_CAPACITY = 1 << 14;

/** The variants of a word's own features: sentence all caps (1 bit) times document flags (3 bits). */
const VARIANTS = 16;

/**
 * A word's entry in the directory: the offset of its own row per variant, then that of its
 * neighbour row (-1 where not filled yet).
 */
const ENTRY_WIDTH = VARIANTS + 1;
const NEIGHBOUR_ENTRY = VARIANTS;
/** Words given an entry before the tables start over: each has a row, so no more than the rows. */
const DIRECTORY_CAPACITY = OWN_CAPACITY + NEIGHBOUR_CAPACITY;

/** Where each {@link NeighbourRole} stands from the token. */
const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;

/** Rows of `width` int32s (scores, or a word's row offsets), handed out in turn up to a capacity. */
class RowTable {
  /** Grown as rows come, up to the capacity. */
  private cells: Int32Array;
  private used = 0;

  constructor(
    private readonly width: number,
    private readonly capacity: number,
    /** What a row holds when handed out. */
    private readonly empty = 0,
  ) {
    this.cells = new Int32Array(256 * width);
  }

  /** How many more rows it holds. */
  get free(): number {
    return this.capacity - this.used;
  }

  /** A row of {@link empty} values for the caller to fill: its offset in {@link values}, or -1 when full. */
  add(): number {
    if (this.used === this.capacity) return -1;
    const row = this.used++ * this.width;
    if (row === this.cells.length) {
      const grown = new Int32Array(Math.min(2 * this.cells.length, this.capacity * this.width));
      grown.set(this.cells);
      this.cells = grown;
    }
    this.cells.fill(this.empty, row, row + this.width);
    return row;
  }

  clear(): void {
    this.used = 0;
  }

  /** The rows, one after another (a new array when the table grows). */
  get values(): Int32Array {
    return this.cells;
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
  private readonly own = new RowTable(K, OWN_CAPACITY);
  private readonly neighbours = new RowTable(NEIGHBOUR_ROLES.length * K, NEIGHBOUR_CAPACITY);
  /** Per word with rows, its entry (see {@link ENTRY_WIDTH}); a word holds the offset of its entry. */
  private readonly directory = new RowTable(ENTRY_WIDTH, DIRECTORY_CAPACITY, -1);
  /** Counts the times the tables started over; entries of an earlier epoch are stale. */
  private epoch = 0;
  /** Stands for these tables in a word's `rowsOwner`, so that the words of the lexicon do not keep a model alive. */
  private readonly identity = {};
  /** The neighbour-only scores past the ends of a sentence. */
  private readonly boundary = new Int32Array(NEIGHBOUR_ROLES.length * K);
  private readonly features: number[] = [];
  private readonly scratch = new Int32Array(NEIGHBOUR_ROLES.length * K);
  /** The neighbour row of each token of the sentence being scored (only those near an active token are read). */
  private neighbourRows = new Int32Array(256);

  constructor(private readonly model: TaggerModel) {
    this.addNeighbourFeatures(null, this.boundary, 0);
  }

  /**
   * Adds to `scores[i * NUM_LABELS + label]` the scores of the word-only features of each active
   * token of a sentence and those its neighbours give it.
   */
  addSentence(words: readonly WordFacts[], caps: boolean, flags: Uint8Array, active: Uint8Array, scores: Int32Array): void {
    const n = words.length;
    // Room for every row and entry the sentence may add (one own row, one neighbour row and one
    // entry per token), so that no row found meanwhile is dropped. Starting over is simpler than
    // evicting by use, and common words come back at once.
    if (this.own.free < n || this.neighbours.free < n || this.directory.free < n) {
      this.own.clear();
      this.neighbours.clear();
      this.directory.clear();
      this.epoch++;
    }
    // Each word's neighbour row, found once for the (up to four) tokens it is a neighbour of.
    if (this.neighbourRows.length < n) this.neighbourRows = new Int32Array(2 * n);
    const rows = this.neighbourRows;
    for (let j = 0; j < n; j++) if (nearActive(active, j, n)) rows[j] = this.neighbourRow(words[j]!);
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      const base = i * K;
      this.addOwn(words[i]!, (caps ? 8 : 0) | flags[i]!, scores, base);
      for (const role of NEIGHBOUR_ROLES) {
        const j = i + NEIGHBOUR_OFFSETS[role];
        if (j < 0 || j >= n) {
          addRow(scores, base, this.boundary, role * K);
          continue;
        }
        const row = rows[j]!;
        if (row >= 0) {
          addRow(scores, base, this.neighbours.values, row + role * K);
        } else {
          // A sentence of more tokens than the table holds leaves some words uncached.
          this.scratch.fill(0);
          this.addNeighbourFeatures(words[j]!.text, this.scratch, 0);
          addRow(scores, base, this.scratch, role * K);
        }
      }
    }
  }

  /** The offset of a word's entry in the directory, made when it has none of this epoch; -1 when the directory is full. */
  private entryOf(word: WordFacts): number {
    if (word.rowsOwner !== this.identity || word.rowsEpoch !== this.epoch) {
      word.rowsOwner = this.identity;
      word.rowsEpoch = this.epoch;
      word.rowsEntry = this.directory.add();
    }
    return word.rowsEntry;
  }

  /** The row of a word's neighbour-only scores, filled on first use; -1 when a table is full. */
  private neighbourRow(word: WordFacts): number {
    const entry = this.entryOf(word);
    if (entry < 0) return -1;
    let row = this.directory.values[entry + NEIGHBOUR_ENTRY]!;
    if (row < 0 && (row = this.neighbours.add()) >= 0) {
      this.directory.values[entry + NEIGHBOUR_ENTRY] = row;
      this.addNeighbourFeatures(word.text, this.neighbours.values, row);
    }
    return row;
  }

  /** Adds the scores of the word-only features of one token, `variant` being its sentence's caps bit and its flags. */
  private addOwn(word: WordFacts, variant: number, scores: Int32Array, base: number): void {
    const entry = this.entryOf(word);
    let row = entry < 0 ? -1 : this.directory.values[entry + variant]!;
    if (row < 0 && entry >= 0 && (row = this.own.add()) >= 0) {
      this.directory.values[entry + variant] = row;
      this.addWordFeatures(word.text, variant, this.own.values, row);
    }
    if (row >= 0) {
      addRow(scores, base, this.own.values, row);
    } else {
      this.scratch.fill(0, 0, K);
      this.addWordFeatures(word.text, variant, this.scratch, 0);
      addRow(scores, base, this.scratch, 0);
    }
  }

  private addWordFeatures(word: string, variant: number, scores: Int32Array, base: number): void {
    const features = this.features;
    features.length = 0;
    wordOnlyFeatures(word, variant >= 8, variant & 7, features);
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

/** The word-score cache of a model, made on first use. */
export const wordWeightsOf = perModel((model) => new WordWeights(model));
