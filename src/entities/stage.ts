import type { Article } from '../model/article.js';
import type { Entity, PersonEntity } from '../model/entity.js';
import type { Block, Span } from '../model/span.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findAcronymDefinitions, joinAcronymLongForms, type AcronymDefinition } from './acronyms.js';
import { lookupCanonical, recognizeBuiltin } from './builtin.js';
import type { ReferenceDate } from './dates/find-dates.js';
import { linkMentions } from './link.js';
import { resolveOverlaps, type Mention } from './mention.js';
import { checkRecognized, type Recognizer } from './recognizer.js';
import { sentencesOf } from './regions.js';
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

/** The sentence that holds a span, by binary search over the sorted sentences. */
function sentenceHolding(sentences: readonly Span[], span: Span): Span | undefined {
  const sentence = sentences[firstNotBefore(sentences, (candidate) => candidate.end < span.end)];
  return sentence && sentence.start <= span.start ? sentence : undefined;
}

/** A sentence's tokens, with their indices by start and by end offset. */
interface IndexedTokens {
  readonly tokens: Token[];
  readonly byStart: Map<number, number>;
  readonly byEnd: Map<number, number>;
}

function addRoles(entities: Entity[], text: string, sentences: readonly Span[]): void {
  const bySentence = new Map<Span, IndexedTokens>();
  const tokensOf = (sentence: Span): IndexedTokens => {
    let indexed = bySentence.get(sentence);
    if (!indexed) {
      const tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
      indexed = {
        tokens,
        byStart: new Map(tokens.map((token, i) => [token.start, i])),
        byEnd: new Map(tokens.map((token, i) => [token.end, i])),
      };
      bySentence.set(sentence, indexed);
    }
    return indexed;
  };
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const roles = new Map<string, Block>();
    for (const mention of entity.mentions) {
      const sentence = sentenceHolding(sentences, mention.span);
      if (!sentence) continue;
      const { tokens, byStart, byEnd } = tokensOf(sentence);
      const first = byStart.get(mention.span.start);
      const last = byEnd.get(mention.span.end);
      if (first === undefined || last === undefined || last < first) continue;
      for (const role of rolesAt(text, tokens, first, last)) if (!roles.has(role.text)) roles.set(role.text, role);
    }
    (entity as PersonEntity).roles = [...roles.values()];
  }
}

/**
 * The entity stage: recognizes mentions (with the built-in recognizer or `options.recognizer`),
 * links them into entities and finds people's roles.
 */
export function addEntities(article: Article, options: EntityStageOptions): Article {
  const text = article.text;
  const sentences = sentencesOf(article);
  const recognized = options.recognizer
    ? checkRecognized(options.recognizer({ text, sentences }), text)
    : recognizeBuiltin(text, sentences, options.reference);
  const mentions = resolveOverlaps(joinAcronymLongForms(text, resolveOverlaps(recognized)));
  const acronyms = findAcronymDefinitions(text, mentions);
  const all = resolveOverlaps([...mentions, ...acronymUses(text, acronyms, mentions)]);
  const entities = linkMentions(text, all, acronyms, lookupCanonical);
  addRoles(entities, text, sentences);
  return { ...article, entities };
}
