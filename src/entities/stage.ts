import type { Article } from '../model/article.js';
import type { Entity, PersonEntity } from '../model/entity.js';
import type { Block, Span } from '../model/span.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findAcronymDefinitions, joinAcronymLongForms, type AcronymDefinition } from './acronyms.js';
import { lookupCanonical, recognizeBuiltinWithTokens } from './builtin.js';
import type { ReferenceDate } from './dates/find-dates.js';
import { linkMentions } from './link.js';
import { resolveOverlaps, type Mention } from './mention.js';
import { checkRecognized, type Recognizer } from './recognizer.js';
import { articleSentences } from './regions.js';
import { paragraphReadingOf, type ParagraphReading } from '../text/paragraph-reading.js';
import { rolesAt } from './roles.js';
import { firstNotBefore } from '../text/search.js';

export interface EntityStageOptions {
  readonly recognizer: Recognizer | undefined;
  readonly reference: ReferenceDate | null;
}

/** Words that may be acronyms: a capital, then capitals, digits and `&.-` (the `ACRONYM` shape). */
const ACRONYM_CANDIDATE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&.-]{1,9}(?![\p{L}\p{N}])/gu;

/**
 * Later uses of an acronym the article defined, which a recognizer may not know (`the OHCHR`):
 * one pass over the text for all acronyms, so that many definitions cost no more than one.
 */
function acronymUses(text: string, definitions: readonly AcronymDefinition[], mentions: readonly Mention[]): Mention[] {
  const defined = new Map<string, AcronymDefinition>();
  for (const definition of definitions) if (!defined.has(definition.acronym)) defined.set(definition.acronym, definition);
  if (defined.size === 0) return [];
  const taken = mentions.map((mention) => [mention.start, mention.end] as const);
  const uses: Mention[] = [];
  let next = 0;
  for (const match of text.matchAll(ACRONYM_CANDIDATE)) {
    // A sentence's full stop or a dash may follow the acronym: `... the OHCHR.`
    const word = defined.has(match[0]) ? match[0] : match[0].replace(/[.&-]+$/, '');
    const definition = defined.get(word);
    if (!definition || match.index < definition.start) continue;
    const end = match.index + word.length;
    while (next < taken.length && taken[next]![1] <= match.index) next++;
    if (next < taken.length && taken[next]![0] < end) continue;
    uses.push({ type: definition.long.type, start: match.index, end });
  }
  return uses;
}

/** The index of the sentence that holds a span, by binary search over the sorted sentences, or -1. */
function sentenceHolding(sentences: readonly Span[], span: Span): number {
  const index = firstNotBefore(sentences, (candidate) => candidate.end < span.end);
  const sentence = sentences[index];
  return sentence && sentence.start <= span.start ? index : -1;
}

/** The index of the token that starts (or ends) exactly at `offset`, or -1 (tokens are in text order). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const i = firstNotBefore(tokens, (token) => token.start < offset);
  return tokens[i]?.start === offset ? i : -1;
}
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  const i = firstNotBefore(tokens, (token) => token.end < offset);
  return tokens[i]?.end === offset ? i : -1;
}

/**
 * Gives people their roles, read from the tokens of the sentences they are named in.
 *
 * @param sentenceTokens The tokens of each sentence, when the recognizer already made them (the
 *   built-in one does); the others are tokenized here.
 */
function addRoles(entities: Entity[], text: string, sentences: readonly Span[], sentenceTokens: readonly (readonly Token[])[] | null): void {
  const tokenized = new Map<number, readonly Token[]>();
  const tokensOf = (index: number): readonly Token[] => {
    const known = sentenceTokens?.[index];
    if (known) return known;
    let tokens = tokenized.get(index);
    if (!tokens) {
      const sentence = sentences[index]!;
      tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
      tokenized.set(index, tokens);
    }
    return tokens;
  };
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const roles = new Map<string, Block>();
    for (const mention of entity.mentions) {
      const index = sentenceHolding(sentences, mention.span);
      if (index < 0) continue;
      const tokens = tokensOf(index);
      const first = tokenStartingAt(tokens, mention.span.start);
      const last = tokenEndingAt(tokens, mention.span.end);
      if (first < 0 || last < 0 || last < first) continue;
      for (const role of rolesAt(text, tokens, first, last)) if (!roles.has(role.text)) roles.set(role.text, role);
    }
    (entity as PersonEntity).roles = [...roles.values()];
  }
}

/** The article with its entities, and what the entity stage read of it that later stages can reuse. */
export interface EntityStageResult {
  readonly article: Article;
  /**
   * Each paragraph's sentences and tokens, as the built-in recognizer tokenized them (so that the
   * quote stage need not tokenize them again); `null` with another recognizer.
   */
  readonly paragraphs: readonly ParagraphReading[] | null;
}

/**
 * The entity stage: recognizes mentions (with the built-in recognizer or `options.recognizer`),
 * links them into entities and finds people's roles.
 */
export function addEntities(article: Article, options: EntityStageOptions): EntityStageResult {
  const text = article.text;
  const { sentences, paragraphs } = articleSentences(article);
  const builtin = options.recognizer ? null : recognizeBuiltinWithTokens(text, sentences, options.reference);
  const recognized = builtin ? builtin.mentions : checkRecognized(options.recognizer!({ text, sentences }), text);
  const mentions = resolveOverlaps(joinAcronymLongForms(text, resolveOverlaps(recognized)));
  const acronyms = findAcronymDefinitions(text, mentions);
  const all = resolveOverlaps([...mentions, ...acronymUses(text, acronyms, mentions)]);
  const entities = linkMentions(text, all, acronyms, lookupCanonical);
  const sentenceTokens = builtin?.sentenceTokens ?? null;
  addRoles(entities, text, sentences, sentenceTokens);
  return {
    article: { ...article, entities },
    paragraphs: sentenceTokens
      ? paragraphs.map(({ first, end }) => paragraphReadingOf(sentences.slice(first, end), sentenceTokens.slice(first, end)))
      : null,
  };
}
