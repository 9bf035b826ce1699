// Secondary suppression through the public entry point: the grand total stays shown, and a
// three-way table keeps most of its entries, with the independent attacker confirming protection.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectNoDisclosure, expectProtected } from "../../../test/expectProtected.js";
import { table2 } from "../../../test/tableFixtures.js";
import { aggregate } from "../../aggregate.js";
import type { DimensionName } from "../../dimensions.js";
import { protectTable } from "../../protectTable.js";
import type { StatTable } from "../../statTable.js";

function grandTotalOf(table: StatTable) {
  return table.totals.find((cell) => cell.key.every((code) => code === null));
}

function hiddenCount(table: StatTable): number {
  return [...table.cells, ...table.totals].filter((cell) => cell.value === null).length;
}

describe("suppressCells", () => {
  it("never hides a grand total at or above the threshold when tables are random", () => {
    const matrix = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 5 })).chain(([rows, columns]) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
    fc.assert(
      fc.property(matrix, fc.constantFrom(3, 5, 11), (counts, threshold) => {
        const raw = table2(counts);
        const published = protectTable(raw, { threshold });
        if ((grandTotalOf(raw)?.value ?? 0) >= threshold) expect(grandTotalOf(published)?.value).not.toBeNull();
        expectProtected([raw], [published]);
      }),
      { numRuns: 60 },
    );
  });

  // The attacker's exact simplex over sets of values takes minutes on the multi-valued table, so
  // it checks the single-valued one; the audit's integer witnesses prove both.
  it.each<{ dimensions: DimensionName[]; atMost: number; attacker: boolean }>([
    { dimensions: ["regionId", "gender", "exploitationGroup"], atMost: 0.6, attacker: false },
    { dimensions: ["regionId", "gender", "ageGroup"], atMost: 0.75, attacker: true },
  ])(
    "hides far fewer than all entries of $dimensions when 1,000 records are counted",
    ({ dimensions, atMost, attacker }) => {
      const raw = aggregate(generateSyntheticCases({ count: 1000, seed: 1 }), { dimensions });
      const published = protectTable(raw);
      const entries = raw.cells.length + raw.totals.length;
      expect(published.disclosure.audit?.passed).toBe(true);
      expect(grandTotalOf(published)?.value).toBe(grandTotalOf(raw)?.value);
      expect(hiddenCount(published)).toBeLessThan(atMost * entries);
      if (attacker) expectNoDisclosure([raw], [published]);
    },
  );
});
