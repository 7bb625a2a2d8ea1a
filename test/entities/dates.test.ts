import { describe, expect, it } from 'vitest';
import { findDates, type ReferenceDate } from '../../src/entities/dates/find-dates.js';
import { referenceDateFrom } from '../../src/entities/dates/reference-date.js';

/** Each date as [written, value]; also checks that offsets are sorted and non-overlapping. */
function dates(text: string, reference: ReferenceDate | null = null): Array<[string, string | null]> {
  const found = findDates(text, reference);
  let reached = 0;
  for (const date of found) {
    expect(date.start).toBeGreaterThanOrEqual(reached);
    expect(date.end).toBeGreaterThan(date.start);
    reached = date.end;
  }
  return found.map((date) => [text.slice(date.start, date.end), date.value]);
}

// Tuesday, Sept 6, 2022.
const TUESDAY: ReferenceDate = { year: 2022, month: 9, day: 6 };

describe('findDates on the seed sentences', () => {
  const seed: Array<[string, string, string | null, string | null]> = [
    ['On Aug 31, the Office of the UN High Commissioner released a report.', 'Aug 31', '--08-31', '2022-08-31'],
    ['The commissioner visited Xinjiang in May.', 'May', '--05', '2022-05'],
    ['The report was due on Oct 17 at the latest.', 'Oct 17', '--10-17', '2022-10-17'],
    ['The spokesman said on Sept 1 that the report was a farce.', 'Sept 1', '--09-01', '2022-09-01'],
    ['The minister told a news conference on Sunday.', 'Sunday', null, '2022-09-04'],
  ];

  it.each(seed)('%j without a reference', (text, span, partial) => {
    expect(dates(text)).toEqual([[span, partial]]);
  });

  it.each(seed)('%j against Tuesday 2022-09-06', (text, span, _partial, full) => {
    expect(dates(text, TUESDAY)).toEqual([[span, full]]);
  });

  it('gives exact offsets that exclude the leading preposition', () => {
    const text = 'told a news conference on Sunday.';
    expect(findDates(text, null)).toEqual([{ start: 26, end: 32, value: null }]);
    const seed = 'On Aug 31, the Office';
    expect(findDates(seed, TUESDAY)).toEqual([{ start: 3, end: 9, value: '2022-08-31' }]);
  });
});

