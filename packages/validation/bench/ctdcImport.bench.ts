// Benchmark: importing a 1,000,000-row CTDC-layout CSV from a stream, against a plain csv-parse
// pass over the same bytes, each in a child process of its own, with the child's peak RSS.
// Run: pnpm --filter @nrmkit/validation bench   (or `pnpm bench` at the root for every package)
// BENCH_CTDC_ROWS sets the row count (default 1,000,000); 3 runs of each, interleaved, medians.
// Goals: importCtdcStream at most 2× csv-parse; peak RSS under 300 MB.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import { parse } from "csv-parse";
import { ctdcLines, importCtdcStream } from "../src/ctdc/index.js";

const self = fileURLToPath(import.meta.url);
const print = (line: string) => process.stdout.write(`${line}\n`);

interface ChildResult {
  readonly mode: string;
  readonly rows: number;
  readonly accepted: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

async function child(mode: string, file: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  let accepted = 0;
  if (mode === "csv-parse") {
    for await (const _record of createReadStream(file).pipe(parse({ from_line: 2 }))) rows++;
    accepted = rows;
  } else {
    // What a user does with a big file: count or store each batch, then let it go.
    for await (const batch of importCtdcStream(createReadStream(file))) {
      rows += batch.stats.rows;
      accepted += batch.stats.accepted;
    }
  }
  const ms = performance.now() - started;
  const result: ChildResult = { mode, rows, accepted, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function run(mode: string, file: string): ChildResult {
  const result = spawnSync(process.execPath, [...process.execArgv, self, "child", mode, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`child ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}") as ChildResult;
}

/** Writes the file in slices, so the parent never holds a million records. */
async function writeFile(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const slice = 100_000;
  for (let from = 0; from < rows; from += slice) {
    const records = generateSyntheticCtdcCases({ count: Math.min(slice, rows - from), seed: 1000 + from });
    let text = "";
    let first = true;
    for (const line of ctdcLines(records)) {
      if (first) {
        first = false;
        if (from > 0) continue;
      }
      text += `${line}\n`;
    }
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise((resolve) => out.end(resolve));
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_CTDC_ROWS ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), "nrmkit-ctdc-bench-"));
  const file = join(dir, "ctdc.csv");
  try {
    await writeFile(file, rows);
    const results: Record<string, ChildResult[]> = { "csv-parse": [], importCtdcStream: [] };
    for (let i = 0; i < 3; i++) {
      for (const mode of ["csv-parse", "importCtdcStream"]) results[mode]?.push(run(mode, file));
    }
    const parseMs = median((results["csv-parse"] ?? []).map((result) => result.ms));
    const importMs = median((results.importCtdcStream ?? []).map((result) => result.ms));
    const importRss = Math.max(...(results.importCtdcStream ?? []).map((result) => result.maxRssMb));
    const parseRss = Math.max(...(results["csv-parse"] ?? []).map((result) => result.maxRssMb));
    const accepted = results.importCtdcStream?.[0]?.accepted ?? 0;
    print(`CTDC import, ${rows.toLocaleString("en")} rows (${accepted.toLocaleString("en")} accepted), median of 3:`);
    print(`  csv-parse stream        ${parseMs.toFixed(0).padStart(7)} ms   peak RSS ${parseRss.toFixed(0)} MB`);
    print(`  importCtdcStream        ${importMs.toFixed(0).padStart(7)} ms   peak RSS ${importRss.toFixed(0)} MB`);
    print(`  ratio import / csv-parse: ${(importMs / parseMs).toFixed(2)}× (goal ≤ 2×); peak RSS goal < 300 MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "child") await child(process.argv[3] as string, process.argv[4] as string);
else await main();
