import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('a fragment quoted inside a sentence is not attributed by the words after it', () => {
  it('lets the report run through a fragment the sentence goes on after without punctuation', () => {
    // `had Hillary Clinton congratulated` is the sentence's own clause, not the fragment's speaker and cue.
    const text = 'Donald Trump said Friday that it would "have been cool" had Hillary Clinton congratulated him for winning the nomination.';
    expect(quotes(text)).toEqual([
      {
        kind: 'mixed',
        content: 'that it would "have been cool" had Hillary Clinton congratulated him for winning the nomination',
        cue: 'said Friday',
        speaker: 'Donald Trump',
      },
    ]);
  });

  it('lets the report run through a fragment followed by a cue whose content follows it', () => {
    // `a reference to ...` describes the fragment; it does not attribute it.
    const text = 'Bob said he began calling local groups to "help get eyes up," a reference to surveillance drones over the compound.';
    expect(quotes(text)).toEqual([
      { kind: 'mixed', content: 'he began calling local groups to "help get eyes up," a reference to surveillance drones over the compound', cue: 'said', speaker: 'Bob' },
    ]);
  });

  it('reads the cue after the fragment as a report of its own, and the fragment as part of the report before it', () => {
    const text = 'Mr. Scott, who has called the remarks "racially toxic," portrayed the nominee as a temporary affliction on conservatism.';
    expect(find(text, 'has called')).toMatchObject({ kind: 'mixed', content: 'the remarks "racially toxic' });
    expect(find(text, 'portrayed')).toMatchObject({ kind: 'indirect', content: 'the nominee as a temporary affliction on conservatism' });
  });

  it('still attributes a fragment to a speaker named after a comma, or a quotation that opens its sentence', () => {
    expect(find('The tax cut plans are "profoundly irresponsible," said Steve Bell, a budget expert.', 'said')).toMatchObject({
      kind: 'mixed',
      speaker: 'Steve Bell, a budget expert',
      content: 'The tax cut plans are "profoundly irresponsible,',
    });
    expect(find('"The Iowa caucus is a battle of niches" Grubbs said.', 'said')).toMatchObject({ kind: 'direct', speaker: 'Grubbs', content: 'The Iowa caucus is a battle of niches' });
  });
});
