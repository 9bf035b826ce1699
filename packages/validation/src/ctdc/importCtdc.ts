import { type CaseFieldDefinition, type CaseRecord, defineCaseFields, NrmkitError } from "@nrmkit/core";
import type { ImportResult, RejectedImportRow } from "../importCaseRecords.js";
import type { ImportSource } from "../importCaseRecordsStream.js";
import { optionsArgument } from "../internal/arguments.js";
import { caseIssue } from "../internal/caseIssues.js";
import { isPseudonymousCaseId } from "../internal/caseRecordRules.js";
import { localeOf } from "../internal/catalogue.js";
import { parseCsvFields } from "../internal/csvFields.js";
import { decodedTexts } from "../internal/decodedTexts.js";
import { describeValue } from "../internal/describeValue.js";
import { expectedColumns, expectedCsvField, expectedIssueCount } from "../internal/importPhrases.js";
import { checkedMaxIssues, checkedMaxRowBytes } from "../internal/importRows.js";
import { isBlank, MAX_RAW_LENGTH, tooLongIssue, truncateRaw } from "../internal/rowImporter.js";
import { createRowSplitter, rowsOf, type SplitRow } from "../internal/rowSplitter.js";
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../validationMessages.js";
import { EXPECTED_CTDC_YEAR_COLUMN } from "./ctdcPhrases.js";
import { type CtdcHeader, compileCtdcHeader } from "./ctdcRowMapper.js";

/**
 * Options of {@link importCtdc}, {@link importCtdcStream} and {@link importCtdcXlsx}.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcImportOptions {
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
  /** Prefix of the ids made for rows without an `id` column: the data row number follows, padded to six digits. Default `"CTDC-"`. */
  readonly idPrefix?: string;
  /** User-defined fields (declared with `defineCaseFields`): a column named as a field, or `extra.<name>`, fills `extra`. */
  readonly fields?: readonly CaseFieldDefinition[];
  /** Longest row accepted, in UTF-8 bytes; a longer row is rejected with `row_too_long`. Default 1 MiB. */
  readonly maxRowBytes?: number;
  /** Most issues listed for one row, then one `too_many_issues` issue. Default 20. */
  readonly maxIssuesPerRow?: number;
}

/**
 * Options of {@link importCtdcStream}: those of every CTDC import, and the batch size.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcStreamOptions extends CtdcImportOptions {
  /** How many rows (accepted or rejected) a batch holds at most. Default 10 000. */
  readonly batchSize?: number;
}

/**
 * What an import learned of the columns of a CTDC file.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcColumnReport {
  /** Columns that are neither CTDC columns nor declared fields: ignored, reported here once, in header order. */
  readonly unknownColumns: readonly string[];
  /** Columns of the 63-column layout that the file lacks: their values are not recorded in any row. */
  readonly missingColumns: readonly string[];
}

/**
 * The outcome of a CTDC import: the records, the rejected rows with their numbers, and the columns.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcImportResult extends ImportResult, CtdcColumnReport {}

/**
 * One batch of {@link importCtdcStream}; row numbers continue across batches.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcImportBatch extends ImportResult, CtdcColumnReport {}

/** Checked options of one import. */
export interface Settings {
  readonly locale: IssueLocale;
  readonly idPrefix: string;
  readonly fields: readonly CaseFieldDefinition[];
  readonly limit: number;
  readonly maxIssues: number;
}

/** Checks the options once; bad options are a programming error, unlike bad data. */
export function settingsOf(options: CtdcImportOptions): Settings {
  if (typeof options !== "object" || options === null) {
    throw new NrmkitError("invalid_argument", `options: expected an object, received ${describeValue(options)}`);
  }
  const idPrefix = options.idPrefix ?? "CTDC-";
  if (typeof idPrefix !== "string" || !isPseudonymousCaseId(`${idPrefix}000001`)) {
    throw new NrmkitError(
      "invalid_argument",
      `idPrefix: expected letters, digits or . _ : / - that make a pseudonymous id, received ${describeValue(idPrefix)}`,
    );
  }
  return {
    locale: localeOf(options.locale),
    idPrefix,
    fields: options.fields === undefined ? [] : defineCaseFields(options.fields),
    limit: checkedMaxRowBytes(options),
    maxIssues: checkedMaxIssues(options),
  };
}

