import { type CONTROL_MEANS, caseValueStatus } from "@nrmkit/core";
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCaseRecord } from "../caseRecordValidator.js";
import { collectImportBatches } from "../importCaseRecordsStream.js";
import { ru } from "../locales/index.js";
import { CTDC_COLUMNS } from "./ctdcColumns.js";
import { exportCtdc } from "./exportCtdc.js";
import { importCtdc, importCtdcStream } from "./importCtdc.js";

const HEADER =
  "yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,citizenship,meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlRestrictsFinancialAccess,isForcedLabour,isSexualExploit,isSexAndLabour,CountryOfExploitation";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

async function* chunked(text: string, sizes: readonly number[]) {
  let at = 0;
  let i = 0;
  while (at < text.length) {
    const size = sizes[i++ % sizes.length] as number;
    yield text.slice(at, at + size);
    at += size;
  }
}

describe("importCtdc", () => {
  it("keeps a blank flag apart from a 0 inside a group", () => {
    const [record] = importCtdc(csv("2019,Case Management,Female,18--20,Adult,UA,1,0,,,,,PL")).records;
    expect(record?.meansOfControl).toEqual(["debt_bondage"]);
    const status = (value: (typeof CONTROL_MEANS)[number]) =>
      record === undefined ? undefined : caseValueStatus(record, "meansOfControl", value);
    expect([status("debt_bondage"), status("withholding_wages"), status("restricting_financial_access")]).toEqual([
      "present",
      "absent",
      "not_recorded",
    ]);
    // Values this file has no column for are not recorded either.
    expect(status("threats")).toBe("not_recorded");
    // A group whose every flag is empty is not recorded as a whole.
    expect(record !== undefined && "exploitation" in record).toBe(false);
  });

  it.each([
    ["18--20", "18-20"],
    ["18—20", "18-20"],
    ["18–20", "18-20"],
    ["0--8", "0-8"],
    ["48+", "48+"],
    ["", "unknown"],
    ["-99", "unknown"],
  ])("reads the age band %j as %s", (cell, band) => {
    expect(importCtdc(csv(`2019,,Female,${cell},,UA,,,,,,,PL`)).records[0]?.ageBand).toBe(band);
  });

  it.each([
    ["NA", "NAM"],
    ["XK", "XKX"],
    ["by", "BLR"],
    ["", "unknown"],
    ["-99", "unknown"],
  ])("reads the country %j as %s", (cell, code) => {
    expect(importCtdc(csv(`2019,,Female,,,${cell},,,,,,,${cell}`)).records[0]?.citizenship).toBe(code);
  });

  it("reads Transgender/NonConforming and the older -99 layout", () => {
    const result = importCtdc(csv("2012,-99,Transgender/NonConforming,-99,-99,-99,-99,1,-99,-99,-99,-99,-99"));
    expect(result.records[0]).toMatchObject({
      gender: "transgender_or_non_conforming",
      ageBand: "unknown",
      citizenship: "unknown",
      meansOfControl: ["withholding_wages"],
    });
  });

  it("sets both forced labour and sexual exploitation from isSexAndLabour", () => {
    const [record] = importCtdc(csv("2019,,Female,,,UA,,,,,,1,PL")).records;
    expect(record?.exploitation).toEqual(["forced_labour", "sexual_exploitation"]);
  });

  it("rejects a row with an unmapped value, naming the column, the value and the rule, and keeps the others", () => {
    const result = importCtdc(
      csv(
        "2019,,Female,,,UA,1,0,,,,,PL",
        "2019,,Female,17-19,,QQ,2,0,,,,,PL",
        "",
        "20x9,,Female,,,UA,1,0,,,,,PL",
        "2019,,Female,,,UA,1,0,,,,PL",
      ),
    );
    expect(result.stats).toEqual({ rows: 4, accepted: 1, rejected: 3 });
    expect(result.rejected.map((row) => [row.row, row.issues.map((issue) => [issue.code, issue.path])])).toEqual([
      [
        2,
        [
          ["unmapped_value", ["ageBroad"]],
          ["unmapped_value", ["citizenship"]],
          ["unmapped_value", ["meansOfControlDebtBondage"]],
        ],
      ],
      [4, [["unmapped_value", ["yearOfRegistration"]]]],
      [5, [["invalid_csv", []]]],
    ]);
    expect(result.rejected[0]?.issues[1]?.message).toContain('"QQ"');
    expect(result.rejected[0]?.issues[1]?.message).toContain("alpha-2");
  });

  it("reports unknown and missing columns once, and maps by name in any order and case", () => {
    const text = ["note,GENDER,yearofregistration,extra1", "x,Male,2020,y", "z,Female,2021,w"].join("\n");
    const result = importCtdc(text);
    expect([result.stats.accepted, result.unknownColumns]).toEqual([2, ["note", "extra1"]]);
    expect(result.missingColumns).toHaveLength(CTDC_COLUMNS.length - 2);
    expect(result.records.map((record) => [record.id, record.gender, record.registrationDate])).toEqual([
      ["CTDC-000001", "male", "2020"],
      ["CTDC-000002", "female", "2021"],
    ]);
  });

  it("rejects every row, saying why, when the year column is missing", () => {
    const result = importCtdc("gender\nFemale\nMale");
    expect(result.rejected.map((row) => [row.row, row.issues[0]?.code, row.issues[0]?.path])).toEqual([
      [1, "missing_column", ["yearOfRegistration"]],
      [2, "missing_column", ["yearOfRegistration"]],
    ]);
  });

  it("reads the joined labels when a group has no flag column", () => {
    const text = [
      "yearOfRegistration,meansOfControlConcatenated",
      "2019,Debt bondage;Threats",
      "2019,",
      "2019,Nonsense",
    ].join("\n");
    const result = importCtdc(text);
    expect(result.records.map((record) => record.meansOfControl)).toEqual([["debt_bondage", "threats"], undefined]);
    expect(result.rejected.map((row) => row.row)).toEqual([3]);
  });

  it("fills extra from columns named as declared fields", () => {
    const fields = [
      { name: "district", type: "code", codes: ["d1", "d2"] },
      { name: "hotlineReferral", type: "boolean" },
    ] as const;
    const text = ["yearOfRegistration,district,extra.hotlineReferral", "2019,d2,1", "2019,,0", "2019,d9,"].join("\n");
    const result = importCtdc(text, { fields });
    expect(result.records.map((record) => record.extra)).toEqual([
      { district: "d2", hotlineReferral: true },
      { hotlineReferral: false },
    ]);
    expect(result.rejected.map((row) => [row.row, row.issues[0]?.path])).toEqual([[3, ["district"]]]);
    expect(result.records.every((record) => isCaseRecord(record, fields))).toBe(true);
  });

  it("gives deterministic ids from the row number, with a chosen prefix", () => {
    const text = exportCtdc(generateSyntheticCtdcCases({ count: 3, seed: 2 }));
    expect(importCtdc(text, { idPrefix: "MD-2024-" }).records.map((record) => record.id)).toEqual([
      "MD-2024-000001",
      "MD-2024-000002",
      "MD-2024-000003",
    ]);
    expect(() => importCtdc(text, { idPrefix: "Ivan Petrov " })).toThrow(/idPrefix/);
  });

  it("imports only valid case records, and rows read = accepted + rejected, whatever the damage", () => {
    const base = exportCtdc(generateSyntheticCtdcCases({ count: 30, seed: 5 })).split("\n");
    const damage = fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom("", ",", '"', "7", "\n", "ZZ"),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(damage, (edits) => {
        const lines = [...base];
        for (const [line, at, text] of edits) {
          const value = lines[line] as string;
          lines[line] = value.slice(0, at) + text + value.slice(at);
        }
        const result = importCtdc(lines.join("\n"));
        expect(result.stats.rows).toBe(result.stats.accepted + result.stats.rejected);
        expect(result.records.every((record) => isCaseRecord(record))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("importCtdcStream", () => {
  it("gives what importCtdc gives, wherever the chunks end", async () => {
    const text = exportCtdc(generateSyntheticCtdcCases({ count: 40, seed: 9 })).replace("\n2", "\n\n20x9");
    const whole = importCtdc(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 5 }), async (sizes) => {
        const streamed = await collectImportBatches(importCtdcStream(chunked(text, sizes), { batchSize: 7 }));
        expect(streamed.records).toEqual(whole.records);
        expect(streamed.rejected).toEqual(whole.rejected);
      }),
      { numRuns: 40 },
    );
  });

  it("carries the column report in every batch", async () => {
    const text = ["yearOfRegistration,note", "2019,a", "2020,b", "2021,c"].join("\n");
    const batches = [];
    for await (const batch of importCtdcStream(chunked(text, [5]), { batchSize: 2 })) batches.push(batch);
    expect(batches.map((batch) => [batch.stats.rows, batch.unknownColumns])).toEqual([
      [2, ["note"]],
      [1, ["note"]],
    ]);
  });
});

describe("documented examples", () => {
  it("importCtdc, exportCtdc, ctdcLines and CTDC_COLUMNS", async () => {
    const { generateSyntheticCases } = await import("@nrmkit/core/synthetic");
    const { ctdcLines } = await import("./exportCtdc.js");
    const text = [
      "yearOfRegistration,gender,ageBroad,citizenship,meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlThreats,CountryOfExploitation,note",
      "2019,Female,18--20,UA,1,0,,PL,x",
      "2020,Male,9--17,QQ,,,,PL,y",
    ].join("\n");
    const result = importCtdc(text);
    const [record] = result.records;
    expect([
      record?.citizenship,
      record?.meansOfControl,
      record?.notRecorded?.meansOfControl?.includes("threats"),
    ]).toEqual(["UKR", ["debt_bondage"], true]);
    expect([result.stats, result.rejected.map((row) => [row.row, row.issues[0]?.path]), result.unknownColumns]).toEqual(
      [{ rows: 2, accepted: 1, rejected: 1 }, [[2, ["citizenship"]]], ["note"]],
    );
    const csv = exportCtdc(generateSyntheticCases({ count: 50, seed: 1 }));
    expect(exportCtdc(importCtdc(csv).records) === csv).toBe(true);
    const [header] = ctdcLines(generateSyntheticCases({ count: 1, seed: 1 }));
    expect(header?.split(",").length).toBe(63);
    expect([CTDC_COLUMNS.length, CTDC_COLUMNS[0], CTDC_COLUMNS[62]]).toEqual([
      63,
      "yearOfRegistration",
      "recruiterRelationUnknown",
    ]);
  });
});

describe("importCtdc › missing values as tools write them", () => {
  it.each(["", "-99", "Unknown", "NA", "N/A", "NaN", "NULL", "unknown"])(
    "reads %j as not recorded outside country columns",
    (cell) => {
      const text = [
        `${HEADER},Datasource2`.replace(",Datasource2", ""),
        `2019,${cell},${cell},${cell},${cell},BY,${cell},0,,,,,PL`,
      ].join("\n");
      const result = importCtdc(text);
      expect(result.stats.rejected).toBe(0);
      expect(result.records[0]).toMatchObject({ gender: "unknown", ageBand: "unknown", meansOfControl: [] });
      expect(result.records[0]?.dataSource).toBeUndefined();
    },
  );

  it("reads NA as Namibia in a country column, and True/False flags", () => {
    const [record] = importCtdc(csv("2019,,Female,,,NA,True,False,,,,,NA")).records;
    expect([record?.citizenship, record?.exploitationCountry, record?.meansOfControl]).toEqual([
      "NAM",
      "NAM",
      ["debt_bondage"],
    ]);
  });
});

describe("importCtdc › messages", () => {
  it("says what is wrong in Russian when asked", () => {
    const [row] = importCtdc(csv("2019,,Female,,,QQ,,,,,,,PL"), { locale: ru }).rejected;
    expect(row?.issues[0]?.message).toContain("код страны ISO 3166-1 alpha-2");
  });
});
