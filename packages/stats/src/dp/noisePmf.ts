// Floating-point companions of the samplers, for accuracy statements (margins, tables of the noise).
// They never decide a sample: the samplers use exact integer arithmetic.
import { NrmkitError } from "@nrmkit/core";

/** Checks a finite positive parameter. */
function checkPositive(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new NrmkitError("invalid_argument", `${name}: expected a finite number > 0, received ${String(value)}`);
  }
}

/** The summation half-width ⌈12σ⌉ + 10: the weight left outside is below e^−72 of the total. */
function gaussianBound(sigma2: number): number {
  return Math.ceil(12 * Math.sqrt(sigma2)) + 10;
}

/** Σ over all integers x of exp(−x²/(2σ²)), summed over |x| ≤ ⌈12σ⌉ + 10, smallest terms first. */
function gaussianNormaliser(sigma2: number): number {
  let total = 0;
  for (let x = gaussianBound(sigma2); x >= 1; x--) total += Math.exp(-(x * x) / (2 * sigma2));
  return 2 * total + 1;
}

/**
 * The probability that a discrete Gaussian with variance parameter `sigma2` takes the value `x`.
 *
 * @remarks
 * P(x) = exp(−x²/(2σ²)) / Σ_y exp(−y²/(2σ²)), the normaliser summed over |y| ≤ ⌈12σ⌉ + 10 (the rest is
 * negligible in double precision). Floating point: for accuracy statements, never for sampling.
 *
 * @param x - The value; a non-integer has probability 0.
 * @param sigma2 - The variance parameter σ² > 0, as passed to `sampleDiscreteGaussian`.
 * @returns The probability of `x`, from 0 to 1.
 * @throws NrmkitError with code `invalid_argument` when `sigma2` is not a finite positive number.
 *
 * @example
 * ```ts
 * import { discreteGaussianPmf } from "@nrmkit/stats/dp";
 *
 * discreteGaussianPmf(0, 1).toFixed(4);
 * // => "0.3989"
 * discreteGaussianPmf(2, 1) === discreteGaussianPmf(-2, 1);
 * // => true
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function discreteGaussianPmf(x: number, sigma2: number): number {
  checkPositive("sigma2", sigma2);
  if (!Number.isInteger(x)) return 0;
  return Math.exp(-(x * x) / (2 * sigma2)) / gaussianNormaliser(sigma2);
}

/**
 * The probability that a discrete Laplace variable with scale `scale` takes the value `x`.
 *
 * @remarks
 * Closed form: P(x) = (1 − q)/(1 + q) · q^|x| with q = e^(−1/scale). Floating point: for accuracy
 * statements, never for sampling.
 *
 * @param x - The value; a non-integer has probability 0.
 * @param scale - The scale t > 0, as passed to `sampleDiscreteLaplace`.
 * @returns The probability of `x`, from 0 to 1.
 * @throws NrmkitError with code `invalid_argument` when `scale` is not a finite positive number.
 *
 * @example
 * ```ts
 * import { discreteLaplacePmf } from "@nrmkit/stats/dp";
 *
 * discreteLaplacePmf(0, 1).toFixed(4);
 * // => "0.4621"
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function discreteLaplacePmf(x: number, scale: number): number {
  checkPositive("scale", scale);
  if (!Number.isInteger(x)) return 0;
  const oneMinusQ = -Math.expm1(-1 / scale); // 1 − q without cancellation for large scales
  return (oneMinusQ / (2 - oneMinusQ)) * Math.exp(-Math.abs(x) / scale);
}

/** The smallest k ≥ 0 with 2·P(Z > k) ≤ 1 − level for a discrete Laplace Z with the given scale. */
function laplaceMargin(scale: number, level: number): number {
  const q = Math.exp(-1 / scale);
  const outside = (k: number) => (2 * Math.exp(-(k + 1) / scale)) / (1 + q); // P(|Z| > k)
  // Closed-form guess, then settle the floating-point edge by checking neighbours.
  let k = Math.max(0, Math.ceil(-scale * Math.log(((1 - level) * (1 + q)) / 2)) - 1);
  while (k > 0 && 1 - outside(k - 1) >= level) k--;
  while (1 - outside(k) < level) k++;
  return k;
}

/** The smallest k ≥ 0 with P(|Z| ≤ k) ≥ level for a discrete Gaussian Z, from tail sums (no cancellation). */
function gaussianMargin(sigma2: number, level: number): number {
  const bound = gaussianBound(sigma2);
  const normaliser = gaussianNormaliser(sigma2);
  const weights = Array.from({ length: bound + 1 }, (_, x) => Math.exp(-(x * x) / (2 * sigma2)));
  // tails[k] = Σ_{x > k} weight(x), accumulated from the far end.
  const tails = new Array<number>(bound + 1).fill(0);
  for (let k = bound - 1; k >= 0; k--) tails[k] = (tails[k + 1] ?? 0) + (weights[k + 1] ?? 0);
  for (let k = 0; k <= bound; k++) {
    if (1 - (2 * (tails[k] ?? 0)) / normaliser >= level) return k;
  }
  return bound;
}

/**
 * The margin of error of the noise: the smallest integer k ≥ 0 with P(|Z| ≤ k) ≥ `level`.
 *
 * @remarks
 * With probability at least `level`, a published count differs from the true one by at most k.
 * Floating point: for accuracy statements, never for sampling.
 *
 * @param mechanism - `"gaussian"` for the discrete Gaussian, `"laplace"` for the discrete Laplace.
 * @param param - σ² for the Gaussian, the scale for the Laplace.
 * @param level - The coverage wanted, such as 0.95; strictly between 0 and 1.
 * @returns The margin k.
 * @throws NrmkitError with code `invalid_argument` when `param` is not finite and positive, `level` is
 *   not in (0, 1) or `mechanism` is unknown.
 *
 * @example
 * ```ts
 * import { noiseMargin } from "@nrmkit/stats/dp";
 *
 * noiseMargin("gaussian", 20, 0.95);
 * // => 9
 * noiseMargin("laplace", 2, 0.95);
 * // => 6
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function noiseMargin(mechanism: "gaussian" | "laplace", param: number, level: number): number {
  checkPositive("param", param);
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new NrmkitError("invalid_argument", `level: expected a number in (0, 1), received ${String(level)}`);
  }
  if (mechanism === "gaussian") return gaussianMargin(param, level);
  if (mechanism === "laplace") return laplaceMargin(param, level);
  throw new NrmkitError(
    "invalid_argument",
    `mechanism: expected "gaussian" or "laplace", received ${JSON.stringify(mechanism)}`,
  );
}
