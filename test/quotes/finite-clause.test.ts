import { describe, expect, it } from 'vitest';
import { clauseAfterCue } from '../../src/quotes/finite-clause.js';

/** What follows the cue word `cue` in `sentence` (tokens split on spaces, a capital marks a name). */
function after(sentence: string, cue: string) {
  const tokens = sentence.split(' ');
  const words = tokens.map((token) => token.toLowerCase());
  return clauseAfterCue(words, words.indexOf(cue), words.length - 1, (index) => /^\p{Lu}/u.test(tokens[index]!));
}

describe('the clause after a cue', () => {
  it('finds a subject and its verb without `that`', () => {
    expect(after('Lin added more than 33 clinics had opened', 'added')).toBe('clause');
    expect(after('Trump said the plan would work', 'said')).toBe('clause');
    expect(after('She noted Sanders has won', 'noted')).toBe('clause');
  });

  it('tells `that` apart', () => {
    expect(after('He said that it worked', 'said')).toBe('that');
  });

  it('finds none after an object or an infinitive', () => {
    expect(after('Lin added more clinics to the list', 'added')).toBe('none');
    expect(after('She wanted to win', 'wanted')).toBe('none');
    expect(after('He thanked the voters , who had waited', 'thanked')).toBe('none');
  });
});
