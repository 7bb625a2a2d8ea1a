import type { DirectQuote } from './direct.js';
import { isSentenceStop, STARTS_UPPER_CASE, tokenAtOrAfter, type QuoteDocument, type Sentence } from './document.js';
import { cueProbability, cueScore, probabilityOfSum, type CUE_TEMPLATES } from './cue-classifier.js';
import { FeatureLists, type FeatureSink } from './feature-table.js';
import { clauseAfterCue } from './finite-clause.js';
import { matchCues, type CueMatch } from './match-cues.js';
import { unseenVerbCues } from './unseen-verb-cue.js';
import type { Quotation } from './quote-marks.js';

/*
 * The cue candidates of reported speech in one sentence, each with the probability that it is a
 * cue where it stands. The lexicon proposes the candidates; a classifier trained on PolNeAR train
 * (`scripts/train-cues.ts`) scores them in context. The training script reads the sentences
 * through this same file, so training and extraction see the same candidates and features.
 */

// The expressions of this file are constants, not literals in the functions: a literal is a new
// object each time it is evaluated, and these are tested at every candidate.
const LEADING_PUNCTUATION = /^[,.:;(]$/;
const PUNCTUATION = /^[\p{P}]+$/u;
const STARTS_NUMBER = /^\p{N}/u;

/**
 * The lexicon precision of a reporting verb that a finite clause right after it makes a cue
 * whatever the classifier says (`Zhao added rescue teams had reached ...`). PolNeAR's writers put
 * `that` after `added`, so the classifier never saw `added` before a bare clause and scored it as
 * `added 160 security personnel`; an object is not followed by a finite verb. On the held-out
 * fifth of train this left overlap F1 where it was (one more match at 0.7, one fewer at 0.8) and
 * found the 10 reports of the generated articles it missed.
 */
const REPORTING_VERB = 0.7;

/** The lexicon precision a phrase needs to be a candidate at all: the classifier decides above it. */
const CANDIDATE_FLOOR = 0.1;

/**
 * Token states: 1 inside a quotation, 2 taken by a direct quote and its attribution; the quote's
 * gaps (the writer's words between its parts) are read as any other words.
 */
export function blockedTokens(doc: QuoteDocument, quotations: readonly Quotation[], direct: readonly DirectQuote[]): Uint8Array {
  const blocked = new Uint8Array(doc.tokens.length);
  for (const quotation of quotations) {
    const to = tokenAtOrAfter(doc, quotation.close?.end ?? quotation.content.end);
    for (let i = tokenAtOrAfter(doc, quotation.open.start); i < to; i++) blocked[i] = 1;
  }
  for (const quote of direct) {
    // The gaps lie inside the quote's tokens, in text order.
    let i = quote.covers.first;
    for (const gap of quote.gaps) {
      for (; i < gap.first; i++) blocked[i] = 2;
      i = gap.last + 1;
    }
    for (; i <= quote.covers.last; i++) blocked[i] = 2;
  }
  return blocked;
}

/** A candidate scored by the classifier (`precision`), with the lexicon's precision beside it. */
export interface ScoredCue extends CueMatch {
  readonly lexiconPrecision: number;
}

/** A sentence as reported speech reads it: past a leading direct quote and punctuation, without its final stops. */
export interface SentenceCues {
  readonly start: number;
  readonly end: number;
  /** The first token in `[start, end]` inside a quotation that no direct quote took, or -1. */
  readonly quoteAt: number;
  /** The candidates, each with `precision` replaced by the classifier's probability. */
  readonly cues: readonly ScoredCue[];
  /**
   * The features of each candidate, for training: the parts of its feature of each of
   * {@link CUE_TEMPLATES}. Empty unless asked for (extraction only needs their scores).
   */
  readonly features: readonly (readonly (readonly string[])[])[];
}

/**
 * The cue candidates of a sentence, scored.
 *
 * @param keepFeatures Whether to keep each candidate's features in the result (training reads them).
 */
export function sentenceCues(doc: QuoteDocument, blocked: Uint8Array, sentence: Sentence, keepFeatures = true): SentenceCues | null {
  const { words } = doc;
  let start = sentence.first;
  while (start <= sentence.last && (blocked[start] === 2 || LEADING_PUNCTUATION.test(words[start]!))) start++;
  let end = sentence.last;
  while (end >= start && isSentenceStop(words[end]!)) end--;
  if (end - start < 2) return null;
  let quoteAt = -1;
  for (let i = start; i <= end; i++) {
    if (blocked[i] === 1) {
      quoteAt = i;
      break;
    }
  }
  const cues: ScoredCue[] = [];
  const features: string[][][] = [];
  const lists = keepFeatures ? new FeatureLists() : null;
  const score = keepFeatures ? null : cueScore();
  const capitalized = (index: number) => STARTS_UPPER_CASE.test(doc.tokens[index]!.text);
  const matched = matchCues(words, start, end + 1, CANDIDATE_FLOOR, true);
  const unseen = unseenVerbCues(words, start, end + 1, matched, capitalized);
  const candidates = unseen.length === 0 ? matched : [...matched, ...unseen].sort((a, b) => a.first - b.first);
  for (const cue of candidates) {
    if (blocked[cue.first] !== 0) continue;
    let probability: number;
    if (lists) {
      writeFeatures(doc, cue, start, end, quoteAt, lists);
      const cueFeatures = lists.take();
      features.push(cueFeatures);
      probability = cueProbability(cueFeatures);
    } else {
      writeFeatures(doc, cue, start, end, quoteAt, score!.start());
      probability = probabilityOfSum(score!.sum);
    }
    // A quotation in the sentence is evidence of a report that the lexicon's precision already
    // weighs (`cue-context.ts`), and so is a finite clause after a reporting verb; there the
    // classifier may raise a cue's score but not lower it.
    const trusted = quoteAt >= 0 || (cue.precision >= REPORTING_VERB && clauseAfterCue(words, cue.last, end, capitalized, true) === 'clause');
    // A literal rather than a spread of `cue`: spreading took several times as long.
    cues.push({
      first: cue.first,
      last: cue.last,
      phrase: cue.phrase,
      precision: trusted ? Math.max(probability, cue.precision) : probability,
      contentAfter: cue.contentAfter,
      participle: cue.participle,
      candidateOnly: cue.candidateOnly,
      lexiconPrecision: cue.precision,
    });
  }
  return { start, end, quoteAt, cues, features };
}

// Sets rather than alternations: `classOf` runs twice per candidate, and a set reads a word in one lookup.
const DETERMINER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'some', 'any', 'no', 'every']);
const PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me']);
const COMPLEMENT: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where']);

