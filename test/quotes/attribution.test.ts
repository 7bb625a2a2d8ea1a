import { describe, expect, it } from 'vitest';
import { find, quotes } from './one-paragraph.js';


describe('reported speech: where the content starts and ends', () => {
  it('starts at `that` only past an adverbial or the object of `told`', () => {
    expect(find('Wang said on Sept 1 that the report was biased.', 'said')?.content).toBe('that the report was biased');
    expect(find('Wang told reporters that the report was biased.', 'told')?.content).toBe('that the report was biased');
    // `said CNN had tweeted that ...`: the report is everything after `said`.
    expect(find('He said CNN had tweeted that Carson was taking a break.', 'said')?.content).toBe('CNN had tweeted that Carson was taking a break');
  });

  it('ends a report before a second verb of the same speaker when it is not a `that` clause', () => {
    const text = 'She said she admires his determination and highlighted their shared commitment on health care.';
    expect(find(text, 'said')?.content).toBe('she admires his determination');
    expect(find(text, 'highlighted')).toMatchObject({ speaker: 'She', content: 'their shared commitment on health care' });
  });

  it('goes on past a joined verb whose inflection differs from the cue: it belongs to the reported clause', () => {
    // `want` agrees with `they are`, not with `said`: one report, as PolNeAR annotates it.
    const worried = 'Several rabbis said they are worried that Trump could gain legitimacy through the event and want to deny him a chance to speak.';
    expect(find(worried, 'said')?.content).toBe('they are worried that Trump could gain legitimacy through the event and want to deny him a chance to speak');
    expect(find(worried, 'want')).toBeUndefined();
    // The same inflection (`says ... and considers`) is a second verb of the speaker.
    const racist = 'She says she will not be voting for Mr. Trump and considers him a racist.';
    expect(find(racist, 'says')?.content).toBe('she will not be voting for Mr. Trump');
    expect(find(racist, 'considers')).toMatchObject({ speaker: 'She', content: 'him a racist' });
    // A participle after `has` shares the auxiliary: `has also called on ... and proposed ...`.
    const proposed = 'He has also called on the United States to attack the oil that funds the Islamic State and proposed a safe zone inside Syria.';
    expect(find(proposed, 'called on')?.content).toBe('the United States to attack the oil that funds the Islamic State');
    expect(find(proposed, 'proposed')).toMatchObject({ speaker: 'He', content: 'a safe zone inside Syria' });
  });

  it('leaves a trailing non-restrictive relative clause out, but not one inside the sentence', () => {
    expect(find('Mr. Trump has declared that he plans to repeal the Dodd-Frank Act, which was passed in 2010.', 'has declared')?.content).toBe(
      'that he plans to repeal the Dodd-Frank Act',
    );
    expect(find('He added that he hopes Volker Turk, who is expected to take up the role, will be objective.', 'added')?.content).toBe(
      'that he hopes Volker Turk, who is expected to take up the role, will be objective',
    );
  });

  it('ends a report made in an adverbial clause at its comma', () => {
    expect(find('While Comey talked about vulnerability to hackers, he did not mention any consequences.', 'talked about')?.content).toBe(
      'vulnerability to hackers',
    );
  });

  it('takes the whole clause, subject and cue included, for a raising verb or a passive of expectation', () => {
    expect(find('Mr. Trump seemed to overstay his welcome in South Carolina.', 'seemed to')?.content).toBe(
      'Mr. Trump seemed to overstay his welcome in South Carolina',
    );
    expect(quotes('Clinton is expected to win the primary in New York.')[0]?.content).toBe('Clinton is expected to win the primary in New York');
  });

  it('starts a raising content at the relative pronoun that is its subject, not at the noun before it', () => {
    const near = (text: string) => quotes(text).find((q) => q.content?.startsWith('who') || q.content?.startsWith('which'))?.content;
    expect(near('The campaign is courting delegates who are expected to support Clinton at the national convention.')).toBe(
      'who are expected to support Clinton at the national convention',
    );
    // A relative clause opened after a comma closes at the next one.
    expect(near('The DNC, which is seen as politically aligned with Clinton, responded by blocking his access to the data.')).toBe(
      'which is seen as politically aligned with Clinton',
    );
    // A relative clause closed by a comma before the cue belongs to the subject.
    expect(quotes('The central bank, which has held rates near zero since 2008, is expected to act in December.')[0]?.content).toBe(
      'The central bank, which has held rates near zero since 2008, is expected to act in December',
    );
  });

  it('leaves a connective out of a raising content and ends it as a content after its cue ends', () => {
    expect(quotes('But Cardin is not expected to sign on anytime soon.')[0]?.content).toBe('Cardin is not expected to sign on anytime soon');
    expect(quotes('Other Republicans appeared ready to abandon him, throwing the party further into disarray.')[0]?.content).toBe(
      'Other Republicans appeared ready to abandon him',
    );
    expect(quotes('The race appears closer in Ohio, with some polls indicating that John Kasich has a small lead.')[0]?.content).toBe(
      'The race appears closer in Ohio',
    );
  });

  it('reads no report in `appear` before a preposition (showing up somewhere)', () => {
    expect(find('Schilling appeared on a show on WEEI radio in Boston.', 'appeared')).toBeUndefined();
  });

  it('ends a relative report opened after a comma at the comma that closes the clause', () => {
    const text = 'The new rules, which officials said will go into effect in the next few months, will not apply to all asylum seekers.';
    expect(find(text, 'said')?.content).toBe('which officials said will go into effect in the next few months');
  });

  it('reads a relative report with an irregular past after its cue or a long speaker', () => {
    expect(find('Critics blame the invasion of Iraq, which they say left a vacuum for terrorist groups.', 'say')?.content).toBe(
      'which they say left a vacuum for terrorist groups',
    );
    const text = 'It is lower than in France, which the Organization for Economic Cooperation and Development says had the highest wage floor in 2015.';
    expect(find(text, 'says')?.content).toBe('which the Organization for Economic Cooperation and Development says had the highest wage floor in 2015');
  });

  it('leaves a connective that opens the sentence out of a content before its cue', () => {
    expect(find('But she was not surprised that the campaign won, her advisers said Friday.', 'said Friday')).toMatchObject({
      content: 'she was not surprised that the campaign won',
      speaker: 'her advisers',
    });
  });

  it('reads a parenthetical attribution as part of its sentence', () => {
    expect(find('Even then, he said, he has learned enough about Hillary Clinton.', 'said')?.content).toBe(
      'Even then, he said, he has learned enough about Hillary Clinton',
    );
  });

  it('starts the report after a parenthetical attribution that only a connective comes before', () => {
    expect(find('But, the mayor added, the ferry would not run on Sundays.', 'added')).toMatchObject({
      content: 'the ferry would not run on Sundays',
      speaker: 'the mayor',
    });
  });

  it('takes an inverted speaker after a comma when a clause, not a name, comes before it', () => {
    expect(find('The steel plant is hanging on, but it is under intense pressure from imports, said the company\'s chief executive, John Ferriola.', 'said')).toMatchObject({
      content: 'The steel plant is hanging on, but it is under intense pressure from imports',
      speaker: "the company's chief executive, John Ferriola",
    });
  });

  it('finds no report in a cue whose object is a prepositional phrase', () => {
    expect(find('The official, who spoke on the condition of anonymity, gave no details.', 'spoke')).toBeUndefined();
  });
});

