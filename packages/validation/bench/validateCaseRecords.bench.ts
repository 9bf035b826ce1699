// Benchmark: bulk validation of synthetic case records, plain Zod against nrmkit's compiled fast path.
// Run: pnpm --filter @nrmkit/validation bench   (or `pnpm bench` at the root for every package)
// Prints the median time of each contender over several runs, and its speed-up over plain Zod.
// Settings: BENCH_SIZE (default 1000000 records), BENCH_RUNS (default 5).
import { cpus } from "node:os";
import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import {
  caseRecordSchema,
  type ImportSource,
  importCaseRecordsStream,
  isCaseRecord,
  validateCaseRecords,
} from "../src/index.js";

const size = Number(process.env.BENCH_SIZE ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Every 100th record broken, cycling through five kinds of badness: exactly 1% invalid. */
function breakEveryHundredth(records: readonly CaseRecord[]): unknown[] {
  const breakers: readonly ((record: CaseRecord) => unknown)[] = [
    (record) => ({ ...record, gender: "F" }),
    (record) => ({ ...record, registrationDate: "2014-02-30" }),
    (record) => ({ ...record, assistance: ["medical", "medical"] }),
    (record) => ({ ...record, name: "Anna" }),
    (record) => ({ ...record, id: "MP1234567" }),
  ];
  return records.map((record, index) =>
    index % 100 === 99
      ? (breakers[Math.floor(index / 100) % breakers.length] as (r: CaseRecord) => unknown)(record)
      : record,
  );
}

/** NDJSON of the records as 64 KiB byte chunks, encoded once so that encoding is not timed. */
function ndjsonChunks(values: readonly unknown[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = "";
  for (const value of values) {
    text += `${JSON.stringify(value)}\n`;
    if (text.length >= 65_536) {
      chunks.push(encoder.encode(text));
      text = "";
    }
  }
  if (text !== "") chunks.push(encoder.encode(text));
  return chunks;
}

async function* replay(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array, void, undefined> {
  for (const chunk of chunks) yield chunk;
}

/** A contender: its name, what it is compared with, and the run that returns how many records it accepted. */
type Contender = readonly [name: string, baseline: string, run: () => Promise<number> | number];

const ZOD = "(a) plain Zod: caseRecordSchema.safeParse loop";
const NDJSON_ZOD = "(d) NDJSON baseline: split, JSON.parse, Zod";

const started = performance.now();
const records = breakEveryHundredth(generateSyntheticCases({ count: size, seed: 1 }));
const chunks = ndjsonChunks(records);
const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
const setupMs = performance.now() - started;

const contenders: readonly Contender[] = [
  [
    ZOD,
    ZOD,
    () => {
      let accepted = 0;
      for (const value of records) if (caseRecordSchema.safeParse(value).success) accepted++;
      return accepted;
    },
  ],
  [
    "(b) hand-written check: isCaseRecord loop (no issues)",
    ZOD,
    () => {
      let accepted = 0;
      for (const value of records) if (isCaseRecord(value)) accepted++;
      return accepted;
    },
  ],
  ["(c) validateCaseRecords (issues for failing rows)", ZOD, () => validateCaseRecords(records).valid.length],
  [
    NDJSON_ZOD,
    NDJSON_ZOD,
    async () => {
      const decoder = new TextDecoder();
      let accepted = 0;
      let pending = "";
      for await (const chunk of replay(chunks)) {
        const lines = (pending + decoder.decode(chunk, { stream: true })).split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) if (line !== "" && caseRecordSchema.safeParse(JSON.parse(line)).success) accepted++;
      }
      return accepted;
    },
  ],
  [
    "(e) importCaseRecordsStream, NDJSON end to end",
    NDJSON_ZOD,
    async () => {
      let accepted = 0;
      const source: ImportSource = replay(chunks);
      for await (const batch of importCaseRecordsStream(source, { format: "ndjson" })) accepted += batch.stats.accepted;
      return accepted;
    },
  ],
];

const times = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
const expectedAccepted = size - Math.floor(size / 100);
for (let run = 0; run < runs; run++) {
  // Round robin, so that drift (heat, other load) spreads over every contender alike.
  for (const [name, , fn] of contenders) {
    globalThis.gc?.();
    const start = performance.now();
    const accepted = await fn();
    const elapsed = performance.now() - start;
    if (accepted !== expectedAccepted) {
      process.stderr.write(`${name}: accepted ${accepted}, expected ${expectedAccepted}\n`);
      process.exit(1);
    }
    times.get(name)?.push(elapsed);
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const medianOf = (name: string) => median(times.get(name) ?? []);
const rows = contenders.map(([name, baseline]) => {
  const ms = medianOf(name);
  return [
    name,
    String(Math.round(ms)),
    Math.round((size / ms) * 1000).toLocaleString("en"),
    (medianOf(ZOD) / ms).toFixed(2),
    baseline === ZOD ? "" : (medianOf(baseline) / ms).toFixed(2),
  ];
});

const lines = [
  `validateCaseRecords benchmark: ${size.toLocaleString("en")} records (1% invalid), NDJSON ${(bytes / 2 ** 20).toFixed(0)} MiB, median of ${runs} runs`,
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}; setup ${Math.round(setupMs)} ms`,
  "",
  "| contender | median ms | records/s | speed-up vs (a) | speed-up vs (d) |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...rows.map((row) => `| ${row.join(" | ")} |`),
];
process.stdout.write(`${lines.join("\n")}\n`);
