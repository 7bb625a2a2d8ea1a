import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { tagEntities, type TaggedSpan } from '../../src/entities/tagger/tag.js';
import { TAGGER_METADATA } from '../../src/entities/tagger/weights.generated.js';

function tag(text: string): { type: TaggedSpan['type']; text: string }[] {
  return tagEntities(text, splitSentences(text)).map((span) => ({ type: span.type, text: text.slice(span.start, span.end) }));
}

function checkSpans(text: string, spans: readonly TaggedSpan[]): void {
  let last = -1;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(last);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
    last = span.end;
  }
}

describe('tagEntities', () => {
  it('finds people, places and organizations in a news sentence', () => {
    const found = tag('German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.');
    expect(found).toContainEqual({ type: 'person', text: 'Angela Merkel' });
    expect(found).toContainEqual({ type: 'person', text: 'Emmanuel Macron' });
    expect(found).toContainEqual({ type: 'place', text: 'Paris' });
  });

  it('tags organizations', () => {
    const found = tag('The United Nations and the European Union condemned the attack, the spokesman said.');
    expect(found).toContainEqual({ type: 'organization', text: 'United Nations' });
    expect(found).toContainEqual({ type: 'organization', text: 'European Union' });
  });

  it('tags a nationality as misc', () => {
    expect(tag('The German economy grew by 2 percent last year, officials said.')).toContainEqual({ type: 'misc', text: 'German' });
  });

  it('uses offsets into the whole text', () => {
    const text = 'Headline here\n\nBarack Obama visited London last week.';
    const sentences = splitSentences(text);
    const spans = tagEntities(text, sentences);
    checkSpans(text, spans);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('Barack Obama');
  });

  it('handles empty input', () => {
    expect(tagEntities('', [])).toEqual([]);
    expect(tagEntities('   ', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('handles all-caps headlines', () => {
    const text = 'OBAMA VISITS LONDON AHEAD OF SUMMIT\nBarack Obama arrived in London on Tuesday for talks with British leaders.';
    const spans = tagEntities(text, [{ start: 0, end: 35 }, ...splitSentences(text.slice(36), 36)]);
    checkSpans(text, spans);
    const found = spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(found).toContain('place:LONDON');
    expect(found).toContain('person:Barack Obama');
  });

  it('survives emoji and very long tokens', () => {
    const text = `Great game today 🎉🎉 with John Smith in Boston! ${'a'.repeat(5000)} ${'X'.repeat(3000)} 👍🏽`;
    const spans = tagEntities(text, splitSentences(text));
    checkSpans(text, spans);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('John Smith');
  });

  it('is deterministic and pure', () => {
    const text = 'Apple Inc. hired Tim Cook in Cupertino, California.';
    expect(tagEntities(text, splitSentences(text))).toEqual(tagEntities(text, splitSentences(text)));
  });

  it('credits every training set', () => {
    expect(TAGGER_METADATA.sets.length).toBeGreaterThan(0);
    for (const set of TAGGER_METADATA.sets) expect(set.licence).not.toBe('');
  });
});
