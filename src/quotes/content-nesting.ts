import type { DirectQuote } from './direct.js';
import { tokenAtOrAfter, type Attribution, type QuoteDocument } from './document.js';
import { matchCues } from './match-cues.js';
import { NESTING_INNER, NESTING_OUTER } from './nesting-weights.generated.js';
import { firstNotBefore } from '../text/search.js';

/** The lexicon's precision of an attribution's cue where it stands (0 without a cue). */
function lexiconPrecision(doc: QuoteDocument, attribution: Attribution): number {
  const { cue } = attribution;
  return cue ? (matchCues(doc.words, cue.first, cue.last + 1, 0)[0]?.precision ?? 0) : 0;
}

/**
 * Whether token `index` lies in a gap of a direct quote (`"...," said X, referring to Y. "..."`):
 * the writer's words between the quote's parts, not what its speaker said.
 */
function inGapOf(attribution: Attribution, index: number): boolean {
  const gaps = (attribution as Partial<DirectQuote>).gaps;
  return gaps !== undefined && gaps.some((gap) => gap.first <= index && index <= gap.last);
}

/** `that`, `whether`: the words that open a complement clause. */
const COMPLEMENTIZER = /^(?:that|whether)$/;

/** How many cues inside one content are compared with its own. */
const MAX_INNER = 64;
/** Two cues at least this reliable in the lexicon are both kept, one report nested in the other. */
const BOTH_RELIABLE = 0.9;

/** A report whose cue lies inside the content of another, that other, and the lexicon's precision of each cue. */
export interface NestedPair {
  readonly outer: Attribution;
  readonly inner: Attribution;
  readonly outerLexicon: number;
  readonly innerLexicon: number;
}

/**
 * Every pair of reports to judge where the cue of one (`inner`) lies inside the content of the
 * other (`outer`), outside the gaps of a direct quote; attributions without a cue are in none, and
 * neither is a pair of two cues the lexicon finds reliable, which stay both.
 *
 * @param doc The document the attributions index into.
 * @param attributions The attributions, in any order.
 */
export function nestedPairs(doc: QuoteDocument, attributions: readonly Attribution[]): NestedPair[] {
  const cueStart = (a: Attribution) => doc.tokens[a.cue!.first]!.start;
  const cueEnd = (a: Attribution) => doc.tokens[a.cue!.last]!.end;
  const withCue = attributions.filter((a) => a.cue !== null).sort((a, b) => cueStart(a) - cueStart(b));
  const precision = new Map(withCue.map((a) => [a, lexiconPrecision(doc, a)]));
  const pairs: NestedPair[] = [];
  for (const outer of withCue) {
    // The cues that start inside this content, found by binary search over the cues in text order.
    const low = firstNotBefore(withCue, (attribution) => cueStart(attribution) < outer.content.start);
    // Bounded, so that a sentence of a thousand `X said that Y said that ...` stays linear.
    for (let k = low; k < withCue.length && k - low < MAX_INNER && cueStart(withCue[k]!) < outer.content.end; k++) {
      const inner = withCue[k]!;
      if (inner === outer || cueEnd(inner) > outer.content.end || inGapOf(outer, inner.cue!.first)) continue;
      // `X has said that ..., a spokesman said.`: two reliable cues are two reports, one inside the other.
      const outerLexicon = precision.get(outer)!;
      const innerLexicon = precision.get(inner)!;
      if (Math.min(outerLexicon, innerLexicon) >= BOTH_RELIABLE) continue;
      pairs.push({ outer, inner, outerLexicon, innerLexicon });
    }
  }
  return pairs;
}

/** Relative pronouns that open a clause on a noun (`The staff member who reported the call`). */
const RELATIVE_PRONOUN: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * Whether the outer report of a pair is a relative clause inside the inner report's speaker: in
 * `The staff member who reported the call recalled that he said ...`, `reported` reads a content
 * running on over `recalled`, whose speaker holds it. Such an outer report is dropped, not judged.
 */
export function outerInInnerSpeaker(doc: QuoteDocument, { outer, inner }: NestedPair): boolean {
  const { speaker } = inner;
  const cue = outer.cue!;
  return speaker !== null && speaker.first <= cue.first && cue.last <= speaker.last && RELATIVE_PRONOUN.has(doc.words[cue.first - 1] ?? '');
}

/** Buckets of a probability or of a difference of two, for features that are words. */
const PROBABILITY_STEPS = [-0.5, -0.2, -0.05, 0.05, 0.2, 0.4, 0.6, 0.8, 0.9];
const LENGTH_STEPS = [40, 80, 160, 320];
const DISTANCE_STEPS = [0, 1, 2, 4, 8, 16];
const bucket = (value: number, steps: readonly number[]) => String(steps.find((step) => value <= step) ?? 'more');

