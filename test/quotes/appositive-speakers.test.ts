import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';

describe('a speaker with an appositive', () => {
  it('closes a report whose content holds a cue of its own', () => {
    // The walk back from `said` reaches the sentence start over `was expected`: the report is still
    // the segment before the name, not a clause spoken by `More rain`.
    const text = 'More rain was expected over the weekend, Zhao Xin, deputy head of the World Bank, said.';
    expect(find(text, 'said')).toMatchObject({ content: 'More rain was expected over the weekend', speaker: 'Zhao Xin, deputy head of the World Bank' });
    expect(find('The government would announce new support for small businesses, Deng Jing, director of the UN, said.', 'said')).toMatchObject({
      content: 'The government would announce new support for small businesses',
      speaker: 'Deng Jing, director of the UN',
    });
  });

  it('keeps the one report of a content whose cue stands outside it', () => {
    expect(quotes('More rain was expected over the weekend, Feng said.')).toEqual([
      expect.objectContaining({ content: 'More rain was expected over the weekend', speaker: 'Feng', cue: 'said' }),
    ]);
  });

  it('leaves an opening participle phrase without a comma out of the speaker', () => {
    // BBC style: `Speaking in Harrogate Mr Kennedy said`; the title marks where the name starts.
    expect(find('Speaking in Harrogate Mr Kennedy said the party would win.', 'said')?.speaker).toBe('Mr Kennedy');
    expect(find('Responding to the claims Tory Party co-chairman Liam Fox said the plan was soft on crime.', 'said')?.speaker).toBe(
      'Tory Party co-chairman Liam Fox',
    );
  });

  it('leaves a leading `according to` phrase out of the speaker', () => {
    const text = 'According to the report, the company, which makes phones, said sales fell.';
    expect(find(text, 'said')).toMatchObject({ content: 'sales fell', speaker: 'the company, which makes phones' });
  });

  it('starts the speaker after a conjunction that opens its clause after a comma', () => {
    // `but` opens the clause of which the general is the subject; the clause before it is not his.
    const text = 'The president has been eager to withdraw, but General Mark Milley, chairman of the Joint Chiefs of Staff, said the troops would stay.';
    expect(find(text, 'said')?.speaker).toBe('General Mark Milley, chairman of the Joint Chiefs of Staff');
  });

  it('reads the appositive after the source of `according to`', () => {
    expect(find('According to Ahmed Lopez, director of Northwind Logistics, the government would announce new support.', 'According to')).toMatchObject({
      content: 'the government would announce new support',
      speaker: 'Ahmed Lopez, director of Northwind Logistics',
    });
    expect(find('According to John Smith, a spokesman for the bank, the economy grew.', 'According to')).toMatchObject({
      content: 'the economy grew',
      speaker: 'John Smith, a spokesman for the bank',
    });
  });

  it('does not take a clause after the source for an appositive', () => {
    // No role noun: `the figures` opens the content, whose own comma comes later.
    expect(find('According to Smith, the figures, which rose in May, are wrong.', 'According to')).toMatchObject({ speaker: 'Smith' });
  });
});

describe('a speaker before a verb chain', () => {
  it('ends before the auxiliary of a verb the cue completes', () => {
    expect(find('The county council is trying to convince voters that the levy is needed.', 'convince')?.speaker).toBe('The county council');
    expect(find('Mr. Trump has rallied thousands by promising that the wall will be built.', 'promising')?.speaker).toBe('Mr. Trump');
    expect(find('Mr. Cruz went on to claim that the deal raises taxes.', 'claim')?.speaker).toBe('Mr. Cruz');
    // An adjective in -ed before the speaker's noun is no verb.
    expect(find('Nine in 10 Democratic registered voters say the party should unite.', 'say')?.speaker).toBe('Nine in 10 Democratic registered voters');
  });

  it('keeps a name after the auxiliary, which may be the speaker', () => {
    // Neither reading names the speaker alone; cutting at `is` would drop the one that does.
    expect(find('Then there is the small matter that Clinton has proposed a new tax on trades.', 'has proposed')?.speaker).toBe(
      'there is the small matter that Clinton',
    );
  });
});

