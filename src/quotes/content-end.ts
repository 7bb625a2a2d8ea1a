import { isQuoteMark, type QuoteDocument } from './document.js';
import { lastWordOf, TRAILING_RELATIVE, type Draft } from './draft.js';
import type { TokenRange } from './speaker.js';
import { CONTENT_END_WEIGHTS } from './content-end-weights.generated.js';
import { FeatureLists, FeatureScore, FeatureTable, templatesNamed, type FeatureSink, type FeatureTemplate } from './feature-table.js';

/*
 * Where reported speech that follows its cue ends. The sentence reader gives the longest content
 * the clause allows and the hand-written rules (`cutTrailingClause`) a first guess; PolNeAR's
 * annotators often end sooner (`sought [to get the event back on track] after ...`, `opposed [it]
 * because ...`), at a comma, a conjunction or a preposition, and no single rule picks the place
 * (none is right more than 38% of the time on PolNeAR train). A linear model trained on PolNeAR
 * train (`scripts/train-content-end.ts`) scores each place the content may end, the rules' guess
 * among its features; the best-scored place wins. The training script reads the candidates through
 * this file, so training and extraction see the same candidates and features.
 */

/** A place the content may end: the content is `[first, at - 1]`; `at` past the content keeps it whole. */
export interface EndCandidate {
  readonly at: number;
  /** The parts of the candidate's feature of each of {@link END_TEMPLATES}, in order. */
  readonly features: readonly (readonly string[])[];
}

/**
 * The feature templates of a candidate end: `b` is the word after the end, `p` the last word of the
 * content, `c1`-`c3` the classes after `b`, `seg|verb` the stretch `b` opens ({@link segmentAfter}).
 */
export const END_TEMPLATES: readonly FeatureTemplate[] = templatesNamed([
  'b', 'b|n', 'b|shape', 'p', 'p|b', 'len', 'b|len', 'rest', 'cue|b', 'open|b', 'rule', 'rule|b', 'quote', 'commas|b', 'rank',
  'b|c1|c2', 'b|n|c2', 'c1|c2|c3', 'open|b|c1', 'b|seg|verb',
]);

/** Picks the `at` of one of the candidates for the content `range`; the rules' guess is `ruleAt`. */
export type EndChooser = (candidates: readonly EndCandidate[], ruleAt: number, range: TokenRange) => number;

/** Words before which a content may end: conjunctions, prepositions and relatives that open what follows. */
const BREAK_WORDS = new Set([
  'and', 'but', 'or', 'as', 'while', 'because', 'after', 'before', 'when', 'since', 'until', 'if', 'though',
  'although', 'in', 'on', 'at', 'during', 'with', 'for', 'by', 'to', 'from', 'amid', 'despite', 'following',
  'without', 'through', 'over', 'about', 'into', 'against', 'under', 'who', 'which', 'where', 'whose', 'than',
  'so', 'including', 'saying', 'adding', 'noting', 'calling', 'according', 'even', 'then', 'ahead', 'last',
  'this', 'earlier', 'outside', 'inside', 'among', 'across', 'around', 'via', 'like', 'unless', 'whether',
]);

const PUNCTUATION = /^\p{P}+$/u;
const WEIGHTS = new FeatureTable(END_TEMPLATES, CONTENT_END_WEIGHTS);

const COMMAS = ['0', '1', '2', '3'];
const RANKS = ['0', '1', '2', '3', '4'];
const bucket = (n: number) => (n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+');

/** The class of a content's first word: how the report opens. */
function openingOf(word: string): string {
  if (word === 'that' || word === 'to' || word === 'whether' || word === 'if' || word === 'how' || word === 'what' || word === 'why') return word;
  if (/^(?:he|she|they|we|i|you|it)$/.test(word)) return 'pron';
  if (/^(?:the|a|an|his|her|their|its|our|this|these|those)$/.test(word)) return 'det';
  if (isQuoteMark(word)) return 'mark';
  return 'word';
}

/** Closed-class words by the class of phrase they open. */
const WORD_CLASS: ReadonlyMap<string, string> = new Map([
  ...['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there'].map((w) => [w, 'pron'] as const),
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'some', 'many', 'most'].map((w) => [w, 'det'] as const),
  ...['who', 'which', 'that', 'whose', 'where', 'when', 'what', 'how', 'why'].map((w) => [w, 'wh'] as const),
  ...['said', 'says', 'say', 'told', 'added', 'noted', 'wrote', 'according', 'adding', 'saying'].map((w) => [w, 'cue'] as const),
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'does', 'did'].map(
    (w) => [w, 'aux'] as const,
  ),
]);

