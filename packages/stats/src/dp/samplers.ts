// Exact samplers of Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy"
// (NeurIPS 2020), Algorithms 1–3. Every decision compares integers drawn uniformly at random, so the
// output distribution is exactly the stated one: no floating-point rounding can leak or bias it.
// Hot loops run on JS numbers when every operand and product is an integer at most 2^53 (exact in
// doubles); anything larger falls back to bigint.
import { NrmkitError } from "@nrmkit/core";
import type { RandomSource } from "./randomSource.js";
import { checkRational, type Rational } from "./rational.js";

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;
const BIG_TWO_32 = 1n << 32n;
const BIG_TWO_53 = 1n << 53n;
// Above these the tail beyond 2^53 (where results stop being exact numbers) is below e^-8192.
const MAX_SCALE = 1n << 40n;
const MAX_SIGMA2 = 1n << 80n;
// floor(sqrt(2^53)): a number of smaller magnitude squares exactly.
const MAX_SQUARABLE = 94_906_265;

/** A uniform integer from 0 to n − 1 for an integer 1 ≤ n ≤ 2^53, by rejection (exact, no modulo bias). */
function uniformBelowNumber(n: number, source: RandomSource): number {
  if (n <= TWO_32) {
    // The largest multiple of n not above 2^32; % on doubles is exact.
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const word = source.nextUint32();
      if (word < limit) return word % n;
    }
  }
  const limit = TWO_53 - (TWO_53 % n);
  for (;;) {
    const value = (source.nextUint32() >>> 11) * TWO_32 + source.nextUint32();
    if (value < limit) return value % n;
  }
}

/** A uniform integer from 0 to n − 1 (n ≥ 1), exact by rejection. */
export function uniformBelow(n: bigint, source: RandomSource): bigint {
  if (n <= BIG_TWO_53) return BigInt(uniformBelowNumber(Number(n), source));
  const bits = (n - 1n).toString(2).length;
  const words = Math.ceil(bits / 32);
  const topShift = words * 32 - bits;
  // Draw exactly `bits` bits; each try succeeds with probability above 1/2.
  for (;;) {
    let value = BigInt(source.nextUint32() >>> topShift);
    for (let i = 1; i < words; i++) value = (value << 32n) | BigInt(source.nextUint32());
    if (value < n) return value;
  }
}

/** Bernoulli(num / den) for safe integers 0 ≤ num, 1 ≤ den ≤ 2^53. */
function bernoulliNumber(num: number, den: number, source: RandomSource): boolean {
  return uniformBelowNumber(den, source) < num;
}

/** Bernoulli(p) for a rational p (p ≥ 1 always succeeds). */
export function bernoulliRational(p: Rational, source: RandomSource): boolean {
  if (p.num >= p.den) return true;
  if (p.den <= BIG_TWO_53) return bernoulliNumber(Number(p.num), Number(p.den), source);
  return uniformBelow(p.den, source) < p.num;
}

/** Bernoulli(exp(−1)) by Algorithm 1 with γ = 1: the first K whose Bernoulli(1/K) fails, odd or even. */
function bernoulliExpMinusOne(source: RandomSource): boolean {
  let k = 1;
  // k never nears 2^32 (probability 1/k!), but stop the number path before it could.
  while (k < TWO_32 && uniformBelowNumber(k, source) === 0) k++;
  if (k < TWO_32) return k % 2 === 1;
  let big = BigInt(k);
  while (uniformBelow(big, source) === 0n) big++;
  return big % 2n === 1n;
}

/** Bernoulli(exp(−num/den)) for 0 ≤ num ≤ den as bigints (Algorithm 1, γ ∈ [0, 1]). */
function bernoulliExpFractionBig(num: bigint, den: bigint, source: RandomSource): boolean {
  let k = 1n;
  while (uniformBelow(den * k, source) < num) k++;
  return k % 2n === 1n;
}

/** Bernoulli(exp(−num/den)) for safe integers 0 ≤ num ≤ den ≤ 2^53 (Algorithm 1, γ ∈ [0, 1]). */
function bernoulliExpFractionNumber(num: number, den: number, source: RandomSource): boolean {
  if (num === 0) return true;
  let k = 1;
  for (;;) {
    const scaled = den * k;
    // Rounding is monotone, so a computed product below 2^53 is exact; otherwise go on in bigint.
    if (scaled >= TWO_53) {
      let big = BigInt(k);
      while (uniformBelow(BigInt(den) * big, source) < BigInt(num)) big++;
      return big % 2n === 1n;
    }
    if (!bernoulliNumber(num, scaled, source)) return k % 2 === 1;
    k++;
  }
}

