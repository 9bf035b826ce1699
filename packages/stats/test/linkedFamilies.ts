// Families of linked tables (the same records counted in several tables) shared by the disclosure
// suites: derived dimensions, subtotals beside none, nested periods, a cycle, rounding.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import type { AggregateSpec } from "../src/aggregate.js";
import type { ProtectOptions } from "../src/protectTable.js";

const REGIONS = ["BY-BR", "BY-HO", "BY-VI"];
/** Synthetic records of three regions in 2014. */
export const linkedRecords = (seed: number, count = 150) =>
  generateSyntheticCases({ count, seed, regionIds: REGIONS, from: "2014-01-01", to: "2014-12-31" });

const spec = (dimensions: AggregateSpec["dimensions"], period?: AggregateSpec["period"]): AggregateSpec =>
  period === undefined ? { dimensions } : { dimensions, period };

/** Families of tables of the same records that once gave each other's hidden counts away. */
export const LINKED_FAMILIES: readonly (readonly [string, readonly AggregateSpec[], ProtectOptions?])[] = [
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
  // The model splits these into blocks of a triangulation (quarter × region × sex beside region × age group).
  [
    "a cycle beside a further dimension",
    [
      spec(["period", "regionId"], "quarter"),
      spec(["period", "gender"], "quarter"),
      spec(["regionId", "gender"]),
      spec(["regionId", "ageGroup"]),
    ],
  ],
  [
    "rounding to base 5",
    [spec(["regionId", "ageGroup"]), spec(["regionId", "gender"])],
    { rounding: { kind: "nearest", base: 5 } },
  ],
];
