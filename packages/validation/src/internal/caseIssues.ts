// Builds the issues that the bulk import raises itself (rows that are not JSON or CSV, forbidden
// keys, rows that are too long); their phrases live in casePhrases.ts.
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../validationMessages.js";
import { renderIssue } from "../zodIssues.js";

/** Makes a localised issue. */
export function caseIssue(
  locale: IssueLocale,
  code: string,
  path: readonly (string | number)[],
  expected: string,
  received?: string,
): ValidationIssue {
  const issue: ValidationIssue = { code, path, message: "", expected, ...(received === undefined ? {} : { received }) };
  return renderIssue(issue, locale);
}
