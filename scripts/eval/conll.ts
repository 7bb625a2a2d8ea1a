/**
 * CoNLL-2003 dev evaluation of the built-in entity recognizer (measuring only: never trained on).
 *
 * `../shared/corpora/conll2003-dev.jsonl`: one document per line, `{id, text, entities}`, one
 * sentence per line of text. Sentences = the lines, each split again by `splitSentences`. Exact
 * span + type match; per-type and micro P/R/F1 over the four types and over PER+ORG+LOC; the
 * compromise library on the same documents as a baseline; timing; an error breakdown.
 *
 * Run alone: `node --import tsx scripts/eval/conll.ts`; also a section of `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Span } from '../../src/model/span.js';
import { splitSentences } from '../../src/text/sentences.js';
import { recognizeBuiltin } from '../../src/entities/builtin.js';
import { tagEntitiesWith, type TaggedSpan } from '../../src/entities/tagger/tag.js';
import type { TaggerModel } from '../../src/entities/tagger/model.js';

export const CONLL_DEV = fileURLToPath(new URL('../../../shared/corpora/conll2003-dev.jsonl', import.meta.url));

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type ConllType = (typeof TYPES)[number];

interface ConllDoc {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly { readonly type: string; readonly start: number; readonly end: number }[];
}

interface Entity {
  readonly type: ConllType;
  readonly start: number;
  readonly end: number;
}

/**
 * The recognizer measured by this section: the built-in one that `parseArticle` uses (tagger,
 * news rules, name lists), without reference date; dates are not scored.
 */
export function recognizeForEval(text: string, sentences: readonly Span[]): readonly TaggedSpan[] {
  return recognizeBuiltin(text, sentences, null).filter(
    (mention): mention is typeof mention & { type: TaggedSpan['type'] } => mention.type !== 'date',
  );
}

export function conllAvailable(): boolean {
  return existsSync(CONLL_DEV);
}

let docs: ConllDoc[] | undefined;
export function loadConllDev(): ConllDoc[] {
  docs ??= readFileSync(CONLL_DEV, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConllDoc);
  return docs;
}

/** Sentences of a CoNLL document: its lines, each split by `splitSentences`. */
export function conllSentences(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    spans.push(...splitSentences(line, offset));
    offset += line.length + 1;
  }
  return spans;
}

const FROM_TAGGED: Record<TaggedSpan['type'], ConllType> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

function prf(c: Counts): PRF {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: 100 * precision, recall: 100 * recall, f1: 100 * f1, ...c };
}

export interface ConllScore {
  readonly perType: Record<ConllType, PRF>;
  readonly all: PRF;
  readonly core: PRF;
  readonly errors: Record<ConllType, { wrongType: number; boundary: number; spurious: number; missed: number }>;
  readonly ms: number;
  readonly docs: number;
  readonly chars: number;
}

type Recognizer = (text: string, sentences: readonly Span[]) => readonly Entity[];