describe('speakers', () => {
  it('keeps a hyphenated word and a party label inside an appositive speaker', () => {
    expect(find('Nicole Hargrove, a 14-year Carrier worker, said she was an undecided voter.', 'said')?.speaker).toBe(
      'Nicole Hargrove, a 14-year Carrier worker',
    );
    expect(find('State Sen. Lee Bright (R), another early Cruz supporter, suggested that Trump was vulnerable.', 'suggested')?.speaker).toBe(
      'State Sen. Lee Bright (R), another early Cruz supporter',
    );
  });

  it('gives a participle the subject of its clause, past an opening adverbial', () => {
    expect(find('In an incendiary press conference, Trump attacked Obama, calling him "the most ignorant president in our history."', 'calling')).toMatchObject({
      kind: 'mixed',
      speaker: 'Trump',
    });
    expect(find('The former candidate continued, saying, "You need somebody who understands economics."', 'saying')).toMatchObject({
      kind: 'direct',
      speaker: 'The former candidate',
      content: 'You need somebody who understands economics.',
    });
  });

  it('takes no clause for a speaker', () => {
    const found = quotes('Sanders himself has toned down his criticism of Hillary Clinton.');
    expect(found.every((q) => q.speaker !== 'has toned down his')).toBe(true);
  });

  it('treats a progressive `is insisting` as a verb with its subject', () => {
    expect(find('Donald Trump is insisting that he has "expanded the Republican party," claiming that turnout is up.', 'insisting')).toMatchObject({
      kind: 'mixed',
      speaker: 'Donald Trump',
    });
  });
});

