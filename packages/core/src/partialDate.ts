import { NrmkitError } from "./error.js";
import { type IsoDate, isIsoDate } from "./isoDate.js";

/**
 * A date known to a year (`"2019"`), a month (`"2019-05"`) or a day (`"2019-05-14"`): its length tells its precision.
 *
 * @remarks
 * CTDC publishes only the year of registration; national registers often know the day. A partial
 * date stands for every day it covers (see {@link partialDateRange}), never for its first day.
 *
 * @category Dates
 * @since 0.1.0
 */
export type PartialDate = string;

/**
 * How precisely a {@link PartialDate} is known.
 *
 * @category Dates
 * @since 0.1.0
 */
export type DatePrecision = "year" | "month" | "day";

function isYear(value: string): boolean {
  if (value.length < 4) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return false;
    year = year * 10 + code;
  }
  return year >= 1;
}

/**
 * Tells how precisely a value is known as a date, or that it is no date.
 *
 * @param value - Anything.
 * @returns `"year"` for `"2019"`, `"month"` for `"2019-05"`, `"day"` for a real calendar day `"2019-05-14"`, `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { datePrecision } from "@nrmkit/core";
 *
 * datePrecision("2019");
 * // => "year"
 * datePrecision("2019-05");
 * // => "month"
 * datePrecision("2019-02-30");
 * // => undefined
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function datePrecision(value: unknown): DatePrecision | undefined {
  if (typeof value !== "string") return undefined;
  switch (value.length) {
    case 4:
      return isYear(value) ? "year" : undefined;
    case 7: {
      if (!isYear(value) || value.charCodeAt(4) !== 45) return undefined;
      const m0 = value.charCodeAt(5) - 48;
      const m1 = value.charCodeAt(6) - 48;
      if (m0 < 0 || m0 > 1 || m1 < 0 || m1 > 9) return undefined;
      const month = m0 * 10 + m1;
      return month >= 1 && month <= 12 ? "month" : undefined;
    }
    case 10:
      return isIsoDate(value) ? "day" : undefined;
    default:
      return undefined;
  }
}

/**
 * Tells whether a value is a {@link PartialDate}: `YYYY`, `YYYY-MM` or a real calendar day `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns `true` for `"2019"`, `"2019-05"` and `"2019-05-14"`; `false` for `"2019-13"` or `"19"`.
 *
 * @example
 * ```ts
 * import { isPartialDate } from "@nrmkit/core";
 *
 * isPartialDate("2019");
 * // => true
 * isPartialDate("2019-13");
 * // => false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function isPartialDate(value: unknown): value is PartialDate {
  return datePrecision(value) !== undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Gives the first and last day a {@link PartialDate} covers.
 *
 * @param value - A partial date.
 * @returns `{ from, to }` as `YYYY-MM-DD`: the whole year, the whole month, or the day itself.
 * @throws NrmkitError with code `invalid_date` when `value` is not a partial date.
 *
 * @example
 * ```ts
 * import { partialDateRange } from "@nrmkit/core";
 *
 * partialDateRange("2019");
 * // => { from: "2019-01-01", to: "2019-12-31" }
 * partialDateRange("2020-02");
 * // => { from: "2020-02-01", to: "2020-02-29" }
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function partialDateRange(value: PartialDate): {
  /** The first day covered. */
  readonly from: IsoDate;
  /** The last day covered. */
  readonly to: IsoDate;
} {
  const precision = datePrecision(value);
  if (precision === undefined) {
    throw new NrmkitError(
      "invalid_date",
      `date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`,
    );
  }
  if (precision === "day") return { from: value, to: value };
  if (precision === "year") return { from: `${value}-01-01`, to: `${value}-12-31` };
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return { from: `${value}-01`, to: `${value}-${String(last)}` };
}
