// A row can hold any number of bad values: the issues listed per row and per batch are capped,
// and the capped explanation gives exactly Zod's issues, only fewer of them.
import { CONTROL_MEANS, EXPLOITATION_TYPES, LABOUR_SECTORS, RECRUITER_RELATIONS } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseCaseRecord } from "./caseRecordSchema.js";
import { importCaseRecords } from "./importCaseRecords.js";
import { collectImportBatches, importCaseRecordsStream } from "./importCaseRecordsStream.js";
import { explainCaseRecord } from "./internal/caseExplain.js";

const [record] = generateSyntheticCases({ count: 1, seed: 3 });

describe("importCaseRecords", () => {
  it("lists 20 issues of a row holding 250,000 invalid values, then one too_many_issues with the count", () => {
    const row = JSON.stringify({ ...record, exploitation: Array.from({ length: 250_000 }, () => "x"), gender: "F" });
    const [rejected] = importCaseRecords(`${row}\n`, { format: "ndjson" }).rejected;
    const issues = rejected?.issues ?? [];
    expect(issues).toHaveLength(21);
    expect(issues[0]?.path).toEqual(["gender"]);
    expect(issues.slice(1, 20).map((issue) => issue.path)).toEqual(
      Array.from({ length: 19 }, (_, index) => ["exploitation", index]),
    );
    expect(issues[20]).toMatchObject({ code: "too_many_issues", path: [], received: "250001" });
  });

  it("takes maxIssuesPerRow from the options, in CSV too", () => {
    const header = Object.keys(record as object).join(",");
    const values = Object.values({ ...record, gender: "F", ageBand: "old", caseStatus: "?" }).map((value) =>
      Array.isArray(value) ? value.join("|") : String(value),
    );
    const [rejected] = importCaseRecords(`${header}\n${values.join(",")}\n`, {
      format: "csv",
      maxIssuesPerRow: 2,
    }).rejected;
    expect(rejected?.issues.map((issue) => [issue.code, issue.received])).toEqual([
      ["invalid_value", '"F"'],
      ["invalid_value", '"old"'],
      ["too_many_issues", "3"],
    ]);
  });

  it("throws invalid_argument for a maxIssuesPerRow that is not a positive integer", () => {
    for (const maxIssuesPerRow of [0, -1, 1.5, Number.NaN]) {
      expect(() => importCaseRecords("", { format: "ndjson", maxIssuesPerRow })).toThrow(
        expect.objectContaining({ code: "invalid_argument" }),
      );
    }
  });
});

describe("importCaseRecordsStream", () => {
  it("yields a batch early once it holds maxIssuesPerBatch issues, losing nothing", async () => {
    const lines = Array.from({ length: 30 }, (_, index) =>
      JSON.stringify(index % 3 === 0 ? record : { ...record, gender: "F", ageBand: "old" }),
    );
    const text = `${lines.join("\n")}\n`;
    async function* source() {
      yield text;
    }
    const batches = [];
    for await (const batch of importCaseRecordsStream(source(), { format: "ndjson", maxIssuesPerBatch: 5 })) {
      batches.push(batch);
      expect(batch.rejected.reduce((sum, row) => sum + row.issues.length, 0)).toBeLessThanOrEqual(6);
    }
    expect(batches.length).toBeGreaterThan(3);
    async function* again() {
      yield text;
    }
    expect(await collectImportBatches(importCaseRecordsStream(again(), { format: "ndjson" }))).toEqual(
      importCaseRecords(text, { format: "ndjson" }),
    );
  });
});

describe("explainCaseRecord", () => {
  it("gives exactly Zod's issues for long lists of valid, repeated and invalid values", () => {
    const item = fc.oneof(fc.constantFrom(...EXPLOITATION_TYPES), fc.constantFrom("x", "", 1, null));
    const value = fc.record({
      exploitation: fc.array(item, { minLength: 65, maxLength: 140 }),
      assistance: fc.oneof(fc.constant([]), fc.array(fc.constantFrom("medical", "legal", "y"), { maxLength: 100 })),
      gender: fc.constantFrom("female", "F"),
      extra: fc.option(fc.constant(1), { nil: undefined }),
    });
    fc.assert(
      fc.property(value, ({ exploitation, assistance, gender, extra }) => {
        const input = { ...record, exploitation, assistance, gender, ...(extra === undefined ? {} : { extra }) };
        const zod = safeParseCaseRecord(input);
        const zodIssues = zod.success ? [] : zod.issues;
        const explained = explainCaseRecord(input, "en", 100_000);
        expect(explained.issues).toEqual(zodIssues);
        expect(explained.count).toBe(zodIssues.length);
      }),
      { numRuns: 60 },
    );
  });

  it("gives exactly Zod's issues for long lists in notRecorded, and for every multi-valued field", () => {
    const short = (values: readonly string[]) =>
      fc.option(fc.subarray([...values, "x"], { maxLength: 4 }), { nil: undefined });
    const long = (values: readonly string[]) =>
      fc.array(fc.constantFrom(...values, "x", ""), { minLength: 65, maxLength: 120 });
    const value = fc.record({
      meansOfControl: fc.oneof(short(CONTROL_MEANS), long(CONTROL_MEANS)),
      recruiterRelations: fc.oneof(short(RECRUITER_RELATIONS), long(RECRUITER_RELATIONS)),
      notRecorded: fc.option(
        fc.record(
          {
            meansOfControl: fc.oneof(short(CONTROL_MEANS), long(CONTROL_MEANS)),
            labourSectors: fc.oneof(short(LABOUR_SECTORS), long(LABOUR_SECTORS)),
            exploitation: short(EXPLOITATION_TYPES),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(value, (fields) => {
        const input: Record<string, unknown> = { ...record };
        for (const [key, list] of Object.entries(fields)) if (list !== undefined) input[key] = list;
        const zod = safeParseCaseRecord(input);
        const zodIssues = zod.success ? [] : zod.issues;
        const explained = explainCaseRecord(input, "en", 100_000);
        expect(explained.issues).toEqual(zodIssues);
        expect(explained.count).toBe(zodIssues.length);
      }),
      { numRuns: 150 },
    );
  });
});
