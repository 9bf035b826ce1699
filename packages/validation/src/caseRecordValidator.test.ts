import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseRecordArb, caseRecordWithExtraArb, nearCaseRecordArb, TEST_FIELDS } from "../test/caseRecords.js";
import { caseRecordSchema, caseRecordSchemaWith, safeParseCaseRecord } from "./caseRecordSchema.js";
import { isCaseRecord, validateCaseRecords } from "./caseRecordValidator.js";
import { ru } from "./locales/index.js";

describe("isCaseRecord", () => {
  it("agrees with caseRecordSchema on near-valid and arbitrary inputs", () => {
    fc.assert(
      fc.property(nearCaseRecordArb, (input) => {
        expect(isCaseRecord(input)).toBe(caseRecordSchema.safeParse(input).success);
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with caseRecordSchemaWith on near-valid inputs when fields are declared", () => {
    const schema = caseRecordSchemaWith(TEST_FIELDS);
    fc.assert(
      fc.property(nearCaseRecordArb, (input) => {
        expect(isCaseRecord(input, TEST_FIELDS)).toBe(schema.safeParse(input).success);
      }),
      { numRuns: 20_000 },
    );
  });

  it("accepts every valid record", () => {
    fc.assert(fc.property(caseRecordArb, (record) => isCaseRecord(record)));
    fc.assert(fc.property(caseRecordWithExtraArb, (record) => isCaseRecord(record, TEST_FIELDS)));
  });

  it("rejects user-defined values when no field is declared", () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 1 });
    expect(isCaseRecord({ ...record, extra: { district: "d1" } })).toBe(false);
    expect(isCaseRecord({ ...record, extra: {} })).toBe(true);
    const result = safeParseCaseRecord(
      { ...record, extra: { district: "d9", stateProgramme: 1 } },
      { fields: TEST_FIELDS },
    );
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["extra", "district"]],
      ["invalid_value", ["extra", "stateProgramme"]],
    ]);
    const undeclared = safeParseCaseRecord({ ...record, extra: { shelter: "north" } });
    expect(undeclared.success ? [] : undeclared.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_field", ["extra", "shelter"]],
    ]);
  });

  it("treats an optional field set to undefined as present and wrong, as the schema does", () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 1 });
    const input = { ...record, regionId: undefined };
    expect([isCaseRecord(input), caseRecordSchema.safeParse(input).success]).toEqual([false, false]);
  });

  it.each([
    ["inherited fields", () => Object.create(generateSyntheticCases({ count: 1 })[0] ?? null)],
    [
      "an inherited unknown key",
      () => Object.assign(Object.create({ note: 1 }), generateSyntheticCases({ count: 1 })[0]),
    ],
    ["an inherited extra", () => Object.assign(Object.create({ extra: 1 }), generateSyntheticCases({ count: 1 })[0])],
    ["a null prototype", () => Object.assign(Object.create(null), generateSyntheticCases({ count: 1 })[0])],
    [
      "a non-enumerable unknown key",
      () => Object.defineProperty({ ...generateSyntheticCases({ count: 1 })[0] }, "x", { value: 1 }),
    ],
    ["an array", () => []],
    ["a date", () => new Date()],
  ])("agrees with safeParseCaseRecord on %s", (_name, make) => {
    // Plain own data only: both reject inherited and hidden properties (raw Zod would read them).
    const input: unknown = make();
    expect(isCaseRecord(input)).toBe(safeParseCaseRecord(input).success);
  });
});

describe("isCaseRecord in a runtime whose Object.prototype holds a field", () => {
  it.each([
    ["an invalid value", "bad"],
    ["undefined", undefined],
    ["a valid value", "BY-HO"],
  ])("agrees with safeParseCaseRecord on an inherited, non-enumerable regionId holding %s", (_name, value) => {
    const [record] = generateSyntheticCases({ count: 1, seed: 4 });
    const input: Record<string, unknown> = { ...record };
    delete input.regionId;
    Object.defineProperty(Object.prototype, "regionId", { value, configurable: true, writable: true });
    try {
      expect(isCaseRecord(input)).toBe(safeParseCaseRecord(input).success);
    } finally {
      delete (Object.prototype as Record<string, unknown>).regionId;
    }
  });
});

describe("validateCaseRecords", () => {
  it("gives exactly what a safeParseCaseRecord loop gives", () => {
    fc.assert(
      fc.property(fc.array(nearCaseRecordArb, { maxLength: 30 }), (inputs) => {
        const { valid, rejected } = validateCaseRecords(inputs, { locale: ru });
        const results = inputs.map((input) => safeParseCaseRecord(input, { locale: ru }));
        expect(valid).toEqual(results.flatMap((result) => (result.success ? [result.data] : [])));
        expect(rejected).toEqual(
          results.flatMap((result, index) =>
            result.success ? [] : [{ index, value: inputs[index], issues: result.issues }],
          ),
        );
      }),
    );
  });

  it("returns the valid input objects themselves", () => {
    const records = generateSyntheticCases({ count: 5, seed: 2 });
    const { valid } = validateCaseRecords(records);
    expect(valid.every((record, index) => record === records[index])).toBe(true);
  });

  it("reads any iterable once, lazily produced values included", () => {
    function* values() {
      yield* generateSyntheticCases({ count: 2, seed: 4 });
      yield { id: "Ivan Petrov" };
    }
    const { valid, rejected } = validateCaseRecords(values());
    expect([valid.length, rejected.map((row) => row.index)]).toEqual([2, [2]]);
  });

  it("gives the result shown in its documentation", () => {
    const records: unknown[] = generateSyntheticCases({ count: 3, seed: 7 });
    records[1] = { ...(records[1] as object), gender: "f" };
    const { valid, rejected } = validateCaseRecords(records);
    expect([valid.length, rejected.map((row) => [row.index, row.issues.map((issue) => issue.path)])]).toEqual([
      2,
      [[1, [["gender"]]]],
    ]);
    const [record] = generateSyntheticCases({ count: 1, seed: 7 });
    expect([isCaseRecord(record), isCaseRecord({ ...record, exploitation: ["begging", "begging"] })]).toEqual([
      true,
      false,
    ]);
  });
});
