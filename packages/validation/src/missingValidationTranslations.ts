import { catalogueOf, localeOf } from "./internal/catalogue.js";
import { loadImportPhrases } from "./internal/importPhrases.js";
import { loadIntegrityPhrases } from "./internal/integrityPhrases.js";
import type { IssueLocale } from "./validationMessages.js";

/**
 * Lists the keys of the validation catalogue that a locale does not translate: those its messages write in English after the `[en] ` marker.
 *
 * @remarks
 * Keys are dotted paths (`"validation.phrases.isoDate"`). A plural form that lacks a category
 * the language needs (`Intl.PluralRules`: Ukrainian `few` and `many`) is listed with the category
 * (`"validation.phrases.atLeastCharacters.few"`). The `ctdc` and `htcds` sections are checked once
 * their entry point is loaded. Every built-in locale (`en`, `ru`, `be`, `uk`, `ro`) lists none.
 *
 * @param locale - A language tag or a locale object.
 * @returns The dotted paths of the untranslated keys, in catalogue order.
 * @throws NrmkitError with code `invalid_argument` when `locale` is a tag with no catalogue loaded.
 *
 * @example
 * ```ts
 * import { missingValidationTranslations } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * missingValidationTranslations(ru);
 * // => []
 * missingValidationTranslations({ code: "ro", validation: { frame: { root: "(rădăcină)" } } }).slice(0, 2);
 * // => ["validation.frame.expected", "validation.frame.expectedReceived"]
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function missingValidationTranslations(locale: IssueLocale): string[] {
  loadImportPhrases();
  loadIntegrityPhrases();
  return [...catalogueOf(localeOf(locale)).missing];
}
