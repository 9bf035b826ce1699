// Benchmark: peak memory of a streaming import of hostile rows.
// Run: pnpm --filter @nrmkit/validation bench   (or `pnpm bench` at the root for every package)
// Writes a 40 MB NDJSON file (BENCH_MB) whose rows each hold a list of 250,000 invalid values,
// imports it in a child process with importCaseRecordsStream, and prints the child's peak RSS
// (process.resourceUsage().maxRSS) against a baseline child that only reads the file.
// Goal: under 250 MB. Without the per-row issue cap, this file ran out of heap at 4.3 GB.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importCaseRecordsStream } from "../src/index.js";

const self = fileURLToPath(import.meta.url);
const print = (line: string) => process.stdout.write(`${line}\n`);

async function child(mode: string, file: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  let rejected = 0;
  let issues = 0;
  if (mode === "read") {
    for await (const chunk of createReadStream(file)) {
      for (const byte of chunk as Buffer) if (byte === 10) rows++;
    }
  } else {
    for await (const batch of importCaseRecordsStream(createReadStream(file), { format: "ndjson" })) {
      rows += batch.stats.rows;
      rejected += batch.stats.rejected;
      for (const row of batch.rejected) issues += row.issues.length;
    }
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ mode, rows, rejected, issues, maxRssMb, ms: performance.now() - started })}\n`,
  );
}

function run(
  mode: string,
  file: string,
): { maxRssMb: number; rows: number; rejected: number; issues: number; ms: number } {
  const result = spawnSync(process.execPath, [...process.execArgv, self, "child", mode, file], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`child ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "{}");
}

async function main(): Promise<void> {
  const megabytes = Number(process.env.BENCH_MB ?? 40);
  const dir = mkdtempSync(join(tmpdir(), "nrmkit-bench-"));
  const file = join(dir, "hostile.ndjson");
  try {
    // One row: a case record whose exploitation list holds 250,000 invalid values (about 1 MB).
    const row = JSON.stringify({
      id: "SYN-1",
      registrationDate: "2014-04-16",
      regionId: "BY-HO",
      gender: "female",
      ageBand: "18-20",
      citizenship: "BLR",
      exploitationCountry: "RUS",
      exploitation: Array.from({ length: 250_000 }, () => "x"),
      meansOfControl: [],
      recruiterRelation: "friend",
      referringAgencyKind: "ngo",
      assistance: [],
      traffickingStatus: "identified",
      caseStatus: "active",
    });
    const count = Math.ceil((megabytes * 1_000_000) / (row.length + 1));
    writeFileSync(file, `${row}\n`.repeat(count));
    const baseline = run("read", file);
    const imported = run("import", file);
    print(`file: ${count} rows of ${row.length} bytes (${((count * (row.length + 1)) / 1e6).toFixed(1)} MB)`);
    print("| child | peak RSS (MB) | rows | rejected | issues | ms |");
    print("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const result of [baseline, imported]) {
      const label = result === baseline ? "read the file only (baseline)" : "importCaseRecordsStream";
      print(
        `| ${label} | ${result.maxRssMb.toFixed(0)} | ${result.rows} | ${result.rejected} | ${result.issues} | ${result.ms.toFixed(0)} |`,
      );
    }
    print(
      `peak RSS ratio import/baseline: ${(imported.maxRssMb / baseline.maxRssMb).toFixed(2)}; goal < 250 MB: ${imported.maxRssMb < 250 ? "met" : "NOT met"}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "child") await child(process.argv[3] ?? "import", process.argv[4] ?? "");
else await main();
