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
  /** A phrase the lexicon keeps for the classifier to judge, not a cue on its own. */
  readonly candidateOnly: boolean;
}

interface Entry {
  readonly words: readonly string[];
  readonly phrase: string;
  /** Whether the phrase opens with an `-ing` form (`saying`, `adding that`), `according to` aside. */
  readonly participle: boolean;
  readonly precision: number;
  readonly contentAfter: number;
  readonly byContext: ReadonlyMap<CueContext, number>;
  readonly candidateOnly: boolean;
}

/** The phrases that start with one word: the one-word phrase, and the longer ones by their second word, longest first. */
interface Bucket {
  single: Entry | null;
  readonly byNext: Map<string, Entry[]>;
}

/** The words of each phrase of the lexicon, split once here rather than at every cue a reader looks at. */
const PHRASE_WORDS = new Map<string, readonly string[]>();

/** The lexicon by first word, then by second, so that a common word (`has`, `the`) is looked up in constant time. */
const BY_FIRST_WORD: ReadonlyMap<string, Bucket> = (() => {
  const map = new Map<string, Bucket>();
  for (const [phrase, , precision, contentAfter, precisions, candidateOnly = false] of CUE_LEXICON) {
    const words = phrase.split(' ');
    PHRASE_WORDS.set(phrase, words);
    const bucket = map.get(words[0]!) ?? { single: null, byNext: new Map<string, Entry[]>() };
    const byContext = new Map(CUE_CONTEXTS.map((context, k) => [context, precisions[k] ?? precision]));
    const entry: Entry = { words, phrase, precision, contentAfter, byContext, candidateOnly, participle: /ing$/.test(words[0]!) && words[0] !== 'according' };
    if (words.length === 1) bucket.single = entry;
    else {
      const list = bucket.byNext.get(words[1]!) ?? [];
      list.push(entry);
      bucket.byNext.set(words[1]!, list);
    }
    map.set(words[0]!, bucket);
  }
  for (const bucket of map.values()) for (const list of bucket.byNext.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** The longest phrase of the lexicon at `words[i]` (whose phrases are `bucket`) that ends before `to`, or `undefined`. */
function longestAt(bucket: Bucket, words: readonly string[], i: number, to: number, withCandidates: boolean): Entry | undefined {
  const longer = i + 1 < to ? bucket.byNext.get(words[i + 1]!) : undefined;
  if (longer) {
    for (const entry of longer) {
      if ((entry.candidateOnly && !withCandidates) || i + entry.words.length > to) continue;
      let k = 2;
      while (k < entry.words.length && words[i + k] === entry.words[k]) k++;
      // `said Thursday's speeches have ...`: a word that owns the next one opens the content; the
      // phrase (`said thursday`) ends before it.
      if (k === entry.words.length && words[i + k] !== "'s") return entry;
    }
  }
  const single = bucket.single;
  return single && (withCandidates || !single.candidateOnly) ? single : undefined;
}

/** Whether a one-word participle cue (`noting`, `adding`) at least `minPrecision` reliable stands at token `at`. */
export function participleCueAt(words: readonly string[], at: number, minPrecision: number): boolean {
  return matchCues(words, at, at + 1, minPrecision)[0]?.participle === true;
}

/** The words of a cue's phrase (`is expected` -> `is`, `expected`). */
export function phraseWords(phrase: string): readonly string[] {
  return PHRASE_WORDS.get(phrase) ?? phrase.split(' ');
}

/**
 * Whether a text holds only ASCII characters other than capitals, which `toLowerCase` leaves as
 * they are. Most tokens do; in an article with a curly quotation mark anywhere, every token is a
 * two-byte string, on which `toLowerCase` takes the engine's slow path even when nothing changes.
 */
function isLowerCaseAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** A token as the lexicon spells it: lower case, straight apostrophes. */
export function normalizeWord(token: Token): string {
  if (isLowerCaseAscii(token.text)) return token.text;
  const lower = token.text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Phrases that are cues in the lexicon but whose precision there hides a frequent other use,
 * so they only count in the frames where the lexicon's annotators used them.
 */
const CUE_STOPLIST = new Set([':', 'in', 'for', 'of', 'to', 'about', 'on', 'with', 'as', 'from', 'by', 'at', 'after']);

const PROGRESSIVE_AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re", 'am', "'m"]);

/**
 * The cues in `words[from, to)` (tokens normalized by {@link normalizeWord}) whose lexicon precision is at least `minPrecision`, left to
 * right, longest match first, never overlapping. Phrases the lexicon keeps as candidates only
 * (for the classifier of reported speech to judge) count when `withCandidates` is set.
 */
export function matchCues(words: readonly string[], from: number, to: number, minPrecision: number, withCandidates = false): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    // Most words open no phrase of the lexicon: the lexicon lookup comes first and rules them out.
    const bucket = BY_FIRST_WORD.get(word);
    if (bucket === undefined || CUE_STOPLIST.has(word)) continue;
    const entry = longestAt(bucket, words, i, to, withCandidates);
    if (!entry) continue;
    // `the show` and `to support` are rarely cues where `shows` and `he supports` often are.
    const precision = entry.byContext.get(cueContextOf(words[i - 1])) ?? entry.precision;
    if (precision < minPrecision) continue;
    const last = i + entry.words.length - 1;
    found.push({
      first: i,
      last,
      phrase: entry.phrase,
      precision,
      contentAfter: entry.contentAfter,
      // `is insisting that ...` is a finite verb with its subject before it, not a participle.
      participle: entry.participle && !PROGRESSIVE_AUXILIARY.has(words[i - 1] ?? ''),
      candidateOnly: entry.candidateOnly,
    });
    i = last;
  }
  return found;
}
