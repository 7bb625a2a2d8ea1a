/**
 * The compact binary weights format of the entity tagger: its encoder (used by
 * `scripts/train-ner.ts`) and decoder (browser-safe: no Node built-ins). Layout, little-endian:
 *
 * - `NER2` magic, u32 feature count, u32 key bits, f32 scale (an emission weight is `int8 * scale`);
 * - `NUM_LABELS * NUM_LABELS` f32 transition weights (`prev * NUM_LABELS + next`);
 * - u32 byte length of the key stream, u32 byte length of the mask stream;
 * - three streams over the features sorted by key (separate, so each compresses well): varint
 *   key deltas, varint label masks, then one int8 per set mask bit.
 *
 * Features are stored under a {@link KEY_BITS}-bit key (the top bits of their 32-bit hash), the
 * hashing trick: with ~10^5 features in 2^24 keys collisions are rare, and the sorted keys' deltas
 * take one byte where full hashes took three, which leaves room for twice the features.
 */
import { NUM_LABELS } from './labels.js';

const MAGIC = 0x3252454e; // 'NER2'
export const KEY_BITS = 24;

/** The key a 32-bit feature hash is stored under. */
export function featureKey(hash: number): number {
  return hash >>> (32 - KEY_BITS);
}

export interface TaggerModel {
  /**
   * Open-addressing table, interleaved so a probe touches one cache line: `table[2s]` is a feature
   * key (-1 when the slot is empty), `table[2s + 1]` its packed weights `(offset << 5) | count`
   * into `entries`.
   */
  readonly table: Int32Array;
  readonly tableMask: number;
  /** Sparse quantized emission weights, one per non-zero weight: `(int8 weight << 5) | label`. */
  readonly entries: Int16Array;
  /** Transition weights in the same units as the emission weights (already divided by the scale). */
  readonly transitions: Float64Array;
  readonly features: number;
}

/** Mixes a feature key into a table index. */
function slotOf(key: number, mask: number): number {
  const h = Math.imul(key ^ (key >>> 13), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & mask;
}

function readVarint(bytes: Uint8Array, at: { p: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at.p++]!;
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return result;
    shift += 7;
  }
}

/** Decodes the binary weights. */
export function decodeModel(bytes: Uint8Array): TaggerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('entity tagger: bad weights magic');
  const features = view.getUint32(4, true);
  if (view.getUint32(8, true) !== KEY_BITS) throw new Error('entity tagger: weights use another key size');
  const scale = view.getFloat32(12, true);
  let p = 16;
  const K = NUM_LABELS;
  const transitions = new Float64Array(K * K);
  for (let i = 0; i < K * K; i++, p += 4) transitions[i] = view.getFloat32(p, true) / scale;
  const keyBytes = view.getUint32(p, true);
  const maskBytes = view.getUint32(p + 4, true);
  p += 8;
  const keys = { p };
  const masks = { p: p + keyBytes };
  let wp = p + keyBytes + maskBytes;
  // A load factor under 0.5: most lookups at run time are misses (unseen words), and a miss in
  // linear probing costs about 1 / (1 - load)^2 probes.
  let size = 1;
  while (size < features * 2) size <<= 1;
  const tableMask = size - 1;
  const table = new Int32Array(size * 2).fill(-1);
  const entries = new Int16Array(bytes.length - wp);
  let e = 0;
  let key = 0;
  for (let row = 0; row < features; row++) {
    key += readVarint(bytes, keys);
    const mask = readVarint(bytes, masks);
    const start = e;
    for (let y = 0; y < K; y++) {
      if ((mask & (1 << y)) === 0) continue;
      const b = bytes[wp++]!;
      entries[e++] = ((b > 127 ? b - 256 : b) << 5) | y;
    }
    let slot = slotOf(key, tableMask);
    while (table[2 * slot] !== -1) slot = (slot + 1) & tableMask;
    table[2 * slot] = key;
    table[2 * slot + 1] = (start << 5) | (e - start);
  }
  return { table, tableMask, entries, transitions, features };
}

