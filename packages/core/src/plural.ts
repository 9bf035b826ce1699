/**
 * The forms of a word or sentence for each CLDR plural category of a language.
 *
 * @remarks
 * English needs `one` and `other`; Russian needs `one` (1, 21, 31…), `few` (2–4, 22–24…), `many`
 * (0, 5–20, 25–30…) and `other` (fractions). A missing category falls back to `other`.
 *
 * @example
 * ```ts
 * import type { PluralForms } from "@nrmkit/core";
 *
 * const decisions: PluralForms = { one: "решение", few: "решения", many: "решений", other: "решения" };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface PluralForms {
  /** Form for the `zero` category (languages such as Arabic or Latvian). */
  readonly zero?: string;
  /** Form for the `one` category: 1 in English; 1, 21, 31… in Russian. */
  readonly one?: string;
  /** Form for the `two` category (languages with a dual). */
  readonly two?: string;
  /** Form for the `few` category: 2–4, 22–24… in Russian. */
  readonly few?: string;
  /** Form for the `many` category: 0, 5–20, 25–30… in Russian. */
  readonly many?: string;
  /** Form for every other number; required. */
  readonly other: string;
}

const rulesCache = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/**
 * Picks the plural form of `forms` that the language's rules (`Intl.PluralRules`) give for `count`.
 *
 * @param count - The number being counted.
 * @param forms - The forms by plural category.
 * @param locale - A BCP 47 language tag.
 * @returns The form, or `forms.other` when the category has none.
 *
 * @example
 * ```ts
 * import { pluralForm } from "@nrmkit/core";
 *
 * const decisions = { one: "решение", few: "решения", many: "решений", other: "решения" };
 * [1, 2, 5, 21].map((n) => pluralForm(n, decisions, "ru"));
 * // => ["решение", "решения", "решений", "решение"]
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function pluralForm(count: number, forms: PluralForms, locale: string): string {
  return forms[rulesFor(locale).select(count)] ?? forms.other;
}

/**
 * Writes a count with the right plural form of its noun: `"10 decisions"`, `"10 решений"`.
 *
 * @param count - The number.
 * @param forms - The noun's forms by plural category.
 * @param locale - A BCP 47 language tag; also formats the number.
 * @returns The number and the noun, separated by a space.
 *
 * @example
 * ```ts
 * import { formatCount } from "@nrmkit/core";
 *
 * formatCount(10, { one: "решение", few: "решения", many: "решений", other: "решения" }, "ru");
 * // => "10 решений"
 * formatCount(1, { one: "decision", other: "decisions" }, "en");
 * // => "1 decision"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function formatCount(count: number, forms: PluralForms, locale: string): string {
  return `${new Intl.NumberFormat(locale).format(count)} ${pluralForm(count, forms, locale)}`;
}
