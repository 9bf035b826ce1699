import { NrmkitError } from "@nrmkit/core";

/**
 * Rounds a count to the nearest multiple of `base` (conventional rounding, halves up).
 *
 * @param value - A non-negative count.
 * @param base - The rounding base, such as 3, 5 or 10.
 * @returns The rounded count.
 * @throws NrmkitError with code `invalid_argument` when `base` is not a positive integer.
 *
 * @example
 * ```ts
 * import { roundToBase } from "@nrmkit/stats";
 *
 * roundToBase(12, 5);
 * // => 10
 * roundToBase(13, 5);
 * // => 15
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function roundToBase(value: number, base: number): number {
  if (!Number.isInteger(base) || base < 1) {
    throw new NrmkitError("invalid_argument", `base: expected a positive integer, received ${String(base)}`);
  }
  return Math.round(value / base) * base;
}

/**
 * Rounds a count down to a multiple of `base`, as CTDC does with the threshold as base (1–10 shows as 0 for base 11).
 *
 * @param value - A non-negative count.
 * @param base - The rounding base, such as 11.
 * @returns The largest multiple of `base` not above `value`.
 * @throws NrmkitError with code `invalid_argument` when `base` is not a positive integer.
 *
 * @example
 * ```ts
 * import { roundDown } from "@nrmkit/stats";
 *
 * roundDown(23, 11);
 * // => 22
 * roundDown(10, 11);
 * // => 0
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function roundDown(value: number, base: number): number {
  if (!Number.isInteger(base) || base < 1) {
    throw new NrmkitError("invalid_argument", `base: expected a positive integer, received ${String(base)}`);
  }
  return Math.floor(value / base) * base;
}
