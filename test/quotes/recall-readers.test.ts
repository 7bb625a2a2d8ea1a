import { describe, expect, it } from 'vitest';
import { isAuxiliaryOfNextVerb } from '../../src/quotes/auxiliary-cue.js';
import type { CueMatch } from '../../src/quotes/match-cues.js';
import { relativeOpening } from '../../src/quotes/relative-report.js';
import { find, quotes } from './one-paragraph.js';

const cueAt = (first: number, last = first): CueMatch => ({ first, last, phrase: 'x', precision: 0.5, contentAfter: 1, participle: false, candidateOnly: false });

describe('a bare auxiliary is not a cue before its verb', () => {
  it('rejects `has` before a participle and `did` before `not`', () => {
    expect(isAuxiliaryOfNextVerb(['he', 'has', 'always', 'been', 'a', 'gem'], cueAt(1))).toBe(true);
    expect(isAuxiliaryOfNextVerb(['she', 'has', 'also', 'won', 'alabama'], cueAt(1))).toBe(true);
    expect(isAuxiliaryOfNextVerb(['trump', 'did', 'not', 'react'], cueAt(1))).toBe(true);
  });

  it('keeps `has` before a noun phrase and any longer phrase', () => {
    expect(isAuxiliaryOfNextVerb(['trump', 'has', 'a', 'plan'], cueAt(1))).toBe(false);
    expect(isAuxiliaryOfNextVerb(['he', 'has', 'said', 'that'], cueAt(1, 2))).toBe(false);
  });

  it('finds no report in a perfect tense with no reporting verb', () => {
    expect(find('Mr. Cruz has sharpened his already uncompromising language this winter.', 'has')).toBeUndefined();
  });
});

describe('one report per content', () => {
  it('keeps the cue nearest a content two cues read', () => {
    const text = 'The report published Tuesday showed that most meetings were with donors.';
    expect(quotes(text).filter((q) => q.content === 'that most meetings were with donors').map((q) => q.cue)).toEqual(['showed']);
  });
});

describe('reports inside a relative clause', () => {
  it('starts the content at the pronoun the reported clause lacks', () => {
    expect(find('Trump promised a wall, which he said would cost the taxpayers nothing.', 'said')).toMatchObject({
      content: 'which he said would cost the taxpayers nothing',
      speaker: 'he',
    });
    expect(find('She voted for the war, which she has repeatedly said was a mistake.', 'has repeatedly said')?.content).toBe('which she has repeatedly said was a mistake');
    expect(find('He attacked Rubio, who he dubbed the little senator.', 'dubbed')?.content).toBe('who he dubbed the little senator');
  });

  it('starts the content at a pronoun that is the object of what a pronoun said, not after a preposition', () => {
    expect(find("He asked for $27, which he claimed as his campaign's average donation.", 'claimed')).toMatchObject({
      content: "which he claimed as his campaign's average donation",
      speaker: 'he',
    });
    expect(find('He called out the field, who he accused of preying on the anxieties of voters.', 'accused of')?.content).toBe(
      'who he accused of preying on the anxieties of voters',
    );
    expect(find('He gave interviews in which he hinted that a shakeup was imminent.', 'hinted')?.content).toBe('that a shakeup was imminent');
  });

  it('leaves the pronoun out when the reported clause is whole', () => {
    // `which he said [the wall is built]` is a whole clause: the pronoun is no part of it.
    const words = ['a', 'plan', ',', 'which', 'he', 'said', 'the', 'wall', 'is', 'built'];
    expect(relativeOpening(words, cueAt(5), { first: 4, last: 4 }, 6)).toBeUndefined();
    expect(relativeOpening(['a', 'plan', ',', 'which', 'he', 'said', 'was', 'dead'], cueAt(5), { first: 4, last: 4 }, 6)).toBe(3);
  });

  it('starts a zero relative report at the noun phrase whose gap it fills, its source alone', () => {
    // `a decision [that] they say allowed ...`: the decision is what they say allowed it.
    expect(find('The 2011 withdrawal was a decision they say allowed terrorist activity to multiply.', 'say')).toMatchObject({
      content: 'a decision they say allowed terrorist activity to multiply',
      speaker: 'they',
    });
    expect(find('They attacked Rubio as anti-Latino, a tactic Democrats hope will dampen Latino support for him.', 'hope')).toMatchObject({
      content: 'a tactic Democrats hope will dampen Latino support for him',
      speaker: 'Democrats',
    });
  });

  it('leaves a noun phrase before its speaker out when no gap follows the cue', () => {
    // A title before a name, and a naming verb with its own object: `the moment` is what he called.
    expect(find('The conservative writer David Frum called the moment a display of panic.', 'called')).toMatchObject({
      content: 'the moment a display of panic',
      speaker: 'The conservative writer David Frum',
    });
    // `workers` is the object of `asked`, not a verb whose subject the phrase would be.
    expect(find('A desperate HP asked workers to sign up for an optional pay cut.', 'asked')?.content).toBe('workers to sign up for an optional pay cut');
  });
});

