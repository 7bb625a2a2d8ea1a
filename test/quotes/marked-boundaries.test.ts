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
