import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNrmkitError } from "../error.js";
import { isIsoDate, isWithinPeriod } from "../isoDate.js";
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
          expect(new Set(record.exploitation).size).toBe(record.exploitation.length);
        }
      }),
      { numRuns: 30 },
    );
  });

  it.each([{ count: -1 }, { count: 1.5 }, { count: 1, from: "2020-02-01", to: "2020-01-01" }])(
    "throws invalid_argument when options are %o",
    (options) => {
      expect(() => generateSyntheticCases(options)).toThrow();
      try {
        generateSyntheticCases(options);
      } catch (error) {
        expect(isNrmkitError(error, "invalid_argument")).toBe(true);
      }
    },
  );

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