describe('the words that open a speaker\'s clause', () => {
  it('leaves a connective, a subordinator and a fronted adverbial out of the speaker', () => {
    expect(find('But Chris Christie, the governor of New Jersey, said that the senators had failed.', 'said')?.speaker).toBe(
      'Chris Christie, the governor of New Jersey',
    );
    expect(find('Still, the poll shows that the race is tight.', 'shows')?.speaker).toBe('the poll');
    expect(find('Privately, some officials think the plan will fail.', 'think')?.speaker).toBe('some officials');
    expect(find('Perhaps, he said, the vote will come next week.', 'said')?.speaker).toBe('he');
    expect(find('Then Trump said the wall would be built.', 'said')?.speaker).toBe('Trump');
    const source = "But according to NPR's Feng, Li Jifeng, a doctor at the hospital, wrote in a blog post that the couple had been moved.";
    expect(find(source, 'wrote')?.speaker).toBe('Li Jifeng, a doctor at the hospital');
    expect(find('In Nevada, exit polls suggested that Latino voters had split.', 'suggested')?.speaker).toBe('exit polls');
    expect(find('When the FBI director, James Comey, said the inquiry was over, nobody believed him.', 'said')?.speaker).toBe(
      'the FBI director, James Comey',
    );
  });
});

describe('a speaker named after its cue', () => {
  it('takes the appositive after its comma, as a speaker before the cue does', () => {
    expect(find('"We will not back down," said Jock Finlayson, head of policy at the Business Council.', 'said')?.speaker).toBe(
      'Jock Finlayson, head of policy at the Business Council',
    );
    // Up to a participle that reports on its own.
    const text = '"It is over," said Ann Lee, a spokeswoman, adding that the talks would resume.';
    expect(find(text, 'said')?.speaker).toBe('Ann Lee, a spokeswoman');
    expect(find(text, 'adding')?.content).toBe('that the talks would resume');
  });

  it('takes the `of` phrase after the name, and an appositive after that', () => {
    expect(find('"It is a toss-up," says Stu Rothenberg of the Rothenberg-Gonzales Political Report.', 'says')?.speaker).toBe(
      'Stu Rothenberg of the Rothenberg-Gonzales Political Report',
    );
    expect(find('"It is a toss-up," says Stu Rothenberg of the Report, a newsletter.', 'says')?.speaker).toBe('Stu Rothenberg of the Report, a newsletter');
  });

  it('does not run on into a report that goes on after it', () => {
    const text = 'The man had, according to a report in the Post, killed a wild rabbit before he fell ill.';
    expect(find(text, 'according to')).toMatchObject({
      content: 'The man had, according to a report in the Post, killed a wild rabbit before he fell ill',
      speaker: 'a report in the Post',
    });
  });
});

describe('a participle phrase that opens the sentence', () => {
  it('is no speaker: the subject after its comma is', () => {
    const colon = 'Asked about the deal, Rubio fired back forcefully: "If they sue us in a court in Miami, they are going to lose."';
    expect(find(colon, ':')?.speaker).toBe('Rubio');
    const second = 'Asked whom she supported, Ms. Sherry smiled and said, "I am waiting for Michael Bloomberg to get in the race."';
    expect(find(second, 'said')?.speaker).toBe('Ms. Sherry');
  });

  it('leaves a name in -ing or -ed a name', () => {
    expect(find('Schilling told reporters that the team would move.', 'told')?.speaker).toBe('Schilling');
    expect(find('Fleming, the coach, said the season was over.', 'said')?.speaker).toBe('Fleming, the coach');
  });
});

describe('subjects joined by a coordinator', () => {
  it('are one speaker', () => {
    expect(find('Sanders and his aides believe that the party will unite.', 'believe')?.speaker).toBe('Sanders and his aides');
    expect(find('Current and former officials said the program was halted.', 'said')?.speaker).toBe('Current and former officials');
  });

  it('but a clause before the coordinator is not', () => {
    expect(find('Clinton said the plan would work and Sanders said it would fail.', 'said')?.speaker).toBe('Clinton');
    expect(quotes('Clinton won the state and Sanders said the race was not over.').find((quote) => quote.content === 'the race was not over')?.speaker).toBe('Sanders');
    expect(quotes('Voters prefer to back a winner, and candidates say they know it.').find((quote) => quote.cue === 'say')?.speaker).toBe('candidates');
  });
});
