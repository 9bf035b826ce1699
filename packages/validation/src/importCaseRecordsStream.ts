import { type CaseFieldDefinition, type CaseRecord, NrmkitError } from "@nrmkit/core";
import type { ImportResult, ImportStats, RejectedImportRow } from "./importCaseRecords.js";
import { asyncIterableArgument, objectArgument } from "./internal/arguments.js";
import { createCsvRowImporter } from "./internal/csvRowImporter.js";
import { decodedTexts } from "./internal/decodedTexts.js";
import {
  createSink,
  importResult,
  importSettings,
  importSplitRow,
  type RowSink,
  sinkRows,
  splitterFor,
} from "./internal/importRows.js";
import type { IssueLocale } from "./validationMessages.js";

/**
 * A source of text for {@link importCaseRecordsStream}: chunks of UTF-8 bytes or of text.
 *
 * @remarks
 * Node streams (`fs.createReadStream`), web `ReadableStream`s (`response.body`) and async
 * generators all qualify. Byte chunks are decoded as UTF-8; a character split across chunks is
 * put back together.
 *
 * @category Import
 * @since 0.1.0
 */
export type ImportSource = AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array | string>;

/**
 * Options of {@link importCaseRecordsStream}.
 *
 * @category Import
 * @since 0.1.0
 */
export interface ImportStreamOptions {
  /** The format: streams take NDJSON or CSV; read a JSON array whole with {@link importCaseRecords}. */
  readonly format: "ndjson" | "csv";
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
  /**
   * Longest row accepted, in UTF-8 bytes (line terminator excluded); a longer row is rejected
   * with `row_too_long`, whose `received` states the row's size, and skipped, never buffered
   * whole. Default 1 MiB.
   */
  readonly maxRowBytes?: number;
  /** How many rows (accepted or rejected) a batch holds at most. Default 10 000. */
  readonly batchSize?: number;
  /** Most issues listed for one row, then one `too_many_issues` issue with the total. Default 20. */
  readonly maxIssuesPerRow?: number;
  /**
   * Most issues a batch holds: a batch is yielded early, before `batchSize` rows, once its
   * rejected rows carry this many issues, so memory stays bounded however bad the rows are.
   * Nothing is dropped. Default 100 000.
   */
  readonly maxIssuesPerBatch?: number;
  /**
   * User-defined fields that a record's `extra` may hold, declared with
   * {@link @nrmkit/core!defineCaseFields | defineCaseFields}; none when absent. As in
   * {@link ImportOptions.fields}: undeclared keys are rejected with `unknown_field`, and CSV columns
   * `extra.<name>` fill them.
   */
  readonly fields?: readonly CaseFieldDefinition[];
}

/**
 * A batch of imported rows; the row numbers continue across batches.
 *
 * @category Import
 * @since 0.1.0
 */
export interface ImportBatch {
  /** The valid records of this batch, in input order. */
  readonly records: CaseRecord[];
  /** The rejected rows of this batch, in input order. */
  readonly rejected: RejectedImportRow[];
  /** Counts of this batch alone. */
  readonly stats: ImportStats;
}

const DEFAULT_BATCH_SIZE = 10_000;
const DEFAULT_MAX_ISSUES_PER_BATCH = 100_000;

/**
 * Imports case records from an NDJSON or CSV stream in batches, with bounded memory; never throws
 * on bad data.
 *
 * @remarks
 * Rows, row numbers and issues are exactly those of {@link importCaseRecords} on the whole text,
 * wherever the chunk boundaries fall. Memory holds one batch and at most one partial row of
 * `maxRowBytes`. JSON arrays are not streamed: use NDJSON for large files.
 *
 * @param source - Chunks of UTF-8 bytes or text: a Node or web stream, or any async iterable.
 * @param options - The format, message language, row length limit, batch size, issue caps and user-defined fields.
 * @returns An async generator of batches; the last one may be smaller, and none is empty.
 * @throws NrmkitError with code `invalid_argument` for invalid options (invalid `fields` declarations
 * included, thrown before the source is read) or a chunk that is neither text nor bytes, and `import_failed` (with the `cause`) when reading the source fails.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { importCaseRecordsStream } from "@nrmkit/validation";
 *
 * const records = generateSyntheticCases({ count: 250, seed: 1 });
 * const lines = records.map((record, i) => JSON.stringify(i === 10 ? { ...record, gender: "x" } : record));
 * // Any stream of text or bytes: Node's createReadStream("cases.ndjson"), a File's stream(), a fetch body.
 * const file = new Blob([lines.join("\n")]);
 * let accepted = 0;
 * const rejected: number[] = [];
 * for await (const batch of importCaseRecordsStream(file.stream(), { format: "ndjson", batchSize: 100 })) {
 *   accepted += batch.stats.accepted;
 *   for (const row of batch.rejected) rejected.push(row.row);
 * }
 * [accepted, rejected];
 * // => [249, [11]]
 * ```
 *
 * @category Import
 * @since 0.1.0
 */
