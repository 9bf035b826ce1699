import { type DateStyles, fillTranslation, primaryLanguage, resolveLocale } from "@nrmkit/core";
import type { Locale as DateFnsLocale } from "date-fns";
import { en } from "../locales/en.js";
import { ru } from "../locales/ru.js";
import type { ReportMessages } from "./messages.js";
import type { NrmLocale } from "./nrmLocale.js";

/** The locales a tag finds without an import or registration: the two of nrmkit's first release. */
export const BUILT_IN: readonly NrmLocale[] = [en, ru];

/** Languages shipped as imports of their own, named when their tag is used before they are loaded. */
const SHIPPED = { be: "@nrmkit/report/locales", uk: "@nrmkit/report/locales", ro: "@nrmkit/report/locales" };

const EN_MESSAGES = en.report as ReportMessages;
const EN_DATES = en.dates as DateStyles;
const EN_DATE_LOCALE = en.dateLocale as DateFnsLocale;

/** A locale option (tag or object) as a locale object; throws `invalid_argument` for a tag with no catalogue. */
export function reportLocaleOf(locale: string | NrmLocale | undefined): NrmLocale {
  return resolveLocale(locale ?? "en", BUILT_IN, { importable: SHIPPED });
}

/** The plural categories of a language, for listing the forms a translation lacks. */
export function pluralCategories(code: string): readonly string[] {
  try {
    return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  } catch {
    return ["other"];
  }
}

const filled = new WeakMap<object, { readonly messages: ReportMessages; readonly missing: readonly string[] }>();

/** The complete report messages of a locale, untranslated keys marked `[en]`; cached per locale object. */
export function messagesOf(locale: NrmLocale): {
  readonly messages: ReportMessages;
  readonly missing: readonly string[];
} {
  let result = filled.get(locale);
  if (result === undefined) {
    const { messages, missing } = fillTranslation<ReportMessages>(EN_MESSAGES, locale.report, {
      referenceLang: "en",
      path: "report",
      pluralCategories: pluralCategories(locale.code),
    });
    // `locale` names the catalogue's language, not a text to translate.
    result = {
      messages: { ...messages, locale: locale.code },
      missing: missing.filter((key) => key !== "report.locale"),
    };
    filled.set(locale, result);
  }
  return result;
}

/** The date-fns locale and patterns of a locale: English ones, marked, where it has none. */
export interface ResolvedDates {
  readonly dateLocale: DateFnsLocale;
  readonly styles: Readonly<
    Record<
      keyof DateStyles,
      { readonly pattern: string; readonly dateLocale: DateFnsLocale; readonly fallback: boolean }
    >
  >;
  readonly missing: readonly string[];
}

/** The date-fns locale and patterns of a locale, with the keys that fall back to English. */
export function datesOf(locale: NrmLocale): ResolvedDates {
  const english = primaryLanguage(locale.code) === "en";
  const dateLocale = locale.dateLocale ?? (english ? EN_DATE_LOCALE : undefined);
  const missing: string[] = dateLocale === undefined ? ["dateLocale"] : [];
  const styles = {} as Record<keyof DateStyles, { pattern: string; dateLocale: DateFnsLocale; fallback: boolean }>;
  for (const key of Object.keys(EN_DATES) as (keyof DateStyles)[]) {
    const own = locale.dates?.[key];
    if (own === undefined) missing.push(`dates.${key}`);
    const fallback = own === undefined || dateLocale === undefined;
    styles[key] =
      fallback || dateLocale === undefined
        ? { pattern: EN_DATES[key], dateLocale: EN_DATE_LOCALE, fallback: true }
        : { pattern: own, dateLocale, fallback: false };
  }
  return { dateLocale: dateLocale ?? EN_DATE_LOCALE, styles, missing };
}
