import { isQuoteMark, type QuoteDocument } from './document.js';
import type { Draft } from './draft.js';
import type { TokenRange } from './speaker.js';
import { CONTENT_END_BIAS, CONTENT_END_WEIGHTS } from './content-end-weights.generated.js';

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
  readonly features: readonly string[];
}

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
const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(CONTENT_END_WEIGHTS));

const bucket = (n: number) => (n <= 1 ? String(n) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+');

/** The class of a content's first word: how the report opens. */
function openingOf(word: string): string {
  if (word === 'that' || word === 'to' || word === 'whether' || word === 'if' || word === 'how' || word === 'what' || word === 'why') return word;
  if (/^(?:he|she|they|we|i|you|it)$/.test(word)) return 'pron';
  if (/^(?:the|a|an|his|her|their|its|our|this|these|those)$/.test(word)) return 'det';
  if (isQuoteMark(word)) return 'mark';
  return 'word';
}

/** The shape of the word after a break: what kind of phrase follows. */
function shapeOf(doc: QuoteDocument, index: number, last: number): string {
  if (index > last) return '</c>';
  const text = doc.tokens[index]!.text;
  if (PUNCTUATION.test(text)) return 'punct';
  if (/^\p{Lu}/u.test(text)) return 'cap';
  if (/^\p{N}/u.test(text)) return 'num';
  return /ing$/.test(text) ? 'ing' : /ed$/.test(text) ? 'ed' : /ly$/.test(text) ? 'ly' : 'low';
}

/** The class of a word after a break: the phrase it opens. */
function classOf(doc: QuoteDocument, index: number, last: number): string {
  if (index > last) return '</c>';
  const word = doc.words[index]!;
  if (/^(?:he|she|they|we|i|you|it|there)$/.test(word)) return 'pron';
  if (/^(?:the|a|an|his|her|their|its|our|this|these|those|some|many|most)$/.test(word)) return 'det';
  if (/^(?:who|which|that|whose|where|when|what|how|why)$/.test(word)) return 'wh';
  if (/^(?:said|says|say|told|added|noted|wrote|according|adding|saying)$/.test(word)) return 'cue';
  if (/^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|does|did)$/.test(word)) return 'aux';
  return shapeOf(doc, index, last);
}

/**
 * The places where the content `[first, last]` of `draft` may end, each with its features;
 * `ruleLast` is where the rules end it.
 */
export function endCandidates(doc: QuoteDocument, draft: Draft, first: number, last: number, ruleLast: number): EndCandidate[] {
  const { words } = doc;
  const cueWord = draft.cue.phrase.slice(draft.cue.phrase.lastIndexOf(' ') + 1);
  const opening = openingOf(words[first] ?? '');
  const candidates: EndCandidate[] = [];
  let commas = 0;
  let marks = 0;
  for (let at = first + 1; at <= last + 1; at++) {
    const word = words[at - 1]!;
    if (word === ',') commas++;
    if (isQuoteMark(word)) marks++;
    const whole = at > last;
    const next = whole ? '</c>' : words[at]!;
    if (!whole && at !== ruleLast + 1 && !BREAK_WORDS.has(next) && !PUNCTUATION.test(next)) continue;
    const after = whole ? '</c>' : (words[at + 1] ?? '</c>');
    const rule = at === ruleLast + 1 ? 'rule' : 'other';
    const inside = marks % 2 === 1 ? 'in' : 'out';
    candidates.push({
      at,
      features: [
        `b=${next}`,
        `b|n=${next}|${after}`,
        `b|shape=${next}|${shapeOf(doc, at + 1, last)}`,
        `p=${word}`,
        `p|b=${word}|${next}`,
        `len=${bucket(at - first)}`,
        `b|len=${next}|${bucket(at - first)}`,
        `rest=${bucket(last + 1 - at)}`,
        `cue|b=${cueWord}|${next}`,
        `open|b=${opening}|${next}`,
        rule,
        `${rule}|b=${next}`,
        `quote=${inside}`,
        `commas|b=${Math.min(commas, 3)}|${next}`,
        `rank=${Math.min(candidates.length, 4)}`,
        `b|c1|c2=${next}|${classOf(doc, at + 1, last)}|${classOf(doc, at + 2, last)}`,
        `b|n|c2=${next}|${after}|${classOf(doc, at + 2, last)}`,
        `c1|c2|c3=${classOf(doc, at + 1, last)}|${classOf(doc, at + 2, last)}|${classOf(doc, at + 3, last)}`,
        `open|b|c1=${opening}|${next}|${classOf(doc, at + 1, last)}`,
      ],
    });
  }
  return candidates;
}

/** The candidate the trained model scores highest (the earliest among equals). */
export const chooseByModel: EndChooser = (candidates, ruleAt) => {
  let best = ruleAt;
  let bestScore = -Infinity;
  for (const { at, features } of candidates) {
    let score = CONTENT_END_BIAS;
    for (const feature of features) score += WEIGHTS.get(feature) ?? 0;
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
};

/** The content of `draft` after its cue, ended where `choose` says among the candidates; `ruled` is the rules' guess. */
export function chooseContentEnd(doc: QuoteDocument, draft: Draft, ruled: TokenRange, choose: EndChooser): TokenRange {
  const { first, last } = draft.content;
  const candidates = endCandidates(doc, draft, first, last, ruled.last);
  const at = choose(candidates, ruled.last + 1, draft.content);
  return { first: ruled.first, last: Math.max(ruled.first, at - 1) };
}