/** Adds the weights of the feature with 32-bit hash `hash` to `scores[base + label]`. */
export function addWeights(model: TaggerModel, hash: number, scores: Int32Array, base: number): void {
  const table = model.table;
  const mask = model.tableMask;
  const key = hash >>> (32 - KEY_BITS);
  let slot = slotOf(key, mask);
  for (;;) {
    const found = table[2 * slot]!;
    if (found === -1) return;
    if (found === key) break;
    slot = (slot + 1) & mask;
  }
  const packed = table[2 * slot + 1]!;
  const entries = model.entries;
  for (let o = packed >>> 5, stop = o + (packed & 31); o < stop; o++) {
    const entry = entries[o]!;
    const k = base + (entry & 31);
    scores[k] = scores[k]! + (entry >> 5);
  }
}

/** One feature's quantized weights for the encoder: its key and `NUM_LABELS` values. */
export interface FeatureWeights {
  readonly key: number;
  readonly weights: ArrayLike<number>;
}

/**
 * Encodes weights into the binary format (training side). Weights are quantized to int8 with the
 * scale that maps the 99.95th percentile magnitude to 127; quantized weights under `minQ` in
 * magnitude are dropped, and so are features left with none.
 */
export function encodeModel(rows: readonly FeatureWeights[], transitions: ArrayLike<number>, minQ: number): { bytes: Uint8Array; features: number } {
  const K = NUM_LABELS;
  const magnitudes: number[] = [];
  for (let r = 0; r < rows.length; r += 7) for (let y = 0; y < K; y++) if (rows[r]!.weights[y] !== 0) magnitudes.push(Math.abs(rows[r]!.weights[y]!));
  magnitudes.sort((a, b) => a - b);
  const scale = (magnitudes[Math.floor(magnitudes.length * 0.9995)] ?? 127) / 127;
  const kept: { key: number; mask: number; values: number[] }[] = [];
  for (const row of rows) {
    let mask = 0;
    const values: number[] = [];
    for (let y = 0; y < K; y++) {
      const q = Math.max(-127, Math.min(127, Math.round(row.weights[y]! / scale)));
      if (q !== 0 && Math.abs(q) >= minQ) {
        mask |= 1 << y;
        values.push(q);
      }
    }
    if (mask !== 0) kept.push({ key: row.key, mask, values });
  }
  kept.sort((a, b) => a.key - b.key);
  const keyStream: number[] = [];
  const maskStream: number[] = [];
  const weightStream: number[] = [];
  const varint = (out: number[], value: number): void => {
    let v = value;
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  };
  let last = 0;
  for (const row of kept) {
    varint(keyStream, row.key - last);
    last = row.key;
    varint(maskStream, row.mask);
    for (const v of row.values) weightStream.push(v & 0xff);
  }
  const header = new DataView(new ArrayBuffer(16 + K * K * 4 + 8));
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, kept.length, true);
  header.setUint32(8, KEY_BITS, true);
  header.setFloat32(12, scale, true);
  for (let k = 0; k < K * K; k++) header.setFloat32(16 + k * 4, transitions[k]!, true);
  header.setUint32(16 + K * K * 4, keyStream.length, true);
  header.setUint32(20 + K * K * 4, maskStream.length, true);
  const bytes = new Uint8Array(header.byteLength + keyStream.length + maskStream.length + weightStream.length);
  bytes.set(new Uint8Array(header.buffer), 0);
  bytes.set(keyStream, header.byteLength);
  bytes.set(maskStream, header.byteLength + keyStream.length);
  bytes.set(weightStream, header.byteLength + keyStream.length + maskStream.length);
  return { bytes, features: kept.length };
}

/**
 * A getter of something made once per model (a cache of its scores) on first use, kept as long as
 * the model is: the built-in model lives for the process, a user's model goes with it.
 */
export function perModel<T>(make: (model: TaggerModel) => T): (model: TaggerModel) => T {
  const made = new WeakMap<TaggerModel, T>();
  return (model) => {
    let value = made.get(model);
    if (value === undefined) {
      value = make(model);
      made.set(model, value);
    }
    return value;
  };
}
