/**
 * Statistical named-entity tagger: a BIO structured averaged perceptron with Viterbi decoding,
 * trained by `npm run train:ner` on openly licensed corpora (see `weights.generated.ts` for the
 * sets and their licences). Pure and synchronous; the weights are decoded once, on first use.
 */
import type { Span } from '../../model/span.js';
import { characterClass, NUMBER as NUMBER_CLASS, UPPER } from '../../text/character-class.js';
import type { Token } from '../../text/tokens.js';
import { matchGazetteerFacts } from '../gazetteer/index.js';
import { sentenceFeatures } from './features.js';
import { prepareDocument, type PreparedSentence } from './prepare.js';
import { ENTITY_TYPES, NUM_LABELS, spansOf, typeMask } from './labels.js';
import { datelinePlaces } from './dateline.js';
import { textToBytes } from './byte-text.js';
import { addWeights, decodeModel, type TaggerModel } from './model.js';
import { viterbi } from './viterbi.js';
import type { WordFacts } from './lexicon.js';
import { wordWeightsOf } from './word-weights.js';
import { TAGGER_WEIGHTS } from './weights.generated.js';
import { applyDocumentConsistency } from './consistency.js';
import { contextScoresOf } from './context-scores.js';

export type TaggedType = 'person' | 'organization' | 'place' | 'misc';

/** An entity found by the tagger: offsets into the text, `end` exclusive. */
export interface TaggedSpan {
  readonly type: TaggedType;
  readonly start: number;
  readonly end: number;
}

const TYPE_NAMES: Record<(typeof ENTITY_TYPES)[number], TaggedType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'misc',
};

let model: TaggerModel | undefined;

function getModel(): TaggerModel {
  model ??= decodeModel(textToBytes(TAGGER_WEIGHTS));
  return model;
}

const ANY = (1 << NUM_LABELS) - 1;
const MISC_OR_O = 1 | typeMask(3);
const LOC_ONLY = typeMask(2);
const PUNCT = /^[-\u2013\u2014:;,!?"()[\]|/\u201C\u201D]$/u;
const NUMBER = /^\p{N}+(?:[.,:/]\p{N}+)*%?$/u;

/** How far from a capitalised token a lower-case one may still be part of a name (`Yutian county`, `Xinjiang Uygur autonomous region`). */
const REACH = 2;

/**
 * Tokens that may be part of a name: those with a capital letter and the lower-case tokens
 * within {@link REACH} of one. The others (most of a news story) are `O` without looking at their
 * features, which is most of the tagger's work; entities without a capital letter are rare in news.
 */
function activeTokens(raw: readonly WordFacts[]): Uint8Array {
  const n = raw.length;
  if (scratchActive.length < n) scratchActive = new Uint8Array(2 * n);
  const active = scratchActive;
  active.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    if ((raw[i]!.classes & UPPER) === 0) continue;
    active.fill(1, Math.max(0, i - REACH), Math.min(n, i + REACH + 1));
  }
  return active;
}

/**
 * Hard constraints at decoding: inactive tokens (see {@link activeTokens}) and a lone dash,
 * colon, comma or bracket are never part of a name, a bare number only of a misc one
 * (`World Cup 98`), never of a person, organization or place (table lines like
 * `J. Ratcliffe 63`), and the places of a dateline are places.
 */
function constraints(raw: readonly string[], active: Uint8Array): Uint32Array {
  if (scratchMasks.length < raw.length) scratchMasks = new Uint32Array(2 * raw.length);
  const masks = scratchMasks;
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    // The length and the first character rule out most words before a regex runs.
    const punctuation = word.length === 1 && PUNCT.test(word);
    masks[i] = active[i] === 0 || punctuation ? 1 : startsWithDigit(word) && NUMBER.test(word) ? MISC_OR_O : ANY;
  }
  for (const [start, end] of datelinePlaces(raw)) masks.fill(LOC_ONLY, start, end);
  return masks;
}

/** Whether a word starts with a digit (`\p{N}`), as a number does. */
function startsWithDigit(word: string): boolean {
  return (characterClass(word.codePointAt(0)!) & NUMBER_CLASS) !== 0;
}

/** The name-list tags of each token of a sentence, as the tagger's features read them. */
function gazetteerTags(sentence: PreparedSentence): readonly (readonly string[])[] {
  return matchGazetteerFacts(sentence.rawFacts.map((word) => word.gazetteer));
}

