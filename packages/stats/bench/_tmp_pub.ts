import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { aggregate, publishTables } from "/work/wt/speed/packages/stats/src/index.js";

const COUNT = Number(process.env.BENCH_CTDC_COUNT ?? 150);
const records = generateSyntheticCtdcCases({ count: COUNT, seed: 40 });
const raws = [
  aggregate(records, { dimensions: ["period", "meansOfControl"], period: "year" }),
  aggregate(records, { dimensions: ["meansOfControl", "gender"] }),
  aggregate(records, { dimensions: ["period", "gender"], period: "year" }),
];
const t = performance.now();
publishTables(raws);
process.stderr.write(`publish ${((performance.now() - t) / 1000).toFixed(2)}\n`);
