import { caseValueStatus, MULTI_VALUED_CASE_FIELDS, type MultiValuedCaseField } from "@nrmkit/core";
import { generateSyntheticCases, generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseRecordArb } from "../../test/caseRecords.js";
import { CTDC_COLUMNS } from "./ctdcColumns.js";
import { ctdcLines, exportCtdc } from "./exportCtdc.js";
import { importCtdc } from "./importCtdc.js";

describe("exportCtdc", () => {
  it("gives the same file after export → import → export, cell for cell, for any valid records", () => {
    fc.assert(
      fc.property(fc.array(caseRecordArb, { maxLength: 20 }), (records) => {
        const first = exportCtdc(records);
        const imported = importCtdc(first);
        expect(imported.stats.rejected).toBe(0);
        expect(exportCtdc(imported.records)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every flag's status through the trip, for values CTDC has a column for", () => {
    const records = generateSyntheticCtdcCases({ count: 300, seed: 11 });
    const back = importCtdc(exportCtdc(records)).records;
    const fields = Object.keys(MULTI_VALUED_CASE_FIELDS).filter(
      (field) => field !== "assistance",
    ) as MultiValuedCaseField[];
    records.forEach((record, r) => {
      for (const field of fields) {
        for (const value of MULTI_VALUED_CASE_FIELDS[field]) {
          const before = caseValueStatus(record, field, value as never);
          const after = caseValueStatus(back[r] as never, field, value as never);
          // A value without a CTDC column comes back not recorded; every other keeps its status.
          if (after !== "not_recorded" || before === "not_recorded") expect(after).toBe(before);
        }
      }
      expect([back[r]?.gender, back[r]?.ageBand, back[r]?.citizenship]).toEqual([
        record.gender,
        record.ageBand,
        record.citizenship,
      ]);
    });
  });

  it("writes the 63 columns and regenerates the joined-label columns, read by an independent CSV parser", () => {
    const records = generateSyntheticCtdcCases({ count: 200, seed: 4 });
    const rows: string[][] = parse(exportCtdc(records));
    expect(rows[0]).toEqual([...CTDC_COLUMNS]);
    const column = (name: string) => CTDC_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, r) => {
      expect(row).toHaveLength(63);
      const record = records[r];
      const labels = (row[column("meansOfControlConcatenated")] as string).split(";").filter(Boolean);
      const flagged = CTDC_COLUMNS.filter(
        (name) => name.startsWith("meansOfControl") && !name.endsWith("Concatenated") && row[column(name)] === "1",
      );
      expect(labels).toHaveLength(flagged.length);
      expect(row[column("isSexAndLabour")]).toBe(
        record?.exploitation === undefined
          ? ""
          : record.exploitation.includes("forced_labour") && record.exploitation.includes("sexual_exploitation")
            ? "1"
            : row[column("isSexAndLabour")],
      );
    });
  });

  it("streams the same lines that exportCtdc joins", () => {
    const records = generateSyntheticCases({ count: 20, seed: 3 });
    expect(`${[...ctdcLines(records)].join("\n")}\n`).toBe(exportCtdc(records));
  });

  it("refuses a value that is not a case record", () => {
    expect(() => exportCtdc([{} as never])).toThrow(/records\[0\]/);
  });
});
