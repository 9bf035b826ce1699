import type { AgeBand } from "./caseCodes.js";
import { NrmkitError } from "./error.js";

/**
 * A known CTDC age band: every {@link AgeBand} except `"unknown"`.
 *
 * @category Cases
 * @since 0.1.0
 */
export type KnownAgeBand = Exclude<AgeBand, "unknown">;

/**
 * CTDC's broad age bands (`ageBroad`) in their published order, youngest first, without `"unknown"`.
 *
 * @example
 * ```ts
 * import { AGE_BANDS } from "@nrmkit/core";
 *
 * AGE_BANDS[0];
 * // => "0-8"
 * AGE_BANDS.length;
 * // => 9
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const AGE_BANDS: readonly KnownAgeBand[] = Object.freeze([
  "0-8",
  "9-17",
  "18-20",
  "21-23",
  "24-26",
  "27-29",
  "30-38",
  "39-47",
  "48+",
] as const);

// Lowest age of each band, in AGE_BANDS order.
const LOWER_BOUNDS = [0, 9, 18, 21, 24, 27, 30, 39, 48] as const;

/**
 * Gives the CTDC age band of an age in completed years.
 *
 * @param age - Age in completed years (fractions are truncated); `undefined` or `NaN` when unknown.
 * @returns The band, or `"unknown"` for a missing age.
 * @throws NrmkitError with code `invalid_argument` when `age` is negative or infinite.
 *
 * @example
 * ```ts
 * import { ageBandOf } from "@nrmkit/core";
 *
 * ageBandOf(17);
 * // => "9-17"
 * ageBandOf(18);
 * // => "18-20"
 * ageBandOf(undefined);
 * // => "unknown"
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function ageBandOf(age: number | undefined): AgeBand {
  if (age === undefined || Number.isNaN(age)) return "unknown";
  if (age < 0 || !Number.isFinite(age)) {
    throw new NrmkitError("invalid_argument", `age: expected a finite number of years, 0 or more, received ${age}`);
  }
  const years = Math.trunc(age);
  let band: KnownAgeBand = "0-8";
  for (const [index, lower] of LOWER_BOUNDS.entries()) {
    if (years >= lower) band = AGE_BANDS[index] ?? band;
  }
  return band;
}

/**
 * Tells whether an age band holds only children (under 18).
 *
 * @param band - An age band.
 * @returns `true` for `"0-8"` and `"9-17"`; `false` for adult bands and `"unknown"`.
 *
 * @example
 * ```ts
 * import { isChildAgeBand } from "@nrmkit/core";
 *
 * isChildAgeBand("9-17");
 * // => true
 * isChildAgeBand("unknown");
 * // => false
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function isChildAgeBand(band: AgeBand): boolean {
  return band === "0-8" || band === "9-17";
}
