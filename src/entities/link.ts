import type { Entity, EntityType } from '../model/entity.js';
import type { Block } from '../model/span.js';
import { characterClass, SPACE } from '../text/character-class.js';
import type { AcronymDefinition } from './acronyms.js';
import type { Mention } from './mention.js';

/** Looks up the canonical form of a well-known name (`US` -> `United States`), if any. */
export type CanonicalLookup = (name: string) => { readonly canonical: string; readonly type: EntityType } | null;

interface Cluster {
  type: EntityType;
  readonly mentions: Mention[];
  /** A canonical name from the name lists, when one is known. */
  canonical: string | null;
  value: string | null;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

/** `words(name).length`, without making the words. */
function wordCount(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const space = (characterClass(name.charCodeAt(i)) & SPACE) !== 0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `compute`, remembering its answer for each name: an article names the same things many times. */
function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined && !answers.has(name)) {
      answer = compute(name);
      answers.set(name, answer);
    }
    return answer as T;
  };
}

/** Case folded for all-caps text (`XINHUA` is `Xinhua`), so headlines and credits link too. */
function keyOf(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
}

/** The most frequent type of the mentions; of equally frequent ones, the first to occur. */
function majorityType(mentions: readonly Mention[]): EntityType {
  // Most clusters have one type: no counting then (it ran for every cluster, several times).
  const first = mentions[0]!.type;
  if (mentions.every((mention) => mention.type === first)) return first;
  const counts = new Map<EntityType, number>();
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  let best = first;
  let most = 0;
  for (const [type, count] of counts) {
    if (count > most) {
      best = type;
      most = count;
    }
  }
  return best;
}

/**
 * Links mentions into entities, one per real-world thing: the same name; a short form to the
 * full form the article or the name lists give (`US` -> `United States`); an acronym to the name
 * it is defined for (`OHCHR`); a surname or given name to the one full name it belongs to (`Xu`
 * -> `Xu Guixiang`); a place name to the longer name it opens (`Xinjiang` -> `Xinjiang Uygur
 * autonomous region`).
 */
export function linkMentions(
  text: string,
  mentions: readonly Mention[],
  acronyms: readonly AcronymDefinition[],
  lookup: CanonicalLookup,
): Entity[] {
  const surface = (mention: Mention) => text.slice(mention.start, mention.end);
  const lookUp = remembered(lookup);
  const keyFor = remembered(keyOf);
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const clusterFor = (key: string, mention: Mention): Cluster => {
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { type: mention.type, mentions: [], canonical: null, value: mention.value ?? null };
      byKey.set(key, cluster);
      clusters.push(cluster);
    }
    return cluster;
  };

  // 1. Same name, or the same canonical name from the lists.
  for (const mention of mentions) {
    const name = surface(mention);
    const known = mention.type === 'date' ? null : lookUp(name);
    const key = mention.type === 'date' ? `date:${mention.value ?? keyFor(name)}` : keyFor(known?.canonical ?? name);
    const cluster = clusterFor(key, mention);
    cluster.mentions.push(mention);
    if (known) cluster.canonical = known.canonical;
  }
  // 2. Acronyms defined in the text join the name they stand for.
  const merge = (from: Cluster, into: Cluster) => {
    if (from === into) return;
    into.mentions.push(...from.mentions);
    into.canonical ??= from.canonical;
    from.mentions.length = 0;
  };
  for (const definition of acronyms) {
    const into = byKey.get(keyFor(surface(definition.long)));
    const from = byKey.get(keyFor(definition.acronym));
    if (into && from) merge(from, into);
  }
  // 3. A one-word person mention joins the only full name with that word (`Xu`, `Wang`, `Merkel`).
  // 4. A place name joins the only longer place name it opens (`Xinjiang`).
  const live = () => clusters.filter((cluster) => cluster.mentions.length > 0);
  // Full names by their first and last word, indexed once (one-word clusters only ever merge into them).
  const peopleByWord = new Map<string, Set<Cluster>>();
  const placesByFirstWord = new Map<string, Set<Cluster>>();
  const index = (map: Map<string, Set<Cluster>>, word: string, cluster: Cluster) => {
    const set = map.get(word) ?? new Set<Cluster>();
    set.add(cluster);
    map.set(word, set);
  };
  for (const cluster of live()) {
    const type = majorityType(cluster.mentions);
    const fullWords = words(surface(longest(cluster.mentions, text)));
    if (fullWords.length < 2) continue;
    if (type === 'person') {
      index(peopleByWord, fullWords[0]!, cluster);
      index(peopleByWord, fullWords.at(-1)!, cluster);
    } else if (type === 'place') index(placesByFirstWord, fullWords[0]!, cluster);
  }
  for (const cluster of live()) {
    const type = majorityType(cluster.mentions);
    const name = surface(cluster.mentions[0]!);
    if (type === 'date' || wordCount(name) !== 1) continue;
    const candidates =
      type === 'person' || type === 'misc' || type === 'organization'
        ? peopleByWord.get(name)
        : type === 'place'
          ? placesByFirstWord.get(name)
          : undefined;
    if (candidates?.size === 1) merge(cluster, [...candidates][0]!);
  }
  return live()
    .map((cluster) => {
      cluster.mentions.sort((a, b) => a.start - b.start);
      cluster.type = majorityType(cluster.mentions);
      return cluster;
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((cluster, i) => toEntity(cluster, `e${i + 1}`, text));
}

/** The mention with the most words, then the most characters (the first of equals). */
function longest(mentions: readonly Mention[], text: string): Mention {
  let best = mentions[0]!;
  let bestLength = -1;
  for (const mention of mentions) {
    const length = wordCount(text.slice(mention.start, mention.end)) * 1000 + (mention.end - mention.start);
    if (length > bestLength) {
      best = mention;
      bestLength = length;
    }
  }
  return best;
}

function toEntity(cluster: Cluster, id: string, text: string): Entity {
  const mentions: Block[] = cluster.mentions.map((mention) => ({
    text: text.slice(mention.start, mention.end),
    span: { start: mention.start, end: mention.end },
  }));
  const forms = [...new Set(mentions.map((mention) => mention.text))];
  const full = longest(cluster.mentions, text);
  const written = text.slice(full.start, full.end);
  // The lists' form wins over a shorter or all-caps one (`US`, `XINHUA`), never over a longer one.
  const isAllCaps = written === written.toUpperCase() && /\p{Lu}/u.test(written);
  const name = cluster.canonical && (cluster.canonical.length > written.length || isAllCaps) ? cluster.canonical : written;
  const aliases = forms.filter((form) => form !== name);
  // Literals rather than a spread of shared fields: spreading was a good part of linking's time.
  switch (cluster.type) {
    case 'person':
      return { id, name, aliases, mentions, type: 'person', roles: [] };
    case 'date':
      return { id, name, aliases, mentions, type: 'date', value: cluster.value };
    case 'organization':
    case 'place':
    case 'misc':
      return { id, name, aliases, mentions, type: cluster.type };
    default:
      return cluster.type satisfies never;
  }
}
