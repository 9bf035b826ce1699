import { isNrmkitError } from "@nrmkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundToBase } from "./rounding.js";

describe("roundToBase", () => {
  it.each([
    [0, 5, 0],
    [2, 5, 0],
    [3, 5, 5],
    [12, 10, 10],
    [15, 10, 20],
    [4, 3, 3],
  ])("rounds %i to base %i as %i", (value, base, expected) => {
    expect(roundToBase(value, base)).toBe(expected);
  });

  it("returns a multiple of the base within half a base of the value", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 100 }), (value, base) => {
        const rounded = roundToBase(value, base);
        expect(rounded % base).toBe(0);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(base / 2);
      }),
    );
  });

  it("throws invalid_argument when the base is not a positive integer", () => {
    expect(() => roundToBase(1, 0)).toThrow();
    try {
      roundToBase(1, 2.5);
    } catch (error) {
      expect(isNrmkitError(error, "invalid_argument")).toBe(true);
    }
  });
});
