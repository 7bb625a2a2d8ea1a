import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('a quotation introduced by a colon', () => {
  it('is a quote of the clause before the colon, whose subject speaks, even with no verb of saying', () => {
    const text = 'In a Fox interview later that day, Trump went even further: "If he goes forward and loses, it is the end of his career."';
    expect(find(text, ':')).toEqual({ kind: 'direct', content: 'If he goes forward and loses, it is the end of his career.', cue: ':', speaker: 'Trump' });
  });

  it('is a quote of its own after an earlier quote, not a second part of it', () => {
    const text = '"I certainly do not think so," Trump said in an MSNBC interview. Later that day, Trump went even further: "It is the end of his career."';
    expect(quotes(text).map((q) => q.content)).toEqual(['I certainly do not think so,', 'It is the end of his career.']);
  });

  it('names no speaker when the clause before the colon names no one', () => {
    const text = 'Then came the laugh line: "I want to do this myself, but it is so unpresidential to call up Carrier."';
    expect(find(text, ':')).toMatchObject({ kind: 'direct', speaker: null });
  });
});