/** Scores a recognizer on every CoNLL dev document. */
export function scoreRecognizer(recognize: Recognizer): ConllScore {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ConllType, Counts>;
  const errors = Object.fromEntries(TYPES.map((t) => [t, { wrongType: 0, boundary: 0, spurious: 0, missed: 0 }])) as ConllScore['errors'];
  let ms = 0;
  let chars = 0;
  const all = loadConllDev();
  for (const doc of all) {
    const sentences = conllSentences(doc.text);
    const t = performance.now();
    const predicted = recognize(doc.text, sentences);
    ms += performance.now() - t;
    chars += doc.text.length;
    const gold: Entity[] = doc.entities.filter((e): e is Entity => (TYPES as readonly string[]).includes(e.type));
    const key = (e: Entity): string => `${e.type}:${e.start}:${e.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predicted) {
      if (goldKeys.has(key(p))) {
        counts[p.type].tp++;
        continue;
      }
      counts[p.type].fp++;
      const same = gold.find((g) => g.start === p.start && g.end === p.end);
      const overlap = gold.find((g) => g.end > p.start && g.start < p.end);
      if (same !== undefined) errors[p.type].wrongType++;
      else if (overlap !== undefined) errors[p.type].boundary++;
      else errors[p.type].spurious++;
    }
    for (const g of gold) {
      if (predKeys.has(key(g))) continue;
      counts[g.type].fn++;
      if (!predicted.some((p) => p.end > g.start && p.start < g.end)) errors[g.type].missed++;
    }
  }
  const sum = (types: readonly ConllType[]): Counts =>
    types.reduce((acc, t) => ({ tp: acc.tp + counts[t].tp, fp: acc.fp + counts[t].fp, fn: acc.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    perType: Object.fromEntries(TYPES.map((t) => [t, prf(counts[t])])) as Record<ConllType, PRF>,
    all: prf(sum(TYPES)),
    core: prf(sum(['PER', 'ORG', 'LOC'])),
    errors,
    ms,
    docs: all.length,
    chars,
  };
}

function fromTagged(spans: readonly TaggedSpan[]): Entity[] {
  return spans.map((s) => ({ type: FROM_TAGGED[s.type], start: s.start, end: s.end }));
}

/** The tagger's score with a given model, as one line (used by `train-ner.ts --dev`). */
export function scoreModelOnConll(model: TaggerModel): string {
  if (!conllAvailable()) return 'CoNLL dev absent';
  const s = scoreRecognizer((text, sentences) => fromTagged(tagEntitiesWith(model, text, sentences)));
  return `dev F1 ${s.all.f1.toFixed(2)} core ${s.core.f1.toFixed(2)} (${TYPES.map((t) => `${t} ${s.perType[t].f1.toFixed(1)}`).join(' ')})`;
}

interface CompromiseMatch {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}

/** The compromise library's people, organizations and places (it has no MISC). */
export function compromiseEntities(text: string): Entity[] {
  const doc = nlp(text);
  const out: Entity[] = [];
  const add = (type: ConllType, matches: readonly CompromiseMatch[]): void => {
    for (const m of matches) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      // compromise may include surrounding punctuation: trim to word characters.
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
      while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
      if (end > start) out.push({ type, start, end });
    }
  };
  add('PER', doc.people().json({ offset: true }) as CompromiseMatch[]);
  add('ORG', doc.organizations().json({ offset: true }) as CompromiseMatch[]);
  add('LOC', doc.places().json({ offset: true }) as CompromiseMatch[]);
  return out.sort((a, b) => a.start - b.start);
}

const f = (n: number): string => n.toFixed(1);

export interface ConllReport {
  readonly rows: (readonly [string, string, string])[];
  readonly notes: string[];
  readonly json: Record<string, unknown>;
}

/** Runs the built-in recognizer and the compromise baseline and formats the section. */
export function runConll(): ConllReport {
  if (!conllAvailable()) {
    return { rows: [['CoNLL-2003 dev', 'skipped', `${CONLL_DEV} absent`]], notes: [], json: { skipped: true } };
  }
  // Warm-up: weights decoding and JIT, outside the timing.
  recognizeForEval('German Chancellor Angela Merkel met officials in Paris.', [{ start: 0, end: 55 }]);
  const ours = scoreRecognizer((text, sentences) => fromTagged(recognizeForEval(text, sentences)));
  const baseline = scoreRecognizer((text) => compromiseEntities(text));
  const rows: (readonly [string, string, string])[] = [];
  for (const [name, s] of [['newsdoc', ours], ['compromise', baseline]] as const) {
    rows.push([`F1 ${name}`, 'all four', `${f(s.all.f1)} (P ${f(s.all.precision)} R ${f(s.all.recall)})`]);
    rows.push([`F1 ${name}`, 'PER+ORG+LOC', `${f(s.core.f1)} (P ${f(s.core.precision)} R ${f(s.core.recall)})`]);
    for (const t of TYPES) rows.push([`F1 ${name}`, t, `${f(s.perType[t].f1)} (P ${f(s.perType[t].precision)} R ${f(s.perType[t].recall)})`]);
    rows.push([`time ${name}`, `${s.docs} docs`, `${s.ms.toFixed(0)} ms (${((s.chars / 1024) / (s.ms / 1000)).toFixed(0)} KB/s)`]);
  }
  const notes = [
    '| model | all four | PER+ORG+LOC | PER | ORG | LOC | MISC | ms |',
    '|---|---|---|---|---|---|---|---|',
    ...([['newsdoc', ours], ['compromise', baseline]] as const).map(
      ([name, s]) =>
        `| ${name} | ${f(s.all.f1)} | ${f(s.core.f1)} | ${TYPES.map((t) => f(s.perType[t].f1)).join(' | ')} | ${s.ms.toFixed(0)} |`,
    ),
    '',
    'newsdoc errors (predicted with the wrong type / wrong boundary / spurious; gold missed entirely):',
    ...TYPES.map((t) => {
      const e = ours.errors[t];
      return `  ${t}: wrong type ${e.wrongType}, boundary ${e.boundary}, spurious ${e.spurious}, missed ${e.missed} (of ${ours.perType[t].tp + ours.perType[t].fn} gold)`;
    }),
  ];
  return { rows, notes, json: { newsdoc: ours, compromise: baseline } };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = runConll();
  for (const [metric, subset, result] of report.rows) console.log(`${metric.padEnd(18)} ${subset.padEnd(12)} ${result}`);
  console.log(report.notes.join('\n'));
}
