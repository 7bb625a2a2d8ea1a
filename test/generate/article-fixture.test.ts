import { describe, expect, it } from 'vitest';
import { isNewsdocError } from '../../src/errors/newsdoc-error.js';
import { articleFixture } from '../../src/generate/article-fixture.js';
import type { ArticleFixtureOverrides } from '../../src/generate/fixture-overrides.js';
import type { Article } from '../../src/model/article.js';
import { parseArticle } from '../../src/parse.js';
import { validateArticle } from '../../src/validate/validate-article.js';

function expectValid(article: Article): void {
  const result = validateArticle(article);
  expect(result.ok ? [] : result.issues).toEqual([]);
}

function fixtureError(overrides: unknown): { code: string; message: string } | null {
  try {
    articleFixture(overrides as ArticleFixtureOverrides);
  } catch (error) {
    return isNewsdocError(error) ? { code: error.code, message: error.message } : { code: 'not a NewsdocError', message: String(error) };
  }
  return null;
}

describe('articleFixture: the base', () => {
  const article = articleFixture();

  it('is valid, and parseArticle reads its text back to the same structure', () => {
    expectValid(article);
    const parsed = parseArticle(article.text, { entities: false, quotes: false });
    expect(parsed.headline).toEqual(article.headline);
    expect(parsed.caption).toEqual(article.caption);
    expect(parsed.byline).toEqual(article.byline);
    expect(parsed.dateline).toEqual(article.dateline);
    expect(parsed.paragraphs).toEqual(article.paragraphs);
  });

  it('has quotes linked to the people who say them', () => {
    const minister = article.entities.find((entity) => entity.name === 'Amina Odhiambo');
    expect(minister).toMatchObject({ type: 'person', aliases: ['Odhiambo'], roles: [{ text: 'Energy Minister' }] });
    expect(article.quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.speaker?.entityId])).toEqual([
      ['indirect', 'Energy Minister Amina Odhiambo', minister?.id],
      ['direct', 'Odhiambo', minister?.id],
      ['indirect', 'officials', null],
    ]);
  });

  it('is a fresh object on every call', () => {
    const first = articleFixture();
    first.paragraphs.pop();
    expect(articleFixture().paragraphs).toHaveLength(3);
  });
});