/**
 * The features of a nested pair, the same for both of the models that judge it: the two cues, their
 * kinds, how reliable the lexicon and the classifier found each, the words around the inner cue,
 * how far into the outer content it stands and how long both contents are.
 */
export function nestingFeatures(doc: QuoteDocument, { outer, inner, outerLexicon, innerLexicon }: NestedPair): string[] {
  const { words } = doc;
  const phrase = (a: Attribution) => words.slice(a.cue!.first, a.cue!.last + 1).join(' ');
  const outerFirst = tokenAtOrAfter(doc, outer.content.start);
  const outerAfter = outerFirst > outer.cue!.last;
  const innerAfter = tokenAtOrAfter(doc, inner.content.start) > inner.cue!.last;
  const outerClause = outerAfter && COMPLEMENTIZER.test(words[outerFirst] ?? '');
  const outerScore = outer.cueProbability ?? outerLexicon;
  const innerScore = inner.cueProbability ?? innerLexicon;
  const innerCue = phrase(inner);
  return [
    `kinds=${outer.kind}|${inner.kind}`,
    `outer=${phrase(outer)}`,
    `inner=${innerCue}`,
    `outerClause=${outerClause}`,
    `outerClause|inner=${outerClause}|${innerCue}`,
    `after=${outerAfter}|${innerAfter}`,
    `innerPrev=${words[inner.cue!.first - 1] ?? '<s>'}`,
    `innerNext=${words[inner.cue!.last + 1] ?? '</s>'}`,
    `distance=${bucket(inner.cue!.first - outerFirst, DISTANCE_STEPS)}`,
    `outerLength=${bucket(outer.content.end - outer.content.start, LENGTH_STEPS)}`,
    `innerLength=${bucket(inner.content.end - inner.content.start, LENGTH_STEPS)}`,
    `outerLexicon=${bucket(outerLexicon, PROBABILITY_STEPS)}`,
    `innerLexicon=${bucket(innerLexicon, PROBABILITY_STEPS)}`,
    `outerScore=${bucket(outerScore, PROBABILITY_STEPS)}`,
    `innerScore=${bucket(innerScore, PROBABILITY_STEPS)}`,
    `scoreDifference=${bucket(innerScore - outerScore, PROBABILITY_STEPS)}`,
    `lexiconDifference=${bucket(innerLexicon - outerLexicon, PROBABILITY_STEPS)}`,
  ];
}

/** The probability one of the models (`nesting-weights.generated.ts`) gives a pair with these features. */
function probability(model: typeof NESTING_OUTER, features: readonly string[]): number {
  let sum = model.bias;
  for (const feature of features) sum += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/** A report the models find at least this likely to be annotated as it stands is kept. */
const KEEP = 0.5;

/**
 * Reports whose cue lies inside the content of another report. `Clinton said Wednesday that the
 * Trump University allegations are "..."` reads `allegations` as a cue inside what Clinton said,
 * and `a report suggesting donors ... were granted greater access` holds the report PolNeAR
 * annotates rather than the outer one. When both cues are reliable in the lexicon both reports stay
 * (`The region has said that ..., a spokesman said.`); of any other pair, two logistic models
 * trained by `scripts/train-nesting.ts` on the pairs of PolNeAR train judge how likely each report
 * is annotated exactly as read: one below {@link KEEP} is dropped, and of two below it the less
 * likely (the rule before, the cue more reliable in the lexicon wins, made 0.18 points of exact
 * F1 less over the five fifths of train held out in turn). An outer report that is a relative
 * clause in the inner one's speaker is dropped ({@link outerInInnerSpeaker}). Attributions
 * without a cue stay.
 *
 * @param doc The document the attributions index into.
 * @param attributions The attributions, in any order.
 * @returns The attributions that stay, in the order given.
 */
export function withoutNestedReports(doc: QuoteDocument, attributions: readonly Attribution[]): Attribution[] {
  const dropped = new Set<Attribution>();
  for (const pair of nestedPairs(doc, attributions)) {
    if (outerInInnerSpeaker(doc, pair)) {
      dropped.add(pair.outer);
      continue;
    }
    const features = nestingFeatures(doc, pair);
    const outer = probability(NESTING_OUTER, features);
    const inner = probability(NESTING_INNER, features);
    if (outer >= KEEP && inner >= KEEP) continue;
    dropped.add(outer < KEEP && (inner >= KEEP || outer < inner) ? pair.outer : pair.inner);
  }
  return attributions.filter((a) => !dropped.has(a));
}
