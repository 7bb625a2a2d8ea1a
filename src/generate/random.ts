/**
 * A small seeded pseudo-random generator for the fixture generator. `Math.random` cannot be seeded
 * and differs between runs; mulberry32 uses only 32-bit integer arithmetic (`Math.imul`, shifts),
 * so the same seed gives the same sequence on every machine and every JavaScript engine.
 */

/** Draws values from one seeded stream. Each call advances the stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Whether an event of probability `p` happens. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of the list, in drawn order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a over UTF-16 code units: turns a stream label into 32 bits without locale-dependent APIs. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Folds any safe integer (negative, or wider than 32 bits) into 32 bits, so that no seed is rejected. */
function foldSeed(seed: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return (low ^ Math.imul(high, 0x9e3779b9)) >>> 0;
}

export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/**
 * A stream of random values for one part of the article (`'headline'`, `'body'` ...). Giving each
 * part its own stream keeps the other parts unchanged when an option turns one part off: the same
 * seed without a caption has the same headline and paragraphs.
 */
export function createRandom(seed: number, stream: string): Random {
  const next = mulberry32(foldSeed(seed) ^ hashLabel(stream));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      const drawn: T[] = [];
      while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      return drawn;
    },
  };
}
