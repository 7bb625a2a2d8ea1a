import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';

/** The attributions of a text whose paragraphs are separated by blank lines, as strings. */
function quotes(text: string) {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const slice = (span: Span | null) => (span ? text.slice(span.start, span.end) : null);
  return findQuotes(text, paragraphs).map((q) => ({ kind: q.kind, content: slice(q.content), cue: slice(q.cue), speaker: slice(q.speaker) }));
}

const find = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue);

describe('speakers', () => {
  it('runs a relative clause speaker from its antecedent to the pronoun', () => {
    expect(find('Trump was out-brutalizing Ted Cruz, who said he would only use waterboarding sparingly.', 'said')?.speaker).toBe('Ted Cruz, who');
    expect(find('Clinton won among the 30 percent of voters who said Wall Street helps the economy.', 'said')?.speaker).toBe('30 percent of voters who');
  });

  it('reads the speaker after a cue that opens its clause, before a quotation', () => {
    expect(find('According to the Daily Caller, "Labott also coordinated with Reines."', 'According to')).toMatchObject({ kind: 'direct', speaker: 'the Daily Caller' });
    expect(find('But, said Solovey, "I don\'t want to drum up conflict."', 'said')).toMatchObject({ kind: 'direct', speaker: 'Solovey' });
  });

  it('gives a second verb before a quotation the subject of its clause', () => {
    expect(find('Trump called on her to resign from her post and said, "Her mind is shot!"', 'said')).toMatchObject({ kind: 'direct', speaker: 'Trump', content: 'Her mind is shot!' });
  });

  it('finds the subject of a clause that holds a time before a participle', () => {
    const text = 'The Democratic National Convention released a statement Wednesday evening, saying Trump’s comments are “another example of his race-baiting.”';
    expect(find(text, 'saying')).toMatchObject({ kind: 'mixed', speaker: 'The Democratic National Convention' });
  });

  it('keeps an abbreviation with inner stops in the speaker', () => {
    const text = '“If they did not, they have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday. “If they did, they should be held accountable.”';
    expect(quotes(text)).toEqual([
      {
        kind: 'direct',
        content: 'If they did not, they have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday. “If they did, they should be held accountable.',
        cue: 'said Tuesday',
        speaker: 'Sen. Chuck Schumer (D-N.Y.)',
      },
    ]);
    expect(find('"That is not our view," Senate Majority Leader Mitch McConnell, R-Ky., said.', 'said')?.speaker).toBe('Senate Majority Leader Mitch McConnell, R-Ky.');
  });
});

describe('quotations', () => {
  it('takes a one-word quotation that opens its sentence before its attribution as said, not a title', () => {
    expect(find('"Safety," said Grimm, a Donald Trump supporter.', 'said')).toMatchObject({ kind: 'direct', content: 'Safety,', speaker: 'Grimm, a Donald Trump supporter' });
  });

  it('attributes a quotation that opens its paragraph to the cue ending the paragraph before with a colon', () => {
    const text = 'Dr. Ward stated:\n\n"The Department of Justice is not about equal justice anymore."';
    expect(find(text, 'stated')).toMatchObject({ kind: 'direct', speaker: 'Dr. Ward', content: 'The Department of Justice is not about equal justice anymore.' });
  });

  it('leaves a fragment that ends its sentence to the report it is in when the next sentence starts', () => {
    const text = "Mr. Trump said the fleet had ''promotional value.'' He added that he could get by without it.";
    // Two apostrophes are no double quotation mark of the model: the report is indirect.
    expect(find(text, 'said')).toMatchObject({ kind: 'indirect', content: "the fleet had ''promotional value.''" });
    expect(quotes(text).some((q) => q.kind === 'direct')).toBe(false);
  });

  it('reads a sentence that a far cue and a fragment lead into as the report of the attribution after it', () => {
    const text = 'In one email, Carter discussed how he had placed a note card in a “burn bag,” the Times reported.';
    expect(find(text, 'reported')).toMatchObject({ kind: 'mixed', speaker: 'the Times', content: 'In one email, Carter discussed how he had placed a note card in a “burn bag,' });
  });

  it('ends a mixed report at the closing mark before a second verb', () => {
    const text = 'Romney went after Trump over his taxes, calling it “disqualifying” and asserting that the only explanation is a bombshell.';
    expect(find(text, 'calling')?.content).toBe('it “disqualifying”');
  });

  it('counts a less reliable cue before a quotation in its sentence', () => {
    expect(find('Sanders pledged a “political revolution” to his supporters.', 'pledged')).toMatchObject({ kind: 'mixed', speaker: 'Sanders' });
    // Without the quotation, the classifier judges the cue in context (`pledged` after a name is one).
    expect(find('The ad targets a political revolution.', 'targets')).toBeUndefined();
  });
});

describe('nested reports', () => {
  it('drops a cue inside another report that is less reliable than that report', () => {
    const text = 'Clinton said Wednesday that the Trump University allegations are "just more evidence that Donald Trump himself is a fraud."';
    expect(quotes(text).map((q) => q.cue)).toEqual(['said Wednesday']);
  });

  it('keeps a report nested in another when both cues are reliable', () => {
    const text = 'The region has said that it will not accept investigations into its human rights issues, a spokesman for the regional government said.';
    expect(quotes(text).map((q) => q.cue).sort()).toEqual(['has said', 'said']);
  });

  it('drops a report in a relative clause of the speaker of the report it holds', () => {
    const text = 'The staff member who reported the call recalled that he said the plan was dead.';
    expect(quotes(text).map(({ cue, content, speaker }) => [cue, content, speaker])).toEqual([
      ['recalled', 'that he said the plan was dead', 'The staff member who reported the call'],
    ]);
  });

  it('keeps the outer report where its verb takes the inner one as object, as PolNeAR annotates it', () => {
    const pledged = 'Mr. Cruz pledged to oppose any deal that raises taxes.';
    expect(quotes(pledged).map(({ cue, content }) => [cue, content])).toEqual([['pledged', 'to oppose any deal that raises taxes']]);
    const rebuked = 'Rubio rebuked Mr. Trump for suggesting that she had not been permitted to speak.';
    expect(quotes(rebuked).map(({ cue, content, speaker }) => [cue, content, speaker])).toEqual([
      ['rebuked', 'Mr. Trump for suggesting that she had not been permitted to speak', 'Rubio'],
    ]);
  });
});
