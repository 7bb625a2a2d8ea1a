/**
 * Dates in news text: explicit dates (`Aug 31`, `Sept. 1, 2020`, `30 November 2013`,
 * `2020-11-19`, `11/19/2020`), months (`May 2022`, `in May`), weekdays (`on Sunday`) and years
 * after a preposition (`in 2019`), each with an ISO 8601 `value`, read against a reference date
 * (see `reference-date.ts`).
 *
 * Pure and sync. Every regex is linear: no nested or adjacent unbounded quantifiers; context is
 * read from short slices (at most 16 characters) around a match.
 */
import {
  formatDate,
  isValidDate,
  resolveWeekday,
  resolveYear,
  type ReferenceDate,
  type Relation,
} from './normalize.js';

export type { ReferenceDate } from './normalize.js';

/** A date in the text: `text.slice(start, end)` is the date as written; `value` is its ISO 8601 form. */
export interface FoundDate {
  readonly start: number;
  readonly end: number;
  /**
   * `2022-08-31`, `2022-08` or `2019` when the year is written or the reference gives it;
   * else the partial `--08-31` or `--08`. A weekday is a full date only against a full reference
   * date, else `null`.
   */
  readonly value: string | null;
}

const FULL_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations, written with or without a period. `May` has none (it is its own full name). */
const ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8],
  ['Sept', 9], ['Sep', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

interface MonthWord {
  readonly month: number;
  readonly abbreviated: boolean;
  /** Written in title case (`May`), not in capitals (`MAY`). */
  readonly titled: boolean;
}

const MONTH_WORDS = new Map<string, MonthWord>();
for (const [index, name] of FULL_MONTHS.entries()) {
  MONTH_WORDS.set(name, { month: index + 1, abbreviated: false, titled: true });
  MONTH_WORDS.set(name.toUpperCase(), { month: index + 1, abbreviated: false, titled: false });
}
for (const [name, month] of ABBREVIATIONS) {
  MONTH_WORDS.set(name, { month, abbreviated: true, titled: true });
  MONTH_WORDS.set(name.toUpperCase(), { month, abbreviated: true, titled: false });
}

const WEEKDAY_WORDS = new Map<string, number>();
for (const [index, name] of WEEKDAYS.entries()) {
  WEEKDAY_WORDS.set(name, index);
  WEEKDAY_WORDS.set(name.toUpperCase(), index);
}

/** Longest first, so that `Sept` is tried before `Sep`. */
function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** One space, tab, no-break space or line break (hard-wrapped text breaks `Aug\n31`). */
const SP = '(?:[ \\t\\u00A0]|\\r?\\n)';
/** Not followed by a digit after `.`, `,`, `:`, `/` or a dash (`5,000`, `3:30`, `2019-20`). */
const NO_NUMBER_AFTER = '(?![\\p{L}\\p{N}])(?![.,:/\\u2013-]\\p{N})';

const MONTH_TOKEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(MONTH_WORDS.keys())})(?![\\p{L}\\p{N}])`, 'gu');
const WEEKDAY_TOKEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WEEKDAY_WORDS.keys())})(?![\\p{L}\\p{N}])`, 'gu');
const ISO_DATE = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})(?!-\\p{N})`, 'gu');
/** `11/19/2020` (US order), or `19/11/2020` when the first number cannot be a month: only with a 4-digit year. */
const NUMERIC_DATE = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\p{N})(?![./-]\\p{N})`, 'gu');
/**
 * `in 2019`, `since 2015`, `by 2030`: a 4-digit number after one of these is a year, since news
 * style writes counts from 1,000 up with a comma (`in 1,000 cases`).
 */
const YEAR_PREPOSITIONS = ['in', 'since', 'by', 'until', 'till', 'from', 'through', 'before', 'after', 'during'];
/**
 * Years are found digits first, then the preposition is read on a short slice before them: a
 * pattern that starts with the prepositions is tried at every letter of the text, one that
 * starts with a digit only at digits. A match is exactly four digits, so none can hide another.
 */
const FOUR_DIGITS = new RegExp(`\\d{4}${NO_NUMBER_AFTER}(?!%)`, 'gu');
const PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${YEAR_PREPOSITIONS.join('|')})${SP}$`, 'iu');
/** Longer than the longest preposition (`through`), a line break (`\r\n`) and the character before them. */
const PREPOSITION_REACH = 12;

/** After a month: ` 31`, ` 31st`, ` 31, 2020`, ` 1 2020`. */
const DAY_AFTER = new RegExp(`${SP}(\\d{1,2})(?:st|nd|rd|th)?${NO_NUMBER_AFTER}(?:,?${SP}(\\d{4})${NO_NUMBER_AFTER})?`, 'uy');
/** After a month: ` 2022`. */
const YEAR_AFTER = new RegExp(`${SP}(\\d{4})${NO_NUMBER_AFTER}`, 'uy');
/** Before a month (read on a short slice that ends at the month): `31 `, `1st `. */
const DAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])(\\d{1,2})(?:st|nd|rd|th)?${SP}$`, 'u');

