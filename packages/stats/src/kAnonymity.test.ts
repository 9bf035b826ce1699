import { type CaseRecord, EXPLOITATION_TYPES } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkKAnonymity } from "./kAnonymity.js";

const records = generateSyntheticCases({ count: 600, seed: 8 });

describe("checkKAnonymity", () => {
  it.each([
    [["traffickingStatus"], 11, true],
    [["regionId", "gender", "ageBand", "registrationMonth"], 11, false],
    [["regionId", "gender", "ageBand", "registrationMonth"], 1, true],
  ] as const)("reports %j with k = %i as satisfied = %s", (fields, k, satisfied) => {
    expect(checkKAnonymity(records, fields, k).satisfied).toBe(satisfied);
  });

  it("returns the exact classes below k with their sizes", () => {
    const [first] = records as [CaseRecord];
    const sample: CaseRecord[] = [
      { ...first, gender: "female", regionId: "BY-HO" },
      { ...first, gender: "female", regionId: "BY-HO" },
      { ...first, gender: "male", regionId: "BY-VI" },
    ];
    const report = checkKAnonymity(sample, ["gender", "regionId"], 2);
    expect(report.violations).toEqual([{ values: { gender: "male", regionId: "BY-VI" }, size: 1 }]);
    expect(report.recordsAtRisk).toBe(1);
    expect(report.classCount).toBe(2);
  });

  it("treats a multi-valued field as its exact set of values", () => {
    const [first] = records as [CaseRecord];
    const sample: CaseRecord[] = [
      { ...first, exploitation: ["sexual_exploitation", "forced_labour"] },
      { ...first, exploitation: ["forced_labour", "sexual_exploitation"] },
      { ...first, exploitation: ["forced_labour"] },
    ];
    const report = checkKAnonymity(sample, ["exploitation"], 2);
    expect(report.violations).toEqual([{ values: { exploitation: ["forced_labour"] }, size: 1 }]);
  });

  it.each([
    { field: "exploitation", expected: ["forced_labour", "not_recorded:sexual_exploitation"] },
    { field: "exploitationGroup", expected: ["labour", "not_recorded:sexual"] },
  ] as const)("tells apart values not recorded from absent ones when the field is $field", ({ field, expected }) => {
    const [first] = records as [CaseRecord];
    const sample: CaseRecord[] = [
      { ...first, exploitation: ["forced_labour"] },
      { ...first, exploitation: ["forced_labour"], notRecorded: { exploitation: ["sexual_exploitation"] } },
      { ...first, exploitation: [], notRecorded: { exploitation: [...EXPLOITATION_TYPES] } },
      { ...first, exploitation: [], notRecorded: { exploitation: ["forced_labour"] } },
    ];
    const report = checkKAnonymity(sample, [field], 2);
    expect(report.classCount).toBe(4);
    expect(report.violations.map((violation) => violation.values[field])).toEqual([
      [field === "exploitation" ? "forced_labour" : "labour"],
      expected,
      ["unknown"],
      ["none", field === "exploitation" ? "not_recorded:forced_labour" : "not_recorded:labour"],
    ]);
  });

  it("puts every record in exactly one class when fields are random", () => {
    fc.assert(
      fc.property(
        fc.subarray(["regionId", "gender", "ageGroup", "migration", "exploitationGroup", "registrationYear"] as const, {
          minLength: 1,
        }),
        fc.integer({ min: 1, max: 30 }),
        (fields, k) => {
          const report = checkKAnonymity(records, fields, k);
          const small = report.violations.reduce((sum, violation) => sum + violation.size, 0);
          expect(small).toBe(report.recordsAtRisk);
          expect(report.violations.every((violation) => violation.size < k)).toBe(true);
          expect(report.satisfied).toBe(report.violations.length === 0);
        },
      ),
    );
  });

  it("throws invalid_argument when k is not a positive integer or no field is given", () => {
    expect(() => checkKAnonymity(records, ["gender"], 0)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => checkKAnonymity(records, [], 11)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
