/**
 * `npm run train:ner`: trains the entity tagger (BIO structured averaged perceptron, Viterbi)
 * on the open sets in `../shared/corpora/ner-train/jsonl` and writes
 * `src/entities/tagger/weights.generated.ts`.
 *
 * Options: `--epochs N` (default 6), `--synthetic N` (synthetic sports documents, default 1000),
 * `--max-gz BYTES` (gzip budget of the weights as written, default 525000), `--min-count N` (feature count cut-off, default 2),
 * `--upper-rate R` (fraction of sentences added again upper-cased, default 0.08), `--seed N`,
 * `--sets a,b` (subset of the sets), `--dev` (also print CoNLL-2003 dev F1 per epoch: measuring only),
 * `--out PATH`, `--no-write`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchGazetteers } from '../src/entities/gazetteer/index.js';
import { sentenceFeatures } from '../src/entities/tagger/features.js';
import { NUM_LABELS, spansOf } from '../src/entities/tagger/labels.js';
import { bytesToText } from '../src/entities/tagger/byte-text.js';
import { decodeModel, encodeModel, featureKey, type TaggerModel } from '../src/entities/tagger/model.js';
import { viterbi } from '../src/entities/tagger/viterbi.js';
import { NER_JSONL_DIR, NER_SETS, loadTrainingData, rng, type TrainSentence } from './lib/ner-data.js';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}
const EPOCHS = Number(option('epochs', '6'));
const MIN_COUNT = Number(option('min-count', '2'));
const UPPER_RATE = Number(option('upper-rate', '0.08'));
const SEED = Number(option('seed', '13'));
const SETS = option('sets', '') === '' ? undefined : option('sets', '').split(',');
const OUT = option('out', join(import.meta.dirname, '..', 'src', 'entities', 'tagger', 'weights.generated.ts'));
const DEV = args.includes('--dev');
const WRITE = !args.includes('--no-write');
const MAX_GZ = Number(option('max-gz', '525000'));
const K = NUM_LABELS;
const random = rng(SEED);
const FULL_MASK = 2 ** NUM_LABELS - 1;

if (!existsSync(NER_JSONL_DIR)) {
  console.error(`No training data at ${NER_JSONL_DIR}`);
  process.exit(1);
}

const t0 = performance.now();
const SYNTHETIC = Number(option('synthetic', '1000'));
const { sentences, stats } = loadTrainingData({
  upperRate: UPPER_RATE,
  seed: SEED,
  synthetic: SYNTHETIC,
  ...(SETS ? { sets: SETS } : {}),
});
console.log('set                 docs  sents  tokens   ents  misalign cross overlap dup   aug demonym');
for (const [set, s] of stats) {
  console.log(
    `${set.padEnd(19)} ${String(s.docs).padStart(5)} ${String(s.sentences).padStart(6)} ${String(s.tokens).padStart(7)} ${String(s.entities).padStart(6)} ${String(s.misaligned).padStart(8)} ${String(s.crossSentence).padStart(5)} ${String(s.overlapping).padStart(7)} ${String(s.duplicates).padStart(4)} ${String(s.augmented).padStart(5)} ${String(s.demonyms).padStart(7)}`,
  );
}

/** Held-out: one document in 20 (by a hash of its id). */
function heldOut(doc: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 16777619);
  return (h >>> 0) % 20 === 0;
}

interface Featurized {
  readonly source: TrainSentence;
  hashes: Uint32Array;
  ends: Int32Array;
  ids: Int32Array;
  idEnds: Int32Array;
}

