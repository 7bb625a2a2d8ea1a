import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('a participle between the parts of a direct quote', () => {
  const text = '"We will win," said John Smith, referring to the Iowa caucuses. "Nobody can stop us now."';

  it('keeps the quote from its first part to its last', () => {
    expect(find(text, 'said')).toMatchObject({ kind: 'direct', content: 'We will win," said John Smith, referring to the Iowa caucuses. "Nobody can stop us now.' });
  });

  it("reads the participle's report, with the quote's speaker", () => {
    expect(find(text, 'referring to')).toMatchObject({ kind: 'indirect', content: 'the Iowa caucuses', speaker: 'John Smith' });
  });

  it('leaves the description of the speaker alone', () => {
    // `who supports ...` describes the speaker: on PolNeAR train such reports were rarely annotated.
    const described = '"We will win," said John Smith, a state senator who supports the governor. "Nobody can stop us now."';
    expect(quotes(described).map((q) => q.cue)).toEqual(['said']);
  });
});

describe('a verb of continuing or seeming before a cue', () => {
  it('reads the infinitive as the cue, from the subject of the first verb', () => {
    expect(find('Lewandowski continued to say he had never touched Fields.', 'say')).toMatchObject({ content: 'he had never touched Fields', speaker: 'Lewandowski' });
    expect(find('Sanders continues to argue that the system is rigged.', 'argue')).toMatchObject({ content: 'that the system is rigged', speaker: 'Sanders' });
    expect(find('Lewandowski continued to say he had never touched Fields.', 'continued')).toBeUndefined();
  });

  it('keeps `declined` and its infinitive as one report', () => {
    expect(find('Mr. Lou declined to offer his own figure for layoffs.', 'declined')).toMatchObject({ content: 'to offer his own figure for layoffs', speaker: 'Mr. Lou' });
  });
});

describe('an adverb of hearsay', () => {
  it('reports the whole clause around it, with no speaker', () => {
    expect(find('The Club for Growth is reportedly spending $1.5 million on advertisements.', 'reportedly')).toMatchObject({
      content: 'The Club for Growth is reportedly spending $1.5 million on advertisements',
      speaker: null,
    });
  });
});
