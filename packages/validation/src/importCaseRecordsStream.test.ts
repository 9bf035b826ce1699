import { isNrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badCsvFile, badNdjsonFile } from "../test/importFiles.js";
import { importCaseRecords } from "./importCaseRecords.js";
import {
  collectImportBatches,
  type ImportBatch,
  type ImportSource,
  importCaseRecordsStream,
} from "./importCaseRecordsStream.js";

/** Cuts `data` at the given positions (taken modulo its length). */
function cut<T extends string | Uint8Array>(data: T, positions: readonly number[]): T[] {
  const sorted = [...new Set(positions.map((position) => position % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: T[] = [];
  let at = 0;
  for (const position of [...sorted, data.length]) {
    chunks.push(data.slice(at, position) as T);
    at = position;
  }
  return chunks;
}

async function* fromChunks<T>(chunks: readonly T[]): AsyncGenerator<T, void, undefined> {
  for (const chunk of chunks) yield chunk;
}

function readableOf<T>(chunks: readonly T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** Splits a text into chunks: strings, UTF-8 bytes cut anywhere (even inside a character), or both mixed. */
const chunking = fc.record({
  positions: fc.array(fc.nat(), { maxLength: 40 }),
  kind: fc.constantFrom("text", "bytes", "mixed"),
  readable: fc.boolean(),
  batchSize: fc.integer({ min: 1, max: 700 }),
});

type Settings = typeof chunking extends fc.Arbitrary<infer T> ? T : never;

function sourceOf(text: string, { positions, kind, readable }: Settings): ImportSource {
  const chunks: (string | Uint8Array)[] =
    kind === "text"
      ? cut(text, positions)
      : kind === "bytes"
        ? cut(new TextEncoder().encode(text), positions)
        : cut(text, positions).map((chunk, index) => (index % 2 === 0 ? chunk : new TextEncoder().encode(chunk)));
  return readable ? readableOf(chunks) : fromChunks(chunks);
}

const files = [
  ["NDJSON", "ndjson", badNdjsonFile(1_200)],
  ["CSV", "csv", badCsvFile(1_200)],
] as const;

describe("importCaseRecordsStream", () => {
  it.each(files)(
    "rejects exactly the bad rows (one in a hundred) of a %s stream, as the string import does",
    async (_name, format, file) => {
      const stream = importCaseRecordsStream(fromChunks(cut(file.text, [1_000, 50_000, 50_001])), {
        format,
        maxRowBytes: 1_000,
      });
      const result = await collectImportBatches(stream);
      expect(
        result.rejected.map((row) => ({
          row: row.row,
          raw: row.raw,
          issues: row.issues.map((issue) => [issue.code, issue.path]),
        })),
      ).toEqual(file.bad);
      expect(result.records).toEqual(file.good);
      expect(result).toEqual(importCaseRecords(file.text, { format, maxRowBytes: 1_000 }));
    },
  );

  it.each(files)(
    "gives the same result wherever the chunk boundaries of a %s stream fall",
    async (_name, format, file) => {
      const expected = importCaseRecords(file.text, { format, maxRowBytes: 1_000 });
      await fc.assert(
        fc.asyncProperty(chunking, async (settings) => {
          const stream = importCaseRecordsStream(sourceOf(file.text, settings), {
            format,
            maxRowBytes: 1_000,
            batchSize: settings.batchSize,
          });
          expect(await collectImportBatches(stream)).toEqual(expected);
        }),
        { numRuns: 25 },
      );
    },
  );

  it("gives the string import's result on arbitrary small inputs cut anywhere", async () => {
    const text = fc.string({
      unit: fc.constantFrom('"', ",", "\n", "\r", "{", "}", "a", "ж", "\uFEFF", "|", ":", "1"),
    });
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom("ndjson", "csv") as fc.Arbitrary<"ndjson" | "csv">,
        chunking,
        async (input, format, settings) => {
          const options = { format, maxRowBytes: 20, batchSize: settings.batchSize };
          const result = await collectImportBatches(importCaseRecordsStream(sourceOf(input, settings), options));
          expect(result).toEqual(importCaseRecords(input, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.constantFrom("ndjson", "csv") as fc.Arbitrary<"ndjson" | "csv">,
        async (bytes, positions, format) => {
          const result = await collectImportBatches(
            importCaseRecordsStream(fromChunks(cut(bytes, positions)), { format, maxRowBytes: 40 }),
          );
          expect(result.stats.rows).toBe(result.records.length + result.rejected.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("yields batches of at most batchSize rows, none empty, with row numbers continuing across batches", async () => {
    const records = generateSyntheticCases({ count: 25, seed: 3 });
    const text = records.map((record) => JSON.stringify(record)).join("\n");
    const batches: ImportBatch[] = [];
    for await (const batch of importCaseRecordsStream(fromChunks([text]), { format: "ndjson", batchSize: 10 }))
      batches.push(batch);
    expect(batches.map((batch) => batch.stats.rows)).toEqual([10, 10, 5]);
    expect(batches.flatMap((batch) => batch.records)).toEqual(records);
  });

  it("skips a row far over the limit without buffering it and reads on", async () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 3 });
    async function* huge() {
      yield '{"id":"';
      for (let i = 0; i < 200; i++) yield "x".repeat(65_536);
      yield `"}\n${JSON.stringify(record)}\n`;
    }
    const result = await collectImportBatches(
      importCaseRecordsStream(huge(), { format: "ndjson", maxRowBytes: 10_000 }),
    );
    expect(result.records).toEqual([record]);
    expect(result.rejected.map((row) => [row.row, row.raw.length, row.issues.map((issue) => issue.code)])).toEqual([
      [1, 501, ["row_too_long"]],
    ]);
  });

  it("wraps a failing source in an import_failed error with the cause", async () => {
    const cause = new Error("disk gone");
    async function* failing() {
      yield "{}\n";
      throw cause;
    }
    await expect(collectImportBatches(importCaseRecordsStream(failing(), { format: "ndjson" }))).rejects.toSatisfy(
      (error) => isNrmkitError(error, "import_failed") && error.cause === cause,
    );
  });

  it.each([
    ["the json format", { format: "json" }, fromChunks(["[]"])],
    ["a zero batch size", { format: "ndjson", batchSize: 0 }, fromChunks([""])],
    ["a chunk that is neither text nor bytes", { format: "ndjson" }, fromChunks([42])],
  ])("throws invalid_argument for %s", async (_name, options, source) => {
    await expect(collectImportBatches(importCaseRecordsStream(source as never, options as never))).rejects.toSatisfy(
      (error) => isNrmkitError(error, "invalid_argument"),
    );
  });
});

describe("collectImportBatches", () => {
  it("gives the result shown in its documentation", async () => {
    async function* chunks() {
      yield '{"id":"SYN-1"';
      yield ',"gender":"x"}\n\n';
    }
    const result = await collectImportBatches(importCaseRecordsStream(chunks(), { format: "ndjson" }));
    expect([result.stats, result.rejected[0]?.row]).toEqual([{ rows: 1, accepted: 0, rejected: 1 }, 1]);
  });
});
