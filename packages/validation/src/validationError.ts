import { isNrmkitError, NrmkitError } from "@nrmkit/core";
import { arrayArgument } from "./internal/arguments.js";
import { describeValue } from "./internal/describeValue.js";
import type { IssueSeverity } from "./issueSeverity.js";

/**
 * One problem found in an input, as data.
 *
 * @remarks
 * Every issue has a severity: `"warning"` when `severity` says so, otherwise `"error"` (read it
 * with {@link issueSeverity}). nrmkit marks only warnings, which only integrity rules raise (see
 * {@link checkIntegrity}); an error carries no `severity` field, so issues written before
 * severities existed, and issues built by hand, keep their meaning.
 *
 * @example
 * ```ts
 * import { issueSeverity, type ValidationIssue } from "@nrmkit/validation";
 *
 * const issue: ValidationIssue = {
 *   code: "venue_outside_task_force_region",
 *   path: ["meetings", 0, "venue", "hostId"],
 *   message: 'meetings[0].venue.hostId: expected …, received "org-minsk"',
 *   severity: "warning",
 * };
 * issueSeverity(issue);
 * // => "warning"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export interface ValidationIssue {
  /** Machine-readable kind of problem, such as `invalid_type` or `unknown_reference`. */
  readonly code: string;
  /** Where the problem is, from the root of the input. */
  readonly path: readonly (string | number)[];
  /** Human-readable message: `What: expected X, received Y`, with the remedy when known. */
  readonly message: string;
  /** What the rule expects, when it can be said in a few words. */
  readonly expected?: string;
  /** What the input holds instead, rendered safely and shortened. */
  readonly received?: string;
  /** The valid value closest to what was received (such as `BLR` for `BY`), when one is close enough to guess. */
  readonly suggestion?: string;
  /** `"warning"` for a suspicious value that does not make the input invalid; absent (meaning `"error"`) otherwise. */
  readonly severity?: IssueSeverity;
}

/**
 * Thrown by every `parseX` function when its input breaks a rule; carries all issues at once.
 *
 * @example
 * ```ts
 * import { ValidationError } from "@nrmkit/validation";
 *
 * const error = new ValidationError([
 *   { code: "invalid_type", path: ["date"], message: "date: expected YYYY-MM-DD, received 2014" },
 * ]);
 * error.code;
 * // => "validation_failed"
 * error.issues.length;
 * // => 1
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export class ValidationError extends NrmkitError {
  /** Every issue found in the input, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * Creates the error from its issues; the message lists the first few.
   *
   * @param issues - The issues found; at least one.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super("validation_failed", summarizeIssues(issues));
    this.name = "ValidationError";
    this.issues = issues;
  }

  /**
   * Makes `value instanceof ValidationError` true for a validation error from any copy of the package.
   *
   * @param value - The left-hand side of `instanceof`.
   * @returns `true` when `value` is an instance of this class or passes {@link isValidationError}.
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic lint/complexity/noUselessThisAlias: `instanceof` passes its right-hand class as `this`.
    const target = this;
    if (Function.prototype[Symbol.hasInstance].call(target, value)) return true;
    return target === (ValidationError as unknown) && isValidationError(value);
  }
}

/**
 * Tells whether a value is a {@link ValidationError}, whichever copy of nrmkit threw it.
 *
 * @remarks
 * Checks the nrmkit error brand (see {@link @nrmkit/core!isNrmkitError | isNrmkitError}), the code
 * `validation_failed` and the `issues` array, not the prototype chain, so an error thrown by the ESM
 * build is recognised by the CJS build and the reverse.
 *
 * @param value - Anything caught in a `catch` block.
 * @returns `true` when `value` is a validation error carrying its issues.
 *
 * @example
 * ```ts
 * import { isValidationError, ValidationError } from "@nrmkit/validation";
 *
 * isValidationError(new ValidationError([{ code: "invalid_type", path: ["date"], message: "date: expected YYYY-MM-DD" }]));
 * // => true
 * isValidationError(new Error("date: expected YYYY-MM-DD"));
 * // => false
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function isValidationError(value: unknown): value is ValidationError {
  return isNrmkitError(value, "validation_failed") && Array.isArray((value as { issues?: unknown }).issues);
}

/**
 * Renders issues as a short multi-line summary, one issue a line, with their paths.
 *
 * @remarks
 * A warning's line starts with `(warning)`.
 *
 * @param issues - The issues to summarise.
 * @param limit - How many issues to list before "and N more".
 * @returns The summary text.
 *
 * @example
 * ```ts
 * import { summarizeIssues } from "@nrmkit/validation";
 *
 * summarizeIssues([{ code: "too_small", path: ["count"], message: "count: expected >= 0, received -1" }]);
 * // => "1 validation issue:\n  - count: expected >= 0, received -1"
 * summarizeIssues([{ code: "venue_outside_task_force_region", path: ["venue"], message: "venue: …", severity: "warning" }]);
 * // => "1 validation issue:\n  - (warning) venue: …"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function summarizeIssues(issues: readonly ValidationIssue[], limit = 5): string {
  arrayArgument(issues, "issues");
  if (!Number.isInteger(limit) || limit < 0) {
    throw new NrmkitError(
      "invalid_argument",
      `limit: expected a non-negative integer, received ${describeValue(limit)}`,
    );
  }
  const head = `${issues.length} validation issue${issues.length === 1 ? "" : "s"}:`;
  const lines = issues
    .slice(0, limit)
    .map((issue) => `  - ${issue.severity === "warning" ? "(warning) " : ""}${issue.message}`);
  const rest = issues.length > limit ? [`  … and ${issues.length - limit} more`] : [];
  return [head, ...lines, ...rest].join("\n");
}
