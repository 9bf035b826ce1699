// Helpers shared by the string and the stream import: option checks, row outcomes and their totals.
import type { CaseRecord } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import type { ImportResult, RejectedImportRow } from "../importCaseRecords.js";
import type { IssueLocale } from "../zodIssues.js";
import { DEFAULT_MAX_ISSUES_PER_ROW } from "./caseExplain.js";
import {
  type CsvRowImporter,
  DEFAULT_MAX_ROW_BYTES,
  importJsonRow,
  isBlank,
  type RowOutcome,
  tooLongIssue,
  truncateRaw,
} from "./rowImporter.js";
import type { SplitRow } from "./rowSplitter.js";

/** Checks `maxIssuesPerRow` once. */
export function checkedMaxIssues(options: { readonly maxIssuesPerRow?: number }): number {
  const limit = options.maxIssuesPerRow ?? DEFAULT_MAX_ISSUES_PER_ROW;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new NrmkitError(
      "invalid_argument",
      `maxIssuesPerRow: expected a positive integer, received ${String(limit)}`,
    );
  }
  return limit;
}

/** Checks options once; bad options are a programming error, unlike bad data. */
export function checkedMaxRowBytes(options: { readonly maxRowBytes?: number }): number {
  const limit = options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new NrmkitError("invalid_argument", `maxRowBytes: expected a positive integer, received ${String(limit)}`);
  }
  return limit;
}

/** A result (or a batch) of records and rejected rows, with its counts. */
export function importResult(records: CaseRecord[], rejected: RejectedImportRow[]): ImportResult {
  const stats = { rows: records.length + rejected.length, accepted: records.length, rejected: rejected.length };
  return { records, rejected, stats };
}

/** Adds a row outcome to the records or the rejected rows. */
export function addOutcome(outcome: RowOutcome, records: CaseRecord[], rejected: RejectedImportRow[]): void {
  if (outcome.accepted) records.push(outcome.record);
  else rejected.push({ row: outcome.row, raw: outcome.raw, issues: outcome.issues });
}

/** Collects row outcomes into a result. */
export function collectOutcomes(outcomes: Iterable<RowOutcome>): ImportResult {
  const records: CaseRecord[] = [];
  const rejected: RejectedImportRow[] = [];
  for (const outcome of outcomes) addOutcome(outcome, records, rejected);
  return importResult(records, rejected);
}

/** The outcome of one NDJSON or CSV row, as both the string and the stream import produce it; `undefined` when skipped. */
export function rowOutcome(
  row: SplitRow,
  format: "ndjson" | "csv",
  locale: IssueLocale,
  limit: number,
  csv: CsvRowImporter,
  maxIssues: number,
): RowOutcome | undefined {
  if (format === "csv") return csv.next(row, limit);
  if (row.tooLong) {
    return {
      accepted: false,
      row: row.line,
      raw: truncateRaw(row.text),
      issues: [tooLongIssue(locale, limit, row.bytes)],
    };
  }
  return isBlank(row.text) ? undefined : importJsonRow(row.text, row.line, locale, maxIssues);
}
