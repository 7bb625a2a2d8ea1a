import { describe, expect, it } from 'vitest';
import { find } from './one-paragraph.js';

describe('a cue inside the content of another report', () => {
  it('keeps the outer report when its content is a `that` clause after its cue', () => {
    // `has vowed` is a more reliable cue than `notes`, but it is a verb of the clause the analyst notes.
    const text = 'Howard Rubel, a senior analyst at Jefferies, notes that United Technologies has vowed to cut at least a half-billion dollars in costs annually.';
    expect(find(text, 'notes')).toMatchObject({
      kind: 'indirect',
      content: 'that United Technologies has vowed to cut at least a half-billion dollars in costs annually',
      speaker: 'Howard Rubel, a senior analyst at Jefferies',
    });
    expect(find(text, 'has vowed')).toBeUndefined();
  });
});
