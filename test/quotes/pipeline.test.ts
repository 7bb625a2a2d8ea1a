import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, quotesBySpeaker, type Article, type Quote } from '../../src/index.js';

// The seed article through the whole pipeline: quotes with speakers resolved to entities. The
// expected attributions are the ones the issue lists, read off the article by hand.
const input = readFileSync(new URL('../fixtures/seed/input.txt', import.meta.url), 'utf8');
const article = parseArticle(input);

const nameOf = (doc: Article, quote: Quote) => doc.entities.find((entity) => entity.id === quote.speaker?.entityId)?.name ?? null;
const find = (speaker: string, cue: string, contentStart: string) => {
  const found = article.quotes.filter(
    (quote) => quote.speaker?.text === speaker && quote.cue?.text === cue && quote.text.startsWith(contentStart),
  );
  expect(found, `${speaker} ${cue} "${contentStart}..."`).toHaveLength(1);
  return found[0]!;
};

describe('quotes of the seed article, through parseArticle', () => {
  it('locates every quote, cue and speaker exactly, with ids q1, q2, ...', () => {
    article.quotes.forEach((quote, i) => {
      expect(quote.id).toBe(`q${i + 1}`);
      expect(article.text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
      if (quote.cue) expect(article.text.slice(quote.cue.span.start, quote.cue.span.end)).toBe(quote.cue.text);
      if (quote.speaker) expect(article.text.slice(quote.speaker.span.start, quote.speaker.span.end)).toBe(quote.speaker.text);
    });
  });

  it('attributes both direct quotes to Xu Guixiang: by name, then through his role', () => {
    const first = find('Xu Guixiang, spokesman for the regional government', 'told', 'We always welcome');
    const second = find('the spokesman', 'said', 'The assessment was based mainly');
    expect([first.kind, second.kind]).toEqual(['direct', 'direct']);
    expect([nameOf(article, first), nameOf(article, second)]).toEqual(['Xu Guixiang', 'Xu Guixiang']);
    // The second quote is three sentences, whole.
    expect(second.text.split(/(?<=\.) /)).toHaveLength(3);
    expect(second.paragraphs).toEqual([3]);
  });

  it('attributes the mixed quote of "He added that" to Xu Guixiang through the pronoun', () => {
    const mixed = find('He', 'added', 'that from Xinjiang');
    expect(mixed.kind).toBe('mixed');
    expect(mixed.text).toContain('"politicized document manufactured by the United States and some Western forces"');
    expect(nameOf(article, mixed)).toBe('Xu Guixiang');
  });

  it("resolves Xu's and Wang Wenbin's reported speech by full name, surname and pronoun", () => {
    expect(nameOf(article, find('Xu', 'said', 'On Aug 31'))).toBe('Xu Guixiang');
    expect(nameOf(article, find('Xu', 'said', 'The assessment was not in line'))).toBe('Xu Guixiang');
    expect(nameOf(article, find('He', 'added', 'that he hopes'))).toBe('Xu Guixiang');
    expect(nameOf(article, find('Foreign Ministry spokesman Wang Wenbin', 'said', 'that the US'))).toBe('Wang Wenbin');
    expect(nameOf(article, find('Wang', 'said', 'that the report did not represent'))).toBe('Wang Wenbin');
  });

  it('attributes the opening statement to the spokesman with its cue', () => {
    const opening = find('a spokesman for the regional government', 'said', 'The Xinjiang Uygur autonomous region has said');
    expect(opening.kind).toBe('indirect');
    expect(opening.paragraphs).toEqual([0]);
    // The article gives Xu Guixiang exactly this role in the next paragraph.
    expect(nameOf(article, opening)).toBe('Xu Guixiang');
  });

  it('groups the quotes by speaker entity', () => {
    const groups = quotesBySpeaker(article);
    const xu = groups.find((group) => group.entity?.name === 'Xu Guixiang');
    const wang = groups.find((group) => group.entity?.name === 'Wang Wenbin');
    expect(xu?.quotes.length).toBeGreaterThanOrEqual(7);
    expect(wang?.quotes.map((quote) => quote.speaker?.text)).toContain('Wang');
    // Every quote is in exactly one group.
    expect(groups.flatMap((group) => group.quotes.map((quote) => quote.id)).sort()).toEqual(article.quotes.map((q) => q.id).sort());
    expect(groups.filter((group) => group.entity === null).length).toBeLessThanOrEqual(1);
  });
});

describe('speaker resolution', () => {
  it('leaves unnamed sources unresolved', () => {
    const doc = parseArticle('Talks stall\n\nThe talks will resume next week, sources said.');
    expect(doc.quotes.map((quote) => [quote.speaker?.text, quote.speaker?.entityId])).toEqual([['sources', null]]);
  });

  it('keeps quotes without entities when entities are off, with no entity ids', () => {
    const doc = parseArticle(input, { entities: false });
    expect(doc.entities).toEqual([]);
    expect(doc.quotes.length).toBe(article.quotes.length);
    expect(doc.quotes.every((quote) => quote.speaker === null || quote.speaker.entityId === null)).toBe(true);
  });

  it('skips the quote stage when quotes are off', () => {
    expect(parseArticle(input, { quotes: false }).quotes).toEqual([]);
  });

  it('resolves speakers against the entities of a user-supplied recognizer', () => {
    const text = 'Rates rise\n\n"We acted early," Ana Ruiz said.';
    const start = text.indexOf('Ana Ruiz');
    const doc = parseArticle(text, { recognizer: () => [{ type: 'person', start, end: start + 8 }] });
    expect(doc.quotes.map((quote) => nameOf(doc, quote))).toEqual(['Ana Ruiz']);
  });

  it('takes the name a title stands before, even when the name before the title is tagged a person too', () => {
    const text = 'Rates rise\n\nThe economy grew, Bluewater Shipping spokesman James Mensah said.';
    const at = (name: string) => ({ type: 'person' as const, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const doc = parseArticle(text, { recognizer: () => [at('Bluewater Shipping'), at('James Mensah')] });
    expect(doc.quotes.map((quote) => nameOf(doc, quote))).toEqual(['James Mensah']);
  });
});
