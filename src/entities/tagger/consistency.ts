/**
 * Document-level second pass over the tagger's output. A news story names someone in full once
 * and by surname afterwards, and a headline repeats names of the body in capitals, so:
 *
 * 1. the same name (case-insensitive) gets the type most of its mentions have;
 * 2. a lone capitalised token that is the last word of a person named in full elsewhere in the
 *    document is that person (`Simmons` after `Phil Simmons`), whatever the first pass said.
 */
import { UPPER } from '../../text/character-class.js';
import type { PreparedSentence } from './prepare.js';
import type { TokenSpan } from './labels.js';

export interface LabelledSentence {
  readonly sentence: PreparedSentence;
  readonly spans: readonly TokenSpan[];
}

const PER = 0;
const UPPER_START = /^\p{Lu}/u;

function nameOf(sentence: PreparedSentence, span: TokenSpan): string {
  let name = '';
  for (let i = span.start; i < span.end; i++) name += (i > span.start ? ' ' : '') + sentence.rawFacts[i]!.lower;
  return name;
}

/**
 * A capitalised token, outside all-caps text, that is a known surname and never written in lower
 * case in the document (so `Such had scuttled` counts, `Such a pity` with `such` elsewhere not).
 */
function isSurnameMention(sentence: PreparedSentence, i: number, surnames: ReadonlySet<string>): boolean {
  const word = sentence.rawFacts[i]!;
  // A word without a capital (most of them) needs no regex.
  if (sentence.caps || (word.classes & UPPER) === 0 || !UPPER_START.test(word.text) || !surnames.has(word.lower)) return false;
  return (sentence.flags[i]! & 1) === 0;
}

export function applyDocumentConsistency(sentences: readonly LabelledSentence[]): readonly LabelledSentence[] {
  // Votes per name and type; mentions in all-caps sentences count less (headlines are harder).
  const votes = new Map<string, Float64Array>();
  const surnames = new Set<string>();
  for (const { sentence, spans } of sentences) {
    for (const span of spans) {
      const name = nameOf(sentence, span);
      let v = votes.get(name);
      if (v === undefined) {
        v = new Float64Array(4);
        votes.set(name, v);
      }
      v[span.type] = v[span.type]! + (sentence.caps ? 0.5 : 1);
      if (span.type === PER && span.end - span.start >= 2 && !sentence.caps) {
        const last = sentence.raw[span.end - 1]!;
        if (last.length > 1 && UPPER_START.test(last)) surnames.add(last.toLowerCase());
      }
    }
  }
  const majority = (name: string, fallback: number): number => {
    const v = votes.get(name);
    if (v === undefined) return fallback;
    let best = fallback;
    for (let t = 0; t < 4; t++) if (v[t]! > v[best]!) best = t;
    return best;
  };
  return sentences.map(({ sentence, spans }) => {
    const out: TokenSpan[] = [];
    let next = 0;
    const covered = new Uint8Array(sentence.raw.length);
    for (const span of spans) for (let i = span.start; i < span.end; i++) covered[i] = 1;
    for (const span of spans) {
      // Surnames first: untagged tokens before this span.
      for (; next < span.start; next++) {
        if (covered[next] === 0 && isSurnameMention(sentence, next, surnames)) {
          out.push({ type: PER, start: next, end: next + 1 });
        }
      }
      next = span.end;
      const name = nameOf(sentence, span);
      let type = majority(name, span.type);
      if (span.end - span.start === 1 && surnames.has(name)) type = PER;
      out.push(type === span.type ? span : { type, start: span.start, end: span.end });
    }
    for (; next < sentence.raw.length; next++) {
      if (covered[next] === 0 && isSurnameMention(sentence, next, surnames)) {
        out.push({ type: PER, start: next, end: next + 1 });
      }
    }
    return { sentence, spans: out };
  });
}
