import { objectArgument } from "./internal/arguments.js";
import type { ValidationIssue } from "./validationError.js";

/**
 * How serious an issue is: an `"error"` makes the input invalid; a `"warning"` marks data that is
 * suspicious but may be right, and never makes a result fail.
 *
 * @example
 * ```ts
 * import type { IssueSeverity } from "@nrmkit/validation";
 *
 * const severity: IssueSeverity = "warning";
 * severity;
 * // => "warning"
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export type IssueSeverity = "error" | "warning";

/**
 * The severity of an issue: its `severity` field, or `"error"` when the field is absent.
 *
 * @remarks
 * nrmkit writes `severity` only on warnings, so that every error keeps the shape it has always had
 * (and issues that callers build themselves stay valid); read an issue's severity with this
 * function rather than with `issue.severity === "error"`, which misses the errors.
 *
 * @param issue - Any issue, built by nrmkit or by hand.
 * @returns `"warning"` for an issue marked as a warning, otherwise `"error"`.
 *
 * @example
 * ```ts
 * import { issueSeverity } from "@nrmkit/validation";
 *
 * issueSeverity({ code: "invalid_type", path: [], message: "(root): expected object" });
 * // => "error"
 * issueSeverity({ code: "venue_outside_task_force_region", path: [], message: "…", severity: "warning" });
 * // => "warning"
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export function issueSeverity(issue: ValidationIssue): IssueSeverity {
  objectArgument(issue, "issue");
  return issue.severity === "warning" ? "warning" : "error";
}
