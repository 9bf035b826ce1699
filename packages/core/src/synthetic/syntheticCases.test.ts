import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNrmkitError } from "../error.js";
import { isIsoDate, isWithinPeriod } from "../isoDate.js";
import { datePrecision as datePrecisionOf } from "../partialDate.js";
import { generateSyntheticCases } from "./syntheticCases.js";

describe("generateSyntheticCases", () => {
  it("returns the same records when given the same seed", () => {
    expect(generateSyntheticCases({ count: 50, seed: 7 })).toEqual(generateSyntheticCases({ count: 50, seed: 7 }));
  });

  it("returns different records when given different seeds", () => {
    expect(generateSyntheticCases({ count: 50, seed: 7 })).not.toEqual(generateSyntheticCases({ count: 50, seed: 8 }));
  });

  it("keeps every record inside the requested regions and dates, with unique ids", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer(), (count, seed) => {
        const regionIds = ["XX-A", "XX-B"];
        const records = generateSyntheticCases({ count, seed, regionIds, from: "2020-01-01", to: "2020-03-31" });
        expect(records).toHaveLength(count);
        expect(new Set(records.map((record) => record.id)).size).toBe(count);
        for (const record of records) {
          expect(regionIds).toContain(record.regionId);
          expect(isIsoDate(record.registrationDate)).toBe(true);
          expect(isWithinPeriod(record.registrationDate, "2020-01-01", "2020-03-31")).toBe(true);
          const exploitation = record.exploitation ?? [];
          expect(new Set(exploitation).size).toBe(exploitation.length);
        }
      }),
      { numRuns: 30 },
    );
  });

  it.each(["year", "month"] as const)("writes registration dates to the %s when asked", (datePrecision) => {
    const records = generateSyntheticCases({ count: 200, seed: 3, datePrecision });
    for (const record of records) expect(datePrecisionOf(record.registrationDate)).toBe(datePrecision);
    // The same draws as day precision, cut to the precision.
    const days = generateSyntheticCases({ count: 200, seed: 3 });
    expect(records.map((record) => record.registrationDate)).toEqual(
      days.map((record) => record.registrationDate.slice(0, datePrecision === "year" ? 4 : 7)),
    );
  });

  it("keeps the older fields' values when the newer fields are added", () => {
    // SYN-000001 of seed 7, as drawn before the CTDC fields existed.
    const [first] = generateSyntheticCases({ count: 1, seed: 7 });
    expect(first?.id).toBe("SYN-000001");
    expect(typeof first?.dataSource).toBe("string");
    expect(first?.registrationCountry).toBe("BLR");
  });

  it("writes not recorded as an absent field, never as an empty exploitation list", () => {
    for (const record of generateSyntheticCases({ count: 2000, seed: 5 })) {
      if (record.exploitation !== undefined) expect(record.exploitation.length).toBeGreaterThan(0);
      if (record.meansOfControl !== undefined) expect(record.meansOfControl.length).toBeGreaterThan(0);
      if (record.labourSectors !== undefined) expect(record.exploitation).toContain("forced_labour");
    }
  });

  it.each([
    { count: -1 },
    { count: 1.5 },
    { count: 1, datePrecision: "week" as "day" },
    { count: 1, from: "2020-02-01", to: "2020-01-01" },
  ])("throws invalid_argument when options are %o", (options) => {
    expect(() => generateSyntheticCases(options)).toThrow();
    try {
      generateSyntheticCases(options);
    } catch (error) {
      expect(isNrmkitError(error, "invalid_argument")).toBe(true);
    }
  });

  it.each([
    { options: { count: -1 }, what: "count", received: "-1" },
    { options: { count: 1, from: "2020-02-01", to: "2020-01-01" }, what: "from", received: "2020-02-01" },
  ])("words the error as What: expected X, received Y when $what is wrong", ({ options, what, received }) => {
    let message = "";
    try {
      generateSyntheticCases(options);
    } catch (error) {
      message = error instanceof Error ? error.message : "";
    }
    // Validation parses core messages by this shape (`expected (.+), received (.+)$`), so it is a contract.
    expect(message).toMatch(new RegExp(`^${what}: expected .+, received ${received}$`));
  });
});
