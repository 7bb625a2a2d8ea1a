import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('a quotation after a cue inside another report goes with the outer report', () => {
  it('reads the quotation inside the participle report whose `that` clause holds its cue', () => {
    // `it showed` is what the Republicans argued, not a report of its own attributing "intent".
    const text = 'Republicans on Capitol Hill seized on the message, arguing that it showed "intent" and indicated Clinton may have violated laws.';
    expect(find(text, 'arguing')).toEqual({
      kind: 'mixed',
      content: 'that it showed "intent" and indicated Clinton may have violated laws',
      cue: 'arguing',
      speaker: 'Republicans',
    });
    expect(quotes(text).some((q) => q.cue === 'showed')).toBe(false);
  });

  it('still attributes the quotation to a cue whose clause a comma separates from the earlier report', () => {
    // `who responds` describes Santilli after the comma; it is not what Bundy says.
    const text = '"Let everybody know," Bundy says to Santilli on camera, who responds enthusiastically: "Okay!"';
    expect(find(text, 'says')).toMatchObject({ kind: 'direct', content: 'Let everybody know,', speaker: 'Bundy' });
  });
  it('reads the quotation inside a `that` clause nested in the earlier report', () => {
    // What Americans will say is part of what Obama said he expected; `that` here opens a clause, so
    // the words before it are no relative clause of a speaker `Obama said he expected that Americans`.
    const text = 'Obama said he expected that Americans will say "no" to the plan.';
    expect(find(text, 'said')).toEqual({
      kind: 'mixed',
      content: 'he expected that Americans will say "no" to the plan',
      cue: 'said',
      speaker: 'Obama',
    });
    expect(quotes(text).some((q) => q.speaker?.includes('said') === true)).toBe(false);
  });
});
