// Benchmark: how close importing NDJSON case records comes to the cost of parsing the text at all.
// Run: pnpm --filter @nrmkit/validation bench   (or `pnpm bench` at the root for every package)
// For each size, the same NDJSON text (synthetic records, all valid) goes through three contenders,
// paired and interleaved within each repetition (the order rotates, so drift spreads evenly):
//   (a) baseline: text.split("\n") and JSON.parse per non-empty line, nothing else;
//   (b) importCaseRecords(text, { format: "ndjson" });
//   (c) importCaseRecordsStream over the same text cut into 64 KiB chunks of text, collected.
// Prints the median wall-clock time of each and the median of the per-repetition ratios (b)/(a) and
// (c)/(a); then the same ratios in CPU time of the process (GC threads included), which hold
// steadier than wall-clock time on a machine shared with other work. Goal: both ratios at most 1.3.
// Settings: BENCH_SIZES (default "100000,400000"), BENCH_RUNS (default 7), BENCH_CHUNK (default 65536).
import { cpus } from "node:os";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { importCaseRecords, importCaseRecordsStream } from "../src/index.js";

const sizes = (process.env.BENCH_SIZES ?? "100000,400000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const chunkLength = Number(process.env.BENCH_CHUNK ?? 65_536);
const GOAL = 1.3;

const print = (line: string) => process.stdout.write(`${line}\n`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function* chunksOf(text: string): AsyncGenerator<string, void, undefined> {
  for (let at = 0; at < text.length; at += chunkLength) yield text.slice(at, at + chunkLength);
}

/** A contender: its name and the run that returns how many records it produced. */
type Contender = readonly [name: string, run: (text: string) => Promise<number> | number];

const BASELINE = "(a) split + JSON.parse";
const contenders: readonly Contender[] = [
  [
    BASELINE,
    (text) => {
      // The values are kept, as the imports keep their records.
      const values: unknown[] = [];
      for (const line of text.split("\n")) if (line !== "") values.push(JSON.parse(line));
      return values.length;
    },
  ],
  ["(b) importCaseRecords", (text) => importCaseRecords(text, { format: "ndjson" }).records.length],
  [
    "(c) importCaseRecordsStream",
    async (text) => {
      let accepted = 0;
      const records: unknown[] = [];
      for await (const batch of importCaseRecordsStream(chunksOf(text), { format: "ndjson" })) {
        accepted += batch.stats.accepted;
        for (const record of batch.records) records.push(record);
      }
      return accepted;
    },
  ],
];

print(
  `importSpeed benchmark: NDJSON of generateSyntheticCases, median of ${runs} paired runs, stream chunks of ${chunkLength} characters`,
);
print(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
print("");
print(
  "| records | MiB | (a) split + JSON.parse ms | (b) string import ms | (c) stream import ms | (b)/(a) | (c)/(a) | CPU (b)/(a) | CPU (c)/(a) |",
);
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

let met = true;
for (const size of sizes) {
  const records = generateSyntheticCases({ count: size, seed: 1 });
  const text = `${records.map((record) => JSON.stringify(record)).join("\n")}\n`;
  const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  const ratios: [number[], number[]] = [[], []];
  const cpuRatios: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    const elapsed = new Map<string, number>();
    const cpu = new Map<string, number>();
    for (let turn = 0; turn < contenders.length; turn++) {
      const [name, fn] = contenders[(run + turn) % contenders.length] as Contender;
      globalThis.gc?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const count = await fn(text);
      const ms = performance.now() - start;
      const cpuUsed = process.cpuUsage(cpuStart);
      cpu.set(name, cpuUsed.user + cpuUsed.system);
      if (count !== size) {
        process.stderr.write(`${name}: ${count} records, expected ${size}\n`);
        process.exit(1);
      }
      elapsed.set(name, ms);
      times.get(name)?.push(ms);
    }
    for (const [measured, into] of [
      [elapsed, ratios],
      [cpu, cpuRatios],
    ] as const) {
      const base = measured.get(BASELINE) ?? Number.NaN;
      into[0].push((measured.get(contenders[1]?.[0] ?? "") ?? Number.NaN) / base);
      into[1].push((measured.get(contenders[2]?.[0] ?? "") ?? Number.NaN) / base);
    }
  }
  const [stringRatio, streamRatio] = ratios.map(median) as [number, number];
  const [stringCpu, streamCpu] = cpuRatios.map(median) as [number, number];
  met &&= stringRatio <= GOAL && streamRatio <= GOAL;
  const ms = contenders.map(([name]) => String(Math.round(median(times.get(name) ?? []))));
  print(
    `| ${size.toLocaleString("en")} | ${(text.length / 2 ** 20).toFixed(0)} | ${ms.join(" | ")} | ${stringRatio.toFixed(2)} | ${streamRatio.toFixed(2)} | ${stringCpu.toFixed(2)} | ${streamCpu.toFixed(2)} |`,
  );
}
print("");
print(`goal: both wall-clock ratios at most ${GOAL}: ${met ? "met" : "NOT met"}`);