/** Words that make a capitalized month written alone a date: `in May`, `since March`, `early June`. */
const DATE_WORDS = [
  'in', 'since', 'by', 'until', 'till', 'from', 'through', 'last', 'next', 'early', 'late',
  'during', 'of', 'before', 'after', 'between', 'this',
];
const DATE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${DATE_WORDS.join('|')})${SP}$|(?:^|[^\\p{L}])mid-$`, 'iu');
/** A month alone followed by a speech verb is a person (`after May said`). */
const SPEECH_AFTER = new RegExp(
  `^${SP}(?:said|says|told|added|wrote|warned|insisted|argued|announced|urged|stated|admitted|replied|explained|asked|tweeted)(?![\\p{L}])`,
  'u',
);
/** A month alone followed by a capitalized word is part of a name (`in June Carter's`). */
const CAPITAL_AFTER = new RegExp(`^${SP}\\p{Lu}`, 'u');

/** Weekdays in names: `Good Friday`, `Super Tuesday`, the `Sunday Times`. */
const WEEKDAY_NAME_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:Good|Black|Super|Cyber|Holy|Ash|Palm|Easter|Maundy|Bloody|Shrove|Giving|Man)${SP}$`,
  'u',
);
const WEEKDAY_NAME_AFTER = new RegExp(
  `^${SP}(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent|People|Mail|Sport|School|Night|Morning|Edition|Magazine|Review|Club)(?![\\p{L}])`,
  'u',
);
const LAST_BEFORE = new RegExp(`(?:^|[^\\p{L}])last${SP}$`, 'iu');
const NEXT_BEFORE = new RegExp(`(?:^|[^\\p{L}])next${SP}$`, 'iu');

/** `last May`, `next Sunday`: read from the short slice before a month or weekday. */
function relationBefore(previous: string): Relation {
  return LAST_BEFORE.test(previous) ? 'last' : NEXT_BEFORE.test(previous) ? 'next' : null;
}
/** Between a weekday and the date it names: `Sunday, Aug. 30`. */
const WEEKDAY_JOIN = new RegExp(`,?${SP}`, 'uy');

/** Years read as years when written after a month, a day or `in`: not `May 5 1000 soldiers`. */
function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2199;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  /** Names a day (`Aug 31`, `2020-11-19`), so a weekday before it can join it. */
  readonly day: boolean;
}

function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 16), index);
}

function after(text: string, index: number): string {
  return text.slice(index, index + 16);
}

function dateValue(
  reference: ReferenceDate | null,
  year: number | undefined,
  month: number,
  day?: number,
  relation: Relation = null,
): string {
  const resolved = year ?? (reference ? resolveYear(reference, month, day, relation) : undefined);
  return formatDate(resolved, month, day);
}

/**
 * Whether the document uses a month name as a person's name: `Theresa May`, `Brian May`
 * (a capitalized word right before it that is not a date word, a weekday or a month). A
 * capitalized word after it too is a title-case headline (`Xinjiang May Face Sanctions`), no name.
 */
function nameEvidence(text: string, name: string): boolean {
  // The pattern opens with the month name and reads the word before it by a lookbehind, so the
  // search skips through the text to the name rather than trying every capitalized word (twenty
  // times faster). Only a month before a month (`May May`), never a name, is read where a
  // pattern consuming the word would have skipped it.
  const pattern = new RegExp(`${name}(?<=(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)${SP}${name})(?![\\p{L}])(?!${SP}\\p{Lu})`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const word = match[1]!;
    if (DATE_WORDS.includes(word.toLowerCase()) || word === 'On' || word === 'Early' || word === 'Late') continue;
    if (WEEKDAY_WORDS.has(word) || MONTH_WORDS.has(word)) continue;
    return true;
  }
  return false;
}

function monthCandidates(text: string, reference: ReferenceDate | null): Candidate[] {
  const found: Candidate[] = [];
  const named = new Map<string, boolean>();
  // The end of the last date found, so that `Jan 6 Feb 2` does not read `6 Feb`.
  let reached = 0;
  for (const match of text.matchAll(MONTH_TOKEN)) {
    const token = match[0];
    const word = MONTH_WORDS.get(token);
    if (!word) continue;
    const start = match.index;
    const tokenEnd = start + token.length;
    const periodEnd = word.abbreviated && text[tokenEnd] === '.' ? tokenEnd + 1 : tokenEnd;

    // 31 August, 30 November 2013
    const dayBefore = DAY_BEFORE.exec(before(text, start));
    if (dayBefore && start - dayBefore[0].length >= reached) {
      const day = Number(dayBefore[1]);
      YEAR_AFTER.lastIndex = periodEnd;
      const yearMatch = YEAR_AFTER.exec(text);
      const year = yearMatch && plausibleYear(Number(yearMatch[1])) ? Number(yearMatch[1]) : undefined;
      if (isValidDate(year, word.month, day)) {
        const end = year !== undefined && yearMatch ? periodEnd + yearMatch[0].length : word.abbreviated ? periodEnd : tokenEnd;
        found.push({ start: start - dayBefore[0].length, end, value: dateValue(reference, year, word.month, day), day: true });
        reached = end;
      }
      continue;
    }

    // Aug 31, Sept. 1, 2020, November 19, 2020
    DAY_AFTER.lastIndex = periodEnd;
    const dayAfter = DAY_AFTER.exec(text);
    if (dayAfter) {
      const day = Number(dayAfter[1]);
      const written = dayAfter[2] === undefined ? undefined : Number(dayAfter[2]);
      const year = written !== undefined && plausibleYear(written) ? written : undefined;
      // Without a plausible year the match ends after the day (and its ordinal suffix).
      const length = year === undefined && dayAfter[2] !== undefined
        ? dayAfter[0].length - /,?(?:[ \t\u00A0]|\r?\n)\d{4}$/u.exec(dayAfter[0])![0].length
        : dayAfter[0].length;
      if (isValidDate(year, word.month, day)) {
        found.push({ start, end: periodEnd + length, value: dateValue(reference, year, word.month, day), day: true });
        reached = periodEnd + length;
      }
      continue;
    }

    // May 2022, Sept. 2020
    YEAR_AFTER.lastIndex = periodEnd;
    const yearAfter = YEAR_AFTER.exec(text);
    if (yearAfter && plausibleYear(Number(yearAfter[1]))) {
      found.push({ start, end: periodEnd + yearAfter[0].length, value: formatDate(Number(yearAfter[1]), word.month), day: false });
      continue;
    }

    // in May, since March, mid-June: capitalized, a full name or an abbreviation with its period.
    if (!word.titled || (word.abbreviated && periodEnd === tokenEnd)) continue;
    const previous = before(text, start);
    if (!DATE_WORD_BEFORE.test(previous)) continue;
    const next = after(text, periodEnd);
    if (SPEECH_AFTER.test(next) || CAPITAL_AFTER.test(next)) continue;
    if (!word.abbreviated) {
      let isName = named.get(token);
      if (isName === undefined) {
        isName = nameEvidence(text, token);
        named.set(token, isName);
      }
      if (isName) continue;
    }
    const value = dateValue(reference, undefined, word.month, undefined, relationBefore(previous));
    found.push({ start, end: periodEnd, value, day: false });
  }
  return found;
}

function isoCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ISO_DATE)) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (!isValidDate(year, month, day)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: formatDate(year, month, day), day: true });
  }
  return found;
}

function numericCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (!plausibleYear(year) || !isValidDate(year, month, day)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, value: formatDate(year, month, day), day: true });
  }
  return found;
}

function yearCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(FOUR_DIGITS)) {
    const start = match.index;
    const year = Number(match[0]);
    if (!plausibleYear(year) || !PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - PREPOSITION_REACH), start))) continue;
    found.push({ start, end: start + 4, value: formatDate(year), day: false });
  }
  return found;
}

function weekdayCandidates(text: string, reference: ReferenceDate | null, dated: ReadonlyMap<number, Candidate>): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(WEEKDAY_TOKEN)) {
    const weekday = WEEKDAY_WORDS.get(match[0]);
    if (weekday === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    const previous = before(text, start);
    if (WEEKDAY_NAME_BEFORE.test(previous) || WEEKDAY_NAME_AFTER.test(after(text, end))) continue;
    // Sunday, Aug. 30: one date, the weekday and the date it names.
    WEEKDAY_JOIN.lastIndex = end;
    const join = WEEKDAY_JOIN.exec(text);
    const joined = join ? dated.get(end + join[0].length) : undefined;
    if (joined?.day) {
      found.push({ start, end: joined.end, value: joined.value, day: true });
      continue;
    }
    const value = reference ? resolveWeekday(reference, weekday, relationBefore(previous)) : null;
    found.push({ start, end, value, day: false });
  }
  return found;
}

/**
 * The dates in `text`, sorted and non-overlapping, with exact offsets. A preposition before a
 * date (`on Sunday`, `in May`) is not part of its span, nor a word after a weekday
 * (`Sunday night` gives `Sunday`).
 *
 * Recognized:
 * - month and day: `Aug 31`, `Aug. 31`, `August 31`, `Aug 31st`, `31 August`, `SEPT. 4`, with a
 *   year: `Sept. 1, 2020`, `30 November 2013`;
 * - numbers: `2020-11-19`, and `11/19/2020` (US order; `19/11/2020` when the first number cannot
 *   be a month) only with a 4-digit year, since `9/11` or `3/4` are as often fractions or names;
 * - month and year: `May 2022`, `Sept. 2020`;
 * - a month alone, capitalized, after a date word (`in`, `since`, `by`, `until`, `till`, `from`,
 *   `through`, `last`, `next`, `early`, `late`, `during`, `of`, `before`, `after`, `between`,
 *   `this`, `mid-`): `in May`, `last May`, `mid-March`, `until Aug.`;
 * - weekdays: `Sunday`, `on Sunday`; `Sunday, Aug. 30` is one date;
 * - a year alone after `in`, `since`, `by`, `until`, `till`, `from`, `through`, `before`,
 *   `after` or `during` (`in 2019`): CoNLL does not score dates, and a year is a date a reader
 *   wants linked.
 *
 * Abbreviations (Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec) take an optional period, but
 * alone they need it (`until Aug.`, not `in Jan the man`). Months are written in title case or
 * capitals. Years are 1800-2199. Invalid dates (`Feb 30`, `2021-02-29`) are not dates.
 *
 * Not dates: the modal `may`, `Mayor`, `March on the capital` (no date word before it), a month
 * alone that is a name (`Theresa May said`, `after May said`, `in June Carter's`, or any `May`
 * alone in a text that writes `Theresa May` anywhere), weekdays in names (`Good Friday`,
 * `Super Tuesday`, the `Sunday Times`: a newspaper is not a date, and CoNLL tags it as an
 * organization) and plurals (`Sundays`). Ranges (`Aug 30-31`) are not read.
 *
 * Values (ISO 8601):
 * - `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the year is written;
 * - else, against a reference, the year that puts the month in the 12 months from 8 months
 *   before the reference month to 3 months after it (news looks back, and ahead only to scheduled
 *   events): against Sept 6, 2022, `Aug 31` is 2022-08-31, `Oct 17` 2022-10-17, `May` 2022-05;
 *   against Jan 3, 2023, `Dec 28` is 2022-12-28. `last May` is the May before the reference
 *   month, `next May` the one after it;
 * - else the partial `--MM-DD` or `--MM` (`--02-29` is valid: no year rules it out);
 * - a weekday against a full reference date: the nearest such day on or before it (`on Sunday`
 *   read on Tuesday 2022-09-06 is 2022-09-04; `on Tuesday` is the reference date itself);
 *   `last Sunday` strictly before it, `next Sunday` after it. Without a full reference, `null`.
 *
 * Linear time: every regex is free of nested or adjacent unbounded quantifiers, and context is
 * read from short slices around a match.
 *
 * @param text The text to search.
 * @param reference The date that dates without a year are read against (see
 *   `referenceDateFrom`), or `null`.
 * @returns The dates, by offset.
 * @example
 * const text = 'told a news conference on Sunday. On Aug 31, the Office';
 * findDates(text, { year: 2022, month: 9, day: 6 });
 * // [{ start: 26, end: 32, value: '2022-09-04' }, { start: 37, end: 43, value: '2022-08-31' }]
 */
export function findDates(text: string, reference: ReferenceDate | null): FoundDate[] {
  const dated = [...monthCandidates(text, reference), ...isoCandidates(text), ...numericCandidates(text)];
  const byStart = new Map<number, Candidate>();
  for (const candidate of dated) if (!byStart.has(candidate.start)) byStart.set(candidate.start, candidate);
  const candidates = [...dated, ...weekdayCandidates(text, reference, byStart), ...yearCandidates(text)];
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: FoundDate[] = [];
  let reached = 0;
  for (const { start, end, value } of candidates) {
    if (start < reached) continue;
    dates.push({ start, end, value });
    reached = end;
  }
  return dates;
}
