// Benchmark: joint protection at CTDC width (issue 18) — publishTables on a year × means-of-control
// table (19 values, multi-valued), a means-of-control × gender table and a year × gender table of
// the bundled CTDC sample's records (generateSyntheticCtdcCases({ count: 1000, seed: 40 })).
// Run: pnpm --filter @nrmkit/stats bench:protect   (also part of `pnpm bench`)
// Prints the tables' sizes, the time of publishTables on the three jointly, hidden cells per table,
// and whether auditTables passes on the output. BENCH_CTDC_COUNT=<n> changes the number of records.
// Default 150 records: the goal of issue 18 is the whole 1,000-record sample in under 2 s. Today
// (2 shared cores): 300 records, publishTables 2.2 s and auditTables 2.1 s (were 10 s and 18 s);
// 1,000 records, publishTables 12.7 s and auditTables 10.7 s (were about 250 s and more). Branch
// and bound warm-starts from the parent's optimum and witnesses are kept between suppression
// rounds; the first round's dense pivots (row copies on write) are what is left. Run
// BENCH_CTDC_COUNT=1000 to see how far it is.
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { aggregate, auditTables, publishTables } from "../src/index.js";

const print = (line: string) => process.stdout.write(`${line}\n`);

const COUNT = Number(process.env.BENCH_CTDC_COUNT ?? 150);
const records = generateSyntheticCtdcCases({ count: COUNT, seed: 40 });
const raws = [
  aggregate(records, { dimensions: ["period", "meansOfControl"], period: "year" }),
  aggregate(records, { dimensions: ["meansOfControl", "gender"] }),
  aggregate(records, { dimensions: ["period", "gender"], period: "year" }),
];
for (const table of raws) {
  const shape = table.dimensions.map((d) => `${d.name} (${String(d.categories.length)})`).join(" × ");
  print(`${shape}: ${String(table.cells.length + table.totals.length)} entries`);
}
const start = performance.now();
const published = publishTables(raws);
const elapsed = performance.now() - start;
print(`publishTables, 3 tables of ${String(COUNT)} CTDC records jointly: ${(elapsed / 1000).toFixed(2)} s`);
published.forEach((table, t) => {
  print(`  table ${String(t + 1)}: ${String(table.disclosure.suppressedCells ?? 0)} hidden`);
});
const auditStart = performance.now();
const passed = auditTables(published, raws).every((report) => report.passed);
print(
  `auditTables on the output: ${passed ? "passed" : "FAILED"} in ${((performance.now() - auditStart) / 1000).toFixed(2)} s`,
);
