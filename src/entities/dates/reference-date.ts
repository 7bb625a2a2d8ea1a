/**
 * The reference date that dates without a year are read against: from `options.publishedAt`, the
 * dateline's date, or the byline's timestamp.
 */
import { findDates } from './find-dates.js';
import { isValidDate, type ReferenceDate } from './normalize.js';

/** `2022`, `2022-09`, `2022-09-06`, and the date of a date-time (`2022-09-06T23:30:00-05:00`). */
const ISO_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/;

function fromIsoString(value: string): ReferenceDate | null {
  const match = ISO_VALUE.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

function fromPublishedAt(publishedAt: string | Date | undefined): ReferenceDate | null {
  if (publishedAt instanceof Date) {
    if (Number.isNaN(publishedAt.getTime())) return null;
    return { year: publishedAt.getUTCFullYear(), month: publishedAt.getUTCMonth() + 1, day: publishedAt.getUTCDate() };
  }
  return typeof publishedAt === 'string' ? fromIsoString(publishedAt) : null;
}

/**
 * The date that dates without a year are read against.
 *
 * - A full `publishedAt` wins. A `Date` gives its UTC date; a string gives the year, month and day
 *   as written (`2022-09-06T23:30:00-05:00` is Sept 6, the date where it was published), whatever
 *   its offset. A string that is not ISO 8601 (`yesterday`, `20220906`), an invalid date
 *   (`2022-02-30`) or an invalid `Date` counts as not given.
 * - Else the dateline's date when a year is known for it: written in the dateline
 *   (`Aug. 31, 2020`, `2020-08-31`) or given by a partial `publishedAt` (`2022` with `Sept 4` is
 *   2022-09-04, placed by the same rule as any date without a year).
 * - Else a full date in the byline, where outlets print the time of publication
 *   (`By Zhao Lin ( People's Daily Online ) 10:15, November 12, 2020`).
 * - Else a partial `publishedAt` (`2022`, `2022-09`).
 * - Else `null`. A dateline date alone without a year (`Sept 4`) gives no reference: a reference
 *   needs a year, and a month and day without one cannot place a weekday or add a year to
 *   anything; dates keep their partial form (`--09-04`) and weekdays get no value.
 *
 * @param publishedAt `options.publishedAt`: an ISO 8601 date or date-time, or a `Date`.
 * @param datelineDate The date written in the dateline (`Sept 4`, `Aug. 31, 2020`), or `null`.
 * @param bylineText The byline as written, or `null`.
 * @returns The reference date, or `null` when neither gives a year.
 * @example
 * referenceDateFrom('2022-09-06T08:00:00Z', 'Sept 4'); // { year: 2022, month: 9, day: 6 }
 * referenceDateFrom(undefined, 'Aug. 31, 2020'); // { year: 2020, month: 8, day: 31 }
 * referenceDateFrom(undefined, 'Sept 4'); // null
 */
export function referenceDateFrom(
  publishedAt: string | Date | undefined,
  datelineDate: string | null,
  bylineText: string | null = null,
): ReferenceDate | null {
  const published = fromPublishedAt(publishedAt);
  if (published?.day !== undefined) return published;
  const firstDateIn = (text: string | null, fullOnly: boolean): ReferenceDate | null => {
    for (const found of text ? findDates(text, published) : []) {
      const date = found.value ? fromIsoString(found.value) : null;
      if (date && (!fullOnly || date.day !== undefined)) return date;
    }
    return null;
  };
  return firstDateIn(datelineDate, false) ?? firstDateIn(bylineText, true) ?? published;
}
