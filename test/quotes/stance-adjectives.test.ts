import { describe, expect, it } from 'vitest';
import { CUE_LEXICON } from '../../src/quotes/cues.generated.js';
import { find, quotes } from './one-paragraph.js';

describe('an adjective of stance with its preposition', () => {
  it('is a candidate cue of the lexicon, not a cue on its own', () => {
    const entries = new Map(CUE_LEXICON.map((entry) => [entry[0], entry]));
    for (const phrase of ['skeptical of', 'thrilled with', 'critical of']) expect(entries.get(phrase)?.[5]).toBe(true);
    // The bare adjective is not: `an enthusiastic crowd` is no report.
    expect(entries.has('enthusiastic')).toBe(false);
    expect(quotes('Another enthusiastic crowd gathered in Des Moines on Sunday.')).toEqual([]);
  });

  it('reports what its subject holds a stance on', () => {
    expect(find('Many Republican senators are deeply skeptical of the trade deal.', 'skeptical of')).toMatchObject({
      content: 'the trade deal',
      speaker: 'Many Republican senators',
    });
    expect(find('Clinton officials were thrilled with the editorial.', 'thrilled with')).toMatchObject({ content: 'the editorial', speaker: 'Clinton officials' });
  });

  it('reads a feeling `by` as what the subject feels about, not as a passive agent', () => {
    expect(find('Party leaders were troubled by his remarks about Muslims.', 'troubled by')).toMatchObject({
      content: 'his remarks about Muslims',
      speaker: 'Party leaders',
    });
  });
});
