import { describe, expect, it } from 'vitest';
import { clauseAfterCue } from '../../src/quotes/finite-clause.js';

/** What follows the cue word `cue` in `sentence` (tokens split on spaces, a capital marks a name). */
function after(sentence: string, cue: string, bareSubject = false) {
  const tokens = sentence.split(' ');
  const words = tokens.map((token) => token.toLowerCase());
  return clauseAfterCue(words, words.indexOf(cue), words.length - 1, (index) => /^\p{Lu}/u.test(tokens[index]!), bareSubject);
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

  it('takes a subject that opens with a bare noun only when asked to', () => {
    expect(after('The governor added residents of the coastal towns should leave before dark', 'added', true)).toBe('clause');
    expect(after('A spokeswoman added prices had fallen for a third straight month', 'added', true)).toBe('clause');
    expect(after('A spokeswoman added prices had fallen for a third straight month', 'added')).toBe('none');
    // An object, a preposition or an adverb after the verb opens no clause.
    expect(after('The company added jobs , and wages rose', 'added', true)).toBe('none');
    expect(after('Twitter added over the last quarter 5 million users', 'added', true)).toBe('none');
    expect(after('She said later the vote was close', 'said', true)).toBe('none');
  });

  it('finds none after an object or an infinitive', () => {
    expect(after('Lin added more clinics to the list', 'added')).toBe('none');
    expect(after('She wanted to win', 'wanted')).toBe('none');
    expect(after('He thanked the voters , who had waited', 'thanked')).toBe('none');
  });
});
