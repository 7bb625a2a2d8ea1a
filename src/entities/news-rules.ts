import type { Span } from '../model/span.js';
import type { Token } from '../text/tokens.js';
import { notOverlapping, type Mention } from './mention.js';

/**
 * Lower-case words that end a place name in the style of many outlets (`Yutian county`,
 * `Xinjiang Uygur autonomous region`, `Sichuan province`).
 */
const PLACE_SUFFIXES: readonly (readonly string[])[] = [
  ['autonomous', 'region'],
  ['autonomous', 'prefecture'],
  ['special', 'administrative', 'region'],
  ['county'],
  ['province'],
  ['region'],
  ['prefecture'],
  ['district'],
  ['township'],
  ['village'],
  ['municipality'],
];
const MAX_NAME_TOKENS = 4;

function isNameToken(token: Token): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(token.text);
}

/** The words a suffix starts with: most tokens are none of them, and need no more looking at. */
const SUFFIX_STARTS: ReadonlySet<string> = new Set(PLACE_SUFFIXES.map((suffix) => suffix[0]!));

function suffixAt(tokens: readonly Token[], i: number): number {
  if (!SUFFIX_STARTS.has(tokens[i]!.text)) return 0;
  for (const suffix of PLACE_SUFFIXES) {
    if (suffix.every((word, j) => tokens[i + j]?.text === word)) return suffix.length;
  }
  return 0;
}

/**
 * Places whose name ends in a lower-case administrative word: the capitalised words before
 * `county`, `autonomous region`, ... and the word itself. A sentence-initial capital alone
 * (`The county ...`) does not make a name.
 */
export function findSuffixedPlaces(tokens: readonly Token[], sentence: Span): Mention[] {
  const places: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const length = suffixAt(tokens, i);
    if (length === 0 || !isNameToken(tokens[i - 1]!)) continue;
    let first = i - 1;
    while (first > 0 && i - first < MAX_NAME_TOKENS && isNameToken(tokens[first - 1]!)) first--;
    if (tokens[first]!.start === sentence.start && /^(?:The|A|An|This|That|Each|Every)$/.test(tokens[first]!.text)) first++;
    if (first >= i) continue;
    places.push({ type: 'place', start: tokens[first]!.start, end: tokens[i + length - 1]!.end });
  }
  return places;
}

/** Puts rule mentions in place of the statistical mentions they overlap (rules know the whole name). */
export function preferRules(rules: readonly Mention[], tagged: readonly Mention[]): Mention[] {
  const kept = notOverlapping(tagged, rules);
  return [...kept, ...rules];
}

/**
 * Nouns that say the name after them is a company or a body: `sports brand Erke`, `carmaker
 * Toyota`, `tech giant Apple`. A tagger trained on little data reads a lone unknown capitalised
 * word as a person; the noun before it says otherwise.
 */
const ORGANIZATION_DESCRIPTORS = new Set([
  'brand', 'company', 'firm', 'maker', 'carmaker', 'automaker', 'giant', 'retailer', 'group', 'startup', 'start-up',
  'conglomerate', 'corporation', 'operator', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'broadcaster',
  'newspaper', 'agency', 'club', 'party', 'manufacturer', 'supplier', 'developer', 'publisher', 'chain', 'label',
  'outlet', 'platform', 'app', 'network', 'charity', 'organization', 'organisation', 'union', 'university',
]);

/** Words that make a title, not a name: `High Commissioner`, `Prime Minister`, `Secretary-General`. */
const TITLE_WORDS = new Set([
  'high', 'commissioner', 'prime', 'minister', 'president', 'vice', 'secretary', 'general', 'secretary-general',
  'chancellor', 'premier', 'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'chief', 'executive', 'director',
  'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'foreign', 'deputy', 'former', 'acting',
  'special', 'representative', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'attorney',
]);

/** Abbreviated titles written before a name, which are no part of it (`Gov. Ana Ruiz`, `Dr. Lee`). */
const TITLE_ABBREVIATIONS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.', 'Mr', 'Mrs', 'Ms', 'Dr']);

/** The index of the token at `first` or after it whose span starts at `start`; tokens and mentions are both in text order. */
function tokenAt(tokens: readonly Token[], from: number, start: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < start) i++;
  return i;
}

/** A person mention without the titles it opens with (`Gov. Ana Ruiz` is `Ana Ruiz`), and its first token. */
function withoutTitle(tokens: readonly Token[], first: number, mention: Mention): [Mention, number] {
  let at = first;
  while (TITLE_ABBREVIATIONS.has(tokens[at]!.text) && tokens[at + 1] && tokens[at + 1]!.end <= mention.end && /^\p{Lu}/u.test(tokens[at + 1]!.text)) {
    at++;
  }
  return at === first ? [mention, first] : [{ ...mention, start: tokens[at]!.start }, at];
}

/**
 * News-copy corrections to what the tagger typed: a person that is a title only (`the High
 * Commissioner`) and a title right before a name (`Commissioner for Human Rights Michelle
 * Bachelet`) are no names; a lone word after an organization noun (`sports brand Erke`) is an
 * organization; an abbreviated title is no part of a person's name (`Gov. Ana Ruiz`).
 */
export function correctTypes(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const corrected: Mention[] = [];
  // One pass over the tokens for all the mentions: a sentence of thousands of tokens stays linear.
  let cursor = 0;
  for (const found of mentions) {
    cursor = tokenAt(tokens, cursor, found.start);
    if (tokens[cursor]?.start !== found.start) {
      corrected.push(found);
      continue;
    }
    const [mention, first] = found.type === 'person' ? withoutTitle(tokens, cursor, found) : [found, cursor];
    let last = first;
    while (tokens[last + 1] !== undefined && tokens[last + 1]!.end <= mention.end) last++;
    const inside = tokens.slice(first, last + 1);
    if (mention.type === 'person' && inside.every((token) => TITLE_WORDS.has(token.text.toLowerCase()))) continue;
    // A title written before a name is no organization: `(UN High) Commissioner for Human Rights Michelle Bachelet`.
    const after = tokens[last + 1];
    if (
      mention.type !== 'person' &&
      TITLE_WORDS.has(inside[0]!.text.toLowerCase()) &&
      after !== undefined &&
      after.start === mention.end + 1 &&
      /^\p{Lu}\p{Ll}/u.test(after.text)
    ) {
      continue;
    }
    const previous = first > 0 ? tokens[first - 1] : undefined;
    if (
      (mention.type === 'person' || mention.type === 'misc') &&
      inside.length === 1 &&
      previous !== undefined &&
      ORGANIZATION_DESCRIPTORS.has(previous.text.toLowerCase())
    ) {
      corrected.push({ ...mention, type: 'organization' });
      continue;
    }
    corrected.push(mention);
  }
  return corrected;
}
