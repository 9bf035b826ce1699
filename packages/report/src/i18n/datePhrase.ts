import { type IsoDate, toDate } from "@nrmkit/core";
import { format } from "date-fns";
import type { NrmLocale } from "./nrmLocale.js";
import { datesOf, reportLocaleOf } from "./resolveReportLocale.js";

function formatWith(date: IsoDate, locale: string | NrmLocale, key: "phrase" | "long"): string {
  const day = toDate(date);
  const style = datesOf(reportLocaleOf(locale)).styles[key];
  const text = format(day, style.pattern, { locale: style.dateLocale });
  return style.fallback ? `[en] ${text}` : text;
}

/**
 * Writes the date that opens a news item: `"On the 14th of May, 2014"`, `"14 мая 2014 года"`, `"Pe 14 martie 2024"`.
 *
 * @remarks
 * Uses the locale's date-fns locale and `dates.phrase` pattern, so languages that decline month
 * names get the genitive (`"14 сакавіка 2024 года"`). A locale without them gets the English
 * date after an `[en]` marker.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param locale - A language tag (`"ru"`, `"ru-BY"`) or a locale object such as `ro` from `@nrmkit/report/locales`.
 * @returns The date phrase.
 * @throws NrmkitError with code `invalid_date` when `date` is not a real `YYYY-MM-DD` date, and
 *   `invalid_argument` when the tag has no locale.
 *
 * @example
 * ```ts
 * import { formatDatePhrase } from "@nrmkit/report";
 *
 * formatDatePhrase("2014-05-14", "en");
 * // => "On the 14th of May, 2014"
 * formatDatePhrase("2014-05-14", "ru");
 * // => "14 мая 2014 года"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function formatDatePhrase(date: IsoDate, locale: string | NrmLocale): string {
  return formatWith(date, locale, "phrase");
}

/**
 * Writes a date for tables and labels: `"14 May 2014"`, `"14 мая 2014 г."`, `"14 martie 2024"`.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param locale - A language tag or a locale object.
 * @returns The date.
 * @throws NrmkitError with code `invalid_date` when `date` is not a real `YYYY-MM-DD` date, and
 *   `invalid_argument` when the tag has no locale.
 *
 * @example
 * ```ts
 * import { formatLongDate } from "@nrmkit/report";
 *
 * formatLongDate("2014-04-16", "en");
 * // => "16 April 2014"
 * formatLongDate("2014-04-16", "ru");
 * // => "16 апреля 2014 г."
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function formatLongDate(date: IsoDate, locale: string | NrmLocale): string {
  return formatWith(date, locale, "long");
}