describe('findDates forms', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['on Aug. 31 it rained', [['Aug. 31', '--08-31']]],
    ['on August 31 it rained', [['August 31', '--08-31']]],
    ['on 31 August it rained', [['31 August', '--08-31']]],
    ['on Aug 31st it rained', [['Aug 31st', '--08-31']]],
    ['since Sept. 1, 2020, prices rose', [['Sept. 1, 2020', '2020-09-01']]],
    ['on Nov. 12, 2020.', [['Nov. 12, 2020', '2020-11-12']]],
    ['on November 19, 2020, and', [['November 19, 2020', '2020-11-19']]],
    ['on 30 November 2013 in', [['30 November 2013', '2013-11-30']]],
    ['dated 2020-11-19 and 1996-08-30.', [['2020-11-19', '2020-11-19'], ['1996-08-30', '1996-08-30']]],
    ['in May 2022 the', [['May 2022', '2022-05']]],
    ['by Sept. 2020.', [['Sept. 2020', '2020-09']]],
    ['Sep 3 and Dec. 25', [['Sep 3', '--09-03'], ['Dec. 25', '--12-25']]],
    ['Jan 6 Feb 2 Mar 5 Apr 1 Jun 4 Jul 4', [['Jan 6', '--01-06'], ['Feb 2', '--02-02'], ['Mar 5', '--03-05'], ['Apr 1', '--04-01'], ['Jun 4', '--06-04'], ['Jul 4', '--07-04']]],
    ['BEIJING, SEPT. 4 (Xinhua)', [['SEPT. 4', '--09-04']]],
    ['on Sunday, Aug. 30, 2020, at', [['Sunday, Aug. 30, 2020', '2020-08-30']]],
    ['in 2019 and since 2015, but not 2017', [['2019', '2019'], ['2015', '2015']]],
    ['In early June, and since mid-March.', [['June', '--06'], ['March', '--03']]],
    ['until Aug. and', [['Aug.', '--08']]],
    ['on Feb 29', [['Feb 29', '--02-29']]],
    ['on 11/19/2020 and 9/1/2020.', [['11/19/2020', '2020-11-19'], ['9/1/2020', '2020-09-01']]],
    ['on 19/11/2020 in London', [['19/11/2020', '2020-11-19']]],
    ['by 2030, until 2025 and from 2015 to 2020', [['2030', '2030'], ['2025', '2025'], ['2015', '2015']]],
    ['since May, by May, until May, during May', [['May', '--05'], ['May', '--05'], ['May', '--05'], ['May', '--05']]],
    ['last May and next June', [['May', '--05'], ['June', '--06']]],
    ['on Sunday night and Monday morning', [['Sunday', null], ['Monday', null]]],
    ['on Sunday, Nov. 19 at', [['Sunday, Nov. 19', '--11-19']]],
    ['NOVEMBER 19, 2020', [['NOVEMBER 19, 2020', '2020-11-19']]],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    'Theresa May said the deal was done.',
    'May said the deal was done.',
    'after May said so',
    'It may rain tomorrow.',
    'The Mayor spoke.',
    'They march on the capital.',
    'March on the capital!',
    'on Feb 30, 2020',
    'on 2021-02-29',
    'a Good Friday service and Super Tuesday',
    'the Sunday Times reported',
    'in 2019-20 and in 1,000 cases and in 25 days',
    'May 5,000 people',
    'Sundays are quiet',
    'in Jan the man',
    'it may rain',
    'Prime Minister Theresa May said on the record',
    'Mayors and the Mayor of London',
    'on 9/11 and 3/4 of them',
    'on 13/13/2020 or 2/30/2020',
    'in 11/19/20',
    'Aug 30-31',
  ])('finds no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('keeps a month alone as a date unless the text names someone with it', () => {
    expect(dates('in May the vote')).toEqual([['May', '--05']]);
    expect(dates('Theresa May resigned in May.')).toEqual([]);
    expect(dates('In May, Theresa May resigned on May 24, 2019.')).toEqual([['May 24, 2019', '2019-05-24']]);
  });

  it('does not read a title-case headline as a name', () => {
    expect(dates('Xinjiang May Face Sanctions\nThe envoy visited Xinjiang in May.')).toEqual([['May', '--05']]);
  });

  it('reads a day without a year against the reference', () => {
    expect(dates('on Dec 28', { year: 2023, month: 1, day: 3 })).toEqual([['Dec 28', '2022-12-28']]);
    expect(dates('on Jan 2', { year: 2022, month: 12, day: 30 })).toEqual([['Jan 2', '2023-01-02']]);
    expect(dates('on Oct 17', { year: 2022 })).toEqual([['Oct 17', '2022-10-17']]);
    expect(dates('in March', { year: 2022, month: 9 })).toEqual([['March', '2022-03']]);
    expect(dates('on Sunday', { year: 2022, month: 9 })).toEqual([['Sunday', null]]);
  });

  it('places a month in the 12 months from 8 before the reference month to 3 after it', () => {
    expect(dates('in January', TUESDAY)).toEqual([['January', '2022-01']]);
    expect(dates('on Dec 20', TUESDAY)).toEqual([['Dec 20', '2022-12-20']]);
    expect(dates('on Jan 5', TUESDAY)).toEqual([['Jan 5', '2022-01-05']]);
    expect(dates('in October', { year: 2023, month: 3, day: 1 })).toEqual([['October', '2022-10']]);
    expect(dates('on June 1', { year: 2023, month: 3, day: 1 })).toEqual([['June 1', '2023-06-01']]);
    expect(dates('on Feb 29', TUESDAY)).toEqual([['Feb 29', '--02-29']]);
    expect(dates('on Feb 29', { year: 2024, month: 3, day: 1 })).toEqual([['Feb 29', '2024-02-29']]);
  });

  it('reads last and next before a month', () => {
    expect(dates('last May', TUESDAY)).toEqual([['May', '2022-05']]);
    expect(dates('last May', { year: 2023, month: 5, day: 10 })).toEqual([['May', '2022-05']]);
    expect(dates('next May', TUESDAY)).toEqual([['May', '2023-05']]);
    expect(dates('next October', TUESDAY)).toEqual([['October', '2022-10']]);
    expect(dates('by May', { year: 2022 })).toEqual([['May', '2022-05']]);
  });

  it('reads weekdays on or before the reference date, or after it with next', () => {
    expect(dates('on Tuesday', TUESDAY)).toEqual([['Tuesday', '2022-09-06']]);
    expect(dates('on Wednesday', TUESDAY)).toEqual([['Wednesday', '2022-08-31']]);
    expect(dates('on Monday', TUESDAY)).toEqual([['Monday', '2022-09-05']]);
    expect(dates('next Monday', TUESDAY)).toEqual([['Monday', '2022-09-12']]);
    expect(dates('on Saturday', { year: 2021, month: 1, day: 1 })).toEqual([['Saturday', '2020-12-26']]);
    expect(dates('on Sunday night', TUESDAY)).toEqual([['Sunday', '2022-09-04']]);
    const sunday: ReferenceDate = { year: 2022, month: 9, day: 4 };
    expect(dates('on Sunday', sunday)).toEqual([['Sunday', '2022-09-04']]);
    expect(dates('last Sunday', sunday)).toEqual([['Sunday', '2022-08-28']]);
    expect(dates('last Sunday', TUESDAY)).toEqual([['Sunday', '2022-09-04']]);
    expect(dates('next Sunday', sunday)).toEqual([['Sunday', '2022-09-11']]);
  });

  it('finds dates all through a megabyte of text, sorted and apart', () => {
    const chunk = 'On Aug 31, the Office said in May that 5 Mayors may march on Sunday since 2019 and 12 34 Sept. ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const found = findDates(text, TUESDAY);
    expect(found.length).toBeGreaterThan(40_000);
    let reached = 0;
    for (const date of found) {
      expect(date.start).toBeGreaterThanOrEqual(reached);
      reached = date.end;
    }
  });

});