/** Bernoulli(exp(−num/den)) for safe integers num ≥ 0, 1 ≤ den ≤ 2^53: exp(−1) per whole unit, then the fraction. */
function bernoulliExpNumber(num: number, den: number, source: RandomSource): boolean {
  const rest = num % den;
  const whole = (num - rest) / den;
  for (let i = 0; i < whole; i++) if (!bernoulliExpMinusOne(source)) return false;
  return bernoulliExpFractionNumber(rest, den, source);
}

/** Bernoulli(exp(−γ)) exactly for a rational γ ≥ 0 (Algorithm 1 with the γ > 1 decomposition). */
export function bernoulliExp(gamma: Rational, source: RandomSource): boolean {
  const { num, den } = gamma;
  if (num <= BIG_TWO_53 && den <= BIG_TWO_53) return bernoulliExpNumber(Number(num), Number(den), source);
  const whole = num / den;
  for (let i = 0n; i < whole; i++) if (!bernoulliExpMinusOne(source)) return false;
  const rest = num - whole * den;
  if (den <= BIG_TWO_53) return bernoulliExpFractionNumber(Number(rest), Number(den), source);
  return rest === 0n || bernoulliExpFractionBig(rest, den, source);
}

/** The number of exp(−1) successes before the first failure: Geometric(1 − e^−1) on {0, 1, …}. */
function geometricExpMinusOne(source: RandomSource): number {
  let v = 0;
  while (bernoulliExpMinusOne(source)) v++;
  return v;
}

/** Algorithm 2 on numbers: Laplace with scale t/s for integers 1 ≤ t ≤ 2^32, 1 ≤ s ≤ 2^53. */
function discreteLaplaceNumber(t: number, s: number, source: RandomSource): number {
  for (;;) {
    const u = uniformBelowNumber(t, source);
    if (!bernoulliExpFractionNumber(u, t, source)) continue;
    const v = geometricExpMinusOne(source);
    let y: number;
    if (v < 2 ** 21) {
      const x = u + t * v; // below 2^32 + 2^32·(2^21 − 1) = 2^53, so exact
      y = (x - (x % s)) / s; // exact floor(x / s)
    } else {
      // Probability below e^−2^21; the result is exact whenever it is below 2^53.
      y = Number((BigInt(u) + BigInt(t) * BigInt(v)) / BigInt(s));
    }
    const negative = uniformBelowNumber(2, source) === 1;
    if (negative && y === 0) continue;
    return negative ? -y : y;
  }
}

