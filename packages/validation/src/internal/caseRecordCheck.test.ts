import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearCaseRecordArb, TEST_FIELDS } from "../../test/caseRecords.js";
import { caseRecordSchema, caseRecordSchemaWith } from "../caseRecordSchema.js";
import { isCaseRecordValue, isParsedCaseRecord } from "./caseRecordCheck.js";

/** The value as the import sees it: JSON text parsed back, or `undefined` for what JSON cannot hold. */
function reparsed(input: unknown): unknown {
  const text = JSON.stringify(input);
  return text === undefined ? undefined : JSON.parse(text);
}

describe("isParsedCaseRecord", () => {
  it("agrees with the schema on the JSON.parse output of near-valid inputs, with and without fields", () => {
    const withFields = caseRecordSchemaWith(TEST_FIELDS);
    fc.assert(
      fc.property(nearCaseRecordArb, (input) => {
        const value = reparsed(input);
        expect(isParsedCaseRecord(value, undefined)).toBe(caseRecordSchema.safeParse(value).success);
        expect(isParsedCaseRecord(value, TEST_FIELDS)).toBe(withFields.safeParse(value).success);
      }),
      { numRuns: 10_000 },
    );
  });

  it("rejects a forbidden key that JSON.parse made an own property, at any depth", () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 2 });
    const text = JSON.stringify(record);
    for (const injected of ['"__proto__":{}', '"extra":{"__proto__":true}', '"notRecorded":{"constructor":[]}']) {
      expect(isParsedCaseRecord(JSON.parse(`{${injected},${text.slice(1)}`), TEST_FIELDS)).toBe(false);
    }
  });
});

describe("isCaseRecordValue", () => {
  it("throws invalid_argument for invalid fields, whatever the value", () => {
    expect(() => isCaseRecordValue({}, [{ name: "bad name", type: "boolean" }])).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
