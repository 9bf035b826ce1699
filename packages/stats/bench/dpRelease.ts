// Benchmark: releaseTables (src/dp) on tables of about 2,000 cells and on five tables released
// together, against counting the same tables with aggregate in the same run (the baseline: what
// counting alone costs). Issue 23 asks for a 2,000-cell release with post-processing under 1 s.
// Run: pnpm --filter @nrmkit/stats bench:dp-release   (also part of `pnpm bench`)
// Prints the median of 7 rounds after 2 warm-ups, cells and totals released, and the ratio.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { type AggregateSpec, aggregate } from "../src/aggregate.js";
import { releaseTables } from "../src/dp/index.js";

const records = generateSyntheticCases({ count: Number(process.env.BENCH_DP_RECORDS ?? 20_000), seed: 23 });
const REGIONS = ["BY-BR", "BY-HM", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "unknown"];
const region = { name: "regionId", categories: REGIONS } as const;
const quarters = { period: "quarter", from: "2014-01-01", to: "2020-12-31" } as const;

const CASES: readonly (readonly [string, readonly AggregateSpec[]])[] = [
  ["region × age band × quarter (one table)", [{ dimensions: [region, "ageBand", "period"], ...quarters }]],
  ["region × sex × means of control (17 values, multi-valued)", [{ dimensions: [region, "gender", "meansOfControl"] }]],
  [
    "five tables of the same records",
    [
      { dimensions: [region, "ageBand", "period"], ...quarters },
      { dimensions: [region, "gender", "exploitation"] },
      { dimensions: ["ageGroup", "exploitationGroup", "period"], ...quarters },
      { dimensions: [region, "migration"] },
      { dimensions: ["gender", "meansOfControl"] },
    ],
  ],
];

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < 9; round++) {
    const start = performance.now();
    run();
    if (round >= 2) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
print(`releaseTables on ${records.length} synthetic records (median of 7 rounds)`);
for (const [name, specs] of CASES) {
  const counts = specs.map((spec) => aggregate(records, spec));
  const cells = counts.reduce((sum, table) => sum + table.cells.length, 0);
  const totals = counts.reduce((sum, table) => sum + table.totals.length, 0);
  const counting = median(() => specs.map((spec) => aggregate(records, spec)));
  const release = median(() => releaseTables(records, specs, { rho: 1 }));
  print(
    `${name}: ${cells} cells + ${totals} totals; release ${release.toFixed(0)} ms (${release < 1000 ? "under" : "OVER"} 1 s), counting alone ${counting.toFixed(0)} ms, ratio ${(release / counting).toFixed(1)}×`,
  );
}
