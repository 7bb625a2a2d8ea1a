/**
 * Small integer ids for word-shape hashes (see `shapeHash`), so that the shapes around a token
 * can key a table of cached scores (see `context-scores.ts`). An id, once given, is never given
 * to another shape, so ids kept anywhere stay valid; past {@link MAX_SHAPES} shapes (only hostile
 * input has so many: news text has a few thousand) a shape gets none.
 */
const MAX_SHAPES = 1 << 15;

const ids = new Map<number, number>();

/** The id of a shape hash, or -1 when the ids ran out. */
export function shapeIdOf(hash: number): number {
  let id = ids.get(hash);
  if (id === undefined) {
    if (ids.size === MAX_SHAPES) return -1;
    id = ids.size;
    ids.set(hash, id);
  }
  return id;
}
