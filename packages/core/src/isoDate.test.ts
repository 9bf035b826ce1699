import { format, isValid, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNrmkitError } from "./error.js";
import { compareIsoDates, isIsoDate, isWithinPeriod, toDate, toIsoDate } from "./isoDate.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isNrmkitError(error) ? error.code : "not an NrmkitError";
  }
  return undefined;
}

// The reference: a date is valid when date-fns reads it and writes it back unchanged.
function roundTrips(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}

describe("isIsoDate", () => {
  it.each([
    ["2014-04-16", true],
    ["2016-02-29", true],
    ["2000-02-29", true],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["2014-02-29", false],
    ["1900-02-29", false],
    ["2014-04-31", false],
    ["2014-13-01", false],
    ["2014-00-10", false],
    ["2014-01-00", false],
    ["0000-01-01", false],
    ["16.04.2014", false],
    ["2014-4-16", false],
    ["2014-04-16T00:00", false],
    ["２０１４-04-16", false],
    ["", false],
    [20140416, false],
    [undefined, false],
  ])("tells %j → %j", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it("agrees with a date-fns round trip on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDate(value)).toBe(roundTrips(value));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("toDate", () => {
  it("gives local midnight of the day when the date is valid", () => {
    const date = toDate("2014-04-16");
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2014, 3, 16, 0]);
  });

  it("throws invalid_date when the date is not real", () => {
    expect(codeOf(() => toDate("2014-02-30", "meetings.0.date"))).toBe("invalid_date");
  });
});

describe("toIsoDate", () => {
  it("inverts toDate for every valid date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        const iso = toIsoDate(date);
        expect(isIsoDate(iso)).toBe(true);
        expect(toIsoDate(toDate(iso))).toBe(iso);
      }),
    );
  });
});

describe("compareIsoDates", () => {
  it.each([
    ["2014-04-16", "2014-05-14", -1],
    ["2014-05-14", "2014-04-16", 1],
    ["2014-05-14", "2014-05-14", 0],
    ["0999-12-31", "1000-01-01", -1],
  ])("compares %s with %s → %i", (a, b, expected) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(expected);
  });

  it("orders as the dates themselves do", () => {
    const day = fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }).map(toIsoDate);
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Math.sign(compareIsoDates(a, b))).toBe(Math.sign(toDate(a).getTime() - toDate(b).getTime()));
      }),
    );
  });

  it("throws invalid_date when either date is not real", () => {
    expect(codeOf(() => compareIsoDates("2014-04-16", "2014-02-30"))).toBe("invalid_date");
    expect(codeOf(() => compareIsoDates("16.04.2014", "2014-04-16"))).toBe("invalid_date");
  });
});

describe("isWithinPeriod", () => {
  it.each([
    ["2014-04-16", "2014-01-01", undefined, true],
    ["2014-04-16", undefined, "2013-12-31", false],
    ["2014-04-16", "2014-04-16", "2014-04-16", true],
    ["2014-04-16", "2014-04-17", undefined, false],
    ["2014-04-16", undefined, undefined, true],
  ])("tells whether %s is in [%s, %s] → %j", (date, start, end, expected) => {
    expect(isWithinPeriod(date, start, end)).toBe(expected);
  });
});
