import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rationalAtLeast, rationalOf } from "./rational.js";

const isPowerOfTwo = (n: bigint) => n > 0n && (n & (n - 1n)) === 0n;

describe("rationalOf", () => {
  it("is exact for doubles from 2^−900 to the largest double", () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -900, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }), (x) => {
        const { num, den } = rationalOf(x);
        expect(isPowerOfTwo(den)).toBe(true);
        expect(den === 1n || num % 2n === 1n).toBe(true); // lowest terms
        // Both conversions are exact (num < 2^1024, den a power of two), so the quotient is x itself.
        expect(Number(num) / Number(den)).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it("matches a / 2^b exactly in bigint arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const { num, den } = rationalOf(a / 2 ** b);
        expect(num * (1n << BigInt(b))).toBe(BigInt(a) * den);
      }),
      { numRuns: 2000 },
    );
  });

  it("is exact for subnormals k · 2^−1074", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 52 - 1 }), (k) => {
        const { num, den } = rationalOf(k * Number.MIN_VALUE);
        expect(num * ((1n << 1074n) / den)).toBe(BigInt(k));
        expect((1n << 1074n) % den).toBe(0n);
      }),
    );
  });

  it("gives 0/1 for zero and -0, and the known value for 0.1", () => {
    expect(rationalOf(0)).toEqual({ num: 0n, den: 1n });
    expect(rationalOf(-0)).toEqual({ num: 0n, den: 1n });
    expect(rationalOf(0.1)).toEqual({ num: 3602879701896397n, den: 1n << 55n });
    expect(rationalOf(Number.MAX_VALUE)).toEqual({ num: ((1n << 53n) - 1n) << 971n, den: 1n });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, -Number.MIN_VALUE])("rejects %s", (x) => {
    expect(() => rationalOf(x)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("rationalAtLeast", () => {
  it("is at least x and less than x + 2^−bits, with denominator dividing 2^bits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 80 }),
        (x, bits) => {
          const r = rationalAtLeast(x, bits);
          const exact = rationalOf(x);
          const scale = 1n << BigInt(bits);
          expect(scale % r.den).toBe(0n);
          const gap = r.num * exact.den - exact.num * r.den; // (r − x) · r.den · exact.den
          expect(gap >= 0n).toBe(true);
          expect(gap * scale < r.den * exact.den).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps values already on the grid and rounds others up", () => {
    expect(rationalAtLeast(20)).toEqual({ num: 20n, den: 1n });
    expect(rationalAtLeast(0.1, 4)).toEqual({ num: 1n, den: 8n });
    expect(rationalAtLeast(2.5, 0)).toEqual({ num: 3n, den: 1n });
  });

  it("rejects a bad bit count", () => {
    expect(() => rationalAtLeast(1, -1)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => rationalAtLeast(1, 1.5)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
