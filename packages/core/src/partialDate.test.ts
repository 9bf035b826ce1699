import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNrmkitError } from "./error.js";
import { isIsoDate } from "./isoDate.js";
import { datePrecision, isPartialDate, partialDateRange } from "./partialDate.js";

describe("datePrecision", () => {
  it.each([
    ["2019", "year"],
    ["2019-05", "month"],
    ["2019-05-14", "day"],
    ["2020-02-29", "day"],
    ["2019-02-29", undefined],
    ["2019-13", undefined],
    ["2019-00", undefined],
    ["0000", undefined],
    ["19", undefined],
    ["2019-5", undefined],
    ["2019/05", undefined],
    [" 2019", undefined],
    [2019, undefined],
  ] as const)("gives %j precision %j", (value, expected) => {
    expect(datePrecision(value)).toBe(expected);
    expect(isPartialDate(value)).toBe(expected !== undefined);
  });
});

describe("partialDateRange", () => {
  it.each([
    ["2019", "2019-01-01", "2019-12-31"],
    ["2020-02", "2020-02-01", "2020-02-29"],
    ["2019-02", "2019-02-01", "2019-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2019-11", "2019-11-01", "2019-11-30"],
    ["2019-05-14", "2019-05-14", "2019-05-14"],
  ])("covers %s from %s to %s", (value, from, to) => {
    expect(partialDateRange(value)).toEqual({ from, to });
  });

  it("covers exactly the days whose prefix is the partial date when given any month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
        const { from, to } = partialDateRange(value);
        // The last day is real and the next day is not in the same month (an oracle by isIsoDate).
        expect(isIsoDate(to)).toBe(true);
        const next = `${value}-${String(Number(to.slice(8)) + 1).padStart(2, "0")}`;
        expect(isIsoDate(next)).toBe(false);
        expect(from).toBe(`${value}-01`);
      }),
    );
  });

  it("throws invalid_date when the value is no partial date", () => {
    expect.assertions(1);
    try {
      partialDateRange("2019-13");
    } catch (error) {
      expect(isNrmkitError(error, "invalid_date")).toBe(true);
    }
  });
});
