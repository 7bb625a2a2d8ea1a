import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/span.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { find, quotes } from './one-paragraph.js';

/** The kind and content of each attribution of a text whose paragraphs are its non-empty lines. */
function contents(text: string): [string, string][] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return findQuotes(text, paragraphs).map((q) => [q.kind, text.slice(q.content.start, q.content.end)]);
}

describe('where a quote with quotation marks starts and ends', () => {
  it('runs a report on to the closing mark of a quotation it opens over several sentences', () => {
    const text = 'Brooks said the tone “was set early in the debate. And it never changed after that.” Others disagreed.';
    expect(find(text, 'said')).toMatchObject({ kind: 'mixed', content: 'the tone “was set early in the debate. And it never changed after that' });
  });

  it('goes on with the sentence after the closing mark when a comma separates the cue and the mark', () => {
    const text = 'De Blasio said, “I have not heard that particular concern” from law enforcement officials.';
    expect(find(text, 'said')).toMatchObject({ kind: 'mixed', content: 'I have not heard that particular concern” from law enforcement officials' });
  });

  it('stops at a closing mark after a comma: what follows is the writer’s', () => {
    const text = 'Sanders had said, “We’ll see,” when asked whether he would campaign for them.';
    expect(find(text, 'had said')).toMatchObject({ kind: 'direct', content: 'We’ll see,' });
  });

  it('takes the whole sentence when an attribution set off by commas interrupts it before the quotation', () => {
    const text = 'An economic downturn, he said, “could be a good time to borrow money.”';
    expect(find(text, 'said')).toMatchObject({ kind: 'mixed', speaker: 'he', content: 'An economic downturn, he said, “could be a good time to borrow money.' });
  });

  it('leaves the words before the attribution out when the quotation is a sentence of its own or they say where', () => {
    expect(find('On the subject of Israel, Trump added, “Nobody will be more loyal than me.”', 'added')).toMatchObject({ kind: 'direct', content: 'Nobody will be more loyal than me.' });
    expect(find('In his tribute, Elliott said “there is no greater man than Ali.”', 'said')).toMatchObject({ kind: 'direct', content: 'there is no greater man than Ali.' });
  });

  it('goes on into the next paragraph after an attribution that ends its paragraph', () => {
    const text = '“The plan is sound,” Smith told reporters in a phone interview on Monday.\n\n“It will pass the Senate next week.”\n\nThe vote is on Tuesday.';
    expect(contents(text)).toEqual([['direct', 'The plan is sound,” Smith told reporters in a phone interview on Monday.\n\n“It will pass the Senate next week.']]);
  });

  it('does not go on into the next paragraph after another sentence, or into a quotation the sentence goes on after', () => {
    const another = '“The plan is sound,” Smith told reporters on Monday. The vote is close.\n\n“It will pass the Senate next week.”';
    expect(contents(another)).toEqual([['direct', 'The plan is sound,']]);
    const goesOn = '“The plan is sound,” Smith told reporters on Monday.\n\n“It will pass the Senate next week” if nothing changes, an aide said.';
    expect(contents(goesOn)[0]).toEqual(['direct', 'The plan is sound,']);
  });

  it('keeps a quote going after an attribution that ends with an abbreviation', () => {
    // The period of `R-Ill.` is the sentence's stop too.
    const text = "''I cannot and will not support my party's nominee,'' said Senator Mark S. Kirk, R-Ill. ''After much consideration, I have concluded that he is not fit.''";
    expect(quotes(text).map((q) => q.content)).toEqual([
      "I cannot and will not support my party's nominee,'' said Senator Mark S. Kirk, R-Ill. ''After much consideration, I have concluded that he is not fit.",
    ]);
  });

  it('keeps a quote going after a long attribution in its paragraph', () => {
    const text =
      '“His legend will live on,” Spencer said, as a few young fighters worked out inside the gym, while outside some passers-by stopped to take photos of themselves near the large image of Ali that overlooks the door. “His stories will live on here.”';
    expect(quotes(text).filter((q) => q.kind === 'direct').map((q) => q.content)).toEqual([
      'His legend will live on,” Spencer said, as a few young fighters worked out inside the gym, while outside some passers-by stopped to take photos of themselves near the large image of Ali that overlooks the door. “His stories will live on here.',
    ]);
  });
});

