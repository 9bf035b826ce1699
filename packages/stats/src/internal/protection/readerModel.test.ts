import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../aggregate.js";
import { protectTables } from "../../protectTable.js";
import { readerModel } from "./readerModel.js";

describe("readerModel", () => {
  it("gives the reader of exact shown values the model of the raw tables when rounding hides zero margins", () => {
    // 100 records: some forms of exploitation nobody has, whose margins rounding shows as 0.
    const records = generateSyntheticCases({ count: 100, seed: 18, from: "2014-01-01", to: "2015-12-31" });
    const raws = [
      aggregate(records, { dimensions: ["period", "exploitation"], period: "quarter" }),
      aggregate(records, { dimensions: ["regionId", "exploitation"] }),
    ];
    const published = protectTables(raws, { rounding: { kind: "nearest", base: 5 } });
    const raw = readerModel(raws);
    const exact = readerModel(published, raws);
    const rounded = readerModel(published);
    // Without the raw values a rounded 0 is 0 to 2 persons: those values keep their atoms.
    expect(rounded.atomCount).toBeGreaterThan(raw.atomCount);
    expect(exact.atomCount).toBe(raw.atomCount);
    expect(exact.quantities).toEqual(raw.quantities);
    expect(exact.links).toEqual(raw.links);
  });
});
