import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';


describe('speakers', () => {
  it('reads a plural possessive as part of the speaker, not as a closing mark', () => {
    const text = '"We are on pace to win," Jeff Weaver, the Sanders’ campaign manager, said in a statement.';
    expect(find(text, 'said in a statement')).toMatchObject({ kind: 'direct', speaker: 'Jeff Weaver, the Sanders’ campaign manager' });
  });

  it('keeps a name with a relative clause before its cue, and no name after `said` that heads a clause', () => {
    const text = 'Mr. Coffman, who represents a swing district in the suburbs, said Mr. Trump had disrespected the troops.';
    expect(find(text, 'said')).toMatchObject({ speaker: 'Mr. Coffman, who represents a swing district in the suburbs', content: 'Mr. Trump had disrespected the troops' });
  });

  it('takes a lower-case title before a name after an inverted cue', () => {
    const text = 'The group is $9 million short, said former Pennsylvania governor Ed Rendell, who chairs the committee.';
    expect(find(text, 'said')).toMatchObject({ content: 'The group is $9 million short', speaker: 'former Pennsylvania governor Ed Rendell, who chairs the committee' });
  });

  it('gives a participle before a quotation the speaker of the report before it', () => {
    const text = 'Ryan and Trump will meet next week, Spicer said, adding, "They need to sit down and talk."';
    expect(find(text, 'adding')).toMatchObject({ kind: 'direct', speaker: 'Spicer', content: 'They need to sit down and talk.' });
    expect(find(text, 'said')).toMatchObject({ kind: 'indirect', speaker: 'Spicer', content: 'Ryan and Trump will meet next week' });
  });

  it('drops a time after the speaker', () => {
    expect(find('RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.', 'said')?.speaker).toBe('RNC spokesman Sean Spicer');
  });
});

describe('according to', () => {
  it('takes the whole sentence before a closing `according to`, whatever describes the source', () => {
    const text = 'Walker will speak at the convention, according to a report from WKOW, the ABC affiliate in Madison.';
    expect(find(text, 'according to')).toMatchObject({ content: 'Walker will speak at the convention', speaker: 'a report from WKOW, the ABC affiliate in Madison' });
  });

  it('takes the whole sentence around a parenthetical `according to`', () => {
    const text = 'By late evening, according to a congressional timeline, the contractors had left for the compound.';
    expect(find(text, 'according to')?.content).toBe('By late evening, according to a congressional timeline, the contractors had left for the compound');
  });
});

describe('quotations inside reports', () => {
  it('does not attribute a quotation to a participle after it', () => {
    const text = 'Trump said things “should be wrapped up by Cleveland,” referring to the convention.';
    expect(quotes(text).some((q) => q.kind === 'direct')).toBe(false);
    expect(find(text, 'said')?.content).toBe('things “should be wrapped up by Cleveland');
  });

  it('makes a quotation right after its cue, in a sentence that goes on, a mixed quote to the sentence end', () => {
    const text = 'He pledged "cooperation" toward shared objectives and a "deep and sincere" bond.';
    expect(find(text, 'pledged')).toMatchObject({ kind: 'mixed', content: 'cooperation" toward shared objectives and a "deep and sincere" bond' });
  });

  it('goes on with a quote after an attribution that names a show in marks', () => {
    const text = '“I expect to be vetted,” he said on “Meet the Press.” “But this is different.”';
    const direct = quotes(text).filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]?.content).toBe('I expect to be vetted,” he said on “Meet the Press.” “But this is different.');
  });
});
