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
  | "privacy_budget_exceeded"
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
 * Marks every nrmkit error. `Symbol.for` keys are shared by every module copy and realm, so an error
 * thrown by the ESM build (or a second installed copy) is recognised by the CJS build's checks.
 */
const NRMKIT_ERROR = /* @__PURE__ */ Symbol.for("nrmkit.error");

/** Tells whether a value carries the nrmkit error brand, whichever copy of nrmkit made it. */
function hasBrand(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[NRMKIT_ERROR] === true;
}

/**
 * The base class of every error thrown by nrmkit packages.
 *
 * @remarks
 * Errors carry a brand shared by every copy of nrmkit, so `isNrmkitError(error)` and
 * `error instanceof NrmkitError` hold even when the error comes from another build of the package
 * (the ESM and CJS builds loaded side by side, or two installed versions).
 *
 * @example
 * ```ts
 * import { NrmkitError } from "@nrmkit/core";
 *
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
    Object.defineProperty(this, NRMKIT_ERROR, { value: true });
  }

  /**
   * Makes `value instanceof NrmkitError` true for an nrmkit error from any copy of the package.
   *
   * @param value - The left-hand side of `instanceof`.
   * @returns `true` when `value` is an instance of this class, or, for `NrmkitError` itself, any
   * branded nrmkit error.
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic lint/complexity/noUselessThisAlias: `instanceof` passes its right-hand class as `this`.
    const target = this;
    if (Function.prototype[Symbol.hasInstance].call(target, value)) return true;
    // Subclasses keep the ordinary prototype check (they define their own cross-copy test).
    return target === (NrmkitError as unknown) && hasBrand(value);
  }
}

/**
 * Tells whether a value is an {@link NrmkitError}, optionally with a given code.
 *
 * @remarks
 * Checks the brand that every nrmkit error carries, not the prototype chain, so it recognises
 * errors thrown by another copy of nrmkit (the ESM build when this is the CJS build, or the reverse).
 *
 * @param value - Anything caught in a `catch` block.
 * @param code - When given, the error must also carry this code.
 * @returns `true` when `value` is an nrmkit error (with that code).
 *
 * @example
 * ```ts
 * import { isNrmkitError, NrmkitError } from "@nrmkit/core";
 *
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
  return hasBrand(value) && (code === undefined || (value as NrmkitError).code === code);
}
