import { describe, expect, it } from 'vitest';
import { matchByline } from '../src/structure/byline.js';
import { findTrailingCredit } from '../src/structure/credit.js';
import { matchDateline } from '../src/structure/dateline.js';
import { splitSentences } from '../src/text/sentences.js';

describe('matchDateline', () => {
  it.each([
    ['BEIJING, Sept 4 (Xinhua) -- A new', { place: 'BEIJING', date: 'Sept 4', agency: 'Xinhua', text: 'BEIJING, Sept 4 (Xinhua) --' }],
    ['WASHINGTON (AP) — The Senate', { place: 'WASHINGTON', date: null, agency: 'AP', text: 'WASHINGTON (AP) —' }],
    ['LONDON (Reuters) - Oil prices', { place: 'LONDON', date: null, agency: 'Reuters', text: 'LONDON (Reuters) -' }],
    ['SANTA FE, N.M. (AP) — A judge', { place: 'SANTA FE, N.M.', date: null, agency: 'AP', text: 'SANTA FE, N.M. (AP) —' }],
    ['VIENNA — Talks resumed', { place: 'VIENNA', date: null, agency: null, text: 'VIENNA —' }],
    ['(CNN) -- With a sweep', { place: null, date: null, agency: 'CNN', text: '(CNN) --' }],
    ['Beirut (CNN) -- Syria', { place: 'Beirut', date: null, agency: 'CNN', text: 'Beirut (CNN) --' }],
    ['Dekalb, Ill. — Mike Glass threw', { place: 'Dekalb, Ill.', date: null, agency: null, text: 'Dekalb, Ill. —' }],
  ])('splits %j', (paragraph, expected) => {
    const match = matchDateline(paragraph);
    expect(match).not.toBeNull();
    const { text, ...parts } = expected;
    expect({ place: match!.place, date: match!.date, agency: match!.agency }).toEqual(parts);
    expect(paragraph.slice(0, match!.end)).toBe(text);
  });

  it.each([
    'The Senate passed the bill.',
    'US President Joe Biden said on Monday',
    'Meanwhile — the talks went on.',
    'DEAR ABBY: My husband',
    'I - for one - disagree.',
    'He said (laughing) -- no.',
  ])('finds no dateline in %j', (paragraph) => {
    expect(matchDateline(paragraph)).toBeNull();
  });
});

describe('matchByline', () => {
  const authorsOf = (text: string) => {
    const match = matchByline(text, true);
    return match?.authors.map((span) => text.slice(span.start, span.end)) ?? null;
  };

  it.each([
    ['By JOHN SMITH', ['JOHN SMITH']],
    ['By Jane Doe and Ann Roe', ['Jane Doe', 'Ann Roe']],
    ['By Anna Kowalski, Reuters', ['Anna Kowalski']],
    ["By Shi Fang ( People's Daily ) 09:20, November 19, 2020", ['Shi Fang']],
    ['By Yu Yang, He Zhuoyan, Emily Holder', ['Yu Yang', 'He Zhuoyan', 'Emily Holder']],
    ['( Xinhua ) 08:16, November 13, 2020', []],
  ])('reads %j', (text, authors) => {
    expect(authorsOf(text)).toEqual(authors);
  });

  it.each(['By the time she arrived, the shop had closed.', 'By most accounts, the law worked.', 'Bypass road opens'])(
    'does not take the sentence %j for a byline',
    (text) => {
      expect(matchByline(text, true)).toBeNull();
    },
  );
});

describe('findTrailingCredit', () => {
  const creditOf = (text: string) => {
    const match = findTrailingCredit(text);
    return match && { caption: text.slice(0, match.captionEnd), credit: text.slice(match.creditStart, match.creditEnd) };
  };

  it.each([
    ['Workers at a factory. (PHOTO/XINHUA)', 'Workers at a factory.', 'PHOTO/XINHUA'],
    ['A view of the hall. (Xinhua/Li Xin)', 'A view of the hall.', 'Xinhua/Li Xin'],
    ['A road in Uganda. (Photo by Dong Zhiwei/Xinhua)', 'A road in Uganda.', 'Photo by Dong Zhiwei/Xinhua'],
    ['US troops in Kabul [File: Reuters]', 'US troops in Kabul', 'File: Reuters'],
    ['The president speaks. (AP Photo/Evan Vucci)', 'The president speaks.', 'AP Photo/Evan Vucci'],
  ])('splits %j', (text, caption, credit) => {
    expect(creditOf(text)).toEqual({ caption, credit });
  });

  it.each(['The plan was approved (on Monday).', 'Prices rose [sharply] on Friday.', 'He met officials.'])(
    'finds no credit in %j',
    (text) => {
      expect(findTrailingCredit(text)).toBeNull();
    },
  );
});

describe('splitSentences', () => {
  const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

  it('keeps abbreviations, initials and dates inside sentences', () => {
    expect(sentences('Mr. Wan met Dr. Ho in the U.S. on Nov. 12. D. Arno Peters drew it. It sold.')).toEqual([
      'Mr. Wan met Dr. Ho in the U.S. on Nov. 12.',
      'D. Arno Peters drew it.',
      'It sold.',
    ]);
  });

  it('ends a sentence before an opening quotation mark', () => {
    expect(sentences('He spoke. "We will win," he said. Then he left!')).toEqual([
      'He spoke.',
      '"We will win," he said.',
      'Then he left!',
    ]);
  });

  it('does not split at a stop followed by a lower-case word', () => {
    expect(sentences('We have to drive people to get tested, . because that matters.')).toHaveLength(1);
  });
});
