import { belarusRegions } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { regionArb } from "../test/arbitraries.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { countryCodeSchema, parseRegion, regionCodeSchema, safeParseRegion } from "./regionSchema.js";

const base = { id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel Oblast", "be-Latn": "Homieĺ" } };

describeParsers({
  parseName: "parseRegion",
  safeParseName: "safeParseRegion",
  parse: parseRegion,
  safeParse: safeParseRegion,
  valid: [["a region", base], ...belarusRegions.map((region) => [`bundled ${region.id}`, region] as const)],
  invalid: [
    ["the id is not a region code", changed(base, ["id"], "Gomel"), "invalid_region_code", ["id"]],
    ["the country is alpha-3", changed(base, ["country"], "BLR"), "invalid_country", ["country"]],
    ["the kind is empty", changed(base, ["kind"], ""), "too_small", ["kind"]],
    ["the name is missing", changed(base, ["name"], undefined), "invalid_type", ["name"]],
    [
      "a name key is not a language tag",
      changed(base, ["name", "English"], "Gomel"),
      "invalid_language_tag",
      ["name", "English"],
    ],
    ["a key is unknown", changed(base, ["population"], 1), "unrecognized_keys", ["population"]],
    ["the object has __proto__", withProtoKey(base, []), "forbidden_key", ["__proto__"]],
    ["the name has __proto__", withProtoKey(base, ["name"]), "forbidden_key", ["name", "__proto__"]],
    ["the input is an array", [base], "invalid_type", []],
  ],
  arbitrary: regionArb,
});

describe("regionCodeSchema", () => {
  it.each([
    ["BY-HO", true],
    ["PL-14", true],
    ["GB-ABC", true],
    ["by-ho", false],
    ["BY-", false],
    ["BYHO", false],
    ["BY-ABCD", false],
  ])("tells whether %s is a region code", (code, valid) => {
    expect(regionCodeSchema.safeParse(code).success).toBe(valid);
  });
});

describe("countryCodeSchema", () => {
  it.each([
    ["BY", true],
    ["by", false],
    ["BLR", false],
    ["", false],
  ])("tells whether %s is a country code", (code, valid) => {
    expect(countryCodeSchema.safeParse(code).success).toBe(valid);
  });
});
