import { type IsoDate, toDate } from "@nrmkit/core";
import type { Locale } from "date-fns";
import { format } from "date-fns";
import { enGB, ru } from "date-fns/locale";

// The two date styles of the seed news items and of minutes, per report language. Russian month
// names come out in the genitive ("мая") because date-fns's `ru` formats `MMMM` after a day that way.
interface DateStyle {
  readonly locale: Locale;
  readonly phrase: string;
  readonly long: string;
}

const EN: DateStyle = { locale: enGB, phrase: "'On the' do 'of' MMMM, yyyy", long: "d MMMM yyyy" };
const STYLES: Readonly<Record<string, DateStyle>> = {
  en: EN,
  ru: { locale: ru, phrase: "d MMMM yyyy 'года'", long: "d MMMM yyyy 'г.'" },
};

function styleFor(locale: string): DateStyle {
  return STYLES[locale.split("-")[0] ?? locale] ?? EN;
}

/**
 * Writes the date that opens a news item: `"On the 14th of May, 2014"` or `"14 мая 2014 года"`.
 *
 * @remarks
 * Uses date-fns locales (`enGB`, `ru`); other languages get the English style.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param locale - `"en"` or `"ru"` (a region subtag such as `ru-BY` is ignored).
 * @returns The date phrase.
 * @throws NrmkitError with code `invalid_date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * formatDatePhrase("2014-05-14", "en");
 * // => "On the 14th of May, 2014"
 * formatDatePhrase("2014-05-14", "ru");
 * // => "14 мая 2014 года"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function formatDatePhrase(date: IsoDate, locale: string): string {
  const style = styleFor(locale);
  return format(toDate(date), style.phrase, { locale: style.locale });
}

/**
 * Writes a date for tables and labels: `"14 May 2014"` or `"14 мая 2014 г."`.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param locale - `"en"` or `"ru"`; other languages get the English style.
 * @returns The date.
 * @throws NrmkitError with code `invalid_date` when `date` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * formatLongDate("2014-04-16", "en");
 * // => "16 April 2014"
 * formatLongDate("2014-04-16", "ru");
 * // => "16 апреля 2014 г."
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function formatLongDate(date: IsoDate, locale: string): string {
  const style = styleFor(locale);
  return format(toDate(date), style.long, { locale: style.locale });
}
