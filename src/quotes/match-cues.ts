import type { Token } from '../text/tokens.js';
import { CUE_CONTEXTS, cueContextOf, type CueContext } from './cue-context.js';
import { CUE_LEXICON } from './cues.generated.js';

/** A cue found in a run of tokens: tokens `[first, last]` (inclusive) of that run. */
export interface CueMatch {
  readonly first: number;
  readonly last: number;
  readonly phrase: string;
  /** How reliably the phrase is a cue where it occurs, after a word like the one before it (from the lexicon). */
  readonly precision: number;
  /** The share of the phrase's attributions whose content follows it. */
  readonly contentAfter: number;
  /** A participle (`saying`, `adding that`): its speaker is the subject of the clause before it. */
  readonly participle: boolean;
}

interface Entry {
  readonly words: readonly string[];
  readonly precision: number;
  readonly contentAfter: number;
  readonly byContext: ReadonlyMap<CueContext, number>;
}

/** The lexicon by first word, longest phrases first so that the longest match wins. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  for (const [phrase, , precision, contentAfter, precisions] of CUE_LEXICON) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    const byContext = new Map(CUE_CONTEXTS.map((context, k) => [context, precisions[k] ?? precision]));
    list.push({ words, precision, contentAfter, byContext });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** A token as the lexicon spells it: lower case, straight apostrophes. */
export function normalizeWord(token: Token): string {
  return token.text.toLowerCase().replace(/’/g, "'");
}

/**
 * Phrases that are cues in the lexicon but whose precision there hides a frequent other use,
 * so they only count in the frames where the lexicon's annotators used them.
 */
const CUE_STOPLIST = new Set([':', 'in', 'for', 'of', 'to', 'about', 'on', 'with', 'as', 'from', 'by', 'at', 'after']);

const PROGRESSIVE_AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am', "'m"]);

/**
 * The cues in `words[from, to)` (tokens normalized by {@link normalizeWord}) whose lexicon precision is at least `minPrecision`, left to
 * right, longest match first, never overlapping.
 */
export function matchCues(words: readonly string[], from: number, to: number, minPrecision: number): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (CUE_STOPLIST.has(word)) continue;
    const entry = BY_FIRST_WORD.get(word)?.find(
      (candidate) => i + candidate.words.length <= to && candidate.words.every((w, k) => words[i + k] === w),
    );
    if (!entry) continue;
    // `the show` and `to support` are rarely cues where `shows` and `he supports` often are.
    const precision = entry.byContext.get(cueContextOf(words[i - 1])) ?? entry.precision;
    if (precision < minPrecision) continue;
    const last = i + entry.words.length - 1;
    found.push({
      first: i,
      last,
      phrase: entry.words.join(' '),
      precision,
      contentAfter: entry.contentAfter,
      // `is insisting that ...` is a finite verb with its subject before it, not a participle.
      participle: /ing$/.test(entry.words[0]!) && entry.words[0] !== 'according' && !PROGRESSIVE_AUXILIARY.has(words[i - 1] ?? ''),
    });
    i = last;
  }
  return found;
}
