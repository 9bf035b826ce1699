import type { ValidationIssue } from "./validationError.js";

/**
 * The outcome of a `safeParseX` call: the parsed data, or every issue found in the input.
 *
 * @remarks
 * A discriminated union on `success`, as in Zod: narrow it with `if (result.success)`. A failed
 * result always holds at least one error, in input order. `safeParseX` functions never throw.
 * {@link validateDataset} returns a {@link DatasetValidationResult}, which adds the warnings.
 *
 * @typeParam T - The type of the parsed data.
 *
 * @example
 * ```ts
 * import type { Region } from "@nrmkit/core";
 * import { type SafeParseResult, safeParseRegion } from "@nrmkit/validation";
 *
 * const result: SafeParseResult<Region> = safeParseRegion({ id: "BY-HO", country: "BY", kind: "oblast", name: {} });
 * result.success ? result.data.id : result.issues.map((issue) => issue.code);
 * // => "BY-HO"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export type SafeParseResult<T> = SafeParseSuccess<T> | SafeParseFailure;

/**
 * A successful {@link SafeParseResult}.
 *
 * @typeParam T - The type of the parsed data.
 *
 * @example
 * ```ts
 * import type { SafeParseSuccess } from "@nrmkit/validation";
 *
 * const ok: SafeParseSuccess<number> = { success: true, data: 1 };
 * ok.data;
 * // => 1
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export interface SafeParseSuccess<T> {
  /** Discriminator: the input was valid. */
  readonly success: true;
  /** The parsed data, typed and frozen where the schema says so. */
  readonly data: T;
}

/**
 * A failed {@link SafeParseResult}.
 *
 * @example
 * ```ts
 * import type { SafeParseFailure } from "@nrmkit/validation";
 *
 * const failed: SafeParseFailure = { success: false, issues: [{ code: "invalid_type", path: [], message: "(root): expected object, received null" }] };
 * failed.issues[0]?.code;
 * // => "invalid_type"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export interface SafeParseFailure {
  /** Discriminator: the input broke at least one rule. */
  readonly success: false;
  /** Every issue found, in input order: at least one error, and any warnings (marked `severity: "warning"`). */
  readonly issues: readonly ValidationIssue[];
}
