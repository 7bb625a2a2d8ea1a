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

export interface EntityStageOptions {
  readonly recognizer: Recognizer | undefined;
  readonly reference: ReferenceDate | null;
}

/** Later uses of an acronym the article defined, which a recognizer may not know (`the OHCHR`). */
function acronymUses(text: string, definitions: readonly AcronymDefinition[], mentions: readonly Mention[]): Mention[] {
  const uses: Mention[] = [];
  for (const { acronym, long, start } of definitions) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      if (match.index < start) continue;
      const end = match.index + acronym.length;
      if (mentions.some((mention) => mention.start < end && match.index < mention.end)) continue;
      uses.push({ type: long.type, start: match.index, end });
    }
  }
  return uses;
}

function addRoles(entities: Entity[], text: string, sentences: readonly Span[]): void {
  const tokensBySentence = new Map<Span, Token[]>();
  const tokensOf = (sentence: Span) => {
    let tokens = tokensBySentence.get(sentence);
    if (!tokens) {
      tokens = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
      tokensBySentence.set(sentence, tokens);
    }
    return tokens;
  };
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const roles = new Map<string, Block>();
    for (const mention of entity.mentions) {
      const sentence = sentences.find((s) => s.start <= mention.span.start && mention.span.end <= s.end);
      if (!sentence) continue;
      const tokens = tokensOf(sentence);
      const first = tokens.findIndex((token) => token.start === mention.span.start);
      const last = tokens.findIndex((token) => token.end === mention.span.end);
      if (first < 0 || last < first) continue;
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