/** Whether a word is punctuation only; most words start with a lower-case ASCII letter and skip the expression. */
function isPunctuation(word: string): boolean {
  const code = word.charCodeAt(0);
  return !(code >= 97 && code <= 122) && PUNCTUATION.test(word);
}

/** The shape of a token: what kind of phrase follows a break. */
function shapeOf(text: string): string {
  const code = text.charCodeAt(0);
  // Most tokens start with a lower-case ASCII letter: they skip the regular expressions, which cost more than the rest.
  if (code < 97 || code > 122) {
    if ((code >= 65 && code <= 90) || /^\p{Lu}/u.test(text)) return 'cap';
    if ((code >= 48 && code <= 57) || /^\p{N}/u.test(text)) return 'num';
    if (PUNCTUATION.test(text)) return 'punct';
  }
  return text.endsWith('ing') ? 'ing' : text.endsWith('ed') ? 'ed' : text.endsWith('ly') ? 'ly' : 'low';
}

/*
 * The shape and the class (closed-class words by the phrase they open, else the shape) of token
 * `index` of a content ending at token `last`, `</c>` past it. Worked out only for the few tokens
 * after a candidate end, rather than for every token of the content.
 */
function shapeAt(doc: QuoteDocument, index: number, last: number): string {
  return index > last ? '</c>' : shapeOf(doc.tokens[index]!.text);
}

function classAt(doc: QuoteDocument, index: number, last: number): string {
  return index > last ? '</c>' : (WORD_CLASS.get(doc.words[index]!) ?? shapeOf(doc.tokens[index]!.text));
}

/**
 * A word that looks like a finite verb: an auxiliary, a past form, or a third-person form (a plural
 * noun passes too; leaving the `-s` forms out lost exact matches on the held-out fifth of train).
 */
const FINITE_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|[a-z]{3,}ed|[a-z]{3,}[^s]s)$/;
const SEGMENT_BREAK = /^(?:[,.;:!?]|--|—|-)$/;
/** The longest stretch {@link segmentAfter} reads. */
const MAX_SEGMENT = 25;
const SEGMENT_OF_WHOLE = { tokens: 0, verb: false } as const;

/**
 * The stretch that a candidate break at `at` opens, up to the next comma, stop or dash: how many
 * tokens it has (the break's own included) and whether a finite verb is among them. `, as was the
 * case` and `, which was dropped` hold a clause of their own, `, in emergency scenarios` does not;
 * the model weighs each with the break word. On the held-out fifth of train this feature took the
 * model from 86.8% to 87.2% of end decisions right and made 10 to 13 more contents exact.
 */
function segmentAfter(words: readonly string[], at: number, last: number): { tokens: number; verb: boolean } {
  let i = at + 1;
  let verb = false;
  while (i <= last && i - at < MAX_SEGMENT && !SEGMENT_BREAK.test(words[i]!)) {
    if (FINITE_VERB.test(words[i]!)) verb = true;
    i++;
  }
  return { tokens: i - at, verb };
}

/**
 * Walks the places where the content `[first, last]` of `draft` may end (`ruleLast` is where the
 * rules end it): writes the features of each to `sink`, then calls `candidate` with its `at`.
 */
