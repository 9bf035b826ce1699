// The noise a budget buys: σ² = Δ/(2ρ) for the discrete Gaussian (ρ-zCDP for a query whose
// squared L2 sensitivity is Δ), t = Δ/ε for the discrete Laplace (ε-DP for L1 sensitivity Δ).
// Both are computed exactly and rounded UP to a fraction over 2^32: more noise, never less privacy.
import { discreteGaussianPmf } from "./noisePmf.js";
import { type Rational, rationalOf } from "./rational.js";

const SCALE = 2n ** 32n;

/** ⌈a/b⌉ for positive bigints. */
function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** `numerator/denominator` (exact) rounded up to a fraction over 2^32. */
function roundedUp(numerator: bigint, denominator: bigint): Rational {
  return { num: ceilDiv(numerator * SCALE, denominator), den: SCALE };
}

/** The noise of a release, exact and as numbers. */
export interface NoiseParameters {
  readonly mechanism: "discrete_gaussian" | "discrete_laplace";
  /** σ² of the Gaussian or the scale t of the Laplace, exact. */
  readonly exact: Rational;
  /** σ (Gaussian) or t (Laplace). */
  readonly scale: number;
  /** The variance of one noise draw. */
  readonly variance: number;
}

/** The discrete Gaussian that gives ρ-zCDP to counts a person is in `sensitivity` of. */
export function gaussianFor(sensitivity: number, rho: number): NoiseParameters {
  const r = rationalOf(rho);
  const exact = roundedUp(BigInt(sensitivity) * r.den, 2n * r.num);
  const sigma2 = Number(exact.num) / Number(exact.den);
  return { mechanism: "discrete_gaussian", exact, scale: Math.sqrt(sigma2), variance: gaussianVariance(sigma2) };
}

/** The discrete Laplace that gives ε-DP to counts a person is in `sensitivity` of. */
export function laplaceFor(sensitivity: number, epsilon: number): NoiseParameters {
  const e = rationalOf(epsilon);
  const exact = roundedUp(BigInt(sensitivity) * e.den, e.num);
  const t = Number(exact.num) / Number(exact.den);
  const p = Math.exp(-1 / t);
  return { mechanism: "discrete_laplace", exact, scale: t, variance: (2 * p) / (1 - p) ** 2 };
}

/** Σ x² P(x) of the discrete Gaussian (at most σ², close to it once σ ≥ 1). */
function gaussianVariance(sigma2: number): number {
  const reach = Math.ceil(12 * Math.sqrt(sigma2)) + 10;
  let variance = 0;
  for (let x = 1; x <= reach; x++) variance += 2 * x * x * discreteGaussianPmf(x, sigma2);
  return variance;
}

/** Φ⁻¹(p), the standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}
