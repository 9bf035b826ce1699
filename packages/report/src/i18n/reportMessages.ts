import { missingStatsTranslations } from "@nrmkit/stats";
import type { ReportMessages } from "./messages.js";
import type { NrmLocale } from "./nrmLocale.js";
import { BUILT_IN, datesOf, messagesOf, reportLocaleOf } from "./resolveReportLocale.js";

/**
 * The languages a tag finds without importing a locale: `en` and `ru`.
 *
 * @remarks
 * `be`, `uk` and `ro` are built in too, as objects imported from `@nrmkit/report/locales`
 * (pass them as `locale`, or register them), so a bundle pays only for the languages it uses.
 *
 * @example
 * ```ts
 * import { reportLocales } from "@nrmkit/report";
 *
 * reportLocales;
 * // => ["en", "ru"]
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export const reportLocales: readonly string[] = BUILT_IN.map((locale) => locale.code);

/**
 * Returns the complete report messages of a language, English after an `[en]` marker where it has no translation.
 *
 * @param locale - A language tag (`"ru-BY"` finds `ru`) or a locale object.
 * @returns The catalogue.
 * @throws NrmkitError with code `invalid_argument` when the tag has no locale: pass a locale
 *   object instead (or register one).
 *
 * @example
 * ```ts
 * import { reportMessages } from "@nrmkit/report";
 *
 * reportMessages("en").decisionsIntro;
 * // => "In the course of the work of the task force it was decided:"
 * reportMessages("ru-BY").locale;
 * // => "ru"
 * reportMessages({ code: "ro", report: { decisionsHeading: "Decizii" } }).decisionsIntro;
 * // => "[en] In the course of the work of the task force it was decided:"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function reportMessages(locale: string | NrmLocale): ReportMessages {
  return messagesOf(reportLocaleOf(locale)).messages;
}

/**
 * Lists what a locale leaves untranslated, as dotted key paths, so a translator knows what is left.
 *
 * @remarks
 * Covers the date-fns locale and date patterns, every report message, every statistics label
 * (`stats.…`, as `missingStatsTranslations` of `@nrmkit/stats` lists them), and the plural
 * categories the language needs (from `Intl.PluralRules`) that a plural form lacks. An empty list
 * means no `[en]` marker can appear in a report in this language. Validation messages have their
 * own list: `missingValidationTranslations` of `@nrmkit/validation`.
 *
 * @param locale - A language tag or a locale object.
 * @returns The missing keys, such as `"dates.phrase"`, `"report.decisionStatus.done"` or `"report.decisionsCount.few"`.
 * @throws NrmkitError with code `invalid_argument` when the tag has no locale.
 *
 * @example
 * ```ts
 * import { missingTranslations } from "@nrmkit/report";
 *
 * missingTranslations("ru");
 * // => []
 * missingTranslations({ code: "ro", report: { decisionsHeading: "Decizii" } }).slice(0, 3);
 * // => ["dateLocale", "dates.phrase", "dates.long"]
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function missingTranslations(locale: string | NrmLocale): string[] {
  const resolved = reportLocaleOf(locale);
  // Stats checks the date-fns locale and the month pattern too: each key is listed once.
  return [
    ...new Set([...datesOf(resolved).missing, ...messagesOf(resolved).missing, ...missingStatsTranslations(resolved)]),
  ];
}
