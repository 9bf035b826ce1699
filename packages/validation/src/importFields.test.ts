// User-defined fields through bulk import: the `fields` option of both imports, in every format,
// and the CSV columns `extra.<name>`.
import { type CaseFieldDefinition, type CaseRecord, defineCaseFields, isNrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, toCsvRow } from "../test/importFiles.js";
import { type ImportFormat, type ImportOptions, type ImportResult, importCaseRecords } from "./importCaseRecords.js";
import { collectImportBatches, importCaseRecordsStream } from "./importCaseRecordsStream.js";
import { EXPECTED_DECLARED_COLUMN } from "./internal/importPhrases.js";
import { ru as ruLocale } from "./locales/index.js";

const fields = defineCaseFields([
  { name: "district", type: "code", codes: ["d1", "d2", "none"] },
  { name: "stateProgramme", type: "boolean" },
]);
const EXTRA_COLUMNS = ["extra.district", "extra.stateProgramme"] as const;
const base = generateSyntheticCases({ count: 4, seed: 21 });

/** The records with the given `extra` values (absent when `undefined`). */
function withExtras(extras: readonly (Record<string, string | boolean> | undefined)[]): CaseRecord[] {
  return extras.map((extra, index) => {
    const record = base[index % base.length] as CaseRecord;
    return extra === undefined ? record : { ...record, id: `SYN-X${index}`, extra };
  });
}

/** A CSV file of the records with the given extra columns, each cell written as its value's text, empty when absent. */
function csvOf(records: readonly CaseRecord[], columns: readonly string[] = EXTRA_COLUMNS): string {
  const rows = records.map((record) => {
    const extras = columns.map((column) => {
      const value = record.extra?.[column.slice("extra.".length)];
      return value === undefined ? "" : String(value);
    });
    return [toCsvRow(record), ...extras].join(",");
  });
  return `${[...CSV_HEADER, ...columns].join(",")}\n${rows.join("\n")}\n`;
}

/** The text of records in a format (CSV with the extra columns of the test's fields). */
function textOf(records: readonly CaseRecord[], format: ImportFormat): string {
  if (format === "csv") return csvOf(records);
  const json = records.map((record) => JSON.stringify(record));
  return format === "json" ? `[\n${json.join(",\n")}\n]` : `${json.join("\n")}\n`;
}

async function* chunksOf(text: string, size: number): AsyncGenerator<string, void, undefined> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Both imports of the text: the string import, and (NDJSON, CSV) the stream import, which must agree. */
async function importBoth(text: string, options: ImportOptions): Promise<ImportResult> {
  const result = importCaseRecords(text, options);
  if (options.format !== "json") {
    const streamed = await collectImportBatches(
      importCaseRecordsStream(chunksOf(text, 7), { ...options, format: options.format }),
    );
    expect(streamed).toEqual(result);
  }
  return result;
}

const issuesOf = (result: ImportResult) =>
  result.rejected.map((row) => [row.row, row.issues.map((issue) => [issue.code, issue.path])]);

