// The languages of validation messages, one module each: a bundle pays only for those it imports.
import type { ValidationLocale } from "../validationMessages.js";
import { en as builtInEn, EN_CTDC, EN_HTCDS, EN_IMPORT, EN_INTEGRITY } from "./en.js";

export { be } from "./be.js";
export { ro } from "./ro.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";

// English is built into the main entry point too (found by tag), where each section loads with the
// functions that write it; here every locale holds every section.
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
