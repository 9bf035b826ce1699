import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { type AggregateSpec, aggregate, protectTables } from "../src/index.js";
const region: AggregateSpec["dimensions"][number] = { name: "regionId", subtotals: [{ code: "west", members: ["BY-BR", "BY-HR"] }] };
const specs: readonly AggregateSpec[] = [
  { dimensions: ["period", region, "gender", "ageGroup"], period: "month" },
  { dimensions: ["period", "exploitation", "gender"], period: "quarter" },
  { dimensions: ["period", "ageGroup"], period: "year" },
  { dimensions: [region, "exploitation"] },
  { dimensions: ["gender", "ageGroup"] },
];
const records = generateSyntheticCases({ count: Number(process.env.N ?? 5000), seed: 18, from: "2014-01-01", to: "2015-12-31" });
const raws = specs.map((spec) => aggregate(records, spec));
for (const t of raws) console.log(t.cells.length + t.totals.length, "entries");
const t0 = performance.now();
const out = protectTables(raws, { rounding: { kind: "nearest", base: 5 } });
console.log("protectTables", ((performance.now() - t0) / 1000).toFixed(2), "s", out.map((t) => t.disclosure.suppressedCells), out.every((t) => t.disclosure.audit?.passed));
