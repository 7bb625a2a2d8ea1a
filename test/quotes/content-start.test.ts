import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

// Where a report that follows its cue starts, as PolNeAR's annotators place it: the listener of a
// verb of telling stays outside the content, even with a determiner or a long adverbial after it.

describe('the listener of a verb of telling', () => {
  it('skips a determiner and a noun before the clause of `tells`', () => {
    expect(find('At a rally in Iowa, Mr. Kasich tells the crowd he was the first to warn about the threat.', 'tells')).toMatchObject({
      content: 'he was the first to warn about the threat',
      speaker: 'Mr. Kasich',
    });
    expect(find('Mr. Trump told his audience they would not back him because he did not want their money.', 'told')).toMatchObject({
      content: 'they would not back him because he did not want their money',
    });
  });

  it('looks for the `that` past a long object and adverbial', () => {
    // 11 words between `telling` and its `that`: more than the 8 an adverbial alone may take.
    expect(find('Donald Trump is telling supporters after his victory in the South Carolina Republican primary that he will win the nomination.', 'is telling')).toMatchObject({
      content: 'that he will win the nomination',
    });
  });
});

describe('what stays in the cue before the content', () => {
  it('keeps a time word that owns the next noun in the content', () => {
    // `Thursday's` is a possessor opening the content, not the time of the report (`said Thursday he ...`).
    expect(find("Ruth Goldberg, a philanthropist from Monsey, said Thursday's speeches had led her to rule out both candidates.", 'said')).toMatchObject({
      content: "Thursday's speeches had led her to rule out both candidates",
    });
    expect(find('The governor said Thursday he would veto the bill.', 'said Thursday')).toMatchObject({ content: 'he would veto the bill' });
  });

  it('starts at the `that` after an adverbial that names a show in quotation marks', () => {
    expect(find('The senator said on NBC\'s "Meet the Press" on Sunday that the bill would pass.', 'said')?.content).toBe('that the bill would pass');
    // A quotation that opens and is not closed before the `that` is the content.
    expect(find('He said in a statement "that is not true" and left.', 'said in a statement')?.content).toMatch(/^"that is not true"/);
  });

  it('puts the feeling after a verb of expressing into the cue', () => {
    expect(find('Mr. Ryan expressed concern that the party could lose the Senate.', 'expressed concern')).toMatchObject({
      content: 'that the party could lose the Senate',
    });
    expect(find('Clinton aides have privately expressed frustration over the continuing campaign of Mr. Sanders.', 'expressed')).toMatchObject({
      content: 'the continuing campaign of Mr. Sanders',
    });
    // With a possessive before the noun the annotators keep the noun in the content.
    expect(find('Several county chairmen expressed their support for the nominee.', 'expressed')).toMatchObject({
      content: 'their support for the nominee',
    });
  });

  it('puts an adverb in -ly before `that` into the cue', () => {
    expect(find('The officer heard gunfire at 9:42 p.m. and suspected immediately that the compound was under attack.', 'suspected')).toMatchObject({
      content: 'that the compound was under attack',
    });
  });

  it('puts a short noun phrase before `about` into the cue', () => {
    expect(find('The retired neurosurgeon has provided no details about how he planned to reboot his campaign.', 'provided')?.content).toBe(
      'how he planned to reboot his campaign',
    );
    // After a verb of telling the noun phrase is the listener, and the content keeps its `about`.
    expect(find('The NBC executive reminded his staff about the early television work of Mr. Bush.', 'reminded')?.content).toBe(
      'about the early television work of Mr. Bush',
    );
  });

  it('puts a particle and the part of a day into the cue', () => {
    // Whether the lexicon holds `remarked upon` or only `remarked`, the content starts after `upon`.
    expect(quotes('At the same time, Obama remarked upon the fact that there is still more work to do.').map((q) => q.content)).toContain(
      'the fact that there is still more work to do',
    );
    expect(find('Reince Priebus tweeted Tuesday night he considered Trump the presumptive nominee.', 'tweeted')?.content).toBe(
      'he considered Trump the presumptive nominee',
    );
  });

  it('starts at the `that` after an aside between commas', () => {
    expect(find('He talked more about policy, saying, apparently for the first time, that he would consider sending troops.', 'saying')?.content).toBe(
      'that he would consider sending troops',
    );
  });
});

describe('a raising verb with an empty subject', () => {
  it('reports the clause after it, from no source', () => {
    expect(find("Although this isn't an exact science, it seems the Democrats have far too many superdelegates.", 'seems')).toMatchObject({
      content: 'the Democrats have far too many superdelegates',
      speaker: null,
    });
    // With a subject the content is the whole clause, as before.
    expect(find('Mr. Trump seemed to overstay his welcome.', 'seemed to')).toMatchObject({ content: 'Mr. Trump seemed to overstay his welcome' });
  });
});
