import { NrmkitError } from "@nrmkit/core";

/**
 * An exact non-negative rational number `num / den`, the form in which the samplers take their noise parameter.
 *
 * @remarks
 * The samplers decide every sample with integer arithmetic on `num` and `den`, so no rounding error of
 * floating point can bias the noise. Build one from a double with {@link rationalOf}, which is exact.
 *
 * @example
 * ```ts
 * import { type Rational, sampleDiscreteGaussian, seededRandom } from "@nrmkit/stats/dp";
 *
 * const sigma2: Rational = { num: 41n, den: 2n }; // σ² = 20.5
 * Number.isInteger(sampleDiscreteGaussian(sigma2, seededRandom(1)));
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface Rational {
  /** The numerator, at least 0. */
  readonly num: bigint;
  /** The denominator, at least 1. */
  readonly den: bigint;
}

const DOUBLE_VIEW = new DataView(new ArrayBuffer(8));

/** The greatest common divisor of two non-negative bigints. */
function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The fraction in lowest terms; `den` must be positive. */
export function reduced(num: bigint, den: bigint): Rational {
  const divisor = gcd(num, den);
  return divisor <= 1n ? { num, den } : { num: num / divisor, den: den / divisor };
}

/** Checks that a rational has a non-negative numerator and a positive denominator. */
export function checkRational(name: string, value: Rational): void {
  if (typeof value?.num !== "bigint" || typeof value.den !== "bigint" || value.num < 0n || value.den < 1n) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected a rational { num, den } with bigint num ≥ 0 and den ≥ 1, received ${String(value?.num)}/${String(value?.den)}`,
    );
  }
}

/**
 * Converts a finite non-negative double to the rational it exactly equals, in lowest terms.
 *
 * @remarks
 * Every double is a dyadic rational `mantissa · 2^exponent`, so the conversion loses nothing:
 * `rationalOf(0.1)` is `3602879701896397 / 36028797018963968`, the double nearest 0.1, not 1/10.
 * Pass a `Rational` directly when the parameter must be a decimal fraction exactly.
 *
 * @param x - A finite number, at least 0.
 * @returns The fraction `num / den` equal to `x`, with `den` a power of two.
 * @throws NrmkitError with code `invalid_argument` when `x` is negative, infinite or NaN.
 *
 * @example
 * ```ts
 * import { rationalOf } from "@nrmkit/stats/dp";
 *
 * rationalOf(20.5);
 * // => { num: 41n, den: 2n }
 * rationalOf(3);
 * // => { num: 3n, den: 1n }
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function rationalOf(x: number): Rational {
  if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
    throw new NrmkitError("invalid_argument", `x: expected a finite number ≥ 0, received ${String(x)}`);
  }
  if (x === 0) return { num: 0n, den: 1n };
  DOUBLE_VIEW.setFloat64(0, x);
  const high = DOUBLE_VIEW.getUint32(0);
  const low = DOUBLE_VIEW.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const fraction = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  let mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  let exponent = (biased === 0 ? 1 : biased) - 1075;
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent += 1;
  }
  return exponent >= 0
    ? { num: mantissa << BigInt(exponent), den: 1n }
    : { num: mantissa, den: 1n << BigInt(-exponent) };
}

/** The smallest fraction with denominator `2^denominatorBits` that is at least `x`, in lowest terms; rounds a noise parameter up, which only adds privacy. */
export function rationalAtLeast(x: number, denominatorBits = 32): Rational {
  if (!Number.isInteger(denominatorBits) || denominatorBits < 0 || denominatorBits > 1100) {
    throw new NrmkitError(
      "invalid_argument",
      `denominatorBits: expected an integer from 0 to 1100, received ${String(denominatorBits)}`,
    );
  }
  const exact = rationalOf(x);
  const scaled = exact.num << BigInt(denominatorBits);
  const ceiling = (scaled + exact.den - 1n) / exact.den;
  return reduced(ceiling, 1n << BigInt(denominatorBits));
}
