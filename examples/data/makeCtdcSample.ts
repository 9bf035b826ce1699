// Run: pnpm --filter @nrmkit/examples exec tsx data/makeCtdcSample.ts
// Writes data/ctdc-sample.csv: 1,000 synthetic rows in CTDC's 63-column K-anonymized layout, for
// example 40 and anyone who wants to try a CTDC import without real data. The rows describe nobody.
//
// How it is made, so that it can be made again byte for byte:
// 1. generateSyntheticCtdcCases({ count: 1000, seed: 40 }) from @nrmkit/core/synthetic: years
//    2002-2021, no region, eight made-up contributors that leave 20-90% of each flag group empty,
//    some writing only 1s, as in CTDC releases;
// 2. exportCtdc from @nrmkit/validation/ctdc writes them in the 63 columns;
// 3. a 64th column, `dataVersion`, stands for the columns that synthetic releases add (an import
//    reports it as unknown);
// 4. rows 100, 300, 500, 700 and 900 are damaged the ways real files are: a year typed wrong, a flag
//    of 2, a country that is no ISO code, a cut-off row, an age band CTDC never uses.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { exportCtdc } from "@nrmkit/validation/ctdc";

const DAMAGE: Readonly<Record<number, (cells: string[]) => string[]>> = {
  100: (cells) => ["20l9", ...cells.slice(1)],
  300: (cells) => cells.map((cell, i) => (i === 8 ? "2" : cell)),
  500: (cells) => cells.map((cell, i) => (i === 7 ? "QQ" : cell)),
  700: (cells) => cells.slice(0, 40),
  900: (cells) => cells.map((cell, i) => (i === 3 ? "17-19" : cell)),
};

const lines = exportCtdc(generateSyntheticCtdcCases({ count: 1000, seed: 40 }))
  .trimEnd()
  .split("\n");
const out = lines.map((line, row) => {
  if (row === 0) return `${line},dataVersion`;
  const cells = `${line},synthetic-1`.split(",");
  return (DAMAGE[row]?.(cells) ?? cells).join(",");
});
const path = join(dirname(fileURLToPath(import.meta.url)), "ctdc-sample.csv");
writeFileSync(path, `${out.join("\n")}\n`);
console.log(`wrote ${path}: ${out.length - 1} rows`);
