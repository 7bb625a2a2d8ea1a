import type { EntityType } from '../model/entity.js';
import type { Span } from '../model/span.js';
import type { Token } from '../text/tokens.js';
import { findDates, type ReferenceDate } from './dates/find-dates.js';
import { lookupName } from './gazetteer/index.js';
import type { CanonicalLookup } from './link.js';
import { notOverlapping, type Mention } from './mention.js';
import { correctTypes, findSuffixedPlaces, preferRules } from './news-rules.js';
import { tagDocument, type TaggedSentence } from './tagger/tag.js';

const CATEGORY_TYPES: Readonly<Record<string, EntityType>> = {
  country: 'place',
  region: 'place',
  city: 'place',
  organization: 'organization',
};

/** The canonical form and type of a name the lists know (`US` -> United States, a place). */
export const lookupCanonical: CanonicalLookup = (name) => {
  // All-caps text (headlines, credits such as PHOTO/XINHUA) is looked up in title case too;
  // short all-caps words are acronyms and are looked up as written only.
  const titled = name.length > 4 && name === name.toUpperCase()
    ? name.toLowerCase().replace(/(^|\s)\p{L}/gu, (first) => first.toUpperCase())
    : null;
  const found = lookupName(name) ?? (titled ? lookupName(titled) : null);
  const type = found ? CATEGORY_TYPES[found.category] : undefined;
  return found && type ? { canonical: found.canonical, type } : null;
};

/** Names the lists know, wherever the tagger did not see one: countries, regions, cities, organizations. */
function listedNames({ tokens, gazetteer: tags }: TaggedSentence): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i]?.length === 0) continue; // most tokens: no list has them
    const begin = tags[i]?.find((tag) => tag.startsWith('B-') && CATEGORY_TYPES[tag.slice(2)]);
    if (!begin) continue;
    const category = begin.slice(2);
    let last = i;
    while (tags[last + 1]?.includes(`I-${category}`)) last++;
    found.push({ type: CATEGORY_TYPES[category]!, start: tokens[i]!.start, end: tokens[last]!.end });
    i = last;
  }
  return found;
}

/**
 * The built-in recognizer: the statistical tagger, then news rules that know whole names
 * (`Yutian county`), names from the lists the tagger missed, and dates.
 */
export function recognizeBuiltin(text: string, sentences: readonly Span[], reference: ReferenceDate | null): Mention[] {
  return recognizeBuiltinWithTokens(text, sentences, reference).mentions;
}

/** What {@link recognizeBuiltinWithTokens} found, with the tokens of each sentence for later steps to reuse. */
export interface BuiltinRecognition {
  readonly mentions: Mention[];
  /** The tokens of `sentences[i]`, as `tokenize` makes them. */
  readonly sentenceTokens: readonly (readonly Token[])[];
}

/** {@link recognizeBuiltin}, also returning the tokens it made, so the entity stage tokenizes each sentence once. */
export function recognizeBuiltinWithTokens(text: string, sentences: readonly Span[], reference: ReferenceDate | null): BuiltinRecognition {
  const { named, missed, sentenceTokens } = namesOf(text, sentences);
  const dates = findDates(text, reference).map((date): Mention => ({ type: 'date', start: date.start, end: date.end, value: date.value }));
  const undated = notOverlapping([...named, ...missed], dates);
  return { mentions: [...undated, ...dates], sentenceTokens };
}

/**
 * The names the tagger and the rules find, and those of the lists they missed. A function of its
 * own so that the tagger's per-sentence data (name-list tags, labels) can be collected as soon as
 * it is read, before dates and linking: on inputs of megabytes it is a good part of the heap.
 */
function namesOf(text: string, sentences: readonly Span[]): { named: Mention[]; missed: Mention[]; sentenceTokens: (readonly Token[])[] } {
  const tagging = tagDocument(null, text, sentences);
  const rawTagged = tagging.spans;
  const tagged: Mention[] = [];
  const rules: Mention[] = [];
  const listed: Mention[] = [];
  let next = 0;
  for (const sentence of tagging.sentences) {
    const inSentence: Mention[] = [];
    while (next < rawTagged.length && rawTagged[next]!.start < sentence.span.end) inSentence.push(rawTagged[next++]!);
    tagged.push(...correctTypes(sentence.tokens, inSentence));
    rules.push(...findSuffixedPlaces(sentence.tokens, sentence.span));
    listed.push(...listedNames(sentence));
  }
  const named = preferRules(rules, tagged);
  return { named, missed: notOverlapping(listed, named), sentenceTokens: tagging.sentences.map((sentence) => sentence.tokens) };
}
