// A CTDC-layout file end to end: 100,000 generated rows, 1% damaged, 20-90% of flags empty, imported
// by @nrmkit/validation/ctdc and counted by this package, against DuckDB's SQL over the same file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { alpha3ToAlpha2, CONTROL_MEANS, COUNTRIES_ALPHA3, caseValueStatus } from "@nrmkit/core";
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { CTDC_COLUMNS, exportCtdc, importCtdc } from "@nrmkit/validation/ctdc";
import { afterAll, describe, expect, it } from "vitest";
import { damageCtdcRows } from "../test/ctdcDamage.js";
import { aggregate } from "./aggregate.js";
import type { DimensionSpec } from "./dimensions.js";
import { valueShares } from "./valueShares.js";

const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), "nrmkit-ctdc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clean = exportCtdc(generateSyntheticCtdcCases({ count: ROWS, seed: 17 }));
const { text, damaged } = damageCtdcRows(clean, 0.01, 5);
const file = join(dir, "ctdc.csv");
writeFileSync(file, text);
const imported = importCtdc(text);

// The CTDC rules, written in SQL from the codebook, independently of the importer.
const FLAGS = CTDC_COLUMNS.filter(
  (name) =>
    /^(meansOfControl|is|typeOfLabour|typeOfSex|recruiterRelation)/.test(name) && !name.endsWith("Concatenated"),
);
const ALPHA2 = COUNTRIES_ALPHA3.map((code) => alpha3ToAlpha2(code)).concat(["XK"]);
const list = (values: readonly (string | undefined)[]) => values.map((value) => `'${value}'`).join(", ");
const c = (name: string) => `coalesce("${name}", '')`;
const VALID = [
  `regexp_full_match(${c("yearOfRegistration")}, '(19|20)[0-9][0-9]')`,
  `${c("gender")} IN ('Female', 'Male', 'Transgender/NonConforming', '')`,
  `${c("ageBroad")} IN ('0--8', '9--17', '18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+', '')`,
  `${c("citizenship")} IN (${list(ALPHA2)}, '')`,
  `${c("CountryOfExploitation")} IN (${list(ALPHA2)}, '')`,
  `${c("Datasource")} IN ('Case Management', 'Hotline', '')`,
  ...["majorityStatus", "majorityStatusAtExploit", "majorityEntry"].map(
    (name) => `${c(name)} IN ('Minor', 'Adult', 'Unknown', '')`,
  ),
  ...FLAGS.map((name) => `${c(name)} IN ('0', '1', '')`),
].join(" AND ");
const EXPLOITATION_FLAGS: readonly (readonly [string, string])[] = [
  ["isForcedLabour", "forced_labour"],
  ["isSexualExploit", "sexual_exploitation"],
  ["isOtherExploit", "other"],
  ["isForcedMarriage", "forced_marriage"],
  ["isForcedMilitary", "forced_military"],
  ["isOrganRemoval", "organ_removal"],
  ["isSlaveryAndPractices", "slavery_practices"],
];

const instance = await DuckDBInstance.create(":memory:");
const duck = await instance.connect();
const sql = async (query: string) => (await duck.runAndReadAll(query)).getRowObjectsJS() as Record<string, unknown>[];
// Every cell as text; rows with the wrong number of cells go to DuckDB's own reject table.
await duck.run(
  `CREATE TABLE raw AS SELECT row_number() OVER () AS n, * FROM read_csv('${file}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', store_rejects = true, ignore_errors = true)`,
);
const structural = (await sql("SELECT DISTINCT line FROM reject_errors ORDER BY line")).map(
  (row) => Number(row.line) - 1,
);
// Map DuckDB's surviving rows to data row numbers: skip the lines it rejected.
const kept: number[] = [];
{
  const skip = new Set(structural);
  for (let row = 1; row <= ROWS; row++) if (!skip.has(row)) kept.push(row);
}
const invalid = (await sql(`SELECT n FROM raw WHERE NOT (${VALID}) ORDER BY n`)).map(
  (row) => kept[Number(row.n) - 1] as number,
);
await duck.run(`CREATE TABLE ok AS SELECT * FROM raw WHERE ${VALID}`);

const counts = (rows: Record<string, unknown>[]) =>
  Object.fromEntries(rows.map((row) => [String(row.k), Number(row.count)]));

/** Counts from this package: code → persons, zero cells left out. */
function ours(dimension: DimensionSpec, byYear = false): Record<string, number> {
  const table = aggregate(
    imported.records,
    byYear ? { dimensions: ["period"], period: "year" } : { dimensions: [dimension] },
  );
  return Object.fromEntries(
    table.cells.filter((cell) => (cell.value ?? 0) > 0).map((cell) => [cell.key[0] as string, cell.value as number]),
  );
}

