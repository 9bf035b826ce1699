import { format, parseISO } from "date-fns";
import { NrmkitError } from "./error.js";

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string, the only date form stored in nrmkit data.
 *
 * @category Dates
 * @since 0.1.0
 */
export type IsoDate = string;

function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns `true` for strings such as `"2014-04-16"`; `false` for `"2014-02-30"` or `"16.04.2014"`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "@nrmkit/core";
 *
 * isIsoDate("2014-05-14");
 * // => true
 * isIsoDate("2014-02-30");
 * // => false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Digit arithmetic rather than parsing: every date comparison and bulk validation calls this,
  // and it allocates nothing. Years 0001–9999, proleptic Gregorian, as date-fns reads them.
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * Parses an {@link IsoDate} into a local `Date` at midnight, for date-fns arithmetic at the edges.
 *
 * @param value - A `YYYY-MM-DD` string.
 * @param field - The field name used in the error message.
 * @returns The date.
 * @throws NrmkitError with code `invalid_date` when `value` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { toDate } from "@nrmkit/core";
 *
 * toDate("2014-04-16").getFullYear();
 * // => 2014
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function toDate(value: IsoDate, field = "date"): Date {
  checkIsoDate(value, field);
  return parseISO(value);
}

function checkIsoDate(value: IsoDate, field: string): void {
  if (!isIsoDate(value)) {
    throw new NrmkitError(
      "invalid_date",
      `${field}: expected a date written YYYY-MM-DD, received ${JSON.stringify(value)}`,
    );
  }
}

/**
 * Formats a `Date` as an {@link IsoDate}, in local time.
 *
 * @param date - The date.
 * @returns The `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
 * import { toIsoDate } from "@nrmkit/core";
 *
 * toIsoDate(new Date(2014, 4, 14));
 * // => "2014-05-14"
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/**
 * Compares two ISO dates for `Array.prototype.sort`: negative when `a` is earlier.
 *
 * @param a - First date.
 * @param b - Second date.
 * @returns A negative number, zero or a positive number.
 *
 * @example
 * ```ts
 * import { compareIsoDates } from "@nrmkit/core";
 *
 * ["2014-05-14", "2014-04-16"].sort(compareIsoDates);
 * // => ["2014-04-16", "2014-05-14"]
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  checkIsoDate(a, "a");
  checkIsoDate(b, "b");
  // Valid YYYY-MM-DD strings sort as their dates do: no Date objects needed.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tells whether `date` falls within an optional, inclusive `[start, end]` period.
 *
 * @param date - The date to test.
 * @param start - First day of the period; open when `undefined`.
 * @param end - Last day of the period; open when `undefined`.
 * @returns `true` when `start <= date <= end`.
 *
 * @example
 * ```ts
 * import { isWithinPeriod } from "@nrmkit/core";
 *
 * isWithinPeriod("2014-04-16", "2014-01-01", undefined);
 * // => true
 * isWithinPeriod("2014-04-16", undefined, "2013-12-31");
 * // => false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function isWithinPeriod(date: IsoDate, start: IsoDate | undefined, end: IsoDate | undefined): boolean {
  return (
    (start === undefined || compareIsoDates(start, date) <= 0) && (end === undefined || compareIsoDates(date, end) <= 0)
  );
}
