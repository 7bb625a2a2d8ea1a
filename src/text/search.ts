/**
 * Binary search over items in order: the index of the first item that `isBefore` rejects, where
 * every item it accepts comes before every item it rejects (`items.length` when it accepts all).
 * The one lower-bound search the stages use over tokens, sentences, paragraphs and mentions.
 *
 * @example
 * firstNotBefore(tokens, (token) => token.start < offset); // the first token at or after `offset`
 */
export function firstNotBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(items[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
