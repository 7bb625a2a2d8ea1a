import { ALLOWED, NUM_LABELS, canEnd, canStart } from './labels.js';

/** Local copies: module bindings read in hot loops can be slow under some loaders. */
const K = NUM_LABELS;
const ALL = (1 << NUM_LABELS) - 1;
const ALLOWED_TABLE: Uint8Array = ALLOWED.slice();
/** For each label `y`, the labels allowed before it: `PREVIOUS[PREVIOUS_START[y] .. PREVIOUS_START[y + 1])`. */
const PREVIOUS_START = new Uint16Array(K + 1);
const PREVIOUS: Uint8Array = (() => {
  const flat: number[] = [];
  for (let y = 0; y < K; y++) {
    PREVIOUS_START[y] = flat.length;
    for (let p = 0; p < K; p++) if (ALLOWED_TABLE[p * K + y] === 1) flat.push(p);
  }
  PREVIOUS_START[K] = flat.length;
  return Uint8Array.from(flat);
})();
const START_OK: Uint8Array = Uint8Array.from({ length: NUM_LABELS }, (_, y) => (canStart(y) ? 1 : 0));
const END_OK: Uint8Array = Uint8Array.from({ length: NUM_LABELS }, (_, y) => (canEnd(y) ? 1 : 0));

/** Scratch buffers reused across calls (decoding is synchronous, so never shared). */
let scratchScore = new Float64Array(64 * K);
let scratchBack = new Uint8Array(64 * K);

/**
 * First-order Viterbi over BIO labels with hard validity constraints.
 *
 * @param emissions `n * NUM_LABELS` scores, token-major.
 * @param transitions `NUM_LABELS * NUM_LABELS` scores, `prev * NUM_LABELS + next`.
 * @param n Number of tokens.
 * @param out Receives the best label per token.
 * @param masks Optional per-token bit masks of allowed labels (partial supervision).
 */
export function viterbi(
  emissions: Float64Array | Int32Array,
  transitions: Float64Array | Float32Array,
  n: number,
  out: Uint8Array | number[],
  masks?: Uint32Array,
  maskOffset = 0,
): void {
  if (n === 0) return;
  if (scratchScore.length < n * K) {
    scratchScore = new Float64Array(n * K * 2);
    scratchBack = new Uint8Array(n * K * 2);
  }
  const score = scratchScore;
  const back = scratchBack;
  const NEG = -1e30;
  for (let y = 0; y < K; y++) {
    const ok = START_OK[y] === 1 && (masks === undefined || (masks[maskOffset]! & (1 << y)) !== 0);
    score[y] = ok ? emissions[y]! : NEG;
  }
  for (let i = 1; i < n; i++) {
    const base = i * K;
    const prevBase = base - K;
    const mask = masks === undefined ? ALL : masks[maskOffset + i]!;
    if (mask === 1 && masks![maskOffset + i - 1] === 1) {
      // Only `O`, after a token that can only be `O` (most tokens at inference): one path,
      // and the same sum the loop below would make.
      score[base] = score[prevBase]! + transitions[0]! + emissions[base]!;
      back[base] = 0;
      score.fill(NEG, base + 1, base + K);
      continue;
    }
    for (let y = 0; y < K; y++) {
      if ((mask & (1 << y)) === 0) {
        score[base + y] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      const stop = PREVIOUS_START[y + 1]!;
      for (let j = PREVIOUS_START[y]!; j < stop; j++) {
        const p = PREVIOUS[j]!;
        const s = score[prevBase + p]! + transitions[p * K + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emissions[base + y]!;
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * K;
  for (let y = 0; y < K; y++) {
    if (END_OK[y] === 0) continue;
    const s = score[last + y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg]!;
  }
}
