import { classesOf, LETTER, LOWER } from '../../text/character-class.js';
import { GAZETTEER_DATA, GAZETTEER_SPLITS } from './data.js';

/**
 * The gazetteer categories, in priority order: when a name is in more than one list,
 * {@link lookupName} answers with the first, and tags of equally long matches come in this order.
 */
export const GAZETTEER_CATEGORIES = [
  'country',
  'organization',
  'region',
  'city',
  'demonym',
  'person-title',
  'org-suffix',
  'month',
  'weekday',
  'first-name',
  'surname',
  'place-suffix',
  'place-prefix',
] as const;

/** One gazetteer category (`country`, `first-name`, ...). */
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** A BIO tag over one category: `B-country` begins a match, `I-country` continues it. */
export type GazetteerTag = `B-${GazetteerCategory}` | `I-${GazetteerCategory}`;

/** What {@link lookupName} knows about a name. */
export interface GazetteerEntry {
  /** The first list, in {@link GAZETTEER_CATEGORIES} order, that has the name. */
  readonly category: GazetteerCategory;
  /** The list's main form of the name (`United States` for `US`). */
  readonly canonical: string;
}

/**
 * What the lists hold under one key, a token sequence (tokens joined by a space): one record, so
 * that matching a token costs one lookup in a large table, not three.
 */
interface KeyEntry {
  /** Bit mask of the categories with a name written exactly so. */
  exact: number;
  /** Bit mask of the categories with the name written so, all in lower case (`spokesman`, `county`): they match text in any case. */
  lower: number;
  /** For a first token: the most tokens of a longer name starting with it (1 when none). */
  longest: number;
}

interface Index {
  readonly keys: Map<string, KeyEntry>;
}

/** The index upper-cased, for all-caps text; built from {@link Index} the first time such text comes. */
interface UpperIndex {
  readonly upper: Map<string, number>;
  readonly longest: Map<string, number>;
}

interface Names {
  /** Whole name or alias -> its first category and canonical name. */
  readonly names: Map<string, GazetteerEntry>;
  /** Lower-case names and aliases -> their first category and canonical name. */
  readonly lowerNames: Map<string, GazetteerEntry>;
}

/** Joins the tokens of a key; tokens never contain spaces. */
const SEPARATOR = ' ';

let index: Index | undefined;
let upperIndex: UpperIndex | undefined;
let names: Names | undefined;
let splits: Map<string, string> | undefined;

/** Folds typographic apostrophes so `People’s` and `People's` are one name (the lists are folded). */
function fold(text: string): string {
  return text.includes('’') ? text.replaceAll('’', "'") : text;
}

/** A name written all in lower case (`spokesman`, `autonomous region`): it matches in any case. */
function isLowerCase(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 97 && first <= 122 && name === name.toLowerCase();
}

