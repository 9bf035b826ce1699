// Per-value "not recorded" through bulk import: `CaseRecord.notRecorded` in JSON, and the CSV
// columns `notRecorded.<field>`.
import { type CaseRecord, MULTI_VALUED_CASE_FIELDS, type MultiValuedCaseField } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, toCsvRow } from "../test/importFiles.js";
import { type ImportResult, importCaseRecords } from "./importCaseRecords.js";
import { collectImportBatches, importCaseRecordsStream } from "./importCaseRecordsStream.js";

const base = generateSyntheticCases({ count: 6, seed: 33 });
const FIELDS = Object.keys(MULTI_VALUED_CASE_FIELDS) as MultiValuedCaseField[];
const NOT_RECORDED_COLUMNS = FIELDS.map((field) => `notRecorded.${field}`);

/** A CSV file of the records with a `notRecorded.<field>` column per multi-valued field. */
function csvOf(records: readonly CaseRecord[]): string {
  const rows = records.map((record) =>
    [toCsvRow(record), ...FIELDS.map((field) => record.notRecorded?.[field]?.join("|") ?? "")].join(","),
  );
  return `${[...CSV_HEADER, ...NOT_RECORDED_COLUMNS].join(",")}\n${rows.join("\n")}\n`;
}

async function* chunksOf(text: string, size: number): AsyncGenerator<string, void, undefined> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** The string import of a CSV text, checked against the stream import. */
async function importCsv(text: string): Promise<ImportResult> {
  const result = importCaseRecords(text, { format: "csv" });
  expect(await collectImportBatches(importCaseRecordsStream(chunksOf(text, 11), { format: "csv" }))).toEqual(result);
  return result;
}

const issuesOf = (result: ImportResult) =>
  result.rejected.map((row) => [row.row, row.issues.map((issue) => [issue.code, issue.path])]);

/** A CSV text of one record with the given cells in extra columns. */
function oneRow(record: CaseRecord, cells: Readonly<Record<string, string>>): string {
  const columns = Object.keys(cells);
  return `${[...CSV_HEADER, ...columns].join(",")}\n${[toCsvRow(record), ...Object.values(cells)].join(",")}\n`;
}

const withMeans = { ...(base[0] as CaseRecord), meansOfControl: ["threats"] } as CaseRecord;

describe("importCaseRecords", () => {
  it("reads notRecorded.<field> columns: values joined with |, an empty cell leaving the key absent", async () => {
    const text = oneRow(withMeans, {
      "notRecorded.meansOfControl": "debt_bondage|withholding_wages",
      "notRecorded.assistance": "",
    });
    const result = await importCsv(text);
    expect(result.rejected).toEqual([]);
    expect(result.records[0]?.notRecorded).toEqual({ meansOfControl: ["debt_bondage", "withholding_wages"] });
  });

  it("leaves notRecorded absent when every notRecorded cell of a row is empty", async () => {
    const result = await importCsv(csvOf([withMeans]));
    expect(result.records).toEqual([withMeans]);
    expect("notRecorded" in (result.records[0] ?? {})).toBe(false);
  });

  it.each([
    [
      "a value both listed and not recorded",
      { "notRecorded.meansOfControl": "debt_bondage|threats" },
      [["conflicting_status", ["notRecorded", "meansOfControl", 1]]],
    ],
    [
      "values not recorded of a field not recorded at all",
      { "notRecorded.labourSectors": "agriculture" },
      [["field_not_recorded", ["notRecorded", "labourSectors"]]],
    ],
    [
      "a value outside the field's vocabulary",
      { "notRecorded.meansOfControl": "debt" },
      [["invalid_value", ["notRecorded", "meansOfControl", 0]]],
    ],
  ])("rejects %s", async (_name, cells, issues) => {
    const record = { ...withMeans } as Record<string, unknown>;
    delete record.labourSectors;
    expect(issuesOf(await importCsv(oneRow(record as unknown as CaseRecord, cells)))).toEqual([[1, issues]]);
  });

  it.each([
    ["a field that is not multi-valued", "notRecorded.gender", [["unrecognized_keys", ["notRecorded", "gender"]]]],
    ["a forbidden key", "notRecorded.__proto__", [["forbidden_key", ["notRecorded", "__proto__"]]]],
  ])(
    "rejects every row of a CSV file with a notRecorded column for %s, naming the column",
    async (_n, column, issues) => {
      const header = [...CSV_HEADER, column].join(",");
      const text = `${header}\n${toCsvRow(withMeans)},\n${toCsvRow(base[1] as CaseRecord)},x\n`;
      const result = await importCsv(text);
      expect(issuesOf(result)).toEqual([
        [1, issues],
        [2, issues],
      ]);
      expect(result.rejected[0]?.issues[0]?.received).toBe(JSON.stringify(column));
    },
  );

  it("accepts notRecorded in NDJSON and JSON as the schema does", () => {
    const record = { ...withMeans, notRecorded: { meansOfControl: ["debt_bondage"] } };
    const text = `${JSON.stringify(record)}\n${JSON.stringify({ ...record, notRecorded: { gender: ["female"] } })}\n`;
    const result = importCaseRecords(text, { format: "ndjson" });
    expect(result.records).toEqual([record]);
    expect(issuesOf(result)).toEqual([[2, [["unrecognized_keys", ["notRecorded", "gender"]]]]]);
    expect(importCaseRecords(`[${JSON.stringify(record)}]`, { format: "json" }).records).toEqual([record]);
  });

  /** Per multi-valued field: absent, or a list of values present and a disjoint list of values not recorded. */
  const statusArb = fc.record(
    Object.fromEntries(
      FIELDS.map((field) => [
        field,
        fc.option(
          fc.array(fc.constantFrom(0, 1, 2), {
            minLength: MULTI_VALUED_CASE_FIELDS[field].length,
            maxLength: MULTI_VALUED_CASE_FIELDS[field].length,
          }),
          { nil: undefined },
        ),
      ]),
    ) as Record<MultiValuedCaseField, fc.Arbitrary<number[] | undefined>>,
  );

  it("gives back the records written as CSV with notRecorded columns (round trip)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statusArb, { minLength: 1, maxLength: 6 }), async (statuses) => {
        const records = statuses.map((status, index) => {
          const record: Record<string, unknown> = { ...(base[index] as CaseRecord) };
          const notRecorded: Record<string, string[]> = {};
          for (const field of FIELDS) {
            const flags = status[field];
            delete record[field];
            if (flags === undefined) continue;
            const values = MULTI_VALUED_CASE_FIELDS[field];
            record[field] = values.filter((_, at) => flags[at] === 1);
            const unknown = values.filter((_, at) => flags[at] === 2);
            if (unknown.length > 0) notRecorded[field] = unknown;
          }
          if (Object.keys(notRecorded).length > 0) record.notRecorded = notRecorded;
          return record as unknown as CaseRecord;
        });
        const result = await importCsv(csvOf(records));
        expect(result.rejected).toEqual([]);
        expect(result.records).toEqual(records);
      }),
      { numRuns: 40 },
    );
  });
});
