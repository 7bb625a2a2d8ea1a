import type { Attribution, QuoteDocument } from './document.js';

/**
 * One report per content: `The report published Tuesday showed that ...` and `He concluded by
 * implying that ...` read the same clause from two cues, and PolNeAR annotates it once. Of the
 * attributions with the same content span, the one whose cue is nearest the content stays
 * (`showed`, `implying`: the verb the clause is the object of), and a cue outside the content
 * before one inside it; attributions without a cue are never merged.
 *
 * @param doc The document the attributions index into.
 * @param attributions The attributions, in any order.
 * @returns The attributions that stay, in the order given.
 */
export function withoutDuplicateContents(doc: QuoteDocument, attributions: readonly Attribution[]): Attribution[] {
  const nearest = new Map<string, Attribution>();
  // Characters between the cue and the content, on whichever side of the content the cue is. A cue
  // inside its content (`More rain was expected ..., Feng said.`: the writer's inference) gives way
  // to one that attributes the content from outside it.
  const distance = (a: Attribution) => {
    const cueStart = doc.tokens[a.cue!.first]!.start;
    if (cueStart >= a.content.start && cueStart < a.content.end) return Number.POSITIVE_INFINITY;
    return cueStart < a.content.start ? a.content.start - doc.tokens[a.cue!.last]!.end : cueStart - a.content.end;
  };
  for (const attribution of attributions) {
    if (!attribution.cue) continue;
    const key = `${attribution.content.start}:${attribution.content.end}`;
    const kept = nearest.get(key);
    if (!kept || distance(attribution) < distance(kept)) nearest.set(key, attribution);
  }
  return attributions.filter((a) => !a.cue || nearest.get(`${a.content.start}:${a.content.end}`) === a);
}