describe('where a quote with quotation marks starts and ends: what lies around the marks', () => {
  it('reads the sentence after a quotation that ends with a stop as a sentence of its own', () => {
    // The closing mark after `attack.` belongs to the sentence before; `But, he said,` leads in.
    const text = 'His team would have “left our base more vulnerable to attack.” But, he said, “there was never any question that there was going to be a rescue mission.”';
    expect(find(text, 'said')).toMatchObject({ kind: 'mixed', content: 'But, he said, “there was never any question that there was going to be a rescue mission.' });
  });

  it('reads a clause after a closing question mark as the next sentence, not as an attribution', () => {
    // `All the parties are campaigning` holds a finite verb: no speaker of the question before it.
    const text = 'Mr Kennedy said: "So why are two million of our pensioners living below the poverty line?" All the parties are campaigning hard for an expected election in May.';
    expect(quotes(text)).toContainEqual({
      kind: 'direct',
      content: 'So why are two million of our pensioners living below the poverty line?',
      cue: 'said',
      speaker: 'Mr Kennedy',
    });
  });

  it('reads no report whose content is only a mark: every content holds a word', () => {
    // The quote from `commented:` runs over two paragraphs and `Martins said` attributes it; the
    // cue before it is left with nothing but the opening mark.
    const text = 'Senior author Dr. Silvia Martins commented: "Cannabis use disorder in adolescence has long-term consequences.\n\n"Given our findings, legalization efforts should coincide with prevention," Martins said.';
    const found = contents(text);
    expect(found.length).toBeGreaterThan(0);
    for (const [, content] of found) expect(content).toMatch(/[A-Za-z]/);
  });

  it('starts the content after the cue when a clause stands between the cue and the quotation', () => {
    const clause = 'Bush thought for a moment and said that in the current political climate, "I think it\'s an advantage not to be a celebrity."';
    expect(find(clause, 'said')).toMatchObject({ kind: 'mixed', content: 'that in the current political climate, "I think it\'s an advantage not to be a celebrity.' });
    const colon = 'At a rally, he erroneously suggested Curiel was from Mexico: "The judge happens to be, we believe, Mexican."';
    expect(find(colon, 'suggested')).toMatchObject({ kind: 'mixed', content: 'Curiel was from Mexico: "The judge happens to be, we believe, Mexican.' });
    // An object or an adverbial is no clause.
    expect(find('Xu told reporters on Sunday, "We will respond."', 'told')).toMatchObject({ kind: 'direct', content: 'We will respond.' });
  });

  it('gives a quotation that a participle clause runs into to the participle, not to the quote before', () => {
    const text = '“I regard Donald as an old friend,” Gingrich told O’Reilly, noting that he and his wife, Callista, “have regularly talked with him.”';
    expect(quotes(text)).toEqual([
      { kind: 'direct', content: 'I regard Donald as an old friend,', cue: 'told', speaker: 'Gingrich' },
      { kind: 'mixed', content: 'that he and his wife, Callista, “have regularly talked with him.', cue: 'noting', speaker: 'Gingrich' },
    ]);
  });

  it('goes on with the sentence after the closing mark after a colon too, up to a participle after `and`', () => {
    const colon = "Mr. Autor added: ''In retrospect, whether it's Trump or Sanders, we should have seen'' it coming.";
    expect(find(colon, 'added')).toMatchObject({ kind: 'mixed', content: "In retrospect, whether it's Trump or Sanders, we should have seen'' it coming" });
    const vowing = 'The senator emailed supporters saying: “The struggle continues” and vowing to compete in the final primary.';
    expect(find(vowing, 'saying')).toMatchObject({ kind: 'direct', content: 'The struggle continues' });
  });

  it('does not take a title right after the attribution, or a capitalized name, for the quote going on', () => {
    const title = '"Of course Bill Clinton\'s fair game. He\'s a former president," Fiorina told "Fox and Friends." She is running.';
    expect(find(title, 'told')).toMatchObject({ kind: 'direct', content: "Of course Bill Clinton's fair game. He's a former president," });
    // `Forecast` names the institute; the quotation after it goes on with Leamer's quote.
    const name = '"The risk," said Edward Leamer, the director of the UCLA Anderson Forecast, "is that we\'re going to be attracting workers and repelling jobs."';
    expect(quotes(name).map((q) => q.content)).toEqual([
      'The risk," said Edward Leamer, the director of the UCLA Anderson Forecast, "is that we\'re going to be attracting workers and repelling jobs.',
    ]);
  });

  it('reads a title ending in the sentence’s full stop as a title within the attribution', () => {
    const text = '"It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank." "I mean, it depends on who is elected."';
    expect(quotes(text).map((q) => q.content)).toEqual(['It\'s too early to tell," said Cuban, who is also a host on the TV show "Shark Tank." "I mean, it depends on who is elected.']);
  });

  it('does not go on into a subheading in single marks under a quote in double marks', () => {
    const text = '"I\'m a negotiator," he said during a debate in Miami last week.\n\n"I would like to get a deal done."\n\n\'Totally pro-Israel.\'\n\nStill, Trump has sought to assure voters.';
    expect(contents(text)[0]).toEqual(['direct', '"I\'m a negotiator," he said during a debate in Miami last week.\n\n"I would like to get a deal done.'.slice(1)]);
  });
});
