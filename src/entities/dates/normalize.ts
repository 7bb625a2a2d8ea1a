/**
 * Calendar arithmetic and ISO 8601 formatting for the date recognizer. Pure and sync.
 */

/** A year, and optionally a month (1-12) and a day (1-31), that dates without a year are read against. */
export interface ReferenceDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Whether `year` has a Feb 29 (proleptic Gregorian). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days in a month; with no year, February has 29 (a partial `--02-29` is a valid date). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the day exists in the month (of that year, or of some year when `year` is `undefined`). */
export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** `2022-08-31`, `2022-08`, `2022`, `--08-31` or `--08`. */
export function formatDate(year: number | undefined, month?: number, day?: number): string {
  if (year === undefined) {
    return month === undefined ? '' : day === undefined ? `--${pad(month, 2)}` : `--${pad(month, 2)}-${pad(day, 2)}`;
  }
  if (month === undefined) return pad(year, 4);
  return day === undefined ? `${pad(year, 4)}-${pad(month, 2)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** How a date without a year is placed against the reference: `last May`, `next May` or plain `May`. */
export type Relation = 'last' | 'next' | null;

/**
 * How many months after the reference month a date written without a year may fall and still be
 * read in the reference year's window; the window runs from 8 months before the reference month
 * to 3 months after it (12 months in all). News mostly looks back, and looks ahead only to
 * scheduled events.
 */
const MONTHS_AHEAD = 3;

/**
 * The year of a month (and day) written without one, read against the reference.
 *
 * - With a reference month, the year that puts the month in the 12 months from 8 months before
 *   the reference month to 3 months after it: against Sept 6, 2022, every month falls in 2022
 *   (`Oct 17` is 2022-10-17, `January` is 2022-01); against Jan 3, 2023, `Dec 28` is
 *   2022-12-28; against Dec 30, 2022, `Jan 2` is 2023-01-02. Months are compared, not days,
 *   so the rule is easy to predict.
 * - `last` places the month strictly before the reference month (`last May` read in May is a
 *   year ago); `next` strictly after it.
 * - With only a reference year, that year.
 *
 * `undefined` when the day does not exist in that year (`Feb 29` in 2022): the caller keeps the
 * partial form.
 */
export function resolveYear(reference: ReferenceDate, month: number, day?: number, relation: Relation = null): number | undefined {
  const { year, month: referenceMonth } = reference;
  let resolved = year;
  if (referenceMonth !== undefined) {
    const ahead = month - referenceMonth;
    if (relation === 'last') resolved = ahead < 0 ? year : year - 1;
    else if (relation === 'next') resolved = ahead > 0 ? year : year + 1;
    else if (ahead > MONTHS_AHEAD) resolved = year - 1;
    else if (ahead < MONTHS_AHEAD - 11) resolved = year + 1;
  }
  return day === undefined || isValidDate(resolved, month, day) ? resolved : undefined;
}

/**
 * The date of a weekday (0 = Sunday) read against a full reference date: the nearest such weekday
 * on or before it (the reference's own weekday is the reference date: news reports what
 * happened); with `last` the nearest one strictly before it; with `next` the first one after it.
 * `null` without a full, valid reference date.
 */
export function resolveWeekday(reference: ReferenceDate, weekday: number, relation: Relation = null): string | null {
  const { year, month, day } = reference;
  if (month === undefined || day === undefined || !isValidDate(year, month, day)) return null;
  const base = Date.UTC(year, month - 1, day);
  const current = new Date(base).getUTCDay();
  const offset = relation === 'next'
    ? ((weekday - current + 7) % 7 || 7)
    : -((current - weekday + 7) % 7 || (relation === 'last' ? 7 : 0));
  const date = new Date(base + offset * 86_400_000);
  return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
