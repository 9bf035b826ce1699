// Tables of the same records published together, in the families that once gave each other's
// hidden counts away: derived dimensions, subtotals beside none, nested periods, cycles, rounding.
// Each set is protected by publishTables with default options, then attacked by the independent
// attacker of test/attacker.ts (its own exact solver, over every dimension's categories as unknowns).
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { expectNoDisclosure } from "../test/expectProtected.js";
import type { AggregateSpec } from "./aggregate.js";
import { aggregate } from "./aggregate.js";
import { crossTab } from "./crossTab.js";
import type { ProtectOptions } from "./protectTable.js";
import { publishTables } from "./protectTable.js";
import type { StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

const REGIONS = ["BY-BR", "BY-HO", "BY-VI"];
const records = (seed: number, count = 150) =>
  generateSyntheticCases({ count, seed, regionIds: REGIONS, from: "2014-01-01", to: "2014-12-31" });

const spec = (dimensions: AggregateSpec["dimensions"], period?: AggregateSpec["period"]): AggregateSpec =>
  period === undefined ? { dimensions } : { dimensions, period };

const FAMILIES: readonly (readonly [string, readonly AggregateSpec[], ProtectOptions?])[] = [
  ["derived: age group beside age band", [spec(["regionId", "ageBand"]), spec(["regionId", "ageGroup"])]],
  ["derived: exploitation group beside sex", [spec(["regionId", "exploitationGroup"]), spec(["regionId", "gender"])]],
  [
    "subtotals beside the same dimension without them",
    [
      spec([{ name: "regionId", subtotals: [{ code: "west", members: ["BY-BR", "BY-HO"] }] }, "ageGroup"]),
      spec(["regionId", "gender"]),
    ],
  ],
  ["nested periods", [spec(["period", "regionId"], "quarter"), spec(["period", "ageGroup"], "year")]],
  ["a cycle", [spec(["regionId", "gender"]), spec(["gender", "ageGroup"]), spec(["regionId", "ageGroup"])]],
  [
    "rounding to base 5",
    [spec(["regionId", "ageGroup"]), spec(["regionId", "gender"])],
    { rounding: { kind: "nearest", base: 5 } },
  ],
];

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

  for (const [family, specs, options] of FAMILIES) {
    it(`gives no hidden count away to an independent attacker: ${family}`, () => {
      for (const seed of [1, 2, 3]) {
        const data = records(seed);
        const raws = specs.map((one) => aggregate(data, one));
        const published = publishTables(raws, options);
        expectNoDisclosure(raws, published);
      }
    });
  }
});