function forEachEnd(doc: QuoteDocument, draft: Draft, first: number, last: number, ruleLast: number, sink: FeatureSink, candidate: (at: number) => void): void {
  const { words } = doc;
  const cueWord = lastWordOf(draft.cue);
  const opening = openingOf(words[first] ?? '');
  let count = 0;
  // `..., which was passed in 2010`: where the rules cut a trailing non-restrictive relative clause
  // (PolNeAR's annotators end there two times in three), the content ends there at the latest.
  const limit = ruleLast < last && words[ruleLast + 1] === ',' && TRAILING_RELATIVE.has(words[ruleLast + 2] ?? '') ? ruleLast : last;
  let commas = 0;
  let marks = 0;
  for (let at = first + 1; at <= limit + 1; at++) {
    const word = words[at - 1]!;
    if (word === ',') commas++;
    if (isQuoteMark(word)) marks++;
    const whole = at > last;
    const next = whole ? '</c>' : words[at]!;
    if (!whole && at !== ruleLast + 1 && !BREAK_WORDS.has(next) && !isPunctuation(next)) continue;
    const after = whole ? '</c>' : (words[at + 1] ?? '</c>');
    const rule = at === ruleLast + 1 ? 'rule' : 'other';
    const c1 = classAt(doc, at + 1, last);
    const c2 = classAt(doc, at + 2, last);
    const c3 = classAt(doc, at + 3, last);
    const length = bucket(at - first);
    // One call per template of END_TEMPLATES, in its order.
    sink.one(next);
    sink.two(next, after);
    sink.two(next, shapeAt(doc, at + 1, last));
    sink.one(word);
    sink.two(word, next);
    sink.one(length);
    sink.two(next, length);
    sink.one(bucket(last + 1 - at));
    sink.two(cueWord, next);
    sink.two(opening, next);
    sink.one(rule);
    sink.two(rule, next);
    sink.one(marks % 2 === 1 ? 'in' : 'out');
    sink.two(COMMAS[Math.min(commas, 3)]!, next);
    sink.one(RANKS[Math.min(count, 4)]!);
    sink.three(next, c1, c2);
    sink.three(next, after, c2);
    sink.three(c1, c2, c3);
    sink.three(opening, next, c1);
    const segment = whole ? SEGMENT_OF_WHOLE : segmentAfter(words, at, last);
    sink.three(next, bucket(segment.tokens), segment.verb ? 'verb' : 'none');
    candidate(at);
    count++;
  }
}

/**
 * The places where the content `[first, last]` of `draft` may end, each with its features;
 * `ruleLast` is where the rules end it.
 */
export function endCandidates(doc: QuoteDocument, draft: Draft, first: number, last: number, ruleLast: number): EndCandidate[] {
  const candidates: EndCandidate[] = [];
  const sink = new FeatureLists();
  forEachEnd(doc, draft, first, last, ruleLast, sink, (at) => candidates.push({ at, features: sink.take() }));
  return candidates;
}

/** The candidate the trained model scores highest (the earliest among equals). */
export const chooseByModel: EndChooser = (candidates, ruleAt) => {
  let best = ruleAt;
  let bestScore = -Infinity;
  for (const { at, features } of candidates) {
    const score = WEIGHTS.score(features);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
};

/** {@link chooseByModel} of the candidates of `draft`, each scored as it is found rather than listed with its features first. */
function bestScoredEnd(doc: QuoteDocument, draft: Draft, ruleLast: number): number {
  const score = new FeatureScore(WEIGHTS);
  let best = ruleLast + 1;
  let bestScore = -Infinity;
  forEachEnd(doc, draft, draft.content.first, draft.content.last, ruleLast, score, (at) => {
    if (score.sum > bestScore) {
      best = at;
      bestScore = score.sum;
    }
    score.start();
  });
  return best;
}

/** The content of `draft` after its cue, ended where `choose` says among the candidates; `ruled` is the rules' guess. */
export function chooseContentEnd(doc: QuoteDocument, draft: Draft, ruled: TokenRange, choose: EndChooser): TokenRange {
  const { first, last } = draft.content;
  const at = choose === chooseByModel ? bestScoredEnd(doc, draft, ruled.last) : choose(endCandidates(doc, draft, first, last, ruled.last), ruled.last + 1, draft.content);
  return { first: ruled.first, last: Math.max(ruled.first, at - 1) };
}
