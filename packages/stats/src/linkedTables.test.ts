// Tables of the same records published together, in the families that once gave each other's
// hidden counts away: derived dimensions, subtotals beside none, nested periods, cycles, rounding.
// Each set is protected by publishTables with default options, then attacked by the independent
// attacker of test/attacker.ts (its own exact solver, over every dimension's categories as unknowns).
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { expectNoDisclosure } from "../test/expectProtected.js";
import { LINKED_FAMILIES, linkedRecords } from "../test/linkedFamilies.js";
import { aggregate } from "./aggregate.js";
import { crossTab } from "./crossTab.js";
import { publishTables } from "./protectTable.js";
import type { StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

describe("publishTables on linked tables", () => {
  it("shows a count two tables share the same way in both (the region total beside age bands and age groups)", () => {
    const data = generateSyntheticCases({ count: 150, seed: 950 });
    const [bands, groups] = publishTables([
      crossTab(data, "regionId", "ageBand"),
      crossTab(data, "regionId", "ageGroup"),
    ]);
    for (const region of ["BY-BR", "BY-HM", "BY-MA", "BY-VI"]) {
      const shown = [
        cellAt(bands as StatTable, [region, null])?.value,
        cellAt(groups as StatTable, [region, null])?.value,
      ];
      // A total hidden in one table and shown in the other is a total given away.
      expect(shown[0] === null).toBe(shown[1] === null);
    }
  });

  for (const [family, specs, options] of LINKED_FAMILIES) {
    it(`gives no hidden count away to an independent attacker: ${family}`, () => {
      for (const seed of [1, 2, 3]) {
        const data = linkedRecords(seed);
        const raws = specs.map((one) => aggregate(data, one));
        const published = publishTables(raws, options);
        expectNoDisclosure(raws, published);
      }
    });
  }
});