describe("importCaseRecords", () => {
  it.each(["ndjson", "json", "csv"] as const)(
    "accepts declared fields in extra and rejects undeclared ones with unknown_field, in %s, string and stream alike",
    async (format) => {
      const good = withExtras([{ district: "d2", stateProgramme: true }, { stateProgramme: false }, undefined]);
      const result = await importBoth(textOf(good, format), { format, fields });
      expect(result.records).toEqual(good);

      const json = `${JSON.stringify({ ...base[0], extra: { shelter: "north" } })}\n`;
      const rejected = await importBoth(format === "json" ? `[${json}]` : json, {
        format: format === "csv" ? "ndjson" : format,
        fields,
      });
      expect(issuesOf(rejected)).toEqual([[1, [["unknown_field", ["extra", "shelter"]]]]]);
    },
  );

  it("rejects every extra field when no fields are declared", async () => {
    const text = textOf(withExtras([{ district: "d1" }]), "ndjson");
    expect(issuesOf(await importBoth(text, { format: "ndjson" }))).toEqual([
      [1, [["unknown_field", ["extra", "district"]]]],
    ]);
  });

  it("rejects a forbidden key inside extra, declared fields or not", () => {
    const text = `{${JSON.stringify(base[0]).slice(1, -1)},"extra":{"district":"d1","__proto__":{"x":1}}}\n`;
    expect(issuesOf(importCaseRecords(text, { format: "ndjson", fields }))).toEqual([
      [1, [["forbidden_key", ["extra", "__proto__"]]]],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("reads extra.<name> columns: a code as its text, a boolean as true or false, an empty cell as not recorded", async () => {
    const header = [...CSV_HEADER, "extra.stateProgramme", "extra.district"].join(",");
    const rows = [",", "true,d1", "false,", ",none"].map(
      (extra, index) => `${toCsvRow(base[index] as CaseRecord)},${extra}`,
    );
    const result = await importBoth(`${header}\n${rows.join("\n")}\n`, { format: "csv", fields });
    expect(result.rejected).toEqual([]);
    expect(result.records.map((record) => record.extra)).toEqual([
      undefined,
      { stateProgramme: true, district: "d1" },
      { stateProgramme: false },
      { district: "none" },
    ]);
    expect(result.records.map((record) => "extra" in record)).toEqual([false, true, true, true]);
  });

  it.each(["yes", "no", "1", "0", "TRUE", "False", " true"])(
    "rejects the boolean cell %j with invalid_value at the field's path",
    (cell) => {
      const text = `${[...CSV_HEADER, "extra.stateProgramme"].join(",")}\n${toCsvRow(base[0] as CaseRecord)},${cell}\n`;
      const result = importCaseRecords(text, { format: "csv", fields });
      expect(issuesOf(result)).toEqual([[1, [["invalid_value", ["extra", "stateProgramme"]]]]]);
      expect(result.rejected[0]?.issues[0]?.received).toBe(JSON.stringify(cell));
    },
  );

  it("rejects a code cell outside the declared codes with invalid_value", () => {
    const text = `${[...CSV_HEADER, "extra.district"].join(",")}\n${toCsvRow(base[0] as CaseRecord)},d9\n`;
    expect(issuesOf(importCaseRecords(text, { format: "csv", fields }))).toEqual([
      [1, [["invalid_value", ["extra", "district"]]]],
    ]);
  });

  it.each([
    ["an undeclared field", "extra.shelter", [["unknown_field", ["extra", "shelter"]]]],
    ["a forbidden key", "extra.__proto__", [["forbidden_key", ["extra", "__proto__"]]]],
    ["a repeated column", "extra.district", [["invalid_csv", ["extra.district"]]]],
  ])("rejects every row of a CSV file with a column for %s, naming the column", async (_name, column, issues) => {
    const header = [...CSV_HEADER, "extra.district", column].join(",");
    const rows = [`${toCsvRow(base[0] as CaseRecord)},d1,`, `${toCsvRow(base[1] as CaseRecord)},d2,x`];
    const result = await importBoth(`${header}\n${rows.join("\n")}\n`, { format: "csv", fields });
    expect(issuesOf(result)).toEqual([
      [1, issues],
      [2, issues],
    ]);
    expect(result.rejected[0]?.issues[0]?.received).toBe(JSON.stringify(column));
  });

  it("explains an undeclared extra.<name> column with its own phrase, translated into Russian", () => {
    const text = `${[...CSV_HEADER, "extra.shelter"].join(",")}\n${toCsvRow(base[0] as CaseRecord)},north\n`;
    const [en] = importCaseRecords(text, { format: "csv" }).rejected[0]?.issues ?? [];
    const [ru] = importCaseRecords(text, { format: "csv", locale: ruLocale }).rejected[0]?.issues ?? [];
    expect(en?.expected).toBe(EXPECTED_DECLARED_COLUMN);
    expect(en?.message).toContain(EXPECTED_DECLARED_COLUMN);
    expect(ru?.message).not.toContain(EXPECTED_DECLARED_COLUMN);
  });

  it.each([
    ["a bad name", [{ name: "1st", type: "boolean" }]],
    [
      "a name given twice",
      [
        { name: "a", type: "boolean" },
        { name: "a", type: "boolean" },
      ],
    ],
    ["a code field without codes", [{ name: "a", type: "code", codes: [] }]],
    ["not an array", { name: "a" }],
  ])("throws invalid_argument for fields with %s, before reading any row", async (_name, bad) => {
    const options = { format: "ndjson", fields: bad as unknown as readonly CaseFieldDefinition[] } as const;
    expect(() => importCaseRecords("{oops}\n", options)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    let read = false;
    async function* source() {
      read = true;
      yield "{oops}\n";
    }
    await expect(collectImportBatches(importCaseRecordsStream(source(), options))).rejects.toSatisfy((error) =>
      isNrmkitError(error, "invalid_argument"),
    );
    expect(read).toBe(false);
  });

  const extraArb: fc.Arbitrary<Record<string, string | boolean> | undefined> = fc.option(
    fc.record({ district: fc.constantFrom("d1", "d2", "none"), stateProgramme: fc.boolean() }, { requiredKeys: [] }),
    { nil: undefined },
  );

  it("gives back the records written as CSV with extra columns (round trip)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(extraArb, { minLength: 1, maxLength: 12 }), async (extras) => {
        // An empty extra object is written as empty cells, which read back as no extra at all.
        const records = withExtras(extras.map((extra) => (extra && Object.keys(extra).length > 0 ? extra : undefined)));
        const result = await importBoth(csvOf(records), { format: "csv", fields });
        expect(result.records).toEqual(records);
      }),
      { numRuns: 50 },
    );
  });

  it("counts every row read as accepted or rejected, with fields, in every format", async () => {
    const cell = fc.constantFrom("d1", "d9", "true", "false", "yes", "", "none", ",");
    const column = fc.constantFrom("extra.district", "extra.stateProgramme", "extra.shelter", "extra.__proto__");
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(column, { maxLength: 3 }),
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        async (columns, cells) => {
          const header = [...CSV_HEADER, ...columns].join(",");
          const rows = cells.map((row, index) =>
            [toCsvRow(base[index % base.length] as CaseRecord), ...row.slice(0, columns.length)].join(","),
          );
          const result = await importBoth(`${header}\n${rows.join("\n")}\n`, { format: "csv", fields });
          expect(result.stats.rows).toBe(cells.length);
          expect(result.stats.accepted + result.stats.rejected).toBe(cells.length);
          for (const record of result.records) {
            for (const key of Object.keys(record.extra ?? {})) expect(["district", "stateProgramme"]).toContain(key);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
