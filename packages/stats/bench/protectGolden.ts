// Golden comparison for the protection engine (issue 18): publishes fixed inputs — the CTDC-width
// bench tables at 100 and 150 records and the linked-table families of linkedTables.test.ts under
// several options — and writes every published table and audit report as JSON, so that a change
// meant only for speed can be checked to give identical hidden cells, intervals and witnesses.
// Run: tsx --conditions @nrmkit/source bench/protectGolden.ts write <file>   (before the change)
//      tsx --conditions @nrmkit/source bench/protectGolden.ts check <file>   (after; exits 1 on a difference)
import { readFileSync, writeFileSync } from "node:fs";
import { generateSyntheticCases, generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import {
  type AggregateSpec,
  aggregate,
  auditTables,
  forgetPublishedTables,
  type ProtectOptions,
  protectTables,
  publishTables,
} from "../src/index.js";

const [mode, file] = process.argv.slice(2);
if ((mode !== "write" && mode !== "check") || file === undefined) {
  process.stderr.write("usage: protectGolden.ts write|check <file>\n");
  process.exit(2);
}

const results: Record<string, unknown> = {};
const record = (name: string, run: () => unknown) => {
  // Each case publishes as if first: earlier cases of the same records must not be its ledger.
  forgetPublishedTables();
  const start = performance.now();
  results[name] = JSON.parse(JSON.stringify(run()));
  process.stdout.write(`${name}: ${((performance.now() - start) / 1000).toFixed(2)} s\n`);
};

for (const count of [100, 150]) {
  const records = generateSyntheticCtdcCases({ count, seed: 40 });
  const raws = [
    aggregate(records, { dimensions: ["period", "meansOfControl"], period: "year" }),
    aggregate(records, { dimensions: ["meansOfControl", "gender"] }),
    aggregate(records, { dimensions: ["period", "gender"], period: "year" }),
  ];
  record(`ctdc ${String(count)} publishTables`, () => {
    const published = publishTables(raws);
    return { published, audit: count === 100 ? auditTables(published, raws) : null };
  });
}

const REGIONS = ["BY-BR", "BY-HO", "BY-VI"];
const spec = (dimensions: AggregateSpec["dimensions"], period?: AggregateSpec["period"]): AggregateSpec =>
  period === undefined ? { dimensions } : { dimensions, period };
const FAMILIES: readonly (readonly [string, readonly AggregateSpec[]])[] = [
  ["derived", [spec(["regionId", "ageBand"]), spec(["regionId", "ageGroup"])]],
  [
    "subtotals",
    [
      spec([{ name: "regionId", subtotals: [{ code: "west", members: ["BY-BR", "BY-HO"] }] }, "ageGroup"]),
      spec(["regionId", "gender"]),
    ],
  ],
  ["nested", [spec(["period", "regionId"], "quarter"), spec(["period", "ageGroup"], "year")]],
  ["cycle", [spec(["regionId", "gender"]), spec(["gender", "ageGroup"]), spec(["regionId", "ageGroup"])]],
];
const OPTIONS: readonly (readonly [string, ProtectOptions])[] = [
  ["default", {}],
  ["rounding", { rounding: { kind: "nearest", base: 5 } }],
  ["distinct", { markers: "distinct" }],
  ["zeros", { zerosSensitive: true, cost: "cells" }],
];
for (const [family, specs] of FAMILIES) {
  for (const seed of [1, 2, 3]) {
    const data = generateSyntheticCases({ count: 150, seed, regionIds: REGIONS, from: "2014-01-01", to: "2014-12-31" });
    const raws = specs.map((one) => aggregate(data, one));
    for (const [name, options] of OPTIONS) {
      record(`${family} seed ${String(seed)} ${name}`, () => {
        const published = publishTables(raws, options);
        const joint = protectTables(raws, options);
        return { published, joint, audit: auditTables(published, raws) };
      });
    }
  }
}

if (mode === "write") {
  writeFileSync(file, JSON.stringify(results));
} else {
  const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  let differences = 0;
  for (const [name, value] of Object.entries(results)) {
    if (JSON.stringify(value) !== JSON.stringify(before[name])) {
      differences++;
      process.stdout.write(`DIFFERENT: ${name}\n`);
    }
  }
  process.stdout.write(differences === 0 ? "identical\n" : `${String(differences)} different\n`);
  process.exit(differences === 0 ? 0 : 1);
}
