import type { EntityType } from '../model/entity.js';
import { firstNotBefore } from '../text/search.js';

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

/** Any range with offsets, for the overlap helpers below. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The mentions that overlap none of `others`, in the order given. One sweep over both, sorted
 * by start, so thousands of mentions against thousands of others stay linear after sorting.
 */
export function notOverlapping<T extends Range>(mentions: readonly T[], others: readonly Range[]): T[] {
  const sorted = [...others].sort((a, b) => a.start - b.start);
  // Mentions in order of their ends, so that the others starting before each end only grow in
  // number: one pointer folds them in, keeping the furthest end among them.
  const order = mentions.map((mention, index) => ({ mention, index })).sort((a, b) => a.mention.end - b.mention.end);
  const keep = new Array<boolean>(mentions.length).fill(true);
  let next = 0;
  let reach = -1;
  for (const { mention, index } of order) {
    // Others that start before this mention ends may overlap it; one of them does exactly when
    // the furthest of their ends lies after this mention's start.
    while (next < sorted.length && sorted[next]!.start < mention.end) reach = Math.max(reach, sorted[next++]!.end);
    if (reach > mention.start) keep[index] = false;
  }
  return mentions.filter((_, index) => keep[index]);
}

/** The mentions inside `[start, end)`, from mentions sorted by start (binary search, then a walk). */
export function mentionsWithin<T extends Range>(sortedMentions: readonly T[], start: number, end: number): T[] {
  const low = firstNotBefore(sortedMentions, (mention) => mention.start < start);
  const inside: T[] = [];
  for (let i = low; i < sortedMentions.length && sortedMentions[i]!.start < end; i++) {
    if (sortedMentions[i]!.end <= end) inside.push(sortedMentions[i]!);
  }
  return inside;
}
