import { type CaseRecord, NrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { encodeCases } from "./encodeCases.js";

const records = generateSyntheticCases({ count: 200, seed: 4 });

describe("encodeCases", () => {
  it("keeps no not-recorded masks when no record names values not recorded", () => {
    const encoded = encodeCases(records);
    expect(Object.values(encoded.multi).every((column) => column.notRecorded === undefined)).toBe(true);
  });

  it("keeps a not-recorded mask per combination for the fields that have them", () => {
    const partly: CaseRecord[] = records.map((record, i) =>
      i % 2 === 0
        ? { ...record, meansOfControl: ["threats"], notRecorded: { meansOfControl: ["debt_bondage"] } }
        : record,
    );
    const encoded = encodeCases(partly);
    const column = encoded.multi.meansOfControl;
    expect(encoded.multi.exploitation.notRecorded).toBeUndefined();
    expect(column.notRecorded?.length).toBe(column.combinations.length);
    const threats = 2 ** column.dictionary.indexOf("threats");
    const debt = 2 ** column.dictionary.indexOf("debt_bondage");
    const code = column.codes[0] as number;
    expect([column.combinations[code], column.notRecorded?.[code]]).toEqual([threats, debt]);
    // The same values present with and without a value not recorded are two combinations.
    const alone = encodeCases([
      { ...(records[0] as CaseRecord), meansOfControl: ["threats"] },
      { ...(records[0] as CaseRecord), meansOfControl: ["threats"], notRecorded: { meansOfControl: ["debt_bondage"] } },
    ]).multi.meansOfControl;
    expect([...alone.codes]).toEqual([0, 1]);
    expect([...alone.masks]).toEqual([threats, threats]);
  });

  it("reads a value both present and named not recorded as present", () => {
    const [record] = records as [CaseRecord, ...CaseRecord[]];
    const column = encodeCases([
      { ...record, meansOfControl: ["threats"], notRecorded: { meansOfControl: ["threats"] } },
    ]).multi.meansOfControl;
    expect(column.notRecorded).toBeUndefined();
    expect(column.masks[0]).toBe(2 ** column.dictionary.indexOf("threats"));
  });

  it("throws invalid_argument when notRecorded names a value outside the vocabulary", () => {
    const [record] = records as [CaseRecord, ...CaseRecord[]];
    const bad = { ...record, meansOfControl: [], notRecorded: { meansOfControl: ["none"] } } as unknown as CaseRecord;
    expect(() => encodeCases([bad])).toThrow(NrmkitError);
    expect(() => encodeCases([bad])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
