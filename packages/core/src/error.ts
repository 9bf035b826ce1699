/**
 * Every machine-readable error code that nrmkit packages raise.
 *
 * @remarks
 * The union is part of the public API: switch on `error.code`, never on the message.
 *
 * @category Errors
 * @since 0.1.0
 */
export type NrmkitErrorCode =
  | "invalid_argument"
  | "not_found"
  | "duplicate_id"
  | "invalid_date"
  | "invalid_operation"
  | "validation_failed"
  | "import_failed"
  | "disclosure_risk"
  | "render_failed";

/**
 * Options accepted by {@link NrmkitError}.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface NrmkitErrorOptions {
  /** The error that caused this one, kept for debugging. */
  readonly cause?: unknown;
}

/**
 * The base class of every error thrown by nrmkit packages.
 *
 * @example
 * ```ts
 * const error = new NrmkitError("not_found", "Meeting m-1: expected an existing id, received m-1");
 * error.code;
 * // => "not_found"
 * error instanceof Error;
 * // => true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export class NrmkitError extends Error {
  /** The machine-readable reason for the error. */
  readonly code: NrmkitErrorCode;

  /**
   * Creates an error with a code and a message that names the field, the value and the rule.
   *
   * @param code - The machine-readable reason.
   * @param message - What went wrong, written `What: expected X, received Y`.
   * @param options - Optional `cause`.
   */
  constructor(code: NrmkitErrorCode, message: string, options?: NrmkitErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "NrmkitError";
    this.code = code;
  }
}

/**
 * Tells whether a value is an {@link NrmkitError}, optionally with a given code.
 *
 * @param value - Anything caught in a `catch` block.
 * @param code - When given, the error must also carry this code.
 * @returns `true` when `value` is an nrmkit error (with that code).
 *
 * @example
 * ```ts
 * isNrmkitError(new NrmkitError("not_found", "x"), "not_found");
 * // => true
 * isNrmkitError(new Error("x"));
 * // => false
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function isNrmkitError(value: unknown, code?: NrmkitErrorCode): value is NrmkitError {
  return value instanceof NrmkitError && (code === undefined || value.code === code);
}
