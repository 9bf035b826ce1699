// Test oracles for the dp samplers: exact pmfs written straight from their formulas (independent of
// noisePmf.ts) and a chi-square goodness-of-fit test with its p-value from the regularised gamma function.

/** ln Γ(z) for z > 0 (Lanczos, g = 7, n = 9; about 15 significant digits). */
function logGamma(z: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularised upper incomplete gamma function Q(a, x) (series below a + 1, Lentz continued fraction above). */
export function upperGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const prefix = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * prefix;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return prefix * h;
}

/** P(χ²_df ≥ statistic). */
export function chiSquareTail(statistic: number, df: number): number {
  return upperGammaQ(df / 2, statistic / 2);
}

/** A normalised pmf on the integers from unnormalised weights, summed over |x| ≤ bound. */
export function pmfFromWeights(weight: (x: number) => number, bound: number): (x: number) => number {
  let total = 0;
  for (let x = -bound; x <= bound; x++) total += weight(x);
  return (x) => (Math.abs(x) <= bound ? weight(x) / total : 0);
}

/** Discrete Laplace oracle: P(x) ∝ exp(−|x|/t), straight from the definition. */
export function laplaceOracle(scale: number): (x: number) => number {
  return pmfFromWeights((x) => Math.exp(-Math.abs(x) / scale), Math.ceil(60 * scale) + 20);
}

/** Discrete Gaussian oracle: P(x) ∝ exp(−x²/(2σ²)), straight from the definition. */
export function gaussianOracle(sigma2: number): (x: number) => number {
  return pmfFromWeights((x) => Math.exp(-(x * x) / (2 * sigma2)), Math.ceil(15 * Math.sqrt(sigma2)) + 20);
}

export interface GoodnessOfFit {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly bins: number;
}

/**
 * Pearson's chi-square test of integer samples against a symmetric unimodal pmf: one bin per value with
 * expected count ≥ 5 around 0, and each tail pooled into one bin (or into the outermost bin when small).
 */
export function goodnessOfFit(samples: readonly number[], pmf: (x: number) => number): GoodnessOfFit {
  const n = samples.length;
  let edge = 0;
  while (n * pmf(edge + 1) >= 5) edge++;
  let tail = 0;
  for (let x = edge + 1; pmf(x) > 0; x++) tail += pmf(x);
  const pooled = n * tail < 5; // fold each tail into the bin at ±edge
  const low = pooled ? -edge : -edge - 1;
  const high = pooled ? edge : edge + 1;
  const observed = new Map<number, number>();
  for (const sample of samples) {
    const bin = Math.min(high, Math.max(low, sample));
    observed.set(bin, (observed.get(bin) ?? 0) + 1);
  }
  let statistic = 0;
  for (let bin = low; bin <= high; bin++) {
    const outer = bin === low || bin === high;
    const p = outer ? (bin === low && bin === high ? 1 : (pooled ? pmf(bin) : 0) + tail) : pmf(bin);
    const expected = n * p;
    const diff = (observed.get(bin) ?? 0) - expected;
    statistic += (diff * diff) / expected;
  }
  const bins = high - low + 1;
  return { statistic, df: bins - 1, pValue: chiSquareTail(statistic, bins - 1), bins };
}
