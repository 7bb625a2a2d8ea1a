import type { EntityType } from '../model/entity.js';

/** A recognized mention of an entity, in offsets of `Article.text`, before linking. */
export interface Mention {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** For dates: the ISO 8601 value, when it could be normalized. */
  readonly value?: string | null;
}

/** Sorts mentions by position and keeps, of overlapping ones, the one that starts first (then the longest). */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of sorted) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
