import { compareAsc, format, isValid, parseISO } from "date-fns";
import { NrmkitError } from "./error.js";

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string, the only date form stored in nrmkit data.
 *
 * @category Dates
 * @since 0.1.0
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns `true` for strings such as `"2014-04-16"`; `false` for `"2014-02-30"` or `"16.04.2014"`.
 *
 * @example
 * ```ts
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
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
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
 * toDate("2014-04-16").getFullYear();
 * // => 2014
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function toDate(value: IsoDate, field = "date"): Date {
  if (!isIsoDate(value)) {
    throw new NrmkitError(
      "invalid_date",
      `${field}: expected a date written YYYY-MM-DD, received ${JSON.stringify(value)}`,
    );
  }
  return parseISO(value);
}

/**
 * Formats a `Date` as an {@link IsoDate}, in local time.
 *
 * @param date - The date.
 * @returns The `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
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
 * ["2014-05-14", "2014-04-16"].sort(compareIsoDates);
 * // => ["2014-04-16", "2014-05-14"]
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return compareAsc(toDate(a, "a"), toDate(b, "b"));
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