/** One CTDC row's fate. */
type Outcome =
  | { readonly accepted: true; readonly record: CaseRecord }
  | { readonly accepted: false; readonly rejected: RejectedImportRow };

/** The row-by-row state of one import: the header, then data rows numbered from 1. */
export interface CtdcRows {
  /**
   * Handles a row: its cells, the issue that makes it unreadable, or `null` for a blank row
   * (skipped, but numbered after the header). `undefined` for the header and blank rows.
   */
  next(cells: readonly string[] | ValidationIssue | null, text: () => string): Outcome | undefined;
  /** The column report, once the header is read. */
  readonly columns: CtdcColumnReport;
  /** How many cells the header has, once read. */
  readonly width: number | undefined;
}

const NO_COLUMNS: CtdcColumnReport = Object.freeze({ unknownColumns: [], missingColumns: [] });

/** Creates the row state machine shared by the CSV, stream and XLSX imports. */
export function createCtdcRows(settings: Settings): CtdcRows {
  let header: CtdcHeader | undefined;
  let headerIssue: ValidationIssue | undefined;
  let columns = NO_COLUMNS;
  let dataRow = 0;
  const reject = (issues: readonly ValidationIssue[], text: () => string): Outcome => {
    const capped =
      issues.length > settings.maxIssues
        ? [
            ...issues.slice(0, settings.maxIssues),
            caseIssue(
              settings.locale,
              "too_many_issues",
              [],
              expectedIssueCount(settings.maxIssues),
              String(issues.length),
            ),
          ]
        : issues;
    return { accepted: false, rejected: { row: dataRow, raw: truncateRaw(text()), issues: capped } };
  };
  return {
    get columns() {
      return columns;
    },
    get width() {
      return header?.width;
    },
    next(cells, text) {
      if (cells === null) {
        if (header !== undefined) dataRow++;
        return undefined;
      }
      if (header === undefined) {
        if (!Array.isArray(cells)) {
          // A header that is not CSV: every row after it is unreadable, and says why.
          headerIssue = cells as ValidationIssue;
          header = compileCtdcHeader([], settings.fields, settings.idPrefix);
          return { accepted: false, rejected: { row: 0, raw: truncateRaw(text()), issues: [headerIssue] } };
        }
        header = compileCtdcHeader(cells as readonly string[], settings.fields, settings.idPrefix);
        columns = { unknownColumns: header.unknownColumns, missingColumns: header.missingColumns };
        if (!header.hasYear) {
          headerIssue = caseIssue(settings.locale, "missing_column", ["yearOfRegistration"], EXPECTED_CTDC_YEAR_COLUMN);
        }
        return undefined;
      }
      dataRow++;
      if (headerIssue !== undefined) return reject([headerIssue], text);
      if (!Array.isArray(cells)) return reject([cells as ValidationIssue], text);
      const row = cells as readonly string[];
      if (row.length !== header.width) {
        return reject(
          [caseIssue(settings.locale, "invalid_csv", [], expectedColumns(header.width), String(row.length))],
          text,
        );
      }
      const result = header.map(row, dataRow);
      if (result.ok) return { accepted: true, record: result.record };
      return reject(
        result.problems.map((problem) =>
          caseIssue(
            settings.locale,
            "unmapped_value",
            [problem.column],
            problem.expected,
            describeValue(problem.value),
          ),
        ),
        text,
      );
    },
  };
}

/** Splits CSV text rows into cells, or the issue that makes a row unreadable. */
function csvCells(row: SplitRow, settings: Settings): readonly string[] | ValidationIssue {
  if (row.tooLong) return tooLongIssue(settings.locale, settings.limit, row.bytes);
  const parsed = parseCsvFields(row.text);
  if (parsed.ok) return parsed.fields;
  return caseIssue(settings.locale, "invalid_csv", [], expectedCsvField(parsed.problem, parsed.column));
}

