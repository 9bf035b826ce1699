// The languages of validation messages, one module each: a bundle pays only for those it imports.
import type { ValidationLocale } from "../validationMessages.js";
import { en as builtInEn, EN_CTDC, EN_HTCDS, EN_IMPORT, EN_INTEGRITY } from "./en.js";
import { ru as builtInRu, RU_CTDC, RU_HTCDS, RU_IMPORT, RU_INTEGRITY } from "./ru.js";

export { be } from "./be.js";
export { ro } from "./ro.js";
export { uk } from "./uk.js";

// English and Russian are built into the main entry point too (found by tag), where each section
// loads with the functions that write it; here they hold every section, like the other languages.
function complete(base: ValidationLocale, sections: NonNullable<ValidationLocale["validation"]>): ValidationLocale {
  return { ...base, validation: { ...base.validation, ...sections } };
}

/**
 * English validation messages, every section included: the reference of every translation.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { en } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "invalid_type", path: [], expected: "string", message: "" }, en).message;
 * // => "(root): expected string"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const en: ValidationLocale = /*#__PURE__*/ complete(builtInEn, {
  import: EN_IMPORT,
  integrity: EN_INTEGRITY,
  ctdc: EN_CTDC,
  htcds: EN_HTCDS,
});

/**
 * Russian validation messages, every section included (`locale: "ru"` finds the built-in ones without an import).
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * localizeIssue({ code: "invalid_type", path: [], expected: "string", message: "" }, ru).message;
 * // => "(корень): ожидалось: строка"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const ru: ValidationLocale = /*#__PURE__*/ complete(builtInRu, {
  import: RU_IMPORT,
  integrity: RU_INTEGRITY,
  ctdc: RU_CTDC,
  htcds: RU_HTCDS,
});
