import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { CUE_TEMPLATES, cueProbability } from '../../src/quotes/cue-classifier.js';
import { CUE_LEXICON } from '../../src/quotes/cues.generated.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { matchCues } from '../../src/quotes/match-cues.js';

function quotes(text: string) {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, [{ start: 0, end: text.length }]).map((q) => ({ kind: q.kind, content: slice(q.content), cue: slice(q.cue), speaker: slice(q.speaker) }));
}

describe('the cue lexicon and its classifier', () => {
  it('holds no made-up inflections of the curated verbs', () => {
    const phrases = new Set(CUE_LEXICON.map(([phrase]) => phrase));
    for (const junk of ['stres', 'stresed', 'dismis', 'beged', 'rebuted', 'disagreing']) expect(phrases.has(junk)).toBe(false);
    for (const form of ['stressed', 'stressing']) expect(phrases.has(form)).toBe(true);
  });

  it('keeps candidate-only phrases from the readers that do not ask for them', () => {
    const candidate = CUE_LEXICON.find((entry) => entry[5] === true && /^[a-z]{4,}$/.test(entry[0]))!;
    const words = ['he', candidate[0], 'it'];
    expect(matchCues(words, 0, 3, 0)).toEqual([]);
    expect(matchCues(words, 0, 3, 0, true).map((cue) => cue.phrase)).toEqual([candidate[0]]);
  });

  it('scores a word as a cue in context: a report after its speaker, not a noun after a determiner', () => {
    // Only these features: every other template gets a part no weight has.
    const given = new Map(Object.entries({ p: ['said'], 'p|prev': ['said', 'cap'], 'p|next': ['said', 'comp'], shape: ['ed'], 'shape|prev': ['ed', 'cap'], quote: ['none'] }));
    expect(cueProbability(CUE_TEMPLATES.map(({ name, arity }) => given.get(name) ?? Array<string>(arity).fill('(none)')))).toBeGreaterThan(0.8);
    expect(quotes('The show drew millions of viewers last year.')).toEqual([]);
    expect(quotes('The poll shows Clinton ahead in Ohio.')).toMatchObject([{ cue: 'shows', content: 'Clinton ahead in Ohio' }]);
  });
});

describe('reports the classifier and the readers now find', () => {
  it('reads a passive `asked` as the question put to the subject of the main clause', () => {
    expect(quotes('Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion.')[0]).toEqual({
      kind: 'indirect',
      content: 'if she believed Putin wanted Trump to win',
      cue: 'Asked',
      speaker: 'Clinton',
    });
  });

  it('takes a participle without a comma, and one that opens the sentence reports for the main subject', () => {
    expect(quotes('Mrs. Clinton quit giving paid speeches before announcing her run in April.')).toContainEqual({
      kind: 'indirect',
      content: 'her run in April',
      cue: 'announcing',
      speaker: 'Mrs. Clinton',
    });
    expect(quotes('But while denouncing the perversion of corporate tax avoidance, she hasn’t outlined a plan.')[0]).toMatchObject({
      content: 'the perversion of corporate tax avoidance',
      cue: 'denouncing',
      speaker: 'she',
    });
  });

  it('does not take a clause with a cue in it for the speaker of a later cue', () => {
    expect(quotes('In an interview with Time magazine, Khan said he would like to go to the United States.')).toEqual([
      { kind: 'indirect', content: 'he would like to go to the United States', cue: 'said', speaker: 'Khan' },
    ]);
    const text = 'Mike Morrell, a 30-year veteran of the CIA who retired in 2013, said the simplistic approach put forward by Trump is insufficient.';
    expect(quotes(text)[0]).toMatchObject({ content: 'the simplistic approach put forward by Trump is insufficient', cue: 'said' });
  });
});
