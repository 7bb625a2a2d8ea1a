import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('reports the sentence reader used to miss', () => {
  it('starts the content at a `that` or `whether` after a long adverbial', () => {
    const text = 'The mayor said on Tuesday during a visit to the harbor in Portsmouth, Maine, that the ferry would run again.';
    expect(find(text, 'said')).toMatchObject({ content: 'that the ferry would run again', speaker: 'The mayor' });
    expect(find('The senator has questioned in recent weeks whether the plan can pass.', 'questioned')?.content).toBe('whether the plan can pass');
  });

  it('takes the subject of a passive with neither agent nor object as the content', () => {
    expect(quotes('The bill passed in June. It was announced at a press briefing.')).toEqual([
      { kind: 'indirect', content: 'It', cue: 'was announced', speaker: null },
    ]);
  });

  it('reads a reliable cue whose subject is out of reach, with no speaker', () => {
    const text = 'The mayor toured the flooded harbor on Monday, then warned that the ferry would stop.';
    expect(find(text, 'warned')).toMatchObject({ content: 'that the ferry would stop', speaker: null });
  });

  it('finds the subject of a question after its auxiliary', () => {
    expect(find('Does the governor believe the tax will pass?', 'believe')).toMatchObject({ content: 'the tax will pass', speaker: 'the governor' });
  });

  it('leaves a manner adverb and a determiner `this` out of and in the speaker', () => {
    expect(find('The senator strongly denied that he had met the lobbyist.', 'denied')?.speaker).toBe('The senator');
    expect(find('This proposal was rejected by most voters.', 'was rejected by')).toMatchObject({ content: 'This proposal', speaker: 'most voters' });
  });

  it('does not report a fronted adverbial before a closing attribution', () => {
    expect(find('During the long afternoon session, the chairman asked several questions.', 'asked')?.content).toBe('several questions');
  });

  it('does not report a fronted subordinate clause before the cue of its own main clause', () => {
    const text = 'As the mayor tries to calm the town, some residents wonder about the new ferry schedule.';
    expect(find(text, 'wonder')).toMatchObject({ content: 'the new ferry schedule', speaker: 'some residents' });
    // Before a parenthetical `according to X`, such a clause is no part of the report either.
    const parenthetical = 'While most of the files were marked routine, according to a court clerk, two were sealed by the judge.';
    expect(find(parenthetical, 'according to')).toMatchObject({ content: 'two were sealed by the judge', speaker: 'a court clerk' });
    // A report that opens with one and goes on after its comma keeps it.
    expect(find('If the ferry stops, the island will suffer, the mayor said.', 'said')?.content).toBe('If the ferry stops, the island will suffer');
  });

  it('reports no subject cut from the verb of its relative clause', () => {
    const text = 'The council backed the budget; more precisely, a plan that was rejected by most residents will go ahead.';
    expect(quotes(text).map((quote) => quote.content)).toEqual(['the budget']);
    // A demonstrative `that` before a closing attribution ends a report.
    expect(find('The staff can handle that, the governor said.', 'said')?.content).toBe('The staff can handle that');
  });

  it('accepts a less certain cue right before a `that` clause', () => {
    expect(find('Workers in the town cling to the hope that the factory will reopen.', 'hope')?.content).toBe('that the factory will reopen');
  });
});

describe('closing attributions after a month or an irregular past', () => {
  it('does not take a month before the comma for the name of the speaker', () => {
    expect(find('The bridge will stay shut until April, engineers said.', 'said')).toMatchObject({
      content: 'The bridge will stay shut until April',
      speaker: 'engineers',
    });
  });

  it('reads a report with an irregular past verb before a named speaker and an appositive', () => {
    expect(find('The currency fell by a third last year, Ana Ruiz, head of the trade office, said on Monday.', 'said')).toMatchObject({
      content: 'The currency fell by a third last year',
      speaker: 'Ana Ruiz, head of the trade office',
    });
  });
});