describe("a 100,000-row CTDC-layout file, 1% damaged, end to end", () => {
  it("rejects exactly the damaged rows, with their row numbers, and keeps every other row", () => {
    expect(imported.rejected.map((row) => row.row)).toEqual(damaged);
    expect([...structural, ...invalid].sort((a, b) => a - b)).toEqual(damaged);
    expect(imported.stats).toEqual({ rows: ROWS, accepted: ROWS - damaged.length, rejected: damaged.length });
  });

  it("counts by year, gender and age band as DuckDB does", async () => {
    expect(ours("period", true)).toEqual(
      counts(await sql(`SELECT "yearOfRegistration" AS k, count(*) AS count FROM ok GROUP BY 1`)),
    );
    const gender = await sql(
      `SELECT CASE coalesce(gender, '') WHEN 'Female' THEN 'female' WHEN 'Male' THEN 'male' WHEN '' THEN 'unknown' ELSE 'transgender_or_non_conforming' END AS k, count(*) AS count FROM ok GROUP BY 1`,
    );
    expect(ours("gender")).toEqual(counts(gender));
    const age = await sql(
      `SELECT CASE coalesce("ageBroad", '') WHEN '' THEN 'unknown' ELSE replace("ageBroad", '--', '-') END AS k, count(*) AS count FROM ok GROUP BY 1`,
    );
    expect(ours("ageBand")).toEqual(counts(age));
  });

  it("counts each form of exploitation once per person, and not recorded where the whole group is empty", async () => {
    const expected: Record<string, number> = {};
    for (const [column, code] of EXPLOITATION_FLAGS) {
      const both = column === "isForcedLabour" || column === "isSexualExploit" ? ` OR "isSexAndLabour" = '1'` : "";
      const [row] = await sql(`SELECT count(*) AS count FROM ok WHERE "${column}" = '1'${both}`);
      if (Number(row?.count) > 0) expected[code] = Number(row?.count);
    }
    const allEmpty = [...EXPLOITATION_FLAGS.map(([column]) => column), "isSexAndLabour"]
      .map((column) => `${c(column)} = ''`)
      .join(" AND ");
    const anyOne = [...EXPLOITATION_FLAGS.map(([column]) => column), "isSexAndLabour"]
      .map((column) => `${c(column)} = '1'`)
      .join(" OR ");
    const [unknown] = await sql(`SELECT count(*) AS count FROM ok WHERE ${allEmpty}`);
    const [none] = await sql(`SELECT count(*) AS count FROM ok WHERE NOT (${allEmpty}) AND NOT (${anyOne})`);
    if (Number(unknown?.count) > 0) expected.unknown = Number(unknown?.count);
    if (Number(none?.count) > 0) expected.none = Number(none?.count);
    expect(ours("exploitation")).toEqual(expected);
  });

  it("counts each means of control over the persons for whom it is recorded (CTDC's denominator)", async () => {
    const flags = FLAGS.filter((name) => name.startsWith("meansOfControl"));
    const codes = [
      "debt_bondage",
      "withholding_wages",
      "restricting_financial_access",
      "threats",
      "psychological_abuse",
      "physical_violence",
      "sexual_violence",
      "false_promises",
      "substance_abuse",
      "restricting_movement",
      "restricting_medical_care",
      "excessive_working_hours",
      "uses_children",
      "threat_of_law_enforcement",
      "withholding_necessities",
      "withholding_documents",
      "other",
      "not_specified",
    ] as const;
    expect(codes.every((code) => (CONTROL_MEANS as readonly string[]).includes(code))).toBe(true);
    // Unprotected here, to compare every count: published shares are protected by default.
    const shares = valueShares(imported.records, "meansOfControl", { values: codes, protection: false });
    for (const [f, column] of flags.entries()) {
      const code = codes[f] as (typeof codes)[number];
      const [row] = await sql(
        `SELECT count(*) FILTER (WHERE "${column}" = '1') AS present, count(*) FILTER (WHERE "${column}" IN ('0', '1')) AS known FROM ok`,
      );
      let present = 0;
      let known = 0;
      for (const record of imported.records) {
        const status = caseValueStatus(record, "meansOfControl", code);
        if (status === "present") present++;
        if (status !== "not_recorded") known++;
      }
      expect([column, present, known]).toEqual([column, Number(row?.present), Number(row?.known)]);
      const share = shares.rows.find((candidate) => candidate.key[0] === code);
      expect([column, share?.numerator, share?.denominator]).toEqual([column, present, known]);
    }
  });
});