export async function* importCaseRecordsStream(
  source: ImportSource,
  options: ImportStreamOptions,
): AsyncGenerator<ImportBatch, void, undefined> {
  const { format } = objectArgument<ImportStreamOptions>(options, "options");
  if (format !== "ndjson" && format !== "csv") {
    throw new NrmkitError(
      "invalid_argument",
      `format: expected "ndjson" or "csv" for a stream, received ${JSON.stringify(String(format))}`,
    );
  }
  const settings = importSettings(options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new NrmkitError("invalid_argument", `batchSize: expected a positive integer, received ${String(batchSize)}`);
  }
  const maxBatchIssues = options.maxIssuesPerBatch ?? DEFAULT_MAX_ISSUES_PER_BATCH;
  if (!Number.isInteger(maxBatchIssues) || maxBatchIssues < 1) {
    throw new NrmkitError(
      "invalid_argument",
      `maxIssuesPerBatch: expected a positive integer, received ${String(maxBatchIssues)}`,
    );
  }
  const csv = format === "csv" ? createCsvRowImporter(settings) : undefined;
  const splitter = splitterFor(settings, csv);
  let sink: RowSink = createSink();
  const full = () => sinkRows(sink) >= batchSize || sink.issues >= maxBatchIssues;
  const batch = (): ImportBatch => {
    const done = importResult(sink.records, sink.rejected);
    sink = createSink();
    return done;
  };
  // The row loop lives in a plain function: inside the async generator it ran markedly slower.
  /** Imports the splitter's rows until the batch is full (`true`) or the rows run out (`false`). */
  const fill = (): boolean => {
    for (let row = splitter.next(); row !== undefined; row = splitter.next()) {
      importSplitRow(row, settings, csv, sink);
      if (full()) return true;
    }
    return false;
  };
  for await (const text of decodedTexts(source)) {
    splitter.push(text);
    while (fill()) yield batch();
  }
  splitter.end();
  while (fill()) yield batch();
  if (sinkRows(sink) > 0) yield batch();
}

/**
 * Gathers the batches of {@link importCaseRecordsStream} into one {@link ImportResult}.
 *
 * @remarks
 * Holds every record in memory: for files too large for that, consume the batches one by one.
 *
 * @param batches - The batches, such as the generator returned by {@link importCaseRecordsStream}.
 * @returns The records, rejected rows and counts of all batches together.
 *
 * @example
 * ```ts
 * import { collectImportBatches, importCaseRecordsStream } from "@nrmkit/validation";
 *
 * async function* chunks() {
 *   yield '{"id":"SYN-1"';
 *   yield ',"gender":"x"}\n\n';
 * }
 * const result = await collectImportBatches(importCaseRecordsStream(chunks(), { format: "ndjson" }));
 * [result.stats, result.rejected[0]?.row];
 * // => [{ rows: 1, accepted: 0, rejected: 1 }, 1]
 * ```
 *
 * @category Import
 * @since 0.1.0
 */
export async function collectImportBatches(batches: AsyncIterable<ImportBatch>): Promise<ImportResult> {
  asyncIterableArgument(batches, "batches");
  const records: CaseRecord[] = [];
  const rejected: RejectedImportRow[] = [];
  for await (const batch of batches) {
    for (const record of batch.records) records.push(record);
    for (const row of batch.rejected) rejected.push(row);
  }
  return importResult(records, rejected);
}