describe('articleFixture: overrides', () => {
  it('replaces the headline and shifts every span after it', () => {
    const base = articleFixture();
    const article = articleFixture({ headline: { text: 'New headline' } });
    expectValid(article);
    expect(article.headline?.text).toBe('New headline');
    const shift = 'New headline'.length - base.headline!.text.length;
    expect(article.paragraphs[0]!.span.start).toBe(base.paragraphs[0]!.span.start + shift);
    // "World Bank" was in the old headline: that mention is gone, the one in the body stays.
    expect(article.entities.find((entity) => entity.name === 'World Bank')?.mentions).toHaveLength(1);
  });

  it('replaces the paragraphs, dropping the quotes and entities that no longer occur', () => {
    const article = articleFixture({ paragraphs: [{ text: 'Only one.' }] });
    expectValid(article);
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Only one.']);
    expect(article.quotes).toEqual([]);
    expect(article.entities.map((entity) => entity.name)).toEqual(['Nairobi', 'Kenya', 'World Bank', 'Xinhua', 'Sept 4']);
    expect(article.entities.map((entity) => entity.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('merges objects field by field and leaves parts out with null', () => {
    const article = articleFixture({ caption: { credit: null }, byline: null, dateline: null });
    expectValid(article);
    expect(article.caption).toMatchObject({ text: 'Workers install solar panels at a power station near Nairobi, Kenya.', credit: null });
    expect(article.byline).toBeNull();
    expect(article.dateline).toBeNull();
    expect(article.text).not.toContain('PHOTO/XINHUA');
    expect(articleFixture({ caption: null, headline: null }).text.startsWith('By Maria Lopez')).toBe(true);
  });

  it('reads authors and dateline fields from new texts, or takes them as given', () => {
    const article = articleFixture({ byline: { text: 'By Jane Doe and Ann Roe' }, dateline: { text: 'LONDON (Reuters) -' } });
    expectValid(article);
    expect(article.byline?.authors.map((author) => author.name)).toEqual(['Jane Doe', 'Ann Roe']);
    expect(article.dateline).toMatchObject({ place: 'LONDON', agency: 'Reuters', date: null });
    expect(articleFixture({ byline: { authors: [{ name: 'Jane Doe' }] } }).byline?.text).toBe('By Jane Doe');
    expect(articleFixture({ dateline: { date: null } }).dateline).toMatchObject({ place: 'NAIROBI', date: null });
  });

  it('adds a subheadline after the headline', () => {
    const article = articleFixture({ subheadline: { text: 'The plants will double the country’s solar capacity' } });
    expectValid(article);
    expect(article.text).toContain('World Bank support\n\nThe plants will double');
  });

  it('finds given entities, quotes, speakers and cues in the text', () => {
    const article = articleFixture({
      paragraphs: [
        { text: 'Prime Minister Jane Roe said the plan was "a bold step." Roe spoke in Mombasa.' },
        { text: '"It will work," Roe said.' },
      ],
      entities: [
        { type: 'person', name: 'Jane Roe', aliases: ['Roe'], roles: ['Prime Minister'] },
        { type: 'place', name: 'Mombasa', id: 'mombasa' },
      ],
      quotes: [
        { text: 'the plan was "a bold step."', cue: 'said', speaker: { text: 'Prime Minister Jane Roe' } },
        { text: 'It will work,', cue: 'said', speaker: { text: 'Roe' } },
      ],
    });
    expectValid(article);
    expect(article.entities.map((entity) => [entity.id, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['e1', ['Jane Roe', 'Roe', 'Roe']],
      ['mombasa', ['Mombasa']],
    ]);
    expect(article.quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.speaker?.entityId, quote.paragraphs])).toEqual([
      ['mixed', 'Prime Minister Jane Roe', 'e1', [0]],
      ['direct', 'Roe', 'e1', [1]],
    ]);
    // The speaker nearest to the second quote is the one after it, in the same paragraph.
    expect(article.quotes[1]!.speaker!.span.start).toBeGreaterThan(article.quotes[1]!.span.end);
  });
});

describe('articleFixture: overrides that cannot be made valid', () => {
  it.each<[string, unknown, RegExp]>([
    ['an entity that does not occur', { entities: [{ type: 'place', name: 'Atlantis' }] }, /entities\[0\] \("Atlantis"\): none of its forms/],
    ['a mention that does not occur', { entities: [{ type: 'place', name: 'Kenya', mentions: ['Kenya', 'Kenia'] }] }, /the mention "Kenia" does not occur/],
    ['a role that does not occur', { entities: [{ type: 'person', name: 'Amina Odhiambo', roles: ['Queen'] }] }, /the role "Queen" does not occur/],
    ['a quote that does not occur', { quotes: [{ text: 'We never said this' }] }, /quotes\[0\] \("We never said this"\): the quote does not occur/],
    ['a speaker that does not occur', { quotes: [{ text: 'We want every village to have power,', speaker: { text: 'Nobody' } }] }, /the speaker "Nobody"/],
    ['a speaker entity that does not exist', { quotes: [{ text: 'We want every village to have power,', speaker: { text: 'Odhiambo', entityId: 'e99' } }] }, /"e99" names no entity/],
    ['a kind the quotation marks contradict', { quotes: [{ text: 'Kenya will build three solar plants by 2026', kind: 'direct' }] }, /is direct, but its span does not open right after a quotation mark/],
    ['an author not in the byline', { byline: { text: 'By Jane Doe', authors: [{ name: 'Ann Roe' }] } }, /author "Ann Roe" does not occur in the byline/],
    ['a dateline without paragraphs', { paragraphs: [] }, /a dateline opens the first paragraph/],
    ['a span (spans are derived)', { headline: { text: 'A', span: { start: 0, end: 1 } } }, /overrides\.headline: Unrecognized key/],
    ['the text (it is derived)', { text: 'Hello' }, /Unrecognized key: "text"/],
    ['a wrong type', { paragraphs: 'One.' }, /overrides\.paragraphs/],
  ])('throws invalid-fixture for %s', (_, overrides, message) => {
    const error = fixtureError(overrides);
    expect(error?.code).toBe('invalid-fixture');
    expect(error?.message).toMatch(message);
  });
});
