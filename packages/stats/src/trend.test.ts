import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { isSuppressedStatus } from "./statTable.js";
import { publishTrend, trend, trendFromTable } from "./trend.js";

const records = generateSyntheticCases({ count: 1200, seed: 31, from: "2014-01-01", to: "2014-12-31" });

describe("trend", () => {
  it("gives one point per month with the change from the month before", () => {
    const monthly = trend(records, { period: "month", by: "gender" });
    const total = monthly.series[0];
    expect(monthly.granularity).toBe("month");
    expect(total?.key).toBeNull();
    expect(total?.points.map((point) => point.period)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2014-${String(m + 1).padStart(2, "0")}`),
    );
    const march = records.filter((record) => record.registrationDate.startsWith("2014-03")).length;
    const april = records.filter((record) => record.registrationDate.startsWith("2014-04")).length;
    expect(total?.points[3]).toMatchObject({
      value: april,
      change: april - march,
      relativeChange: (april - march) / march,
    });
    expect(total?.points[0]?.change).toBeNull();
    expect(monthly.series.map((series) => series.key)).toEqual([null, "female", "male", "other", "unknown"]);
  });

  it("adds up the split series to the total series when the split is single-valued", () => {
    const quarterly = trend(records, { period: "quarter", by: "traffickingStatus" });
    const [total, ...parts] = quarterly.series;
    total?.points.forEach((point, p) => {
      expect(parts.reduce((sum, series) => sum + (series.points[p]?.value ?? 0), 0)).toBe(point.value);
    });
  });

  it("throws invalid_argument when the table does not start with a period", () => {
    expect(() => trendFromTable(aggregate(records, { dimensions: ["gender"] }))).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("publishTrend", () => {
  it("never shows a change next to a hidden count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 400 }), fc.nat(100), (count, seed) => {
        const sample = generateSyntheticCases({ count, seed, from: "2014-01-01", to: "2014-12-31" });
        const published = publishTrend(trend(sample, { period: "month", by: "gender" }));
        for (const series of published.series) {
          series.points.forEach((point, p) => {
            const previous = series.points[p - 1];
            if (isSuppressedStatus(point.status) || (previous !== undefined && isSuppressedStatus(previous.status))) {
              expect(point.change).toBeNull();
              expect(point.relativeChange).toBeNull();
            }
            if (isSuppressedStatus(point.status)) expect(point.value).toBeNull();
          });
        }
        expect(published.table.disclosure.audit?.passed).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
