import { loadImportPhrases } from "./internal/importPhrases.js";
import { loadIntegrityPhrases } from "./internal/integrityPhrases.js";
import type { ValidationIssue } from "./validationError.js";
import type { IssueLocale } from "./validationMessages.js";
import { renderIssue } from "./zodIssues.js";

/**
 * Re-renders the message of any nrmkit issue in any language from its code, path, `expected` and `received`.
 *
 * @remarks
 * Works for schema, import and integrity issues alike, including issues read back from JSON
 * (`expected` and `received` are stored in English and matched back to their catalogue keys).
 * Issues of the CTDC and HTCDS imports are translated once their entry point is loaded. An issue
 * without `expected` keeps its message, which cannot be translated.
 *
 * @param issue - The issue to re-render.
 * @param locale - The language of the new message: a locale object (`ru` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`).
 * @returns A copy of the issue with a new `message`.
 * @throws NrmkitError with code `invalid_argument` when `locale` is a tag with no catalogue loaded.
 *
 * @example
 * ```ts
 * import { localizeIssue } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * localizeIssue(
 *   { code: "invalid_type", path: ["meetings", 0, "date"], expected: "string", received: "2014", message: "…" },
 *   ru,
 * ).message;
 * // => "meetings[0].date: ожидалось: строка; получено: 2014"
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export function localizeIssue(issue: ValidationIssue, locale: IssueLocale): ValidationIssue {
  // Any stored issue may hold an import or integrity phrase: load both sections.
  loadImportPhrases();
  loadIntegrityPhrases();
  return renderIssue(issue, locale);
}