const train: Featurized[] = [];
const held: Featurized[] = [];
for (const sentence of sentences) {
  const gaz = matchGazetteers(sentence.prepared.raw.map((text) => ({ text })));
  const hashes: number[] = [];
  const ends: number[] = [];
  sentenceFeatures(sentence.prepared, gaz, hashes, ends);
  const item: Featurized = {
    source: sentence,
    // Features are learned under the key they are stored under, so hash collisions at run time
    // are the ones the training saw.
    hashes: Uint32Array.from(hashes, featureKey),
    ends: Int32Array.from(ends),
    ids: new Int32Array(0),
    idEnds: new Int32Array(0),
  };
  if (sentence.set !== 'synthetic_sports' && heldOut(sentence.doc)) {
    if (!sentence.augmented) held.push(item);
  } else train.push(item);
}
console.log(`train ${train.length} sentences, held-out ${held.length}; featurized in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const counts = new Map<number, number>();
for (const item of train) for (const h of item.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
const featureIds = new Map<number, number>();
const featureHashes: number[] = [];
for (const [h, c] of counts) {
  if (c >= MIN_COUNT) {
    featureIds.set(h, featureHashes.length);
    featureHashes.push(h);
  }
}
counts.clear();
function toIds(item: Featurized): void {
  const ids: number[] = [];
  const idEnds: number[] = [];
  let f = 0;
  for (let i = 0; i < item.ends.length; i++) {
    for (; f < item.ends[i]!; f++) {
      const id = featureIds.get(item.hashes[f]!);
      if (id !== undefined) ids.push(id);
    }
    idEnds.push(ids.length);
  }
  item.ids = Int32Array.from(ids);
  item.idEnds = Int32Array.from(idEnds);
}
for (const item of train) toIds(item);
for (const item of held) toIds(item);
const F = featureHashes.length;
console.log(`${F} features (count >= ${MIN_COUNT})`);

const W = new Float32Array(F * K);
const Uacc = new Float64Array(F * K);
const T = new Float64Array(K * K);
const TU = new Float64Array(K * K);
let step = 1;

function emissions(item: Featurized, weights: Float32Array): Float64Array {
  const n = item.idEnds.length;
  const e = new Float64Array(n * K);
  let f = 0;
  for (let i = 0; i < n; i++) {
    const base = i * K;
    for (; f < item.idEnds[i]!; f++) {
      const w = item.ids[f]! * K;
      for (let y = 0; y < K; y++) e[base + y] = e[base + y]! + weights[w + y]!;
    }
  }
  return e;
}

function update(item: Featurized, labels: ArrayLike<number>, delta: number): void {
  const n = item.idEnds.length;
  let f = 0;
  const c = step * delta;
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    for (; f < item.idEnds[i]!; f++) {
      const k = item.ids[f]! * K + y;
      W[k] = W[k]! + delta;
      Uacc[k] = Uacc[k]! + c;
    }
    if (i > 0) {
      const k = labels[i - 1]! * K + y;
      T[k] = T[k]! + delta;
      TU[k] = TU[k]! + c;
    }
  }
}

/** `--weights wikigold=3,gum_open=2`: sets seen that many times per epoch. */
const SET_WEIGHTS = new Map(
  option('weights', '')
    .split(',')
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])] as const),
);
const order: number[] = [];
train.forEach((item, i) => {
  const times = SET_WEIGHTS.get(item.source.set) ?? 1;
  for (let k = 0; k < Math.floor(times); k++) order.push(i);
  if (random() < times - Math.floor(times)) order.push(i);
});
const pred = new Uint8Array(4096);
const gold = new Uint8Array(4096);

function averaged(): { weights: Float32Array; transitions: Float64Array } {
  const weights = new Float32Array(F * K);
  for (let k = 0; k < weights.length; k++) weights[k] = W[k]! - Uacc[k]! / step;
  const transitions = new Float64Array(K * K);
  for (let k = 0; k < transitions.length; k++) transitions[k] = T[k]! - TU[k]! / step;
  return { weights, transitions };
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}
function f1(s: Score): number {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return p + r === 0 ? 0 : (200 * p * r) / (p + r);
}

function evaluateHeld(weights: Float32Array, transitions: Float64Array): Score {
  const score: Score = { tp: 0, fp: 0, fn: 0 };
  for (const item of held) {
    const n = item.idEnds.length;
    const out = new Uint8Array(n);
    viterbi(emissions(item, weights), transitions, n, out);
    const masks = item.source.masks;
    const goldSpans = spansOf(item.source.gold);
    const predicted = spansOf(out).filter((span) => {
      if (masks === null) return true;
      for (let i = span.start; i < span.end; i++) {
        const allowed = masks[i]!;
        const bit = 2 ** out[i]!;
        if ((allowed & bit) === 0 || allowed === FULL_MASK) return false;
      }
      return true;
    });
    const key = (s: { type: number; start: number; end: number }): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(goldSpans.map(key));
    for (const s of predicted) {
      if (goldKeys.has(key(s))) score.tp++;
      else score.fp++;
    }
    score.fn += goldSpans.length - predicted.filter((s) => goldKeys.has(key(s))).length;
  }
  return score;
}

/** Quantizes and serializes the averaged weights, dropping quantized weights under `minQ`. */
function encode(weights: Float32Array, transitions: Float64Array, minQ: number): { bytes: Uint8Array; features: number } {
  const rows = featureHashes.map((key, f) => ({ key, weights: weights.subarray(f * K, (f + 1) * K) }));
  return encodeModel(rows, transitions, minQ);
}

type DevScorer = (model: TaggerModel) => Promise<string>;
let devScore: DevScorer | null = null;
if (DEV) {
  const { scoreModelOnConll } = await import('./eval/conll.js');
  devScore = async (model) => scoreModelOnConll(model);
}

const tTrain = performance.now();
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const te = performance.now();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  for (const index of order) {
    const item = train[index]!;
    const n = item.idEnds.length;
    if (n > 4096) continue;
    const e = emissions(item, W);
    viterbi(e, T, n, pred);
    if (item.source.masks === null) gold.set(item.source.gold);
    else viterbi(e, T, n, gold, item.source.masks);
    let differ = false;
    for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) differ = true;
    if (differ) {
      errors++;
      update(item, gold.subarray(0, n), 1);
      update(item, pred.subarray(0, n), -1);
    }
    step++;
  }
  const { weights, transitions } = averaged();
  const s = evaluateHeld(weights, transitions);
  let line = `epoch ${epoch}: ${errors} sentence errors, held-out F1 ${f1(s).toFixed(2)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}), ${((performance.now() - te) / 1000).toFixed(1)} s`;
  if (devScore !== null) line += ` | ${await devScore(decodeModel(encode(weights, transitions, 1).bytes))}`;
  console.log(line);
}
console.log(`trained in ${((performance.now() - tTrain) / 1000).toFixed(1)} s`);

const { weights, transitions } = averaged();
if (devScore !== null && args.includes('--sweep')) {
  for (const q of [4, 8, 12, 16, 20, 26, 32]) {
    const e = encode(weights, transitions, q);
    const size = gzipSync(bytesToText(e.bytes)).length;
    console.log(`sweep min |q| ${q}: ${e.features} features, gzip ${size} | ${await devScore(decodeModel(e.bytes))}`);
  }
}
let minQ = 1;
let encoded = encode(weights, transitions, minQ);
let weightsText = bytesToText(encoded.bytes);
while (gzipSync(weightsText).length > MAX_GZ && minQ < 40) {
  minQ++;
  encoded = encode(weights, transitions, minQ);
  weightsText = bytesToText(encoded.bytes);
}
const gz = gzipSync(weightsText).length;
console.log(`weights: ${encoded.features} features, min |q| ${minQ}, ${encoded.bytes.length} bytes raw, as text ${weightsText.length}, gzip ${gz}`);
if (devScore !== null) console.log(`final (quantized) | ${await devScore(decodeModel(encoded.bytes))}`);

if (WRITE) {
  const used = NER_SETS.filter((set) => stats.has(set.file));
  const metadata = {
    model: 'BIO structured averaged perceptron, first-order Viterbi',
    epochs: EPOCHS,
    minCount: MIN_COUNT,
    upperRate: UPPER_RATE,
    seed: SEED,
    features: encoded.features,
    sets: [
      ...used.map((set) => ({ name: set.file, source: set.source, licence: set.licence })),
      ...(SYNTHETIC > 0
        ? [
            {
              name: 'synthetic_sports',
              source: `${SYNTHETIC} template-generated sports-results documents (scripts/lib/ner-data.ts) over the gazetteer lists of src/entities/gazetteer`,
              licence: 'generated; names from the gazetteer lists (see their sources and licences)',
            },
          ]
        : []),
    ],
  };
  const lines = [
    '// Generated by `npm run train:ner` (scripts/train-ner.ts). Do not edit.',
    '//',
    '// Trained on openly licensed data; the sets and their licences (attribution required for CC-BY):',
    ...used.map((set) => `//   ${set.file}: ${set.source} (${set.licence})`),
    '',
    `export const TAGGER_METADATA = ${JSON.stringify(metadata, null, 2)} as const;`,
    '',
    '/** The binary weights (format in `model.ts`) as text (`byte-text.ts`). */',
    `export const TAGGER_WEIGHTS =\n  '${weightsText}';`,
    '',
  ];
  writeFileSync(OUT, lines.join('\n'));
  console.log(`wrote ${OUT}`);
}
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
