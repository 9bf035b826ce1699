import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageBandOf, isChildAgeBand } from "./ageBands.js";
import { isNrmkitError } from "./error.js";

describe("AGE_BANDS", () => {
  it("lists the nine CTDC bands youngest first", () => {
    expect(AGE_BANDS).toEqual(["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"]);
    expect(Object.isFrozen(AGE_BANDS)).toBe(true);
  });
});

describe("ageBandOf", () => {
  it.each([
    [0, "0-8"],
    [8, "0-8"],
    [8.9, "0-8"],
    [9, "9-17"],
    [17, "9-17"],
    [18, "18-20"],
    [20, "18-20"],
    [21, "21-23"],
    [24, "24-26"],
    [27, "27-29"],
    [29, "27-29"],
    [30, "30-38"],
    [38, "30-38"],
    [39, "39-47"],
    [47, "39-47"],
    [48, "48+"],
    [99, "48+"],
    [undefined, "unknown"],
    [Number.NaN, "unknown"],
  ])("maps age %s to %s", (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it.each([-1, Number.POSITIVE_INFINITY])("throws invalid_argument when age is %s", (age) => {
    let caught: unknown;
    try {
      ageBandOf(age);
    } catch (error) {
      caught = error;
    }
    expect(isNrmkitError(caught, "invalid_argument")).toBe(true);
  });

  it("never decreases as age grows", () => {
    fc.assert(
      fc.property(fc.nat(120), fc.nat(120), (a, b) => {
        const [young, old] = a <= b ? [a, b] : [b, a];
        expect(AGE_BANDS.indexOf(ageBandOf(young) as never)).toBeLessThanOrEqual(
          AGE_BANDS.indexOf(ageBandOf(old) as never),
        );
      }),
    );
  });
});

describe("isChildAgeBand", () => {
  it.each([
    ["0-8", true],
    ["9-17", true],
    ["18-20", false],
    ["48+", false],
    ["unknown", false],
  ] as const)("answers %s → %s", (band, expected) => {
    expect(isChildAgeBand(band)).toBe(expected);
  });

  it("agrees with ageBandOf on the age of majority", () => {
    fc.assert(
      fc.property(fc.nat(120), (age) => {
        expect(isChildAgeBand(ageBandOf(age))).toBe(age < 18);
      }),
    );
  });
});
