import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaussianOracle, goodnessOfFit, laplaceOracle } from "./chiSquare.test-helper.js";
import { seededRandom } from "./randomSource.js";
import { type Rational, rationalAtLeast, rationalOf } from "./rational.js";
import {
  bernoulliExp,
  bernoulliRational,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
  uniformBelow,
} from "./samplers.js";

const SAMPLES = 30_000;
const ALPHA = 0.001;

function draw(count: number, sample: () => number): number[] {
  return Array.from({ length: count }, sample);
}

describe("sampleDiscreteLaplace", () => {
  it.each([
    ["0.5", rationalOf(0.5), 0.5, 11],
    ["1", rationalOf(1), 1, 12],
    ["3.7 (bigint path: numerator above 2^32)", rationalOf(3.7), 3.7, 13],
    ["10/3 (non-dyadic rational)", { num: 10n, den: 3n }, 10 / 3, 14],
  ] as const)("fits P(x) ∝ exp(−|x|/t) for t = %s (chi-square, p > 0.001)", (_, scale, t, seed) => {
    const source = seededRandom(seed);
    const fit = goodnessOfFit(
      draw(SAMPLES, () => sampleDiscreteLaplace(scale, source)),
      laplaceOracle(t),
    );
    expect(fit.bins).toBeGreaterThan(3);
    expect(fit.pValue).toBeGreaterThan(ALPHA);
  });

  it("rejects a zero, negative, huge or malformed scale", () => {
    const source = seededRandom(1);
    for (const scale of [
      { num: 0n, den: 1n },
      { num: -1n, den: 1n },
      { num: 1n, den: 0n },
      { num: (1n << 40n) + 1n, den: 1n },
      { num: 1, den: 1 } as unknown as Rational,
    ]) {
      expect(() => sampleDiscreteLaplace(scale, source)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    }
  });
});

describe("sampleDiscreteGaussian", () => {
  it.each([
    ["0.3 (bigint acceptance path)", rationalOf(0.3), 0.3, 21],
    ["1", rationalOf(1), 1, 22],
    ["10", rationalOf(10), 10, 23],
    ["150", rationalOf(150), 150, 24],
    ["150.7 rounded up to 2^−32", rationalAtLeast(150.7), 150.7, 25],
  ] as const)("fits P(x) ∝ exp(−x²/(2σ²)) for σ² = %s (chi-square, p > 0.001)", (_, sigma2, s2, seed) => {
    const source = seededRandom(seed);
    const fit = goodnessOfFit(
      draw(SAMPLES, () => sampleDiscreteGaussian(sigma2, source)),
      gaussianOracle(s2),
    );
    expect(fit.bins).toBeGreaterThan(3);
    expect(fit.pValue).toBeGreaterThan(ALPHA);
  });

  it("returns safe integers and replays the same sample for the same seed", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 1n << 50n }),
        fc.bigInt({ min: 1n, max: 1n << 40n }),
        fc.integer(),
        (num, den, seed) => {
          const sigma2 = { num, den };
          const sample = sampleDiscreteGaussian(sigma2, seededRandom(seed));
          expect(Number.isSafeInteger(sample)).toBe(true);
          expect(sampleDiscreteGaussian(sigma2, seededRandom(seed))).toBe(sample);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("draws 2,000 samples with σ² from 20 to 200 well under 100 ms", () => {
    const source = seededRandom(5);
    for (const sigma2 of [rationalOf(20), rationalAtLeast(57.3), rationalOf(200)])
      sampleDiscreteGaussian(sigma2, source);
    for (const sigma2 of [rationalOf(20), rationalAtLeast(57.3), rationalOf(200)]) {
      const start = performance.now();
      for (let i = 0; i < 2000; i++) sampleDiscreteGaussian(sigma2, source);
      // Generous for a shared CI machine; measured at a few ms.
      expect(performance.now() - start).toBeLessThan(100);
    }
  });

  it("rejects a zero or huge σ²", () => {
    const source = seededRandom(1);
    expect(() => sampleDiscreteGaussian({ num: 0n, den: 3n }, source)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => sampleDiscreteGaussian({ num: (1n << 80n) + 1n, den: 1n }, source)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("bernoulliExp", () => {
  it.each([
    ["0", { num: 0n, den: 1n }, 31],
    ["0.3", rationalOf(0.3), 32],
    ["1", { num: 1n, den: 1n }, 33],
    ["2.5", { num: 5n, den: 2n }, 34],
    ["7/3", { num: 7n, den: 3n }, 35],
    ["0.3 with denominator 2^80 (bigint path)", rationalAtLeast(0.3, 80), 36],
    ["7/3 scaled by 2^70 (bigint path)", { num: 7n << 70n, den: 3n << 70n }, 37],
  ] as const)("succeeds with frequency exp(−γ) for γ = %s", (_, gamma, seed) => {
    const source = seededRandom(seed);
    const n = 100_000;
    let hits = 0;
    for (let i = 0; i < n; i++) if (bernoulliExp(gamma, source)) hits++;
    const p = Math.exp(-Number(gamma.num) / Number(gamma.den));
    // Four and a half standard errors: a false alarm about once in 150,000 runs.
    expect(Math.abs(hits / n - p)).toBeLessThanOrEqual(4.5 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe("bernoulliRational and uniformBelow", () => {
  it("keep uniformBelow(n) in [0, n) for n up to 2^100", () => {
    const source = seededRandom(41);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1n << 100n }), (n) => {
        const value = uniformBelow(n, source);
        expect(value >= 0n && value < n).toBe(true);
      }),
    );
  });

  it.each([
    [7n, 42],
    [(1n << 53n) + 3n, 43],
    [(1n << 70n) + 5n, 44],
  ])("spreads uniformBelow(%s) evenly over residues mod 7 (chi-square)", (n, seed) => {
    const source = seededRandom(seed);
    const counts = new Array<number>(7).fill(0);
    const draws = 35_000;
    for (let i = 0; i < draws; i++) {
      const residue = Number(uniformBelow(n, source) % 7n);
      counts[residue] = (counts[residue] ?? 0) + 1;
    }
    // Residues of a uniform value below n are uniform up to a bias below 7/n (none for n = 7).
    const statistic = counts.reduce((sum, count) => sum + (count - draws / 7) ** 2 / (draws / 7), 0);
    expect(statistic).toBeLessThan(22.458); // χ²₆ quantile at 0.999
  });

  it("gives bernoulliRational(p) frequency p, and 1 for p ≥ 1", () => {
    const source = seededRandom(45);
    const n = 100_000;
    for (const p of [
      { num: 1n, den: 3n },
      { num: 3n << 60n, den: 10n << 60n },
    ]) {
      let hits = 0;
      for (let i = 0; i < n; i++) if (bernoulliRational(p, source)) hits++;
      const q = Number(p.num) / Number(p.den);
      expect(Math.abs(hits / n - q)).toBeLessThanOrEqual(4.5 * Math.sqrt((q * (1 - q)) / n));
    }
    expect(bernoulliRational({ num: 4n, den: 3n }, source)).toBe(true);
  });
});
