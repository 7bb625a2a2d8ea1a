/**
 * The tag set of the entity tagger: BIO over four types. Label 0 is `O`; type `t` (0..3) has
 * `B` = 1 + 2t and `I` = 2 + 2t.
 *
 * BIO rather than BILOU: with 9 labels instead of 17 the weights are half as many and Viterbi a
 * third of the work, which matters more here (the tagger must keep pace with a Markdown parser)
 * than BILOU's usual fraction of a point.
 */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const NUM_LABELS = 9;
export const O = 0;
export const B = 1;
export const I = 2;
/** Span positions as training data describes them: last and unit map to `I` and `B`. */
export const L = 3;
export const U = 4;

/** The label of position `part` (B, I, L or U) of type index `type`. */
export function label(type: number, part: number): number {
  return 1 + type * 2 + (part === I || part === L ? 1 : 0);
}

/** Bit mask of every label of type index `type` (for constrained decoding). */
export function typeMask(type: number): number {
  return 0b11 << (1 + type * 2);
}

/** The part (O, B or I) of a label. */
export function partOf(labelId: number): number {
  return labelId === 0 ? O : ((labelId - 1) % 2) + 1;
}

/** The type index of a label (-1 for `O`). */
export function typeOf(labelId: number): number {
  return labelId === 0 ? -1 : (labelId - 1) >> 1;
}

/** `ALLOWED[prev * NUM_LABELS + next]` is 1 when BIO allows `next` after `prev`. */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array(NUM_LABELS * NUM_LABELS);
  for (let prev = 0; prev < NUM_LABELS; prev++) {
    for (let next = 0; next < NUM_LABELS; next++) {
      const ok = partOf(next) !== I || (prev !== O && typeOf(prev) === typeOf(next));
      table[prev * NUM_LABELS + next] = ok ? 1 : 0;
    }
  }
  return table;
})();

/** Labels that may start a sentence (O, B) and end one (any). */
export function canStart(labelId: number): boolean {
  return partOf(labelId) !== I;
}
export function canEnd(_labelId: number): boolean {
  return true;
}

/** A labelled span over token indices, `end` exclusive. */
export interface TokenSpan {
  readonly type: number;
  readonly start: number;
  readonly end: number;
}

/** Reads the spans out of a (valid) BIO label sequence. */
export function spansOf(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i <= labels.length; i++) {
    const y = i < labels.length ? labels[i]! : O;
    if (open >= 0 && (partOf(y) !== I || typeOf(y) !== typeOf(labels[open]!))) {
      spans.push({ type: typeOf(labels[open]!), start: open, end: i });
      open = -1;
    }
    if (partOf(y) === B) open = i;
  }
  return spans;
}
