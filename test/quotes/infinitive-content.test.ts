import { describe, expect, it } from 'vitest';
import { find } from './one-paragraph.js';

describe('a cue phrase that ends with the `to` of an infinitive', () => {
  it('leaves the `to` in the content', () => {
    expect(find('The Republican governors sought to slow his rise in the polls.', 'sought to')).toMatchObject({
      content: 'to slow his rise in the polls',
      speaker: 'The Republican governors',
    });
    expect(find('Party leaders are reluctant to give up after a grueling primary fight.', 'reluctant to')).toMatchObject({
      content: 'to give up after a grueling primary fight',
    });
  });

  it('keeps a preposition `to` in the cue', () => {
    expect(find('Clinton was referring to the attack in Benghazi.', 'was referring to')).toMatchObject({ content: 'the attack in Benghazi' });
    // `agreed to the terms`: a noun phrase after `to`, not an infinitive.
    expect(find('The campaign agreed to the terms of the debate.', 'agreed to')).toMatchObject({ content: 'the terms of the debate' });
  });
});
