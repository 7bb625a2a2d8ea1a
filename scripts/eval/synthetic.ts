/**
 * Synthetic evaluation: how much of what `generateArticle` writes the parser reads back.
 *
 * Seeds 1..300 are generated with the default options (caption, byline, dateline, quotes and
 * entities on; 4 to 8 paragraphs), each `generated.text` is parsed with `parseArticle`, and the
 * parse is scored against the generated article, which is right by construction:
 * - structure: headline, caption, byline authors, dateline and paragraph texts recovered exactly;
 * - entities: recall of generated mentions by type; a mention is recovered when a parsed entity of
 *   the same type has a mention with the same span (also shown: the span found with another type);
 * - quotes: a generated quote is found when a parsed quote's span overlaps it (the parsed quote
 *   overlapping it most is its match); exact when the spans are equal once quotation marks and
 *   punctuation are trimmed from both ends; a named speaker is right when the parsed speaker's
 *   entity has a mention overlapping one of the generated speaker's entity's mentions, an unnamed
 *   one (`officials`) when the parsed speaker overlaps it and names no entity.
 *
 * The generator's vocabulary is small and its sentences regular, so these numbers are an upper
 * bound on real copy; they catch regressions and show which constructions the parser misses.
 *
 * Run alone: `node --import tsx scripts/eval/synthetic.ts`; also a section of `npm run eval`.
 */
import { fileURLToPath } from 'node:url';
import { generateArticle } from '../../src/generate/generate-article.js';
import type { Article } from '../../src/model/article.js';
import type { Entity, EntityType } from '../../src/model/entity.js';
import type { Quote, QuoteKind } from '../../src/model/quote.js';
import type { Span } from '../../src/model/span.js';
import { parseArticle } from '../../src/parse.js';
import { fraction } from '../lib/corpus.js';

/** How many articles are generated: seeds 1..SYNTHETIC_ARTICLES. */
export const SYNTHETIC_ARTICLES = 300;

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'date', 'misc'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const MAX_NOTES = 8;

interface Tally {
  hit: number;
  total: number;
}

const tally = (): Tally => ({ hit: 0, total: 0 });