describe('referenceDateFrom', () => {
  it('falls back to a full date in the byline, where outlets print the time of publication', () => {
    const byline = "By Zhao Lin ( People's Daily Online ) 10:15, November 12, 2020";
    expect(referenceDateFrom(undefined, 'Nov. 11', byline)).toEqual({ year: 2020, month: 11, day: 12 });
    expect(referenceDateFrom(undefined, 'Aug. 31, 2020', byline)).toEqual({ year: 2020, month: 8, day: 31 });
    expect(referenceDateFrom('2022-09-06', null, byline)).toEqual({ year: 2022, month: 9, day: 6 });
    expect(referenceDateFrom(undefined, null, 'By Zhao Lin, November 2020')).toBeNull();
  });

  it('reads publishedAt as written, or a Date in UTC', () => {
    expect(referenceDateFrom('2022-09-06', null)).toEqual({ year: 2022, month: 9, day: 6 });
    expect(referenceDateFrom('2022-09-06T23:30:00-05:00', null)).toEqual({ year: 2022, month: 9, day: 6 });
    expect(referenceDateFrom('2022-09-06T01:00:00', null)).toEqual({ year: 2022, month: 9, day: 6 });
    expect(referenceDateFrom(new Date('2022-09-06T23:30:00-05:00'), null)).toEqual({ year: 2022, month: 9, day: 7 });
  });

  it('prefers publishedAt to the dateline', () => {
    expect(referenceDateFrom('2022-09-06', 'Aug. 31, 2020')).toEqual({ year: 2022, month: 9, day: 6 });
  });

  it('takes the dateline date only when it writes a year', () => {
    expect(referenceDateFrom(undefined, 'Aug. 31, 2020')).toEqual({ year: 2020, month: 8, day: 31 });
    expect(referenceDateFrom(undefined, '2020-11-19')).toEqual({ year: 2020, month: 11, day: 19 });
    expect(referenceDateFrom(undefined, 'Sept 4')).toBeNull();
    expect(referenceDateFrom(undefined, null)).toBeNull();
  });

  it('adds a year from a partial publishedAt to a dateline date', () => {
    expect(referenceDateFrom('2022', 'Sept 4')).toEqual({ year: 2022, month: 9, day: 4 });
    expect(referenceDateFrom('2023-01', 'Dec. 30')).toEqual({ year: 2022, month: 12, day: 30 });
    expect(referenceDateFrom('2022-09', null)).toEqual({ year: 2022, month: 9 });
    expect(referenceDateFrom('2022', null)).toEqual({ year: 2022 });
    expect(referenceDateFrom('2022-09-06', 'Sept 4')).toEqual({ year: 2022, month: 9, day: 6 });
  });

  it('ignores an invalid publishedAt', () => {
    expect(referenceDateFrom(new Date(Number.NaN), null)).toBeNull();
    expect(referenceDateFrom('yesterday', 'Sept 4')).toBeNull();
    expect(referenceDateFrom('2022-02-30', null)).toBeNull();
    expect(referenceDateFrom('20220906', null)).toBeNull();
    expect(referenceDateFrom('2022-9-6', null)).toBeNull();
  });
});