/** The class of a neighbouring word: what kind of phrase it opens or closes. */
function classOf(doc: QuoteDocument, index: number, start: number, end: number): string {
  if (index < start) return '<s>';
  if (index > end) return '</s>';
  const word = doc.words[index]!;
  if (word === ',' || word === ';' || word === ':') return word;
  // A word that starts with a lower-case ASCII letter is not punctuation: it skips the expression.
  const code = word.charCodeAt(0);
  if (!(code >= 97 && code <= 122) && PUNCTUATION.test(word)) return 'punct';
  if (word === 'to' || word === 'about' || word === 'for' || word === 'on' || word === 'of') return word;
  if (COMPLEMENT.has(word)) return 'comp';
  if (DETERMINER.has(word)) return 'det';
  if (PRONOUN.has(word)) return 'pron';
  if (STARTS_UPPER_CASE.test(doc.tokens[index]!.text) && index > start) return 'cap';
  if (STARTS_NUMBER.test(word)) return 'num';
  return 'word';
}

function shapeOf(word: string): string {
  return word.endsWith('ing') ? 'ing' : word.endsWith('ed') ? 'ed' : word.endsWith('s') ? 's' : 'base';
}

const WORD_COUNTS = ['0', '1', '2', '3'];
const bucket = (n: number) => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

/** Writes the features of a candidate cue in its sentence `[start, end]` to `sink`, one call per template of {@link CUE_TEMPLATES} in its order; `quoteAt` as in {@link SentenceCues}. */
function writeFeatures(doc: QuoteDocument, cue: CueMatch, start: number, end: number, quoteAt: number, sink: FeatureSink): void {
  const { words } = doc;
  const phrase = cue.phrase;
  const shape = shapeOf(words[cue.first]!);
  const prev = cue.first > start ? words[cue.first - 1]! : '<s>';
  const next = cue.last < end ? words[cue.last + 1]! : '</s>';
  const prevClass = classOf(doc, cue.first - 1, start, end);
  const nextClass = classOf(doc, cue.last + 1, start, end);
  const quote = quoteAt < 0 ? 'none' : quoteAt > cue.last ? 'after' : 'before';
  const clause = clauseAfterCue(words, cue.last, end, (index) => STARTS_UPPER_CASE.test(doc.tokens[index]!.text));
  sink.one(phrase);
  sink.two(phrase, prevClass);
  sink.two(phrase, nextClass);
  sink.one(prev);
  sink.one(next);
  sink.one(cue.first - 1 > start ? words[cue.first - 2]! : '<s>');
  sink.one(cue.last + 1 < end ? words[cue.last + 2]! : '</s>');
  sink.one(shape);
  sink.two(shape, prevClass);
  sink.two(shape, nextClass);
  sink.two(prevClass, nextClass);
  sink.one(bucket(cue.first - start));
  sink.one(bucket(end - cue.last));
  sink.one(quote);
  sink.two(phrase, quote);
  sink.one(WORD_COUNTS[Math.min(cue.last - cue.first + 1, 3)]!);
  sink.one(clause);
  sink.two(phrase, clause);
}