describe('cue particles and prepositions', () => {
  it('leaves the `out` of `called out` in the cue', () => {
    expect(find('Senator Graham called out his rival for alienating Hispanic voters.', 'called')?.content).toBe('his rival for alienating Hispanic voters');
  });

  it('skips the object of a verb of reminding or asking before its clause', () => {
    expect(find('She was reminding Republicans that their leaders used to back the plan.', 'reminding')?.content).toBe('that their leaders used to back the plan');
    expect(find('The pollster asked workers if they planned to attend the caucuses.', 'asked')?.content).toBe('if they planned to attend the caucuses');
  });

  it('leaves a preposition the lexicon joins to the verb in the cue', () => {
    expect(find('Sanders pushes for a ban on fracking.', 'pushes')?.content).toBe('a ban on fracking');
  });
});

describe('sources that open the sentence', () => {
  it('reads a long `According to` source up to its comma', () => {
    const text = 'According to early results of the exit poll conducted by Edison Research for the networks, Clinton led in both Virginia and Georgia.';
    expect(find(text, 'According to')).toMatchObject({
      content: 'Clinton led in both Virginia and Georgia',
      speaker: 'early results of the exit poll conducted by Edison Research for the networks',
    });
  });

  it('reads a fronted poll as the source of the clause after it', () => {
    const text = 'In an NBC News poll released Monday, 50 percent of respondents chose Clinton.';
    expect(find(text, 'In')).toMatchObject({ content: '50 percent of respondents chose Clinton', speaker: 'an NBC News poll released Monday' });
  });

  it('leaves a fronted phrase that names no source alone', () => {
    expect(find('In the fall of 2007, the senator held a large lead among black voters.', 'In')).toBeUndefined();
  });
});

describe('a cue followed by `to` does not close its sentence', () => {
  it('reads the infinitive after the cue, not the fronted clause before it', () => {
    const text = "Reflecting his father's brashness, he pledged to put New York in play.";
    expect(find(text, 'pledged')).toMatchObject({ content: 'to put New York in play', speaker: 'he' });
  });
});

describe('clauses that end a report early', () => {
  it('ends a report in a relative clause about its speaker at the clause comma', () => {
    const text = "Mr. Leenders, who estimated that a third of his union's workers backed Trump, voted for Mr. Obama in 2008.";
    expect(find(text, 'estimated')?.content).toBe("that a third of his union's workers backed Trump");
  });

  it('reads a participle after a comma inside doubled apostrophes', () => {
    const text = "Mr. Ackman told investors that the concerns were ''overblown,'' adding that the company had upside.";
    expect(find(text, 'told')?.content).toBe("that the concerns were ''overblown");
    expect(find(text, 'adding')).toMatchObject({ content: 'that the company had upside', speaker: 'Mr. Ackman' });
  });
});
