// Run: pnpm --filter @nrmkit/examples exec tsx 42-dp-release.ts
// Releases the demo's statistics (2,000 synthetic records: region × sex, form of exploitation, quarters of 2014–2015)
// with differential privacy from a yearly budget, prints the region table with each count's interval, compares its
// accuracy with cell suppression on the same table, and shows the ledger refusing a release past the budget.
import { isNrmkitError } from "@nrmkit/core";
import { belarusRegions } from "@nrmkit/core/belarus2014";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { type AggregateSpec, aggregate, cellAt, publishTable, type StatCell, tableGrid } from "@nrmkit/stats";
import { createPrivacyLedger, epsilonOfRho, privacySpent, releaseTables } from "@nrmkit/stats/dp";

const records = generateSyntheticCases({ count: 2000, seed: 2014 });
const regions = [...belarusRegions.map((region) => region.id), "unknown"];
const regionNames = Object.fromEntries(belarusRegions.map((region) => [region.id, region.name.en ?? region.id]));
// The shape of a release must not come from the data: regions listed, periods bounded.
const DP_SPECS: readonly AggregateSpec[] = [
  {
    dimensions: [{ name: "regionId", label: "Region", categories: regions, labels: regionNames }, "gender"],
    title: "Registered victims by region and sex",
  },
  { dimensions: ["exploitationGroup"], title: "Registered victims by form of exploitation" },
  {
    dimensions: ["period"],
    period: "quarter",
    from: "2014-01-01",
    to: "2015-12-31",
    title: "Registered victims by quarter",
  },
];

// A yearly budget of ρ = 1, spent a quarter at a time: this release takes ρ = 0.25.
let ledger = createPrivacyLedger({ rho: 1 });
const release = releaseTables(records, DP_SPECS, { rho: 0.25, ledger, label: "2015 Q4" });
ledger = release.ledger ?? ledger;
const [byRegion] = release.tables;
if (byRegion === undefined) throw new Error("no table released");
const privacy = byRegion.disclosure.privacy;
console.log(byRegion.title);
const show = (cell: StatCell) => {
  const [low, high] = cell.interval ?? [cell.value, cell.value];
  return `${String(cell.value).padStart(5)} (${low}–${high})`.padEnd(16);
};
const grid = tableGrid(byRegion);
console.log(
  `${"".padEnd(18)}${grid.columnDimension?.categories.map((category) => category.label.padEnd(16)).join("") ?? ""}Total`,
);
for (const row of grid.rows)
  console.log(`${row.category.label.padEnd(18)}${row.cells.map(show).join("")}${show(row.total)}`);
console.log(`${"Total".padEnd(18)}${grid.columnTotals.map(show).join("")}${show(grid.grandTotal)}`);
console.log(`\nNote: ${byRegion.disclosure.note}`);
console.log(
  `Noise: ${privacy?.mechanism}, σ = ${privacy?.noiseScale}, for ${privacy?.sensitivity} counts a person can be in across the ${privacy?.tables} tables.`,
);
console.log(`As (ε, δ)-DP with δ = 1e-6: ε = ${epsilonOfRho(release.rho, 1e-6).toFixed(2)} for this release.`);

// The same table protected by suppression (threshold 11): hidden cells show nothing at all.
const raw = aggregate(records, DP_SPECS[0] as AggregateSpec);
const suppressed = publishTable(raw, { threshold: 11 });
let hidden = 0;
let dpError = 0;
let counts = 0;
for (const cell of [...raw.cells, ...raw.totals]) {
  const shown = cellAt(suppressed, cell.key);
  const noisy = cellAt(byRegion, cell.key);
  if (shown?.value === null) hidden += 1;
  dpError += Math.abs((noisy?.value ?? 0) - (cell.value ?? 0));
  counts += 1;
}
console.log(
  `\nSuppression hides ${hidden} of ${counts} counts and shows the rest exactly; differential privacy shows all ${counts}, off by ${(dpError / counts).toFixed(1)} on average (each within ±${privacy?.margin} at 95 %).`,
);

// The ledger: three more quarters fit the year's budget, a fifth release does not.
for (const quarter of ["2016 Q1", "2016 Q2", "2016 Q3"]) {
  ledger = releaseTables(records, DP_SPECS, { rho: 0.25, ledger, label: quarter }).ledger ?? ledger;
}
console.log(
  `\nLedger: ${ledger.releases.map((charge) => charge.label).join(", ")}; spent ρ = ${privacySpent(ledger)} of ${ledger.budget.rho}.`,
);
try {
  releaseTables(records, DP_SPECS, { rho: 0.25, ledger, label: "2016 Q4" });
} catch (error) {
  if (!isNrmkitError(error, "privacy_budget_exceeded")) throw error;
  console.log(`Refused (${error.code}): ${error.message}`);
}
