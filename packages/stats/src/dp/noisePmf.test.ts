import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gaussianOracle, laplaceOracle } from "./chiSquare.test-helper.js";
import { discreteGaussianPmf, discreteLaplacePmf, noiseMargin } from "./noisePmf.js";

/** P(|Z| ≤ k) from an oracle pmf. */
function coverage(pmf: (x: number) => number, k: number): number {
  let total = pmf(0);
  for (let x = 1; x <= k; x++) total += 2 * pmf(x);
  return total;
}

describe("discreteGaussianPmf and discreteLaplacePmf", () => {
  it("agree with the pmfs computed from their definitions", () => {
    for (const sigma2 of [0.3, 1, 10, 150]) {
      const oracle = gaussianOracle(sigma2);
      for (const x of [0, 1, -2, 5, 17, -40]) expect(discreteGaussianPmf(x, sigma2)).toBeCloseTo(oracle(x), 14);
    }
    for (const scale of [0.5, 1, 3.7, 1000]) {
      const oracle = laplaceOracle(scale);
      for (const x of [0, 1, -2, 5, 17, -40]) expect(discreteLaplacePmf(x, scale)).toBeCloseTo(oracle(x), 14);
    }
  });

  it("are symmetric and give 0 off the integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 200 }), fc.double({ min: 0.01, max: 500, noNaN: true }), (x, param) => {
        expect(discreteGaussianPmf(x, param)).toBe(discreteGaussianPmf(-x, param));
        expect(discreteLaplacePmf(x, param)).toBe(discreteLaplacePmf(-x, param));
      }),
    );
    expect(discreteGaussianPmf(0.5, 1)).toBe(0);
    expect(discreteLaplacePmf(0.5, 1)).toBe(0);
  });

  it("rejects a non-positive parameter", () => {
    expect(() => discreteGaussianPmf(0, 0)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => discreteLaplacePmf(0, Number.NaN)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("noiseMargin", () => {
  it("is the smallest k whose coverage reaches the level", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("gaussian" as const, "laplace" as const),
        fc.double({ min: 0.05, max: 300, noNaN: true }),
        fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
        (mechanism, param, level) => {
          const oracle = mechanism === "gaussian" ? gaussianOracle(param) : laplaceOracle(param);
          const k = noiseMargin(mechanism, param, level);
          // A tolerance for levels that fall within rounding of a coverage value.
          expect(coverage(oracle, k)).toBeGreaterThanOrEqual(level - 1e-12);
          if (k > 0) expect(coverage(oracle, k - 1)).toBeLessThan(level + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives known margins", () => {
    expect(noiseMargin("gaussian", 20, 0.95)).toBe(9);
    expect(noiseMargin("laplace", 2, 0.95)).toBe(6);
    expect(noiseMargin("laplace", 1, 0.01)).toBe(0);
  });

  it("rejects a bad level, parameter or mechanism", () => {
    expect(() => noiseMargin("gaussian", 1, 1)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => noiseMargin("laplace", -1, 0.9)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => noiseMargin("uniform" as "laplace", 1, 0.9)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