/** Algorithm 2 on bigints: Laplace with scale t/s for integers t, s ≥ 1. */
function discreteLaplaceBig(t: bigint, s: bigint, source: RandomSource): bigint {
  for (;;) {
    const u = uniformBelow(t, source);
    if (!bernoulliExp({ num: u, den: t }, source)) continue;
    const y = (u + t * BigInt(geometricExpMinusOne(source))) / s;
    const negative = uniformBelowNumber(2, source) === 1;
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** A discrete Laplace sample with scale t/s, on numbers when the operands allow it. */
function discreteLaplace(t: bigint, s: bigint, source: RandomSource): number {
  if (t <= BIG_TWO_32 && s <= BIG_TWO_53) return discreteLaplaceNumber(Number(t), Number(s), source);
  // Exact up to 2^53; with scale ≤ 2^40 a larger magnitude has probability below e^−8192.
  return Number(discreteLaplaceBig(t, s, source));
}

/**
 * Draws one integer from the discrete Laplace distribution, P(x) ∝ exp(−|x| / scale), exactly.
 *
 * @remarks
 * Implements Algorithm 2 of Canonne, Kamath and Steinke (2020) with integer arithmetic only, so the
 * sample follows the distribution exactly. Adding it to a count of sensitivity 1 with `scale = 1/ε`
 * gives ε-differential privacy. Convert a double parameter with {@link rationalOf}.
 *
 * @param scale - The scale t > 0 as an exact rational, at most 2^40.
 * @param source - Where the randomness comes from: {@link cryptoRandom} for releases.
 * @returns An integer (negative, zero or positive).
 * @throws NrmkitError with code `invalid_argument` when `scale` is not a rational in (0, 2^40].
 *
 * @example
 * ```ts
 * import { rationalOf, sampleDiscreteLaplace, seededRandom } from "@nrmkit/stats/dp";
 *
 * const source = seededRandom(42);
 * const noisy = 120 + sampleDiscreteLaplace(rationalOf(2), source); // ε = 0.5 for a count
 * Number.isInteger(noisy);
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function sampleDiscreteLaplace(scale: Rational, source: RandomSource): number {
  checkRational("scale", scale);
  if (scale.num === 0n || scale.num > MAX_SCALE * scale.den) {
    throw new NrmkitError(
      "invalid_argument",
      `scale: expected a rational in (0, 2^40], received ${String(scale.num)}/${String(scale.den)}`,
    );
  }
  return discreteLaplace(scale.num, scale.den, source);
}

/** floor(sqrt(n)) for a bigint n ≥ 0, by Newton's method. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) break;
    x = next;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/**
 * Draws one integer from the discrete Gaussian distribution, P(x) ∝ exp(−x² / (2σ²)), exactly.
 *
 * @remarks
 * Implements Algorithm 3 of Canonne, Kamath and Steinke (2020): discrete Laplace proposals with
 * scale ⌊σ⌋ + 1, accepted with probability exp(−(|y| − σ²/t)² / (2σ²)), all in integer arithmetic.
 * Adding it to a count of sensitivity 1 gives ½ε²-concentrated differential privacy for σ² = 1/ε².
 * To round a double σ² up (which only adds privacy) keep a few denominator bits, for instance
 * `{ num: BigInt(Math.ceil(sigma2 * 2 ** 20)), den: 2n ** 20n }`, or pass `rationalOf(sigma2)`.
 *
 * @param sigma2 - The variance parameter σ² > 0 as an exact rational, at most 2^80.
 * @param source - Where the randomness comes from: {@link cryptoRandom} for releases.
 * @returns An integer (negative, zero or positive).
 * @throws NrmkitError with code `invalid_argument` when `sigma2` is not a rational in (0, 2^80].
 *
 * @example
 * ```ts
 * import { rationalOf, sampleDiscreteGaussian, seededRandom } from "@nrmkit/stats/dp";
 *
 * const source = seededRandom(42);
 * const noisy = 120 + sampleDiscreteGaussian(rationalOf(20), source);
 * Number.isInteger(noisy);
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function sampleDiscreteGaussian(sigma2: Rational, source: RandomSource): number {
  checkRational("sigma2", sigma2);
  const { num, den } = sigma2;
  if (num === 0n || num > MAX_SIGMA2 * den) {
    throw new NrmkitError(
      "invalid_argument",
      `sigma2: expected a rational in (0, 2^80], received ${String(num)}/${String(den)}`,
    );
  }
  // Any integer t ≥ 1 is correct; ⌊σ⌋ + 1 keeps the expected number of proposals small.
  const t = isqrt(num / den) + 1n;
  // γ = (|y| − σ²/t)² / (2σ²) = (|y|·den·t − num)² / (2·num·den·t²).
  const gammaDen = 2n * num * den * t * t;
  const dt = den * t;
  const fast = gammaDen <= BIG_TWO_53 && dt <= BIG_TWO_53 && num <= BIG_TWO_53;
  const gammaDenNumber = Number(gammaDen);
  const dtNumber = Number(dt);
  const numNumber = Number(num);
  for (;;) {
    const y = discreteLaplace(t, 1n, source);
    const magnitude = Math.abs(y);
    if (fast) {
      const scaled = magnitude * dtNumber;
      const diff = scaled - numNumber; // exact when scaled < 2^53
      if (scaled < TWO_53 && Math.abs(diff) <= MAX_SQUARABLE) {
        if (bernoulliExpNumber(diff * diff, gammaDenNumber, source)) return y;
        continue;
      }
    }
    const diff = BigInt(magnitude) * dt - num;
    if (bernoulliExp({ num: diff * diff, den: gammaDen }, source)) return y;
  }
}
