import { describe, expect, it } from 'vitest';
import { chooseByModel, chooseContentEnd, endCandidates, type EndChooser } from '../../src/quotes/content-end.js';
import { readDocument } from '../../src/quotes/document.js';
import type { Draft } from '../../src/quotes/draft.js';
import { matchCues } from '../../src/quotes/match-cues.js';
import { find } from './one-paragraph.js';

/** The draft of `X said A` with its content running to the sentence's last word before the stop. */
function draftOf(text: string, cueWord: string) {
  const doc = readDocument(text, [{ start: 0, end: text.length }]);
  const at = doc.words.indexOf(cueWord);
  const cue = matchCues(doc.words, at, at + 1, 0)[0]!;
  const draft: Draft = { cue, speaker: { first: 0, last: at - 1 }, content: { first: at + 1, last: doc.words.length - 2 } };
  return { doc, draft };
}

describe('where reported speech after its cue ends', () => {
  it('offers the whole content, the rules\' guess and every break inside the content as candidates', () => {
    const { doc, draft } = draftOf('Officials said the bridge would reopen in May, after repairs and a safety review.', 'said');
    const { first, last } = draft.content;
    const candidates = endCandidates(doc, draft, first, last, first + 3);
    const ats = candidates.map((c) => c.at);
    expect(ats).toContain(last + 1);
    expect(ats).toContain(first + 4);
    // Before `in`, `,`, `after` and `and`: each break word or mark opens a candidate.
    for (const word of ['in', ',', 'after', 'and']) expect(ats).toContain(doc.words.indexOf(word));
    for (const at of ats) expect(at).toBeGreaterThan(first);
    for (const at of ats) expect(at).toBeLessThanOrEqual(last + 1);
  });

  it('tells the model whether the stretch a break opens holds a clause of its own', () => {
    const { doc, draft } = draftOf('Officials said the bridge would reopen, as was the plan, in June after a review.', 'said');
    const { first, last } = draft.content;
    const feature = (word: string) => {
      const at = doc.words.indexOf(word);
      return endCandidates(doc, draft, first, last, last).find((c) => c.at === at)!.features.at(-1);
    };
    // `, as was the plan`: the break and four words to the next comma, `was` a finite verb.
    expect(feature(',')).toEqual([',', '4-6', 'verb']);
    // `in June after a review`: the break and four words to the content's end, none of them a verb.
    expect(feature('in')).toEqual(['in', '4-6', 'none']);
  });

  it('ends the content where the chooser says', () => {
    const { doc, draft } = draftOf('Officials said the bridge would reopen in May, after repairs.', 'said');
    const firstBreak: EndChooser = (candidates) => candidates[0]!.at;
    const range = chooseContentEnd(doc, draft, draft.content, firstBreak);
    expect(doc.words.slice(range.first, range.last + 1).join(' ')).toBe('the bridge would reopen');
  });

  it('with the trained model, ends the content where the model ranks the listed candidates (scored as they are found)', () => {
    const { doc, draft } = draftOf('Officials said the bridge would reopen in May, after repairs and a safety review, because of the floods.', 'said');
    const listed: EndChooser = (candidates, ruleAt, range) => chooseByModel(candidates, ruleAt, range);
    for (let ruleLast = draft.content.first; ruleLast <= draft.content.last; ruleLast++) {
      const ruled = { first: draft.content.first, last: ruleLast };
      expect(chooseContentEnd(doc, draft, ruled, chooseByModel)).toEqual(chooseContentEnd(doc, draft, ruled, listed));
    }
  });

  it('with the trained model, leaves a reason clause out of a report whose object is a noun phrase', () => {
    expect(find('Republicans rejected the plan because it cost too much.', 'rejected')?.content).toBe('the plan');
  });

  it('with the trained model, keeps a `that` clause whole', () => {
    expect(find('She said that the plan would cut taxes for families in the state.', 'said')?.content).toBe(
      'that the plan would cut taxes for families in the state',
    );
  });
});

describe('where reported speech after its cue starts', () => {
  it('skips the object of a verb of telling before its clause', () => {
    expect(find('Local officials told the Tribune they would reopen the bridge.', 'told')?.content).toBe('they would reopen the bridge');
    expect(find('The senator is telling a town hall in Salem that taxes are too high.', 'is telling')?.content).toBe('that taxes are too high');
  });

  it('skips an adverbial between the cue and a quotation', () => {
    const text = 'The governor said at a news conference on Friday, “we are not going to raise taxes” and left.';
    expect(find(text, 'said')?.content).toMatch(/^“?we are not going to raise taxes/);
  });
});
