import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alpha2ToAlpha3,
  alpha3ToAlpha2,
  COUNTRIES_ALPHA3,
  caseCountryFromAlpha2,
  caseCountryToAlpha2,
  isCaseCountryCode,
  isCountryCode,
  nearestCountryCode,
} from "./countries.js";

// Pairs checked by hand against the ISO 3166 Online Browsing Platform, chosen where alpha-2 and
// alpha-3 differ in non-obvious ways.
const KNOWN: readonly (readonly [string, string])[] = [
  ["BY", "BLR"],
  ["UA", "UKR"],
  ["RU", "RUS"],
  ["GB", "GBR"],
  ["DE", "DEU"],
  ["ES", "ESP"],
  ["MD", "MDA"],
  ["PL", "POL"],
  ["LT", "LTU"],
  ["LV", "LVA"],
  ["CH", "CHE"],
  ["KP", "PRK"],
  ["KR", "KOR"],
  ["AX", "ALA"],
  ["CD", "COD"],
  ["CG", "COG"],
  ["SS", "SSD"],
  ["TL", "TLS"],
  ["XK", ""],
];

describe("COUNTRIES_ALPHA3", () => {
  it("lists 249 distinct upper-case codes in alphabetical order", () => {
    expect(COUNTRIES_ALPHA3).toHaveLength(249);
    expect(new Set(COUNTRIES_ALPHA3).size).toBe(249);
    expect(COUNTRIES_ALPHA3.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect([...COUNTRIES_ALPHA3].sort()).toEqual(COUNTRIES_ALPHA3);
    expect(Object.isFrozen(COUNTRIES_ALPHA3)).toBe(true);
  });
});

describe("alpha2ToAlpha3", () => {
  it.each(KNOWN)("maps %s to %s", (alpha2, alpha3) => {
    expect(alpha2ToAlpha3(alpha2)).toBe(alpha3 === "" ? undefined : alpha3);
  });

  it("ignores case and surrounding spaces when given messy source data", () => {
    expect(alpha2ToAlpha3(" by ")).toBe("BLR");
    expect(alpha2ToAlpha3("Gb")).toBe("GBR");
  });

  it("gives undefined when the input is not an assigned code or not a string", () => {
    for (const input of ["", "B", "BLR", "ZZ", "12", null, undefined, 7, {}]) {
      expect(alpha2ToAlpha3(input as string)).toBeUndefined();
    }
  });
});

describe("alpha3ToAlpha2", () => {
  it("inverts alpha2ToAlpha3 for every code when round-tripped", () => {
    for (const alpha3 of COUNTRIES_ALPHA3) {
      const alpha2 = alpha3ToAlpha2(alpha3);
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(alpha2ToAlpha3(alpha2 as string)).toBe(alpha3);
    }
  });

  it("gives undefined when the code is not assigned", () => {
    expect(alpha3ToAlpha2("ZZZ")).toBeUndefined();
    expect(alpha3ToAlpha2("XKX")).toBeUndefined();
    expect(alpha3ToAlpha2(42 as unknown as string)).toBeUndefined();
  });
});

describe("isCountryCode", () => {
  it("accepts assigned alpha-3 codes only, in upper case", () => {
    expect(isCountryCode("BLR")).toBe(true);
    expect(isCountryCode("ALA")).toBe(true);
    for (const value of ["blr", "BY", "ZZZ", "XKX", "BLRR", "", null, 3]) expect(isCountryCode(value)).toBe(false);
  });
});

describe("case-record country codes", () => {
  it.each([
    ["BLR", true],
    ["XKX", true],
    ["ZZZ", false],
    ["XXA", false],
    ["blr", false],
    ["unknown", false],
  ])("isCaseCountryCode(%s) is %s", (code, accepted) => {
    expect(isCaseCountryCode(code)).toBe(accepted);
  });

  it("maps alpha-2 to alpha-3 and back for every assigned code and Kosovo", () => {
    for (const code of [...COUNTRIES_ALPHA3, "XKX"]) {
      const alpha2 = caseCountryToAlpha2(code);
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(caseCountryFromAlpha2(alpha2 as string)).toBe(code);
    }
    expect([caseCountryFromAlpha2("NA"), caseCountryFromAlpha2("XK"), caseCountryFromAlpha2("QQ")]).toEqual([
      "NAM",
      "XKX",
      undefined,
    ]);
  });

  it.each([
    ["BY", "BLR"],
    ["blr", "BLR"],
    [" BLR ", "BLR"],
    ["BRL", "BLR"],
    ["RUZ", "RUS"],
    ["ZZZ", undefined],
    ["XK", "XKX"],
    ["not a code", undefined],
  ])("nearestCountryCode(%j) suggests %s", (value, suggestion) => {
    expect(nearestCountryCode(value)).toBe(suggestion);
  });

  it("suggests only codes that are accepted", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), (value) => {
        const suggestion = nearestCountryCode(value);
        expect(suggestion === undefined || isCaseCountryCode(suggestion)).toBe(true);
      }),
    );
  });
});