function csvSplitter(settings: Settings, rows: CtdcRows) {
  return createRowSplitter({
    quoteAware: true,
    maxRowBytes: settings.limit,
    headLength: MAX_RAW_LENGTH + 1,
    startsRecord: (line) => {
      if (isBlank(line)) return false;
      const parsed = parseCsvFields(line);
      const expected = rows.width;
      return parsed.ok && (expected === undefined ? parsed.fields.length > 1 : parsed.fields.length === expected);
    },
  });
}

/** The outcome of a CSV row; blank rows are skipped but keep their row number. */
function csvOutcome(rows: CtdcRows, row: SplitRow, settings: Settings): Outcome | undefined {
  const blank = !row.tooLong && isBlank(row.text);
  return rows.next(blank ? null : csvCells(row, settings), () => row.text);
}

function tally(outcome: Outcome | undefined, records: CaseRecord[], rejected: RejectedImportRow[]): void {
  if (outcome === undefined) return;
  if (outcome.accepted) records.push(outcome.record);
  else rejected.push(outcome.rejected);
}

function result(records: CaseRecord[], rejected: RejectedImportRow[], columns: CtdcColumnReport): CtdcImportResult {
  return {
    records,
    rejected,
    stats: { rows: records.length + rejected.length, accepted: records.length, rejected: rejected.length },
    ...columns,
  };
}