/** Scratch arrays reused across sentences (decoding is synchronous). */
const scratchHashes: number[] = [];
const scratchEnds: number[] = [];
/** Per-token flags and label masks of the sentence being decoded: read only for its first `n` tokens. */
let scratchActive = new Uint8Array(256);
let scratchMasks = new Uint32Array(256);
let scratchEmissions = new Int32Array(64 * NUM_LABELS);

/** Token-level decoding of one prepared sentence: the label of each token. */
export function decodeSentence(
  sentence: PreparedSentence,
  m: TaggerModel,
  gazetteer: readonly (readonly string[])[],
): Uint8Array {
  const n = sentence.tokens.length;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const K = NUM_LABELS;
  // Integer sums of the int8 weights (the transitions are in the same units).
  if (scratchEmissions.length < n * K) scratchEmissions = new Int32Array(2 * n * K);
  const emissions = scratchEmissions;
  emissions.fill(0, 0, n * K);
  const hashes = scratchHashes;
  const ends = scratchEnds;
  hashes.length = 0;
  ends.length = 0;
  const active = activeTokens(sentence.rawFacts);
  sentenceFeatures(sentence, gazetteer, hashes, ends, active, false);
  wordWeightsOf(m).addSentence(sentence.wordFacts, sentence.caps, sentence.flags, active, emissions);
  contextScoresOf(m).addSentence(sentence, active, emissions);
  let f = 0;
  for (let i = 0; i < n; i++) {
    const end = ends[i]!;
    const base = i * K;
    for (; f < end; f++) addWeights(m, hashes[f]!, emissions, base);
  }
  viterbi(emissions, m.transitions, n, labels, constraints(sentence.raw, active));
  return labels;
}

/** A sentence as the tagger read it: its tokens and their name-list tags, for rules to reuse. */
export interface TaggedSentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly gazetteer: readonly (readonly string[])[];
}

/** The tagger's names, and the sentences as it read them. */
export interface TaggedDocument {
  readonly spans: TaggedSpan[];
  readonly sentences: readonly TaggedSentence[];
}

/**
 * Tags person, organization, place and misc names in `text`.
 *
 * @param text The whole text.
 * @param sentences Sentence spans in `text` (sorted, non-overlapping).
 * @returns Entities with exact offsets, sorted and non-overlapping.
 */
export function tagEntities(text: string, sentences: readonly Span[]): TaggedSpan[] {
  return tagDocument(getModel(), text, sentences).spans;
}

/** {@link tagEntities} with an explicit model (training and evaluation). */
export function tagEntitiesWith(m: TaggerModel, text: string, sentences: readonly Span[]): TaggedSpan[] {
  return tagDocument(m, text, sentences).spans;
}

/** {@link tagEntities}, also returning each sentence's tokens and name-list tags. */
export function tagDocument(m: TaggerModel | null, text: string, sentences: readonly Span[]): TaggedDocument {
  const model = m ?? getModel();
  const prepared = prepareDocument(text, sentences);
  const read = prepared.map((sentence, i): TaggedSentence => ({
    span: sentences[i]!,
    tokens: sentence.tokens,
    gazetteer: gazetteerTags(sentence),
  }));
  if (model.features === 0) return { spans: [], sentences: read };
  const labelled = prepared.map((sentence, i) => ({ sentence, spans: spansOf(decodeSentence(sentence, model, read[i]!.gazetteer)) }));
  const result: TaggedSpan[] = [];
  for (const { sentence, spans } of applyDocumentConsistency(labelled)) {
    for (const span of spans) {
      const first = sentence.tokens[span.start];
      const last = sentence.tokens[span.end - 1];
      const type = ENTITY_TYPES[span.type];
      if (first === undefined || last === undefined || type === undefined) continue;
      result.push({ type: TYPE_NAMES[type], start: first.start, end: last.end });
    }
  }
  result.sort((a, b) => a.start - b.start || a.end - b.end);
  const clean: TaggedSpan[] = [];
  for (const span of result) {
    const previous = clean[clean.length - 1];
    if (previous !== undefined && span.start < previous.end) continue;
    clean.push(span);
  }
  return { spans: clean, sentences: read };
}
