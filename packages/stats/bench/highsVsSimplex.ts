// Benchmark: HiGHS (npm `highs`, WebAssembly) against the in-house dense simplex (issue 18: "Evaluate
// HiGHS compiled to WebAssembly against the in-house simplex for speed and bundle size").
// Run: pnpm --filter @nrmkit/stats bench:highs
// The LPs: the joint CTDC problem of bench/ctdcProtection.ts (year × means of control, means of
// control × gender, year × gender of generateSyntheticCtdcCases({ count, seed: 40 })), published by
// publishTables, read back as the reader model (atoms as columns, every known quantity and link as
// a row), one LP per hidden quantity and direction. Both engines solve the same rows over the whole
// model (production splits it into components after bound propagation first, so its own LPs are
// smaller). Prints per engine: LPs, total time, time per LP, the largest disagreement of optima,
// and the bundle cost of HiGHS (js + wasm, raw and gzip) beside the simplex's.
// BENCH_CTDC_COUNT=<n> changes the number of records (default 150).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { buildSync } from "esbuild";
import highsImport from "highs";
import { aggregate, isSuppressedStatus, publishTables } from "../src/index.js";
import { readerKnowledge } from "../src/internal/protection/readerKnowledge.js";
import { readerModel } from "../src/internal/protection/readerModel.js";
import { feasibleTableau, type LpRow, maximise } from "../src/internal/protection/simplex.js";

// highs ships CommonJS types beside an ES module: the loader is the default export at run time.
type HighsLoader = typeof highsImport.default;
const highsLoader: HighsLoader =
  typeof highsImport === "function" ? (highsImport as unknown as HighsLoader) : highsImport.default;
const print = (line: string) => process.stdout.write(`${line}\n`);

const COUNT = Number(process.env.BENCH_CTDC_COUNT ?? 150);
const records = generateSyntheticCtdcCases({ count: COUNT, seed: 40 });
const raws = [
  aggregate(records, { dimensions: ["period", "meansOfControl"], period: "year" }),
  aggregate(records, { dimensions: ["meansOfControl", "gender"] }),
  aggregate(records, { dimensions: ["period", "gender"], period: "year" }),
];
const published = publishTables(raws);
const model = readerModel(published);
const known = readerKnowledge(model);
const n = model.atomCount;
const rows: LpRow[] = [];
model.quantities.forEach((atoms, q) => {
  const lower = known.lower[q] as number;
  const upper = known.upper[q] as number;
  const columns = [...atoms];
  if (lower === upper) rows.push({ columns, values: columns.map(() => 1), type: "eq", rhs: upper });
  else {
    if (Number.isFinite(upper)) rows.push({ columns, values: columns.map(() => 1), type: "le", rhs: upper });
    if (lower > 0) rows.push({ columns, values: columns.map(() => -1), type: "le", rhs: -lower });
  }
});
for (const link of model.links) {
  rows.push({ columns: [...link.atoms], values: [...link.coefficients], type: link.kind, rhs: 0 });
}
const targets = new Set<number>();
for (const layout of model.layouts) {
  layout.statuses.forEach((status, at) => {
    const q = layout.quantity[at] as number;
    if (status !== undefined && isSuppressedStatus(status) && q >= 0) targets.add(q);
  });
}
const objectives = [...targets].flatMap((q) => {
  const objective = new Array<number>(n).fill(0);
  for (const a of model.quantities[q] as Int32Array) objective[a] = 1;
  return [objective, objective.map((c) => -c)];
});
print(
  `${String(COUNT)} CTDC records: ${String(n)} atoms, ${String(rows.length)} rows, ${String(objectives.length)} LPs`,
);

let start = performance.now();
const tableau = feasibleTableau(n, rows);
const ours = objectives.map((objective) => {
  if (tableau === null) return Number.NaN;
  const result = maximise(tableau, objective);
  return result.status === "optimal" ? result.value : Number.POSITIVE_INFINITY;
});
const oursMs = performance.now() - start;

const highs = await highsLoader();
const body = rows.map((row, i) => {
  const terms = row.columns.map((c, k) => `${(row.values[k] as number) < 0 ? "-" : "+"} a${String(c)}`).join("\n ");
  return ` r${String(i)}: ${terms} ${row.type === "eq" ? "=" : "<="} ${String(row.rhs)}`;
});
start = performance.now();
const theirs = objectives.map((objective) => {
  const terms = objective.flatMap((c, a) => (c === 0 ? [] : [`${c < 0 ? "-" : "+"} a${String(a)}`])).join("\n ");
  const lp = ["Maximize", ` obj: ${terms}`, "Subject To", ...body, "End"].join("\n");
  const result = highs.solve(lp, { output_flag: false });
  return result.Status === "Optimal" ? result.ObjectiveValue : Number.POSITIVE_INFINITY;
});
const theirsMs = performance.now() - start;
// The persistent API: the model parsed once, each objective a cost change warm-started from the
// previous basis (as the in-house simplex reuses one phase 1).
start = performance.now();
const persistent = highs.createModel();
persistent.options.set("output_flag", false);
const allColumns = Array.from({ length: n }, (_, a) => `0 a${String(a)}`).join("\n + ");
persistent.readModel({
  format: "lp",
  data: ["Maximize", ` obj: ${allColumns}`, "Subject To", ...body, "End"].join("\n"),
});
const warm = objectives.map((objective) => {
  persistent.changeColsCost({ kind: "range", from: 0, to: n - 1 }, objective);
  persistent.run();
  return persistent.getObjectiveValue();
});
persistent.dispose();
const warmMs = performance.now() - start;
const gap = (values: readonly number[]) => Math.max(...ours.map((v, i) => Math.abs(v - (values[i] as number)) || 0));
const perLp = (ms: number) => `${ms.toFixed(0)} ms (${(ms / objectives.length).toFixed(2)} ms per LP)`;
print(`in-house simplex, one phase 1:         ${perLp(oursMs)}`);
print(`HiGHS, one LP text per objective:      ${perLp(theirsMs)}`);
print(`HiGHS, one model, objective changes:   ${perLp(warmMs)}`);
print(`largest difference of optima: ${String(Math.max(gap(theirs), gap(warm)))}`);

const require = createRequire(import.meta.url);
const highsDir = dirname(require.resolve("highs"));
const size = (bytes: Buffer) =>
  `${(bytes.length / 1024).toFixed(0)} KiB (gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KiB)`;
const wasm = readFileSync(join(highsDir, "highs.wasm"));
const js = readFileSync(join(highsDir, "highs.mjs"));
print(`HiGHS bundle: highs.wasm ${size(wasm)} + highs.mjs ${size(js)}`);
const simplex = buildSync({
  entryPoints: [new URL("../src/internal/protection/simplex.ts", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
});
print(`in-house simplex.ts, minified: ${size(Buffer.from(simplex.outputFiles[0]?.contents ?? []))}`);
