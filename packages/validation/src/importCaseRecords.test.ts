import { type CaseRecord, isNrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badCsvFile, badNdjsonFile, CSV_HEADER, toCsvRow } from "../test/importFiles.js";
import { importCaseRecords } from "./importCaseRecords.js";
import { ru } from "./locales/index.js";

const summary = (result: ReturnType<typeof importCaseRecords>) =>
  result.rejected.map((row) => ({
    row: row.row,
    raw: row.raw,
    issues: row.issues.map((issue) => [issue.code, issue.path]),
  }));

describe("importCaseRecords", () => {
  it("rejects exactly the 1% bad rows of an NDJSON file, with their line numbers and all their issues", () => {
    const file = badNdjsonFile(1_200);
    const result = importCaseRecords(file.text, { format: "ndjson", maxRowBytes: 1_000 });
    expect(summary(result)).toEqual(file.bad);
    expect(result.records).toEqual(file.good);
    expect(result.stats).toEqual({ rows: 1_200, accepted: 1_188, rejected: 12 });
  });

  it("rejects exactly the 1% bad rows of a CSV file, with their data row numbers and all their issues", () => {
    const file = badCsvFile(1_200);
    const result = importCaseRecords(file.text, { format: "csv", maxRowBytes: 1_000 });
    expect(summary(result)).toEqual(file.bad);
    expect(result.records).toEqual(file.good);
    expect(result.stats).toEqual({ rows: 1_200, accepted: 1_188, rejected: 12 });
  });

  it("reads a JSON array, numbering elements from 1 and keeping each element's text", () => {
    const [a, b] = generateSyntheticCases({ count: 2, seed: 5 });
    const text = `[\n${JSON.stringify(a)},\n{"id": 1},\n{oops},\n${JSON.stringify(b)}\n]`;
    const result = importCaseRecords(text, { format: "json" });
    expect(result.records).toEqual([a, b]);
    expect(result.rejected.map((row) => [row.row, row.raw, row.issues[0]?.code])).toEqual([
      [2, '{"id": 1}', "invalid_type"],
      [3, "{oops}", "invalid_json"],
    ]);
  });

  it.each([
    ["not an array", '{"id":"SYN-1"}', 0],
    ["an unterminated array", "[", 0],
    ["text after the array", "[] []", 0],
  ])("rejects a JSON document that is %s as row 0", (_name, text, records) => {
    const result = importCaseRecords(text, { format: "json" });
    expect(result.records).toHaveLength(records);
    expect(result.rejected.map((row) => [row.row, row.issues.map((issue) => issue.code)])).toEqual([
      [0, ["invalid_json"]],
    ]);
  });

  it("keeps the records before the cut of a truncated JSON array", () => {
    const [a, b] = generateSyntheticCases({ count: 2, seed: 5 });
    const text = `[${JSON.stringify(a)},${JSON.stringify(b).slice(0, 30)}`;
    const result = importCaseRecords(text, { format: "json" });
    expect(result.records).toEqual([a]);
    expect(result.rejected.map((row) => [row.row, row.issues[0]?.code])).toEqual([
      [0, "invalid_json"],
      [2, "invalid_json"],
    ]);
  });

  it("maps CSV columns by the header in any order and reads | lists, BOM and CRLF", () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 9 }) as [CaseRecord];
    const columns = [...CSV_HEADER].reverse();
    const row = columns.map((name) => {
      const value = record[name as keyof CaseRecord];
      const text =
        value === undefined
          ? ""
          : Array.isArray(value)
            ? value.length === 0
              ? "none"
              : value.join("|")
            : String(value);
      return `"${text}"`;
    });
    const text = `\uFEFF${columns.join(" , ")}\r\n${row.join(",")}\r\n`;
    expect(importCaseRecords(text, { format: "csv" })).toEqual({
      records: [record],
      rejected: [],
      stats: { rows: 1, accepted: 1, rejected: 0 },
    });
  });

  it.each([
    ["a __proto__ column", "__proto__", [["forbidden_key", ["__proto__"]]]],
    ["a duplicate column", "gender", [["invalid_csv", ["gender"]]]],
    ["an unknown column", "name", [["unrecognized_keys", ["name"]]]],
  ])("rejects every row of a CSV file with %s, never assigning it", (_name, column, issues) => {
    const [record] = generateSyntheticCases({ count: 1, seed: 9 }) as [CaseRecord];
    const text = `${[...CSV_HEADER, column].join(",")}\n${toCsvRow(record)},female\n`;
    const result = importCaseRecords(text, { format: "csv" });
    expect(result.rejected.map((row) => row.issues.map((issue) => [issue.code, issue.path]))).toEqual([issues]);
    expect(({} as Record<string, unknown>).gender).toBeUndefined();
  });

  it("rejects every row when the CSV header itself is malformed, reporting the header as row 0", () => {
    const result = importCaseRecords('id,"gender\nSYN-1,female\n', { format: "csv" });
    expect(result.rejected.map((row) => [row.row, row.issues.map((issue) => issue.code)])).toEqual([
      [0, ["invalid_csv"]],
      [1, ["invalid_csv"]],
    ]);
  });

  it("skips blank lines but counts them in NDJSON line numbers and CSV row numbers", () => {
    const ndjson = importCaseRecords('\n  \n{"id":1}\n', { format: "ndjson" });
    expect([ndjson.stats.rows, ndjson.rejected[0]?.row]).toEqual([1, 3]);
    const csv = importCaseRecords(`${CSV_HEADER.join(",")}\n\nx\n`, { format: "csv" });
    expect([csv.stats.rows, csv.rejected[0]?.row]).toEqual([1, 2]);
  });

  it("writes the issues of a row in Russian when asked", () => {
    const result = importCaseRecords("{oops}\n", { format: "ndjson", locale: ru });
    expect(result.rejected[0]?.issues[0]?.message).toMatch(/ожидалось/);
  });

  it.each(["ndjson", "json", "csv"] as const)("never throws on arbitrary text as %s", (format) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom('"', ",", "\n", "\r", "{", "}", "[", "]", "|", "a", ":") }),
        ),
        (text) => {
          const result = importCaseRecords(text, { format, maxRowBytes: 50 });
          expect(result.stats.rows).toBe(result.records.length + result.rejected.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["an unknown format", { format: "xml" }],
    ["a zero row limit", { format: "ndjson", maxRowBytes: 0 }],
  ])("throws invalid_argument for %s", (_name, options) => {
    expect.assertions(1);
    try {
      importCaseRecords("", options as never);
    } catch (error) {
      expect(isNrmkitError(error, "invalid_argument")).toBe(true);
    }
  });

  it("gives the result shown in its documentation", () => {
    const text = [
      "id,registrationDate,regionId,gender,ageBand,citizenship,exploitationCountry,exploitation,meansOfControl,recruiterRelations,referringAgencyKind,assistance,traffickingStatus,caseStatus",
      "SYN-1,2014-04-16,BY-HO,female,18-20,BLR,RUS,forced_labour|sexual_exploitation,,friend,ngo,medical,identified,active",
      "SYN-2,2014-02-30,BY-HO,female,18-20,BLR,RUS,,,friend,ngo,,identified,active",
    ].join("\n");
    const result = importCaseRecords(text, { format: "csv" });
    expect([result.stats, result.rejected.map((row) => [row.row, row.issues.map((issue) => issue.code)])]).toEqual([
      { rows: 2, accepted: 1, rejected: 1 },
      [[2, ["invalid_date"]]],
    ]);
  });
});
