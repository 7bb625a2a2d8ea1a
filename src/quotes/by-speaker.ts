import type { Article } from '../model/article.js';
import type { Entity } from '../model/entity.js';
import type { Quote } from '../model/quote.js';

/**
 * The quotes of one speaker entity, or (with `entity: null`) the quotes no entity could be found for.
 *
 * @example
 * ```ts
 * import { parseArticle, quotesBySpeaker, type SpeakerQuotes } from 'newsdoc';
 *
 * const groups: SpeakerQuotes[] = quotesBySpeaker(parseArticle('Rates rise\n\n"We acted early," Governor Ana Ruiz said on Monday.'));
 * const named = groups.filter((group) => group.entity !== null);
 * const mostQuoted = named.sort((a, b) => b.quotes.length - a.quotes.length)[0];
 * mostQuoted?.entity?.name; // 'Ana Ruiz'
 * ```
 */
export interface SpeakerQuotes {
  readonly entity: Entity | null;
  readonly quotes: readonly Quote[];
}

/**
 * Groups an article's quotes by the entity that said them: one group per speaker entity, in the
 * order of their first quote, then one group with `entity: null` for the quotes whose speaker
 * could not be resolved (`sources said`) or that have no speaker, when there are any.
 *
 * @example
 * ```ts
 * import { parseArticle, quotesBySpeaker } from 'newsdoc';
 *
 * const article = parseArticle('Rates rise\n\n"We acted early," Governor Ana Ruiz said on Monday.');
 * for (const { entity, quotes } of quotesBySpeaker(article)) {
 *   console.log(entity?.name ?? '(unresolved)', quotes.map((quote) => quote.text));
 * }
 * // Ana Ruiz [ 'We acted early,' ]
 * ```
 */
export function quotesBySpeaker(article: Article): SpeakerQuotes[] {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, Quote[]>();
  const unresolved: Quote[] = [];
  for (const quote of article.quotes) {
    const id = quote.speaker?.entityId;
    if (id == null || !entities.has(id)) {
      unresolved.push(quote);
      continue;
    }
    const group = groups.get(id);
    if (group) group.push(quote);
    else groups.set(id, [quote]);
  }
  const grouped: SpeakerQuotes[] = [...groups].map(([id, quotes]) => ({ entity: entities.get(id)!, quotes }));
  return unresolved.length > 0 ? [...grouped, { entity: null, quotes: unresolved }] : grouped;
}
