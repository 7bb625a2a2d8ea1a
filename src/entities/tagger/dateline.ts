/**
 * Datelines: a wire story's first sentence starts with where it was filed, in capitals
 * (`BONN 1996-08-30`, `NICE, France 1996-08-30`, `BEIJING, Aug 31 (Xinhua) --`,
 * `LONDON (Reuters) -`). The place is a place whatever the tagger would make of it (cities share
 * names with sports clubs and governments), so decoding is constrained there.
 */

const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'-]*$/u;
const PLACE_WORD = /^\p{Lu}[\p{L}\p{M}.'-]*$/u;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?$/i;
const DAY = /^\d{1,2}$/;

/** Token ranges (`[start, end)`) of the places of a dateline at the start of the sentence. */
export function datelinePlaces(raw: readonly string[]): [number, number][] {
  let i = 0;
  while (i < raw.length && i < 4 && CAPS_WORD.test(raw[i]!) && /\p{Lu}{2}/u.test(raw[i]!)) i++;
  if (i === 0) return [];
  const places: [number, number][] = [[0, i]];
  // An optional region or country: `, France`, `, Calif`, `, West Bank`.
  if (raw[i] === ',') {
    let j = i + 1;
    while (j < raw.length && j < i + 4 && PLACE_WORD.test(raw[j]!) && !MONTH.test(raw[j]!)) j++;
    if (j > i + 1) places.push([i + 1, j]);
    i = j;
    if (raw[i] === ',') i++;
  }
  const next = raw[i];
  if (next === undefined) return [];
  const dated = ISO_DATE.test(next) || (MONTH.test(next) && DAY.test(raw[i + 1] ?? ''));
  const credited = next === '(' && PLACE_WORD.test(raw[i + 1] ?? '') && raw[i + 2] === ')';
  return dated || credited ? places : [];
}