describe('quotations that are not quotes', () => {
  it('takes a title in title case for a name, not a quote', () => {
    expect(quotes('"Orange Is the New Black" star Selenis Leyva opened up about her role.').filter((q) => q.kind === 'direct')).toEqual([]);
    expect(quotes('The ad, titled "Unifier?", ran on Thursday.').filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('does not look for a quotation\'s attribution inside the next quotation', () => {
    const text = 'Aides tried to downplay it, saying they were "not a big deal around here." "Nobody seems to be preoccupied by it," the insider said.';
    expect(quotes(text).find((q) => q.cue === 'seems')).toBeUndefined();
    expect(find(text, 'said')).toMatchObject({ kind: 'direct', speaker: 'the insider', content: 'Nobody seems to be preoccupied by it,' });
  });

  it('reports the whole sentence when a quotation starts inside it and is attributed after it', () => {
    expect(find('America needs leaders "who understand that bombastic comments can cause turbulence," Clinton said.', 'said')).toMatchObject({
      kind: 'mixed',
      speaker: 'Clinton',
      content: 'America needs leaders "who understand that bombastic comments can cause turbulence,',
    });
  });
});

describe('reported speech closed by a named speaker with an appositive', () => {
  it('ends the report at the comma before the name: `..., Priya Bennett, spokesperson for the WTO, said.`', () => {
    expect(quotes('Trade talks will resume next month, Priya Bennett, spokesperson for the World Trade Organization, said.')).toEqual([
      {
        kind: 'indirect',
        content: 'Trade talks will resume next month',
        cue: 'said',
        speaker: 'Priya Bennett, spokesperson for the World Trade Organization',
      },
    ]);
    expect(find('Trade talks will resume, Ana Ruiz, a spokeswoman for the ministry, said on Monday.', 'said')?.speaker).toBe(
      'Ana Ruiz, a spokeswoman for the ministry',
    );
  });
});

describe('attributions that close their sentence, with more after them', () => {
  it('reads `X said Tuesday in Paris` as closing its report when a participle clause follows', () => {
    // `in Paris` is where Hollande spoke, not what he said; `noting ...` is a second report of his.
    const text = 'Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the Republican nominee “makes you want to retch.”';
    expect(find(text, 'said Tuesday')).toEqual({ kind: 'mixed', content: 'Trump’s “excesses” are sickening', cue: 'said Tuesday', speaker: 'Hollande' });
    expect(find(text, 'noting')).toMatchObject({ content: 'the Republican nominee “makes you want to retch.”', speaker: 'Hollande' });
  });

  it('reads an inverted `said X, ..., who noted` as closing its report, and the relative clause as a report of its own', () => {
    const text = 'The margins are not good enough, said Howard Rubel, a senior analyst at Jefferies, who noted that the profits rose.';
    expect(find(text, 'said')).toEqual({ kind: 'indirect', content: 'The margins are not good enough', cue: 'said', speaker: 'Howard Rubel' });
    expect(find(text, 'noted')?.content).toBe('that the profits rose');
  });
});

describe('an inverted attribution whose speaker is named by a role', () => {
  it('reads `..., say analysts.` as closing the report, the analysts its speaker', () => {
    expect(quotes('The economy is weak, say analysts.')).toEqual([{ kind: 'indirect', content: 'The economy is weak', cue: 'say', speaker: 'analysts' }]);
  });
});
