import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { cellAt } from "./tableGrid.js";
import { trend } from "./trend.js";

/** Records dated to a day, cut to a month or a year for every second / third record. */
function mixed(count: number, seed: number): CaseRecord[] {
  return generateSyntheticCases({ count, seed, from: "2018-01-01", to: "2020-12-31" }).map((record, i) => ({
    ...record,
    registrationDate:
      i % 3 === 0
        ? record.registrationDate.slice(0, 4)
        : i % 2 === 0
          ? record.registrationDate.slice(0, 7)
          : record.registrationDate,
  }));
}

const unplacedOf = (notes: readonly string[]) => {
  const note = notes.find((text) => text.includes("could not be placed"));
  return note === undefined ? 0 : Number(/^(\d+) record/.exec(note)?.[1]);
};

describe("aggregate with partial registration dates", () => {
  it("counts a year-only record in its year when periods are years", () => {
    const records = generateSyntheticCases({ count: 300, seed: 2, datePrecision: "year" });
    const table = aggregate(records, { dimensions: ["gender"], period: "year" });
    for (const year of ["2013", "2014", "2015"]) {
      const expected = records.filter((record) => record.registrationDate === year).length;
      expect(cellAt(table, [year, null])?.value).toBe(expected);
    }
    expect(cellAt(table, [null, null])?.value).toBe(300);
    expect(unplacedOf(table.notes)).toBe(0);
  });

  it("never puts a year-only record in January and says how many were left out when periods are months", () => {
    const records = [
      ...generateSyntheticCases({ count: 40, seed: 3, datePrecision: "year" }),
      ...generateSyntheticCases({ count: 60, seed: 4 }),
    ];
    const table = aggregate(records, { dimensions: ["gender"], period: "month" });
    const january = records.filter((record) => record.registrationDate.startsWith("2013-01")).length;
    expect(cellAt(table, ["2013-01", null])?.value).toBe(january);
    expect(cellAt(table, [null, null])?.value).toBe(60);
    expect(unplacedOf(table.notes)).toBe(40);
  });

  it("places a month-only record in its quarter and its year", () => {
    const records = generateSyntheticCases({ count: 200, seed: 5, datePrecision: "month" });
    const quarters = aggregate(records, { dimensions: ["gender"], period: "quarter" });
    expect(cellAt(quarters, [null, null])?.value).toBe(200);
    expect(unplacedOf(quarters.notes)).toBe(0);
    const q2 = records.filter((record) => /^2014-0[456]$/.test(record.registrationDate)).length;
    expect(cellAt(quarters, ["2014-Q2", null])?.value).toBe(q2);
  });

  it("leaves out a year that crosses the edge of from/to and counts it in the note", () => {
    const records = generateSyntheticCases({ count: 100, seed: 6, datePrecision: "year" });
    const table = aggregate(records, { dimensions: ["gender"], from: "2014-01-01", to: "2014-06-30" });
    expect(cellAt(table, [null])?.value).toBe(0);
    expect(unplacedOf(table.notes)).toBe(records.filter((record) => record.registrationDate === "2014").length);
    const whole = aggregate(records, { dimensions: ["gender"], from: "2014-01-01", to: "2014-12-31" });
    expect(cellAt(whole, [null])?.value).toBe(records.filter((record) => record.registrationDate === "2014").length);
    expect(unplacedOf(whole.notes)).toBe(0);
  });

  it("places a year in a custom period that holds it whole and not in one that cuts it", () => {
    const records = generateSyntheticCases({ count: 100, seed: 7, datePrecision: "year" });
    const table = aggregate(records, {
      dimensions: ["period"],
      period: [
        { id: "sp", from: "2013-01-01", to: "2014-12-31" },
        { id: "half", from: "2015-01-01", to: "2015-06-30" },
      ],
    });
    expect(cellAt(table, ["sp"])?.value).toBe(records.filter((record) => record.registrationDate !== "2015").length);
    expect(unplacedOf(table.notes)).toBe(records.filter((record) => record.registrationDate === "2015").length);
  });

  it("counts every record once, placed or noted, when precisions and granularities are random", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.nat(1000),
        fc.constantFrom("month", "quarter", "year" as const),
        (count, seed, period) => {
          const records = mixed(count, seed);
          const table = aggregate(records, { dimensions: ["gender"], period });
          // Oracle: a record is placed when its date is at least as precise as the granularity needs.
          const needs = period === "year" ? 4 : 7;
          const placed = records.filter((record) => record.registrationDate.length >= needs).length;
          expect(cellAt(table, [null, null])?.value).toBe(placed);
          expect(unplacedOf(table.notes)).toBe(count - placed);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("makes a monthly trend of records dated to a month or day and notes the rest", () => {
    const records = mixed(90, 8);
    const monthly = trend(records, { period: "month", by: "gender" });
    expect(unplacedOf(monthly.table.notes)).toBe(
      records.filter((record) => record.registrationDate.length === 4).length,
    );
  });
});
