import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/quotes/find-quotes.js';

/** The attributions of a one-paragraph text, as strings. */
function quotes(text: string) {
  const slice = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, [{ start: 0, end: text.length }]).map((q) => ({ kind: q.kind, content: slice(q.content), cue: slice(q.cue), speaker: slice(q.speaker) }));
}

describe('frames of reported speech', () => {
  it('reads `Name: content` that opens a paragraph, but not a dateline', () => {
    expect(quotes("Sanders: Brexit's message could draw Trump support in US.")).toEqual([
      { kind: 'indirect', content: "Brexit's message could draw Trump support in US", cue: ':', speaker: 'Sanders' },
    ]);
    expect(quotes('WASHINGTON: The Senate met on Tuesday.').some((q) => q.cue === ':')).toBe(false);
  });

  it('takes the subject of a passive with `by` as the content and the agent as the speaker', () => {
    expect(quotes("O'Malley's move was first reported by MSNBC.")).toEqual([
      { kind: 'indirect', content: "O'Malley's move", cue: 'was first reported by', speaker: 'MSNBC' },
    ]);
  });

  it('takes the whole clause of a passive with its complement, with no source', () => {
    expect(quotes('Mr. Sanders has been criticized for offering vague responses to questions on the subject.')).toEqual([
      { kind: 'indirect', content: 'Mr. Sanders has been criticized for offering vague responses to questions on the subject', cue: 'has been criticized', speaker: null },
    ]);
    expect(quotes('Minnesota and Colorado in particular are seen as opportunities for Sanders.')[0]?.content).toBe('Minnesota and Colorado in particular are seen as opportunities for Sanders');
    // A feeling names its cause after `with`: the subject feels, it is not what was said.
    expect(quotes('Voters were pleased with the result.')[0]).toMatchObject({ content: 'the result', speaker: 'Voters' });
  });

  it('reads a passive through an adverb in `-ly` next to its participle, not through a noun in `-ly`', () => {
    expect(quotes('His comments were quickly derided by Armin Laschet, the leader of the opposition.')[0]).toMatchObject({
      content: 'His comments',
      speaker: 'Armin Laschet, the leader of the opposition',
    });
    // `family` ends in `-ly` but is the subject of `has called`, an active cue.
    expect(quotes("Scott's family has called on police to release the videos.")[0]).toMatchObject({
      content: 'police to release the videos',
      speaker: "Scott's family",
    });
  });

  it('takes the whole clause of a passive followed by `to`, with no source, unless it is a raising cue', () => {
    expect(quotes('Some advisers are said to be urging the governor to play by the rules.')[0]).toMatchObject({
      content: 'Some advisers are said to be urging the governor to play by the rules',
      speaker: null,
    });
    expect(quotes("Mrs. Clinton's plan is intended to make sure that the wealthiest Americans pay more than they now do.")[0]).toMatchObject({
      content: "Mrs. Clinton's plan is intended to make sure that the wealthiest Americans pay more than they now do",
      speaker: null,
    });
    // A raising cue keeps its subject as the source.
    expect(quotes('Obama is expected to join Clinton on the campaign trail soon.')[0]).toMatchObject({
      content: 'Obama is expected to join Clinton on the campaign trail soon',
      speaker: 'Obama',
    });
  });

  it('attributes the main clause to an `as` clause before or after it', () => {
    expect(quotes("As reported by Western Journalism, there are 150 delegates at stake in Tuesday night's contests.")[0]).toMatchObject({
      content: "there are 150 delegates at stake in Tuesday night's contests",
      speaker: 'Western Journalism',
    });
    expect(quotes('It is a classic scare tactic, as David Dayen noted in The Intercept.')[0]).toMatchObject({
      content: 'It is a classic scare tactic',
      cue: 'noted',
      speaker: 'David Dayen',
    });
  });

  it('starts the content past a particle or the object of a question', () => {
    expect(quotes('She began thinking about what she wanted to write.')[0]?.content).toBe('what she wanted to write');
    expect(quotes('Hannity asked Trump how high the wall would be.')[0]).toMatchObject({ content: 'how high the wall would be', speaker: 'Hannity' });
  });

  it('reads an inverted speaker only after a cue whose content often comes first', () => {
    const text = "O'Malley, the former governor of Maryland and former mayor of Baltimore, stressed his executive experience.";
    expect(quotes(text)[0]).toMatchObject({ content: 'his executive experience', speaker: "O'Malley, the former governor of Maryland and former mayor of Baltimore" });
  });
});

describe('speakers of reported speech', () => {
  it('keeps a relative clause about the speaker', () => {
    expect(quotes('Two paintings have been returned, the museum that held them said on Friday.')[0]).toMatchObject({
      content: 'Two paintings have been returned',
      speaker: 'the museum that held them',
    });
    const text = 'Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.';
    expect(quotes(text).find((q) => q.cue === 'said')).toMatchObject({
      content: 'the Khan family deserved better',
      speaker: 'Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump',
    });
  });

  it('keeps an aside between dashes and leaves out a time before the cue', () => {
    expect(quotes('The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed there are qualified candidates.')[0]?.speaker).toBe(
      'The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar --',
    );
    expect(quotes('Reince Priebus, the GOP chairman, this past week announced the creation of a website.')[0]?.speaker).toBe('Reince Priebus, the GOP chairman');
  });
});
