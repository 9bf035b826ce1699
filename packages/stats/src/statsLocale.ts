import {
  fillTranslation,
  type LocaleBase,
  type PluralForms,
  pluralForm,
  primaryLanguage,
  resolveLocale,
  type Translation,
} from "@nrmkit/core";
import { format } from "date-fns";
import { EN_STATS, en } from "./locales/en.js";
import type { StatsMessages } from "./statsMessages.js";

/**
 * A locale as stats reads it: the language tag, date-fns locale and month pattern of core's {@link @nrmkit/core!LocaleBase | LocaleBase}, and the statistics labels.
 *
 * @remarks
 * `en` is found by tag; `ru`, `be`, `uk` and `ro` are exported from `@nrmkit/stats/locales`
 * (pass the object as the `locale` option, or register it with core's `registerLocale`), so a
 * bundle pays only for the languages it uses. Any object extending `LocaleBase` with a `stats`
 * part works, such as a report locale that also carries `report` messages. Month labels are
 * formatted with `dateLocale` and `dates.month` (`"LLLL yyyy"`, the stand-alone month, for
 * languages that decline month names), with the first letter capitalised as a table header.
 *
 * @example
 * ```ts
 * import type { StatsLocale } from "@nrmkit/stats";
 * import { pl as dateFnsPl } from "date-fns/locale/pl";
 *
 * const polish: StatsLocale = {
 *   code: "pl",
 *   name: "Polski",
 *   dateLocale: dateFnsPl,
 *   dates: { month: "LLLL yyyy" },
 *   stats: { dimensions: { regionId: "Region", gender: "Płeć" }, periods: { quarter: "{quarterRoman} kw. {year}" } },
 * };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsLocale extends LocaleBase {
  /** The statistics labels; keys left out are English after an `[en] ` marker. */
  readonly stats?: Translation<StatsMessages>;
}

/** The locale a tag finds without an import or a registration: English, the reference. */
const BUILT_IN: readonly StatsLocale[] = [en];

/** Shipped languages a tag finds only once imported, with the module that exports them. */
const IMPORTABLE = {
  ru: "@nrmkit/stats/locales",
  be: "@nrmkit/stats/locales",
  uk: "@nrmkit/stats/locales",
  ro: "@nrmkit/stats/locales",
};

/** A `locale` option (tag or object) as a locale object; throws `invalid_argument` for a tag with no catalogue. */
export function resolveStatsLocale(locale: string | StatsLocale): StatsLocale {
  return resolveLocale<StatsLocale>(locale, BUILT_IN, { importable: IMPORTABLE });
}

/** A stats locale with every message filled in, and what it lacks. */
export interface ResolvedStatsLocale {
  readonly code: string;
  readonly messages: StatsMessages;
  /** Formats a month (its first day) as a column or row label. */
  readonly month: (date: Date) => string;
  readonly missing: readonly string[];
}

function pluralCategories(code: string): readonly string[] {
  try {
    return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  } catch {
    return ["other"];
  }
}

const resolved = new WeakMap<object, ResolvedStatsLocale>();
// The last locale object of each language given to stats, so that a table built with a locale
// that is neither built in nor registered (`be` passed as an object) can still be read back.
const seen = new Map<string, StatsLocale>();

/** The locale of a table's `lang`: registered or built in, else the last object of that language stats was given. */
export function tableLocale(lang: string): StatsLocale {
  try {
    return resolveStatsLocale(lang);
  } catch (error) {
    const known = seen.get(lang.toLowerCase());
    if (known === undefined) throw error;
    return known;
  }
}

/** The complete messages of a locale, untranslated keys marked `[en] `; cached per locale object. */
export function statsMessagesOf(locale: StatsLocale): ResolvedStatsLocale {
  let result = resolved.get(locale);
  if (result !== undefined) return result;
  seen.set(locale.code.toLowerCase(), locale);
  const english = primaryLanguage(locale.code) === "en";
  const filled =
    locale === en
      ? { messages: EN_STATS, missing: [] }
      : fillTranslation<StatsMessages>(EN_STATS, locale.stats, {
          referenceLang: "en",
          path: "stats",
          pluralCategories: pluralCategories(locale.code),
        });
  const missing: string[] = [];
  const dateLocale = locale.dateLocale;
  if (dateLocale === undefined && !english) missing.push("dateLocale");
  const pattern = locale.dates?.month;
  if (pattern === undefined && !english) missing.push("dates.month");
  // Without the language's own month names the English label is marked like any other fallback.
  const marker = dateLocale === undefined && !english ? "[en] " : "";
  const monthPattern = pattern ?? "MMM yyyy";
  result = {
    code: locale.code,
    messages: filled.messages,
    month: (date) => {
      const text = format(date, monthPattern, dateLocale === undefined ? {} : { locale: dateLocale });
      return `${marker}${text.charAt(0).toLocaleUpperCase(locale.code)}${text.slice(1)}`;
    },
    missing: [...missing, ...filled.missing],
  };
  resolved.set(locale, result);
  return result;
}

/** Fills `{name}` placeholders of a template. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The plural form of a note for a count, filled in. */
export function pluralNote(
  forms: PluralForms,
  count: number,
  code: string,
  params: Readonly<Record<string, string>>,
): string {
  return fillTemplate(pluralForm(count, forms, code), { ...params, count: String(count) });
}

const ROMAN = ["I", "II", "III", "IV"];

/**
 * The built-in label of a calendar period code (`"2014-01"`, `"2014-Q2"`, `"2014"`) in a language,
 * or undefined for any other code.
 */
export function periodLabel(code: string, locale: ResolvedStatsLocale): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(code);
  if (month !== null) {
    const index = Number(month[2]) - 1;
    if (index < 0 || index > 11) return undefined;
    const date = new Date(2000, index, 1);
    date.setFullYear(Number(month[1]));
    return locale.month(date);
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter !== null) {
    const number = Number(quarter[2]);
    return fillTemplate(locale.messages.periods.quarter, {
      year: quarter[1] as string,
      quarter: String(number),
      quarterRoman: ROMAN[number - 1] as string,
    });
  }
  if (/^\d{4}$/.test(code)) return fillTemplate(locale.messages.periods.year, { year: code });
  return undefined;
}

/**
 * Lists what a locale leaves untranslated in statistics tables, as dotted key paths, so a translator knows what is left.
 *
 * @remarks
 * Covers the date-fns locale and month pattern (month labels), every label and note of
 * {@link StatsMessages}, and the plural categories the language needs (from `Intl.PluralRules`)
 * that a note lacks. An empty list means no `[en]` marker can appear in a table in this language.
 *
 * @param locale - A locale object, or a language tag of a loaded one (`"ru-BY"` finds a registered `ru`).
 * @returns The missing keys, such as `"dates.month"`, `"stats.dimensions.gender"` or `"stats.notes.unplacedRecords.few"`.
 * @throws NrmkitError with code `invalid_argument` when the tag has no locale (a tag of `ru`, `be`,
 *   `uk` or `ro` names the module to import it from).
 *
 * @example
 * ```ts
 * import { missingStatsTranslations } from "@nrmkit/stats";
 * import { ru } from "@nrmkit/stats/locales";
 *
 * missingStatsTranslations(ru);
 * // => []
 * missingStatsTranslations({ code: "ro", stats: { dimensions: { gender: "Sex" } } }).slice(0, 3);
 * // => ["dateLocale", "dates.month", "stats.dimensions.period"]
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function missingStatsTranslations(locale: string | StatsLocale): string[] {
  return [...statsMessagesOf(resolveStatsLocale(locale)).missing];
}
