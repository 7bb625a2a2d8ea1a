/**
 * A bounded cache, kept per model across documents, of the scores of a token's shape-context
 * features (see {@link shapeContextFeatures}): its shape with the shapes around it, and where it
 * stands in the sentence. Shapes are few (`Xx`, `x`, `X.X.`, `d`), so most tokens share their
 * context with many before them, and one row of sums stands for five weight lookups in the model.
 *
 * The scores are integer sums of the int8 weights, so adding a cached sum gives exactly what
 * adding the weights one by one gives.
 */
import { BOS, EOS, shapeContextFeatures } from './features.js';
import type { PreparedSentence } from './prepare.js';
import { NUM_LABELS } from './labels.js';
import { addWeights, perModel, type TaggerModel } from './model.js';
import { shapeIdOf } from './shape-ids.js';

const K = NUM_LABELS;

/** Slots of the open-addressing table; it starts over when half full (a news corpus has a few thousand contexts). */
const SLOT_BITS = 14;
const SLOTS = 1 << SLOT_BITS;
const MAX_ENTRIES = SLOTS >> 1;

/** Shape ids are under 2^15 (see `shape-ids.ts`), so two of them pack into one int32 key. */
const ID_BITS = 15;

/** The slot a key hashes to. */
function slotOf(high: number, low: number): number {
  return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low + 0x7f4a7c15, 0x85ebca77)) >>> (32 - SLOT_BITS);
}

class ContextScores {
  /** Per slot, the two halves of its key (-1: empty). */
  private readonly keys = new Int32Array(2 * SLOTS).fill(-1);
  private readonly rows = new Int32Array(SLOTS * K);
  private entries = 0;
  private readonly features: number[] = [];
  private readonly boundaryIds = [shapeIdOf(BOS), shapeIdOf(EOS)] as const;

  constructor(private readonly model: TaggerModel) {}

  /** Adds to `scores[i * NUM_LABELS + label]` the shape-context scores of each active token of a sentence. */
  addSentence(sentence: PreparedSentence, active: Uint8Array, scores: Int32Array): void {
    const words = sentence.wordFacts;
    const n = words.length;
    const [bosId, eosId] = this.boundaryIds;
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      const base = i * K;
      const word = words[i]!;
      const before = i > 0 ? words[i - 1]! : null;
      const after = i + 1 < n ? words[i + 1]! : null;
      const previous = before === null ? BOS : before.shapeHash;
      const next = after === null ? EOS : after.shapeHash;
      const previousId = before === null ? bosId : before.shapeId;
      const nextId = after === null ? eosId : after.shapeId;
      if (previousId < 0 || word.shapeId < 0 || nextId < 0) {
        this.addFeatures(previous, word.shapeHash, next, i === 0, sentence.sports, scores, base);
        continue;
      }
      const high = previousId | (word.shapeId << ID_BITS);
      const low = nextId | (i === 0 ? 1 << ID_BITS : 0) | (sentence.sports ? 2 << ID_BITS : 0);
      let slot = slotOf(high, low);
      for (;;) {
        const found = this.keys[2 * slot]!;
        if (found === -1) {
          slot = this.insert(slot, high, low);
          this.addFeatures(previous, word.shapeHash, next, i === 0, sentence.sports, this.rows, slot * K);
          break;
        }
        if (found === high && this.keys[2 * slot + 1] === low) break;
        slot = (slot + 1) & (SLOTS - 1);
      }
      const rows = this.rows;
      const at = slot * K;
      for (let y = 0; y < K; y++) scores[base + y] = scores[base + y]! + rows[at + y]!;
    }
  }

  /** Takes the empty slot `slot` for a key, or the slot the key hashes to after starting over when half full. */
  private insert(slot: number, high: number, low: number): number {
    let at = slot;
    if (this.entries === MAX_ENTRIES) {
      // Starting over is simpler than evicting by use, and common contexts come back at once.
      this.keys.fill(-1);
      this.entries = 0;
      at = slotOf(high, low);
    }
    this.keys[2 * at] = high;
    this.keys[2 * at + 1] = low;
    this.rows.fill(0, at * K, at * K + K);
    this.entries++;
    return at;
  }

  private addFeatures(previous: number, shape: number, next: number, first: boolean, sports: boolean, scores: Int32Array, base: number): void {
    const features = this.features;
    features.length = 0;
    shapeContextFeatures(previous, shape, next, first, sports, features);
    for (const hash of features) addWeights(this.model, hash, scores, base);
  }
}

/** The shape-context cache of a model, made on first use. */
export const contextScoresOf = perModel((model) => new ContextScores(model));
