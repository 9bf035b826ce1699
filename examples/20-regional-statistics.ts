// Run: pnpm --filter @nrmkit/examples exec tsx 20-regional-statistics.ts
// Prints a protected table of registered victims by Belarusian region and form of exploitation (synthetic data), hidden cells marked "x", with the disclosure footnotes and the audit.
import { belarusRegions } from "@nrmkit/core/belarus2014";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { aggregate, auditTable, publishTable, type StatCell, shareOfChildren, tableGrid } from "@nrmkit/stats";

const records = generateSyntheticCases({ count: 700, seed: 2014, from: "2014-01-01", to: "2014-12-31" });
const regionNames = Object.fromEntries(belarusRegions.map((region) => [region.id, region.name.en ?? region.id]));

const raw = aggregate(records, {
  title: "Registered victims of trafficking by region and form of exploitation, 2014 (synthetic data)",
  dimensions: [
    { name: "regionId", label: "Region", categories: belarusRegions.map((region) => region.id), labels: regionNames },
    "exploitationGroup",
  ],
});
const table = publishTable(raw, { threshold: 11 });

// One marker for both kinds of suppression, as the table's metadata asks (markers: "uniform").
const show = (cell: StatCell) => (cell.value === null ? "x" : String(cell.value)).padStart(9);
const grid = tableGrid(table);
console.log(table.title);
console.log(
  `${"".padEnd(16)}${grid.columnDimension?.categories.map((category) => category.code.padStart(9)).join("") ?? ""}${"Total".padStart(9)}`,
);
for (const row of grid.rows)
  console.log(`${row.category.label.padEnd(16)}${row.cells.map(show).join("")}${show(row.total)}`);
console.log(`${"Total".padEnd(16)}${grid.columnTotals.map(show).join("")}${show(grid.grandTotal)}`);
console.log("");
for (const note of [table.disclosure.note, ...table.notes]) console.log(`Note: ${note}`);
const { method, threshold, protectionLevel, markers, suppressedCells } = table.disclosure;
console.log({ method, threshold, protectionLevel, markers, suppressedCells });

// The audit: every hidden cell's feasible interval from the published numbers.
const audit = auditTable(table, raw);
console.log(
  `Audit (${audit.method}): passed ${String(audit.passed)}, narrowest interval ${String(audit.minWidth)} wide`,
);
for (const cell of audit.cells.slice(0, 3)) {
  console.log(
    `  ${cell.key.map((code) => code ?? "total").join(" / ")}: between ${cell.lower} and ${cell.upper ?? "∞"}`,
  );
}
const children = shareOfChildren(records).rows[0];
console.log(`Share of children among victims with a known age: ${children?.value?.toFixed(1) ?? "hidden"} %`);
