// Run: pnpm --filter @nrmkit/examples exec tsx 41-ctdc-joint-protection.ts [path/to/ctdc.csv]
// Publishes three tables of the same CTDC records together, at CTDC's width: year × means of
// control (17 flags a person can hold in any combination, plus "none" and "not recorded"), means
// of control × gender, and year × gender, from data/ctdc-sample.csv (1,000 synthetic rows) by
// default. publishTables protects them jointly: a count that two tables share (a year's total, a
// means of control's total, the grand total) is one quantity for the reader, so no hidden cell can
// be narrowed below the protection level from the three tables together. Prints each table's
// size and hidden cells, the year × gender table as a reader gets it, and the independent joint
// audit (auditTables) of what was published.
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CaseRecord } from "@nrmkit/core";
import { aggregate, auditTables, publishTables, type StatCell, tableGrid } from "@nrmkit/stats";
import { importCtdcStream } from "@nrmkit/validation/ctdc";

const path = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "data", "ctdc-sample.csv");

const records: CaseRecord[] = [];
for await (const batch of importCtdcStream(createReadStream(path))) records.push(...batch.records);

const raws = [
  aggregate(records, {
    title: "Victims by year of registration and means of control",
    dimensions: ["period", "meansOfControl"],
    period: "year",
  }),
  aggregate(records, { title: "Victims by means of control and gender", dimensions: ["meansOfControl", "gender"] }),
  aggregate(records, {
    title: "Victims by year of registration and gender",
    dimensions: ["period", "gender"],
    period: "year",
  }),
];

const started = performance.now();
const published = publishTables(raws);
const seconds = (performance.now() - started) / 1000;

console.log(`${records.length} records; three tables published jointly in ${seconds.toFixed(1)} s\n`);
for (const table of published) {
  const entries = table.cells.length + table.totals.length;
  const shape = table.dimensions.map((d) => `${d.label} (${d.categories.length})`).join(" × ");
  console.log(`${table.title}\n  ${shape}: ${entries} entries, ${table.disclosure.suppressedCells} hidden`);
}

const [, , byYearAndGender] = published;
if (byYearAndGender !== undefined) {
  const show = (cell: StatCell) => (cell.value === null ? "x" : String(cell.value)).padStart(9);
  const grid = tableGrid(byYearAndGender);
  console.log(`\n${byYearAndGender.title} (x = hidden)`);
  const header = grid.columnDimension?.categories.map((category) => category.label.slice(0, 8).padStart(9)) ?? [];
  console.log(`${"".padEnd(8)}${header.join("")}${"Total".padStart(9)}`);
  for (const row of grid.rows)
    console.log(`${row.category.label.padEnd(8)}${row.cells.map(show).join("")}${show(row.total)}`);
  console.log(`${"Total".padEnd(8)}${grid.columnTotals.map(show).join("")}${show(grid.grandTotal)}`);
  console.log(`Note: ${byYearAndGender.disclosure.note}`);
}

// An audit from the published tables alone, as a reader would run it: exact integer bounds of
// every hidden cell over all three tables together.
const audits = auditTables(published);
const narrowest = Math.min(...audits.map((report) => report.minWidth ?? Number.POSITIVE_INFINITY));
console.log(
  `\nJoint audit: ${audits.every((report) => report.passed) ? "passed" : "FAILED"}; narrowest hidden interval ${narrowest} persons wide (protection level ${published[0]?.disclosure.protectionLevel ?? "?"})`,
);