function count(t: Tally, hit: boolean): void {
  t.total++;
  if (hit) t.hit++;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Quotation marks, punctuation and spaces at either end do not count in an exact match. */
const TRIMMABLE = /[\s"“”„‟«»‘’'.,;:!?—–-]/u;

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIMMABLE.test(text.charAt(start))) start++;
  while (end > start && TRIMMABLE.test(text.charAt(end - 1))) end--;
  return { start, end };
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

interface Scores {
  readonly structure: Record<'headline' | 'caption' | 'byline authors' | 'dateline' | 'paragraph texts (articles)' | 'paragraphs', Tally>;
  readonly mentions: Record<EntityType, Tally & { otherType: number }>;
  readonly quotesFound: Record<QuoteKind, Tally>;
  readonly quotesExact: Record<QuoteKind, Tally>;
  readonly namedSpeaker: Tally;
  readonly unnamedSpeaker: Tally;
  readonly missedQuotes: string[];
  readonly structureMisses: string[];
}

function scoreStructure(seed: number, generated: Article, parsed: Article, scores: Scores): void {
  const { structure } = scores;
  const checks: [keyof Scores['structure'], unknown, unknown][] = [
    ['headline', generated.headline?.text, parsed.headline?.text],
    ['caption', generated.caption?.text, parsed.caption?.text],
    ['byline authors', generated.byline?.authors.map((a) => a.name).join('|'), parsed.byline?.authors.map((a) => a.name).join('|')],
    ['dateline', generated.dateline?.text, parsed.dateline?.text],
  ];
  for (const [name, expected, actual] of checks) {
    count(structure[name], expected === actual);
    if (expected !== actual) scores.structureMisses.push(`seed ${seed} ${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  const texts = (article: Article) => article.paragraphs.map((paragraph) => paragraph.text);
  count(structure['paragraph texts (articles)'], JSON.stringify(texts(generated)) === JSON.stringify(texts(parsed)));
  const parsedTexts = new Set(texts(parsed));
  for (const text of texts(generated)) count(structure.paragraphs, parsedTexts.has(text));
}

function scoreMentions(generated: Article, parsed: Article, scores: Scores): void {
  const parsedMentions = parsed.entities.flatMap((entity) => entity.mentions.map((mention) => ({ type: entity.type, span: mention.span })));
  for (const entity of generated.entities) {
    for (const mention of entity.mentions) {
      const same = parsedMentions.filter((candidate) => sameSpan(candidate.span, mention.span));
      const score = scores.mentions[entity.type];
      count(score, same.some((candidate) => candidate.type === entity.type));
      if (same.length > 0 && !same.some((candidate) => candidate.type === entity.type)) score.otherType++;
    }
  }
}

function entityById(article: Article, id: string | null | undefined): Entity | undefined {
  return id == null ? undefined : article.entities.find((entity) => entity.id === id);
}

function scoreQuotes(seed: number, generated: Article, parsed: Article, scores: Scores): void {
  for (const quote of generated.quotes) {
    let match: Quote | undefined;
    let best = 0;
    for (const candidate of parsed.quotes) {
      const overlap = overlapLength(candidate.span, quote.span);
      if (overlap > best) [match, best] = [candidate, overlap];
    }
    count(scores.quotesFound[quote.kind], match !== undefined);
    count(scores.quotesExact[quote.kind], match !== undefined && sameSpan(trimmed(parsed.text, match.span), trimmed(generated.text, quote.span)));
    if (!match) scores.missedQuotes.push(`seed ${seed} ${quote.kind}: ${JSON.stringify(generated.text.slice(quote.span.start, quote.span.end))}`);
    const speakerEntity = entityById(generated, quote.speaker?.entityId);
    if (speakerEntity) {
      const parsedEntity = entityById(parsed, match?.speaker?.entityId);
      const right = parsedEntity?.mentions.some((mention) => speakerEntity.mentions.some((own) => overlapLength(own.span, mention.span) > 0));
      count(scores.namedSpeaker, right === true);
    } else if (quote.speaker) {
      const parsedSpeaker = match?.speaker;
      count(scores.unnamedSpeaker, parsedSpeaker != null && parsedSpeaker.entityId === null && overlapLength(parsedSpeaker.span, quote.speaker.span) > 0);
    }
  }
}

function percent(t: Tally): number | null {
  return t.total === 0 ? null : (100 * t.hit) / t.total;
}

/** Generates seeds 1..300, parses their text and scores the parse against the generated article. */
export function syntheticSection(): { rows: (readonly [string, string, string])[]; notes: string[]; json: Record<string, unknown> } {
  const scores: Scores = {
    structure: {
      headline: tally(),
      caption: tally(),
      'byline authors': tally(),
      dateline: tally(),
      'paragraph texts (articles)': tally(),
      paragraphs: tally(),
    },
    mentions: Object.fromEntries(ENTITY_TYPES.map((type) => [type, { ...tally(), otherType: 0 }])) as Scores['mentions'],
    quotesFound: Object.fromEntries(QUOTE_KINDS.map((kind) => [kind, tally()])) as Scores['quotesFound'],
    quotesExact: Object.fromEntries(QUOTE_KINDS.map((kind) => [kind, tally()])) as Scores['quotesExact'],
    namedSpeaker: tally(),
    unnamedSpeaker: tally(),
    missedQuotes: [],
    structureMisses: [],
  };
  const started = performance.now();
  for (let seed = 1; seed <= SYNTHETIC_ARTICLES; seed++) {
    const generated = generateArticle({ seed });
    const parsed = parseArticle(generated.text);
    scoreStructure(seed, generated, parsed, scores);
    scoreMentions(generated, parsed, scores);
    scoreQuotes(seed, generated, parsed, scores);
  }
  const ms = performance.now() - started;

  const rows: (readonly [string, string, string])[] = [];
  for (const [name, t] of Object.entries(scores.structure)) rows.push(['structure recovered', name, fraction(t.hit, t.total)]);
  const allMentions = tally();
  for (const type of ENTITY_TYPES) {
    const t = scores.mentions[type];
    if (t.total === 0) continue;
    allMentions.hit += t.hit;
    allMentions.total += t.total;
    rows.push(['mention recall', type, `${fraction(t.hit, t.total)}${t.otherType > 0 ? `; ${t.otherType} found as another type` : ''}`]);
  }
  rows.push(['mention recall', 'all types', fraction(allMentions.hit, allMentions.total)]);
  for (const kind of QUOTE_KINDS) {
    rows.push(['quote found', kind, fraction(scores.quotesFound[kind].hit, scores.quotesFound[kind].total)]);
    rows.push(['quote exact span', kind, fraction(scores.quotesExact[kind].hit, scores.quotesExact[kind].total)]);
  }
  rows.push(['speaker entity', 'named speakers', fraction(scores.namedSpeaker.hit, scores.namedSpeaker.total)]);
  rows.push(['speaker', 'unnamed (officials)', fraction(scores.unnamedSpeaker.hit, scores.unnamedSpeaker.total)]);
  rows.push(['time', `${SYNTHETIC_ARTICLES} articles`, `${ms.toFixed(0)} ms (generate + parse)`]);

  const capped = (lines: readonly string[]) =>
    lines.length <= MAX_NOTES ? [...lines] : [...lines.slice(0, MAX_NOTES), `... and ${lines.length - MAX_NOTES} more`];
  const notes = [
    ...(scores.structureMisses.length > 0 ? ['Synthetic structure misses:', ...capped(scores.structureMisses)] : []),
    ...(scores.missedQuotes.length > 0 ? ['Synthetic quotes not found:', ...capped(scores.missedQuotes)] : []),
  ];
  const json: Record<string, unknown> = {
    articles: SYNTHETIC_ARTICLES,
    options: 'defaults',
    structure: Object.fromEntries(Object.entries(scores.structure).map(([name, t]) => [name, { ...t, percent: percent(t) }])),
    mentionRecall: Object.fromEntries(ENTITY_TYPES.map((type) => [type, { ...scores.mentions[type], percent: percent(scores.mentions[type]) }])),
    quotesFound: scores.quotesFound,
    quotesExact: scores.quotesExact,
    namedSpeaker: { ...scores.namedSpeaker, percent: percent(scores.namedSpeaker) },
    unnamedSpeaker: { ...scores.unnamedSpeaker, percent: percent(scores.unnamedSpeaker) },
    ms,
  };
  return { rows, notes, json };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = syntheticSection();
  for (const [metric, subset, result] of report.rows) console.log(`${metric.padEnd(20)} ${subset.padEnd(28)} ${result}`);
  if (report.notes.length > 0) console.log(report.notes.join('\n'));
}
