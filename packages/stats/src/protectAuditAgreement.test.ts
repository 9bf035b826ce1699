// Property suite (issue 18): protectTables and auditTables agree. protectTables proves its final
// audit against the raw tables (shown entries read as their exact values: a stronger reader), and
// when that fails, as auditTables does: against the published tables read as a reader does (rounded
// entries as intervals: a weaker reader). Every witness of the stronger reader is one of the weaker,
// so a table whose protectTables audit passed must pass auditTables too, unless the audit's witness
// search gives up early.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AggregateSpec, aggregate } from "./aggregate.js";
import { auditTables } from "./auditTable.js";
import { protectTables } from "./protectTable.js";

const REGIONS = ["BY-BR", "BY-HO", "BY-VI"];

/** Families of 2-3 linked tables of the same records: shared margins, derived dimensions, subtotals, nested periods. */
const FAMILIES: readonly (readonly AggregateSpec[])[] = [
  [{ dimensions: ["regionId", "ageBand"] }, { dimensions: ["regionId", "ageGroup"] }],
  [
    { dimensions: ["regionId", "gender"] },
    { dimensions: ["regionId", "ageGroup"] },
    { dimensions: ["gender", "ageGroup"] },
  ],
  [
    { dimensions: [{ name: "regionId", subtotals: [{ code: "west", members: ["BY-BR", "BY-HO"] }] }, "ageGroup"] },
    { dimensions: ["regionId", "gender"] },
  ],
  [
    { dimensions: ["period", "regionId"], period: "quarter" },
    { dimensions: ["period", "ageGroup"], period: "year" },
  ],
  [{ dimensions: ["regionId", "exploitation"] }, { dimensions: ["gender", "exploitation"] }],
];

describe("protectTables", () => {
  it("returns only tables that auditTables passes too when tables are linked and rounded", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FAMILIES.length - 1 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 40, max: 200 }),
        fc.constantFrom(3, 5, 10),
        fc.constantFrom("uniform" as const, "distinct" as const),
        (family, seed, count, base, markers) => {
          const records = generateSyntheticCases({
            count,
            seed,
            regionIds: REGIONS,
            from: "2014-01-01",
            to: "2014-12-31",
          });
          const raws = (FAMILIES[family] as readonly AggregateSpec[]).map((spec) => aggregate(records, spec));
          const published = protectTables(raws, { rounding: { kind: "nearest", base }, markers });
          if (!published.every((table) => table.disclosure.audit?.passed === true)) return;
          const reports = auditTables(published, raws);
          for (const report of reports) {
            expect(report.cells.filter((cell) => !cell.protected)).toEqual([]);
            expect(report.passed).toBe(true);
          }
        },
      ),
      { numRuns: 40, seed: 18 },
    );
  });
});