/** The names whose tokens are not their space-separated words, precomputed by the build script. */
function getSplits(): Map<string, string> {
  if (!splits) {
    splits = new Map();
    for (const line of GAZETTEER_SPLITS.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) splits.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return splits;
}

function entryOf(keys: Map<string, KeyEntry>, key: string): KeyEntry {
  let entry = keys.get(key);
  if (entry === undefined) {
    entry = { exact: 0, lower: 0, longest: 1 };
    keys.set(key, entry);
  }
  return entry;
}

function add(map: Map<string, number>, key: string, bit: number): void {
  map.set(key, (map.get(key) ?? 0) | bit);
}

function raise(longest: Map<string, number>, first: string, length: number): void {
  if ((longest.get(first) ?? 1) < length) longest.set(first, length);
}

/** Counts the tokens of a key (the spaces plus one). */
function lengthOf(key: string): number {
  let length = 1;
  for (let at = key.indexOf(SEPARATOR); at >= 0; at = key.indexOf(SEPARATOR, at + 1)) length++;
  return length;
}

function buildIndex(): Index {
  const keys = new Map<string, KeyEntry>();
  const split = getSplits();
  GAZETTEER_CATEGORIES.forEach((category, position) => {
    const bit = 1 << position;
    for (const line of GAZETTEER_DATA[category].split('\n')) {
      // Given names and surnames have no aliases: one name a line.
      for (const form of line.includes('|') ? line.split('|') : [line]) {
        if (form === '') continue;
        const key = split.get(form) ?? form;
        const entry = entryOf(keys, key);
        entry.exact |= bit;
        if (isLowerCase(key)) entry.lower |= bit;
        const space = key.indexOf(SEPARATOR);
        if (space > 0) {
          const first = entryOf(keys, key.slice(0, space));
          first.longest = Math.max(first.longest, lengthOf(key));
        }
      }
    }
  });
  return { keys };
}

function getUpperIndex(): UpperIndex {
  if (!upperIndex) {
    const upper = new Map<string, number>();
    const longest = new Map<string, number>();
    for (const [key, entry] of getIndex().keys) {
      if (entry.exact !== 0) add(upper, key.toUpperCase(), entry.exact);
      if (entry.longest > 1) raise(longest, key.toUpperCase(), entry.longest);
    }
    upperIndex = { upper, longest };
  }
  return upperIndex;
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

function buildNames(): Names {
  const byName = new Map<string, GazetteerEntry>();
  const lowerNames = new Map<string, GazetteerEntry>();
  for (const category of GAZETTEER_CATEGORIES) {
    for (const line of GAZETTEER_DATA[category].split('\n')) {
      const forms = line.split('|');
      const canonical = forms[0];
      if (!canonical) continue;
      const entry: GazetteerEntry = { category, canonical };
      for (const form of forms) {
        if (!byName.has(form)) byName.set(form, entry);
        if (isLowerCase(form) && !lowerNames.has(form)) lowerNames.set(form, entry);
      }
    }
  }
  return { names: byName, lowerNames };
}

interface Found {
  readonly tag: GazetteerTag;
  readonly length: number;
  readonly category: number;
}

/** The tags of each category, made once rather than per match. */
const BEGIN_TAGS: readonly GazetteerTag[] = GAZETTEER_CATEGORIES.map((category) => `B-${category}` as const);
const INSIDE_TAGS: readonly GazetteerTag[] = GAZETTEER_CATEGORIES.map((category) => `I-${category}` as const);

/** The tags of a token no list covers (shared and frozen). */
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * The tags of a token one list covers, one shared frozen array per tag: most tagged tokens have
 * one tag, and a document of megabytes keeps its tags until its entities are linked.
 */
const ONE_TAG: ReadonlyMap<string, readonly string[]> = new Map(
  [...BEGIN_TAGS, ...INSIDE_TAGS].map((tag) => [tag, Object.freeze([tag])]),
);

/** Whether tokens `i` to `i + length - 1` are all caps or letterless (`U.S. - CHINA`). */
function allCapsRun(texts: readonly string[], caps: readonly boolean[], i: number, length: number): boolean {
  for (let k = 1; k < length; k++) if (!caps[i + k] && (classesOf(texts[i + k]!) & LETTER) !== 0) return false;
  return true;
}

/** A token in all-caps text: it has letters and none of them is lower case (`CHINA`, `U.S.`). */
function isAllCaps(text: string): boolean {
  return (classesOf(text) & (LETTER | LOWER)) === LETTER;
}

/**
 * Tags every token with the gazetteer matches covering it, in BIO form per category.
 *
 * For each category the longest match at each position wins, left to right, so one token can
 * carry tags of several categories (`Washington`: `B-region`, `B-city`, `B-surname`); a token's
 * tags are ordered by the length of their match, longest first, then by category priority.
 * Matching is case-sensitive (`may` is not `May`, `china` is not `China`), except that a run of
 * all-caps tokens also matches upper-cased names (`CHINA`, `UNITED STATES`), and entries written
 * all in lower case, the role and place words (`spokesman`, `foreign minister`, `county`), match
 * text in any case (`Spokesman`, `Foreign Minister`, `COUNTY`).
 *
 * @param tokens The tokens of one sentence, as `tokenize` in `src/text/tokens.ts` makes them.
 * @returns One array of tags per token (empty where nothing matches).
 * @example
 * ```ts
 * matchGazetteers([{ text: 'United' }, { text: 'States' }]);
 * // [['B-country'], ['I-country']]
 * ```
 */
export function matchGazetteers(tokens: readonly { readonly text: string }[]): readonly (readonly string[])[] {
  return matchGazetteerWords(tokens.map((token) => token.text));
}

/** {@link matchGazetteers} over the tokens' texts, for callers that hold them already (the tagger). */
export function matchGazetteerWords(words: readonly string[]): readonly (readonly string[])[] {
  const { keys } = getIndex();
  const n = words.length;
  const texts = words.map(fold);
  const lowers = texts.map((text) => text.toLowerCase());
  const caps = texts.map(isAllCaps);
  const found: (Found[] | undefined)[] = new Array<Found[] | undefined>(n);
  const free = new Array<number>(GAZETTEER_CATEGORIES.length).fill(0);
  for (let i = 0; i < n; i++) {
    const first = texts[i]!;
    const upper = caps[i] ? getUpperIndex() : undefined;
    // A token's entry says how many tokens a name starting with it may have; every token is also
    // tried alone. Lower-case entries are keyed by their lower-case first token.
    const lowerFirst = lowers[i]!;
    const firstEntry = keys.get(first);
    const lowerEntry = lowerFirst === first ? firstEntry : keys.get(lowerFirst);
    const most = Math.min(Math.max(firstEntry?.longest ?? 1, lowerEntry?.longest ?? 1, upper?.longest.get(first) ?? 1), n - i);
    let assigned = 0;
    for (let length = most; length >= 1; length--) {
      const key = length === 1 ? first : texts.slice(i, i + length).join(SEPARATOR);
      let mask = length === 1
        ? (firstEntry?.exact ?? 0) | (lowerEntry?.lower ?? 0)
        : (keys.get(key)?.exact ?? 0) | (keys.get(lowers.slice(i, i + length).join(SEPARATOR))?.lower ?? 0);
      // A run of all-caps words (punctuation between them allowed) also matches upper-cased names.
      if (upper && allCapsRun(texts, caps, i, length)) mask |= upper.upper.get(key) ?? 0;
      mask &= ~assigned;
      if (mask === 0) continue;
      for (let c = 0; c < GAZETTEER_CATEGORIES.length; c++) {
        const bit = 1 << c;
        if ((mask & bit) === 0 || free[c]! > i) continue;
        assigned |= bit;
        free[c] = i + length;
        for (let k = 0; k < length; k++) {
          (found[i + k] ??= []).push({ tag: k === 0 ? BEGIN_TAGS[c]! : INSIDE_TAGS[c]!, length, category: c });
        }
      }
    }
  }
  const result = new Array<readonly string[]>(n);
  for (let i = 0; i < n; i++) {
    const tags = found[i];
    result[i] = tags === undefined ? NO_TAGS
      : tags.length === 1 ? ONE_TAG.get(tags[0]!.tag)!
      : tags.sort((a, b) => b.length - a.length || a.category - b.category).map((entry) => entry.tag);
  }
  return result;
}

/**
 * Looks up a whole name or alias exactly: case-sensitive for names, any case for the lower-case
 * role and place words (`President` finds `president`).
 *
 * @param name A full name as written (`US`, `United Nations`, `Xinhua`, `spokesman`).
 * @returns Its category and canonical name, or `null` when no list has it. A name in several
 *   lists answers with the first category of {@link GAZETTEER_CATEGORIES}.
 * @example
 * ```ts
 * lookupName('US'); // { category: 'country', canonical: 'United States' }
 * ```
 */
export function lookupName(name: string): GazetteerEntry | null {
  names ??= buildNames();
  const key = fold(name.trim().replace(/\s+/g, ' '));
  const { names: byName, lowerNames } = names;
  return byName.get(key) ?? lowerNames.get(key.toLowerCase()) ?? null;
}
