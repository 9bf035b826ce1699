// Run: pnpm --filter @nrmkit/examples exec tsx 40-ctdc-summary.ts [path/to/ctdc.csv]
// Imports a CTDC case-level CSV (default: data/ctdc-sample.csv, 1,000 synthetic rows made by
// data/makeCtdcSample.ts) as a stream, and prints one JSON object
// { rows, accepted, rejected, unknownColumns, byYear, byGender, byAgeBroad, byExploitation, byCountryOfExploitation }
// (counts of persons as imported: exploitation counts a person once per type, "unknown" is not
// recorded, "none" recorded with no type), then the rejected rows, a protected year × gender table
// and CTDC's percentage of each means of control over the persons for whom it is recorded.
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CaseRecord } from "@nrmkit/core";
import { aggregate, publishTable, type StatCell, type StatTable, tableGrid, valueShares } from "@nrmkit/stats";
import { importCtdcStream } from "@nrmkit/validation/ctdc";

const path = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "data", "ctdc-sample.csv");

const records: CaseRecord[] = [];
const rejected: { row: number; issues: string[] }[] = [];
let unknownColumns: readonly string[] = [];
let rows = 0;
for await (const batch of importCtdcStream(createReadStream(path))) {
  rows += batch.stats.rows;
  unknownColumns = batch.unknownColumns;
  records.push(...batch.records);
  for (const row of batch.rejected) rejected.push({ row: row.row, issues: row.issues.map((issue) => issue.message) });
}

/** Counts by one dimension, from the raw table: code → persons. */
function countsBy(
  dimension: Parameters<typeof aggregate>[1]["dimensions"][number],
  period?: "year",
): Record<string, number> {
  const table = aggregate(
    records,
    period === undefined ? { dimensions: [dimension] } : { dimensions: ["period"], period },
  );
  const counts: Record<string, number> = {};
  for (const cell of table.cells) if ((cell.value ?? 0) > 0) counts[cell.key[0] as string] = cell.value as number;
  return counts;
}

console.log(
  JSON.stringify(
    {
      rows,
      accepted: records.length,
      rejected: rejected.length,
      unknownColumns,
      byYear: countsBy("period", "year"),
      byGender: countsBy("gender"),
      byAgeBroad: countsBy("ageBand"),
      byExploitation: countsBy("exploitation"),
      byCountryOfExploitation: countsBy("exploitationCountry"),
    },
    null,
    2,
  ),
);

console.log("\nRejected rows (row numbers count data rows after the header):");
for (const row of rejected) console.log(`  row ${row.row}: ${row.issues.join("; ")}`);

// What may leave the agency: a table protected by default (threshold 11, secondary suppression).
const table: StatTable = publishTable(
  aggregate(records, {
    title: "Registered victims by year of registration and gender (synthetic CTDC-layout data)",
    dimensions: ["period", "gender"],
    period: "year",
  }),
);
const show = (cell: StatCell) => (cell.value === null ? "x" : String(cell.value)).padStart(8);
const grid = tableGrid(table);
console.log(`\n${table.title}`);
console.log(
  `${"".padEnd(8)}${grid.columnDimension?.categories.map((category) => category.label.slice(0, 7).padStart(8)).join("") ?? ""}${"Total".padStart(8)}`,
);
for (const row of grid.rows)
  console.log(`${row.category.label.padEnd(8)}${row.cells.map(show).join("")}${show(row.total)}`);
console.log(`${"Total".padEnd(8)}${grid.columnTotals.map(show).join("")}${show(grid.grandTotal)}`);
console.log(`Note: ${table.disclosure.note}`);

// CTDC's rule: each percentage over the persons for whom that means of control is recorded (1 or 0),
// never over everyone; counts under the threshold are withheld, as CTDC withholds them.
const shares = valueShares(records, "meansOfControl");
console.log(`\n${shares.label} (CTDC rule)`);
for (const row of shares.rows) {
  // Labels read "Total: Debt bondage" (the shares are not split by anything): keep the value's name.
  const label = row.label.split(": ").pop() ?? row.label;
  const shown =
    row.denominator === 0
      ? "no CTDC flag: never recorded"
      : row.value === null
        ? `hidden (under the threshold) of ${row.denominator ?? "a hidden number"}`
        : `${row.value.toFixed(1).padStart(5)}% of ${row.denominator ?? "a hidden number"}`;
  console.log(`  ${label.padEnd(32)}${shown}`);
}