/**
 * Imports case records from a CTDC case-level CSV file: the Global K-anonymized Dataset (63
 * columns), the synthetic releases and the older Global Dataset with `-99` for missing values.
 *
 * @remarks
 * Columns are found by header name (letter case and spaces ignored), never by position, so
 * layouts that add, drop or reorder columns import alike. What becomes of each column:
 * - `yearOfRegistration` is the registration date (a year); a row without one is rejected.
 * - `gender`, `ageBroad` (`18--20`, `18—20` and `18-20` alike), `majorityStatus…`, `Datasource`
 *   become their codes; an empty cell, `-99` or `Unknown` is not recorded.
 * - `citizenship` and `CountryOfExploitation` are ISO alpha-2 codes, turned into alpha-3
 *   (Namibia's `NA` is Namibia; Kosovo's `XK` is kept as `XKX`).
 * - Each group of 0/1 flags is one multi-valued field: 1 present, 0 absent, empty not recorded.
 *   A group whose every flag is empty is not recorded as a whole (the field is absent); otherwise
 *   the empty flags, and the values this file has no column for, are listed in `notRecorded`.
 *   `isSexAndLabour` = 1 sets both forced labour and sexual exploitation. The `…Concatenated`
 *   columns are read only when a group has no flag column at all.
 * - Rows get the id `CTDC-000001`, `CTDC-000002`, … from their data row number, unless the file
 *   has an `id` column. `referringAgencyKind` is `unknown`: CTDC does not say.
 * - A column named as a declared user-defined field (or `extra.<name>`) fills `extra`.
 * - Any other column is ignored and listed once in `unknownColumns`.
 *
 * A row with a cell that cannot be mapped is rejected with one `unmapped_value` issue per such
 * cell, naming the column, the value and what was expected. Rows are numbered from 1 after the
 * header (blank rows counted, not imported); `accepted + rejected` is always the number of rows
 * read. Never throws on bad data.
 *
 * @param text - The whole CSV file.
 * @param options - Message language, id prefix, user-defined fields, row limits.
 * @returns The records, the rejected rows, the counts and the column report.
 * @throws NrmkitError with code `invalid_argument` for invalid options (never for bad data).
 *
 * @example
 * ```ts
 * import { importCtdc } from "@nrmkit/validation/ctdc";
 *
 * const csv = [
 *   "yearOfRegistration,gender,ageBroad,citizenship,meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlThreats,CountryOfExploitation,note",
 *   "2019,Female,18--20,UA,1,0,,PL,x",
 *   "2020,Male,9--17,QQ,,,,PL,y",
 * ].join("\n");
 * const result = importCtdc(csv);
 * const [record] = result.records;
 * [record?.citizenship, record?.meansOfControl, record?.notRecorded?.meansOfControl?.includes("threats")];
 * // => ["UKR", ["debt_bondage"], true]
 * [result.stats, result.rejected.map((row) => [row.row, row.issues[0]?.path]), result.unknownColumns];
 * // => [{ rows: 2, accepted: 1, rejected: 1 }, [[2, ["citizenship"]]], ["note"]]
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export function importCtdc(text: string, options?: CtdcImportOptions): CtdcImportResult {
  const opts = optionsArgument(options);
  if (typeof text !== "string") {
    throw new NrmkitError("invalid_argument", `text: expected a string, received ${describeValue(text)}`);
  }
  const settings = settingsOf(opts);
  const rows = createCtdcRows(settings);
  const splitter = csvSplitter(settings, rows);
  const records: CaseRecord[] = [];
  const rejected: RejectedImportRow[] = [];
  splitter.push(text);
  for (const row of rowsOf(splitter)) tally(csvOutcome(rows, row, settings), records, rejected);
  splitter.end();
  for (const row of rowsOf(splitter)) tally(csvOutcome(rows, row, settings), records, rejected);
  return result(records, rejected, rows.columns);
}

/**
 * Imports a CTDC case-level CSV file from a stream, in batches, with bounded memory.
 *
 * @remarks
 * Rows, row numbers, records and issues are exactly those of {@link importCtdc} on the whole
 * text, wherever chunk boundaries fall. Memory holds one batch: count or store each batch and
 * let it go, and a file of millions of rows imports in a few hundred megabytes.
 *
 * @param source - Chunks of UTF-8 bytes or text: a Node or web stream, or any async iterable.
 * @param options - Those of {@link importCtdc}, and `batchSize`.
 * @returns An async generator of batches, none empty; each carries the column report.
 * @throws NrmkitError with code `invalid_argument` for invalid options, `import_failed` when reading the source fails.
 *
 * @example
 * ```ts
 * import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
 * import { exportCtdc, importCtdcStream } from "@nrmkit/validation/ctdc";
 *
 * // Any stream of text or bytes: Node's createReadStream("ctdc.csv"), a File's stream(), a fetch body.
 * const file = new Blob([exportCtdc(generateSyntheticCtdcCases({ count: 250, seed: 1 }))]);
 * const batches: number[] = [];
 * for await (const batch of importCtdcStream(file.stream(), { batchSize: 100 })) batches.push(batch.stats.accepted);
 * batches;
 * // => [100, 100, 50]
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export async function* importCtdcStream(
  source: ImportSource,
  options?: CtdcStreamOptions,
): AsyncGenerator<CtdcImportBatch, void, undefined> {
  const opts = optionsArgument(options);
  const settings = settingsOf(opts);
  const batchSize = opts.batchSize ?? 10_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new NrmkitError("invalid_argument", `batchSize: expected a positive integer, received ${String(batchSize)}`);
  }
  const rows = createCtdcRows(settings);
  const splitter = csvSplitter(settings, rows);
  let records: CaseRecord[] = [];
  let rejected: RejectedImportRow[] = [];
  const take = (row: SplitRow): boolean => {
    tally(csvOutcome(rows, row, settings), records, rejected);
    return records.length + rejected.length >= batchSize;
  };
  const batch = (): CtdcImportBatch => {
    const done = result(records, rejected, rows.columns);
    records = [];
    rejected = [];
    return done;
  };
  for await (const text of decodedTexts(source)) {
    splitter.push(text);
    for (const row of rowsOf(splitter)) if (take(row)) yield batch();
  }
  splitter.end();
  for (const row of rowsOf(splitter)) if (take(row)) yield batch();
  if (records.length + rejected.length > 0) yield batch();
}
