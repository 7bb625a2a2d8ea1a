import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { unseenVerbCues } from '../../src/quotes/unseen-verb-cue.js';

/** The words of the unseen-verb candidates in `sentence` (tokens split on spaces, a capital marks a name). */
function candidates(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const words = tokens.map((token) => token.toLowerCase());
  return unseenVerbCues(words, 0, words.length, [], (index) => /^\p{Lu}/u.test(tokens[index]!)).map((cue) => words[cue.first]!);
}

function quotes(text: string) {
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, [{ start: 0, end: text.length }]).map((q) => ({ kind: q.kind, content: slice(q.content), cue: slice(q.cue), speaker: slice(q.speaker) }));
}

describe('verbs the cue lexicon never saw, before `that` and a clause', () => {
  it('proposes a finite verb before a `that` clause', () => {
    expect(candidates('The governor reasoned that voters would forgive a late budget')).toEqual(['reasoned']);
    expect(candidates('Ozimek also calculates that wages had risen')).toEqual(['calculates']);
    expect(candidates('He wagered that the court would side with the state')).toEqual(['wagered']);
  });

  it('leaves out plural nouns, adjectives and `that` as a determiner', () => {
    expect(candidates('Trump told reporters that he would win')).toEqual([]);
    expect(candidates('She rejected his accusations that she had lied')).toEqual([]);
    expect(candidates('The debate was so subdued that few viewers stayed')).toEqual([]);
    expect(candidates('Sanders withdrew that bill in 2009')).toEqual([]);
  });

  it('lets the classifier take them as cues of reported speech', () => {
    expect(quotes('The governor reasoned that voters would forgive a late budget.')).toEqual([
      { kind: 'indirect', content: 'that voters would forgive a late budget', cue: 'reasoned', speaker: 'The governor' },
    ]);
    expect(quotes('Her campaign manager theorized that turnout would be low in the suburbs.')).toEqual([
      { kind: 'indirect', content: 'that turnout would be low in the suburbs', cue: 'theorized', speaker: 'Her campaign manager' },
    ]);
  });
});
