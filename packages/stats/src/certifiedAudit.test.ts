// The audit's exact intervals, certified without floating point (witness tables for the inner
// bound, bound propagation or a dual certificate in BigInt fractions for the outer one), checked
// against the independent attacker's exact intervals on linked tables.
import { describe, expect, it } from "vitest";
import { attack } from "../test/attacker.js";
import { LINKED_FAMILIES, linkedRecords } from "../test/linkedFamilies.js";
import { aggregate } from "./aggregate.js";
import { auditTables } from "./auditTable.js";
import { protectTables } from "./protectTable.js";

describe("auditTables", () => {
  it("certifies the intervals it reports, and they are the attacker's exact intervals", () => {
    let cells = 0;
    let certified = 0;
    for (const [, specs, options] of LINKED_FAMILIES) {
      for (const seed of [21, 22]) {
        const data = linkedRecords(seed);
        const published = protectTables(
          specs.map((spec) => aggregate(data, spec)),
          options,
        );
        const intervals = attack(published);
        expect(intervals).not.toBe("infeasible");
        if (intervals === "infeasible") continue;
        auditTables(published).forEach((report, t) => {
          for (const cell of report.cells) {
            cells++;
            if (!cell.certified) continue;
            certified++;
            const exact = intervals.find(
              (interval) => interval.table === t && JSON.stringify(interval.key) === JSON.stringify(cell.key),
            );
            expect({ key: cell.key, lower: cell.lower, upper: cell.upper }).toEqual({
              key: cell.key,
              // + 0 turns the attacker's -0 into 0.
              lower: exact === undefined ? undefined : exact.lower + 0,
              upper: exact?.upper,
            });
          }
        });
      }
    }
    expect(cells).toBeGreaterThan(50);
    // Nearly every interval comes with its certificate (the rest rest on the simplex alone).
    expect(certified / cells).toBeGreaterThan(0.9);
  }, 120_000);
});
