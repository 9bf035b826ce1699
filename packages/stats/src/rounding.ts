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
