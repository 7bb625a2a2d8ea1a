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

  it('holds the forms train never has of its strong cues, but no guessed ones', () => {
    const phrases = new Set(CUE_LEXICON.map(([phrase]) => phrase));
    // `recalled`, `stressed`, `reiterated` are cues in train; their `-s` forms never occur there.
    for (const form of ['recalls', 'stresses', 'reiterates']) expect(phrases.has(form)).toBe(true);
    // Forms of bases guessed wrong (`adde` from `added`, `acknowledg`), a regular past of an
    // irregular verb, and inflections of a word that is no verb.
    for (const junk of ['adde', 'addes', 'acknowledg', 'finded', 'telled', 'saided', 'reportedlies']) expect(phrases.has(junk)).toBe(false);
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
  it('reads a bare clause after `added` (no `that`) as its content, but not an object', () => {
    expect(quotes("The state's top health official added hospitals in the region were running short of beds.")).toEqual([
      { kind: 'indirect', content: 'hospitals in the region were running short of beds', cue: 'added', speaker: "The state's top health official" },
    ]);
    expect(quotes('A spokeswoman for the agency added prices had fallen for a third straight month.')).toEqual([
      { kind: 'indirect', content: 'prices had fallen for a third straight month', cue: 'added', speaker: 'A spokeswoman for the agency' },
    ]);
    expect(quotes('Lin added more shelters to the list on Friday.')).toEqual([]);
  });

  it('judges a verb that train annotates once, as a candidate of the classifier', () => {
    const castigated = CUE_LEXICON.find(([phrase]) => phrase === 'castigated');
    expect(castigated?.[1]).toBe(1);
    expect(castigated?.[5]).toBe(true);
    expect(quotes('The senator castigated the administration for its handling of the crisis.')).toEqual([
      { kind: 'indirect', content: 'the administration for its handling of the crisis', cue: 'castigated', speaker: 'The senator' },
    ]);
    expect(quotes('Cruz extols the virtues of a flat tax at every stop.')).toMatchObject([{ content: 'the virtues of a flat tax at every stop', cue: 'extols', speaker: 'Cruz' }]);
    // With its particle, and taking the place of a noun cue inside the content (`the suggestion that ...`).
    expect(quotes('Clinton marveled at the size of the crowd in Des Moines.')).toEqual([
      { kind: 'indirect', content: 'the size of the crowd in Des Moines', cue: 'marveled at', speaker: 'Clinton' },
    ]);
    expect(quotes('The governor bristled at the suggestion that he had misled voters.')).toEqual([
      { kind: 'indirect', content: 'the suggestion that he had misled voters', cue: 'bristled at', speaker: 'The governor' },
    ]);
  });

  it('reads a form of a strong cue that train never has', () => {
    expect(quotes('In his memoir, the former mayor recalls that the city nearly went bankrupt in 1975.')).toEqual([
      { kind: 'indirect', content: 'that the city nearly went bankrupt in 1975', cue: 'recalls', speaker: 'the former mayor' },
    ]);
    expect(quotes('The mayor often stresses that the budget is balanced.')).toMatchObject([{ content: 'that the budget is balanced', cue: 'stresses', speaker: 'The mayor' }]);
  });

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
