import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { table1 } from "../test/tableFixtures.js";
import { aggregate } from "./aggregate.js";
import { exploitationShares, percentages, shareOfChildren, transnationalShare } from "./indicators.js";
import { protectTable } from "./protectTable.js";
import { ratePer100k } from "./rates.js";
import type { StatTable } from "./statTable.js";

const records = generateSyntheticCases({ count: 3000, seed: 12 });

/** A 1-D table over a dimension with an unknown category, built by hand. */
function withUnknown(values: readonly number[], multiValued: boolean, total: number): StatTable {
  const base = table1(values);
  const dimension = base.dimensions[0];
  if (dimension === undefined) throw new Error("no dimension");
  const categories = dimension.categories.map((category, i) =>
    i === values.length - 1 ? { ...category, unknown: true } : category,
  );
  return {
    ...base,
    dimensions: [{ ...dimension, name: "exploitationGroup", multiValued, categories }],
    totals: [{ key: [null], value: total, status: "published" }],
  };
}

describe("percentages", () => {
  it.each([
    { name: "single-valued", values: [30, 50, 20], multi: false, total: 100, expected: [37.5, 62.5] },
    { name: "multi-valued", values: [60, 50, 20], multi: true, total: 100, expected: [75, 62.5] },
  ])("leaves unknowns out of the denominator when the dimension is $name", ({ values, multi, total, expected }) => {
    const result = percentages(withUnknown(values, multi, total), { of: "exploitationGroup" });
    expect(result.rows.map((row) => row.value)).toEqual(expected);
    expect(result.rows.every((row) => row.denominator === 80)).toBe(true);
    if (multi) expect(result.notes.length).toBe(2);
  });

  it("hides a share whose numerator or denominator is hidden", () => {
    const table = protectTable(withUnknown([3, 50, 20], false, 73));
    const result = percentages(table, { of: "exploitationGroup" });
    expect(result.rows[0]).toMatchObject({ value: null, status: "suppressed" });
  });

  it("marks a share without denominator not applicable when everyone is unknown", () => {
    const result = percentages(withUnknown([0, 0, 20], false, 20), { of: "exploitationGroup" });
    expect(result.rows[0]).toMatchObject({ value: null, status: "not_applicable" });
  });

  it("shows no share when the table lacks the not-recorded cell the denominator needs", () => {
    const full = withUnknown([30, 50, 20], false, 100);
    const result = percentages({ ...full, cells: full.cells.slice(0, 2) }, { of: "exploitationGroup" });
    expect(result.rows.map((row) => [row.value, row.status])).toEqual([
      [null, "not_applicable"],
      [null, "not_applicable"],
    ]);
  });
});

describe("shareOfChildren", () => {
  it("matches the records when computed without protection", () => {
    // An unknown age band falls back on the majority status at registration.
    const children = records.filter(
      (record) =>
        record.ageBand === "0-8" ||
        record.ageBand === "9-17" ||
        (record.ageBand === "unknown" && record.majorityStatus === "minor"),
    ).length;
    const known = records.filter(
      (record) => record.ageBand !== "unknown" || record.majorityStatus !== undefined,
    ).length;
    const result = shareOfChildren(records, { protection: false });
    expect(result.rows[0]?.value).toBeCloseTo((100 * children) / known, 10);
    expect(result.disclosure.method).toBe("none");
  });

  it("protects the counts by default and splits by region when asked", () => {
    const result = shareOfChildren(records, { by: "regionId" });
    expect(result.disclosure.method).toBe("suppression");
    expect(result.rows[0]?.key).toEqual([null, "child"]);
    expect(result.rows.length).toBe(8);
  });
});

describe("exploitationShares", () => {
  it("may add up to more than 100 because a person can suffer several forms", () => {
    const result = exploitationShares(records, { protection: false });
    const sum = result.rows.reduce((total, row) => total + (row.value ?? 0), 0);
    expect(sum).toBeGreaterThan(100);
    expect(result.rows.map((row) => row.key[0])).toEqual(["sexual", "labour", "other"]);
  });

  it("gives each form its own denominator when some forms are not recorded", () => {
    // Every third person with forms recorded has forced labour not recorded, and no other labour form.
    const LABOUR = ["forced_labour", "domestic_servitude", "servitude", "slavery_practices", "child_labour"];
    const partly: CaseRecord[] = records.map((record, i) =>
      i % 3 === 0 && record.exploitation !== undefined
        ? {
            ...record,
            exploitation: record.exploitation.filter((type) => !LABOUR.includes(type)),
            notRecorded: { exploitation: ["forced_labour"] },
          }
        : record,
    );
    const rows = exploitationShares(partly, { protection: false }).rows;
    const recorded = partly.filter((record) => record.exploitation !== undefined);
    const labourRecorded = recorded.filter(
      (record) =>
        record.exploitation?.some((type) => LABOUR.includes(type)) === true || record.notRecorded === undefined,
    );
    expect(rows[0]?.denominator).toBe(recorded.length);
    expect(rows[1]?.denominator).toBe(labourRecorded.length);
    expect(rows[1]?.denominator).toBeLessThan(recorded.length);
  });
});

describe("transnationalShare", () => {
  it("counts cases with known citizenship and country only", () => {
    const known = records.filter(
      (record) => record.citizenship !== "unknown" && record.exploitationCountry !== "unknown",
    );
    const transnational = known.filter((record) => record.citizenship !== record.exploitationCountry).length;
    expect(transnationalShare(records, { protection: false }).rows[0]?.value).toBeCloseTo(
      (100 * transnational) / known.length,
      10,
    );
  });
});

describe("ratePer100k", () => {
  it("divides the shown counts by the population when given by region and sex", () => {
    const table = aggregate(records, { dimensions: ["regionId", "gender"] });
    const count = (region: string, sex?: string) =>
      records.filter((record) => record.regionId === region && (sex === undefined || record.gender === sex)).length;
    const rates = ratePer100k(table, [
      { regionId: "BY-HO", population: 1_400_000 },
      { regionId: "BY-HO", gender: "female", population: 750_000 },
      { regionId: "BY-VI", population: 1_100_000 },
    ]);
    expect(rates.rows.map((row) => row.key)).toEqual([
      ["BY-HO", null],
      ["BY-HO", "female"],
      ["BY-VI", null],
      [null, null],
    ]);
    expect(rates.rows[0]?.value).toBeCloseTo((count("BY-HO") / 1_400_000) * 100_000, 10);
    expect(rates.rows[1]?.value).toBeCloseTo((count("BY-HO", "female") / 750_000) * 100_000, 10);
    expect(rates.rows[3]?.value).toBeCloseTo(((count("BY-HO") + count("BY-VI")) / 2_500_000) * 100_000, 10);
  });

  it("shows no rate when the table lacks the region's cell", () => {
    const table = aggregate(records, { dimensions: ["regionId"] });
    const rates = ratePer100k({ ...table, cells: [] }, [{ regionId: "BY-HO", population: 1_400_000 }]);
    expect(rates.rows.map((row) => [row.value, row.status])).toEqual([
      [null, "not_applicable"],
      [null, "not_applicable"],
    ]);
  });

  it("throws invalid_argument when the table has no region or a population is negative", () => {
    const table = aggregate(records, { dimensions: ["gender"] });
    expect(() => ratePer100k(table, [])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    const regional = aggregate(records, { dimensions: ["regionId"] });
    expect(() => ratePer100k(regional, [{ regionId: "BY-HO", population: -1 }])).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
