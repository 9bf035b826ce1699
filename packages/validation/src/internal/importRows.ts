// Helpers shared by the string and the stream import: option checks, and the sink that gathers
// accepted records and rejected rows.

import { type CaseFieldDefinition, type CaseRecord, defineCaseFields, isNrmkitError, NrmkitError } from "@nrmkit/core";
import type { ImportResult, RejectedImportRow } from "../importCaseRecords.js";
import type { IssueLocale } from "../validationMessages.js";
import { DEFAULT_MAX_ISSUES_PER_ROW } from "./caseExplain.js";
import { localeOf } from "./catalogue.js";
import type { CsvRowImporter } from "./csvRowImporter.js";
import { importJsonRow, isBlank, MAX_RAW_LENGTH, reject, tooLongIssue } from "./rowImporter.js";
import { createRowSplitter, type RowSplitter, type SplitRow } from "./rowSplitter.js";

/** Default longest row, in UTF-8 bytes: 1 MiB. */
export const DEFAULT_MAX_ROW_BYTES = 1_048_576;

/** The checked options every row of one import is read with. */
export interface ImportSettings {
  /** Language of issue messages. */
  readonly locale: IssueLocale;
  /** Longest row, in UTF-8 bytes. */
  readonly maxRowBytes: number;
  /** Most issues listed per row. */
  readonly maxIssues: number;
  /** The declared user-defined fields (frozen by `defineCaseFields`); `undefined` when none. */
  readonly fields: readonly CaseFieldDefinition[] | undefined;
}

/** The options of both imports that {@link importSettings} checks. */
interface RowOptions {
  readonly locale?: IssueLocale;
  readonly maxRowBytes?: number;
  readonly maxIssuesPerRow?: number;
  readonly fields?: readonly CaseFieldDefinition[];
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new NrmkitError("invalid_argument", `${name}: expected a positive integer, received ${String(value)}`);
  }
  return value;
}

/** Checks the declarations once, before any row is read; every problem is an `invalid_argument`. */
function checkedFields(fields: readonly CaseFieldDefinition[] | undefined): readonly CaseFieldDefinition[] | undefined {
  if (fields === undefined) return undefined;
  let declared: readonly CaseFieldDefinition[];
  try {
    declared = defineCaseFields(fields);
  } catch (error) {
    // defineCaseFields reports a name given twice as `duplicate_id`; for an option it is a bad argument too.
    if (isNrmkitError(error, "invalid_argument")) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new NrmkitError("invalid_argument", `fields: ${reason}`, { cause: error });
  }
  return declared.length === 0 ? undefined : declared;
}

/** Checks `maxIssuesPerRow` once. */
export function checkedMaxIssues(options: { readonly maxIssuesPerRow?: number }): number {
  return positiveInteger("maxIssuesPerRow", options.maxIssuesPerRow ?? DEFAULT_MAX_ISSUES_PER_ROW);
}

/** Checks `maxRowBytes` once. */
export function checkedMaxRowBytes(options: { readonly maxRowBytes?: number }): number {
  return positiveInteger("maxRowBytes", options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES);
}

/** Checks the options once; bad options are a programming error, unlike bad data. */
export function importSettings(options: RowOptions): ImportSettings {
  return {
    locale: localeOf(options.locale),
    maxRowBytes: checkedMaxRowBytes(options),
    maxIssues: checkedMaxIssues(options),
    fields: checkedFields(options.fields),
  };
}

/** Where rows go: accepted records and rejected rows in input order, and the issues they carry. */
export interface RowSink {
  /** The accepted records. */
  records: CaseRecord[];
  /** The rejected rows. */
  rejected: RejectedImportRow[];
  /** Issues of the rejected rows, summed. */
  issues: number;
}

/** An empty sink. */
export function createSink(): RowSink {
  return { records: [], rejected: [], issues: 0 };
}

/** Rows in a sink, accepted or rejected. */
export function sinkRows(sink: RowSink): number {
  return sink.records.length + sink.rejected.length;
}

/** A result (or a batch) of records and rejected rows, with its counts. */
export function importResult(records: CaseRecord[], rejected: RejectedImportRow[]): ImportResult {
  const stats = { rows: records.length + rejected.length, accepted: records.length, rejected: rejected.length };
  return { records, rejected, stats };
}

/** Imports one NDJSON or CSV row into the sink, as both the string and the stream import do; blank rows are skipped. */
export function importSplitRow(
  row: SplitRow,
  settings: ImportSettings,
  csv: CsvRowImporter | undefined,
  sink: RowSink,
): void {
  if (csv !== undefined) {
    csv.next(row, sink);
  } else if (row.tooLong) {
    reject(sink, row.line, row.text, [tooLongIssue(settings.locale, settings.maxRowBytes, row.bytes)]);
  } else if (!isBlank(row.text)) {
    importJsonRow(row.text, row.line, settings, sink);
  }
}

/** A splitter for the format: quote-aware for CSV, whose recovery asks the CSV importer where records start. */
export function splitterFor(settings: ImportSettings, csv: CsvRowImporter | undefined): RowSplitter {
  return createRowSplitter({
    quoteAware: csv !== undefined,
    maxRowBytes: settings.maxRowBytes,
    headLength: MAX_RAW_LENGTH + 1,
    ...(csv === undefined ? {} : { startsRecord: csv.startsRecord }),
  });
}
