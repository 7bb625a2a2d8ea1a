import { describe, expect, it } from 'vitest';
import { find } from './one-paragraph.js';

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
