import { type CaseFieldDefinition, type CaseRecord, NrmkitError } from "@nrmkit/core";
import { objectArgument, textArgument } from "./internal/arguments.js";
import { caseIssue } from "./internal/caseIssues.js";
import { RECEIVED_END_OF_TEXT } from "./internal/casePhrases.js";
import { createCsvRowImporter } from "./internal/csvRowImporter.js";
import { describeValue } from "./internal/describeValue.js";
import { EXPECTED_JSON_ARRAY, EXPECTED_NOTHING_AFTER_ARRAY } from "./internal/importPhrases.js";
import {
  createSink,
  type ImportSettings,
  importResult,
  importSettings,
  importSplitRow,
  type RowSink,
  splitterFor,
} from "./internal/importRows.js";
import { splitJsonArray } from "./internal/jsonArrayElements.js";
import { importJsonRow, reject } from "./internal/rowImporter.js";
import type { ValidationIssue } from "./validationError.js";
import type { IssueLocale } from "./validationMessages.js";

/**
 * The text formats {@link importCaseRecords} reads.
 *
 * @remarks
 * `ndjson`: one JSON object a line. `json`: one JSON array of objects. `csv`: RFC 4180 with a header
 * row naming the fields, multi-valued fields joined with `|`.
 *
 * @category Import
 * @since 0.1.0
 */
export type ImportFormat = "ndjson" | "json" | "csv";

/**
 * Options of {@link importCaseRecords}.
 *
 * @category Import
 * @since 0.1.0
 */
export interface ImportOptions {
  /** The format of the text. */
  readonly format: ImportFormat;
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
  /**
   * Longest row accepted, in UTF-8 bytes (line terminator excluded); a longer row is rejected
   * with `row_too_long`, whose `received` states the row's size, and is never buffered whole.
   * Default 1 MiB. NDJSON and CSV only: a JSON array is one document.
   */
  readonly maxRowBytes?: number;
  /**
   * Most issues listed for one row; a row with more lists this many, then one `too_many_issues`
   * issue whose `received` is the row's total count. Default 20. Keeps memory bounded when a row
   * holds thousands of bad values.
   */
  readonly maxIssuesPerRow?: number;
  /**
   * User-defined fields that a record's `extra` may hold, declared with
   * {@link @nrmkit/core!defineCaseFields | defineCaseFields}; none when absent. A key of `extra` that
   * no declaration names is rejected with `unknown_field`; in CSV they are the `extra.<name>` columns.
   */
  readonly fields?: readonly CaseFieldDefinition[];
}

/**
 * A row that was not imported, with where it was, what it said and why it was rejected.
 *
 * @category Import
 * @since 0.1.0
 */
export interface RejectedImportRow {
  /**
   * Where the row is, from 1: the line number for NDJSON, the data row number for CSV (records
   * after the header, blank ones counted), the element index + 1 for JSON; 0 for the CSV header
   * or the JSON document as a whole.
   */
  readonly row: number;
  /** The row's original text, cut after 500 characters with `…`. */
  readonly raw: string;
  /** Every issue of the row, paths relative to the record (such as `["exploitation", 1]`). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Counts of an import; `rows` is always `accepted + rejected`.
 *
 * @category Import
 * @since 0.1.0
 */
export interface ImportStats {
  /** Rows read, blank lines not included. */
  readonly rows: number;
  /** Rows imported as records. */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejected: number;
}

/**
 * The outcome of an import: every valid record and every rejected row.
 *
 * @category Import
 * @since 0.1.0
 */
export interface ImportResult {
  /** The valid records, in input order. */
  readonly records: CaseRecord[];
  /** The rejected rows, in input order. */
  readonly rejected: RejectedImportRow[];
  /** How many rows were read, accepted and rejected. */
  readonly stats: ImportStats;
}

function importJsonArray(text: string, settings: ImportSettings, sink: RowSink): void {
  const { elements, problem } = splitJsonArray(text);
  if (problem !== undefined) {
    const issue: ValidationIssue =
      problem.kind === "trailing"
        ? caseIssue(settings.locale, "invalid_json", [], EXPECTED_NOTHING_AFTER_ARRAY, describeValue(problem.rest))
        : caseIssue(
            settings.locale,
            "invalid_json",
            [],
            EXPECTED_JSON_ARRAY,
            problem.kind === "unterminated" || problem.at === "" ? RECEIVED_END_OF_TEXT : describeValue(problem.at),
          );
    reject(sink, 0, text, [issue]);
  }
  for (let index = 0; index < elements.length; index++) {
    importJsonRow(elements[index] as string, index + 1, settings, sink);
  }
}

/**
 * Imports case records from NDJSON, JSON or CSV text, keeping every valid record and reporting
 * every bad row; never throws on bad data.
 *
 * @remarks
 * - Blank lines are skipped and not counted in `stats` (their line numbers still count in NDJSON).
 * - CSV (the full convention is in the bulk-import guide): the first non-blank row is the header,
 *   whose trimmed names are the record's field names. Multi-valued fields join their values with
 *   `|`, and `none` is the empty list (recorded, no value applies). An empty cell means not
 *   recorded: the field is absent. `abduction` and boolean user-defined fields take `true` or
 *   `false` only. A column `extra.<name>` fills `extra[name]` for a field declared in `fields`;
 *   for an undeclared one every row is rejected with `unknown_field`. A column
 *   `notRecorded.<field>` lists the values of a multi-valued field not recorded, joined with `|`
 *   (empty: absent), into `notRecorded[field]`. Other values are kept
 *   exactly, spaces included. A record with a different number of fields than the header is
 *   rejected (`invalid_csv`), as is a malformed quote. A leading BOM is dropped. Line breaks are
 *   `\n` or `\r\n`; inside quoted fields they are part of the value.
 * - A broken row never takes others with it. An unterminated CSV quote ends at the next line
 *   that is a well-formed record on its own (as many fields as the header) or at `maxRowBytes`;
 *   in a JSON array a raw line break ends a string, and an element left open ends before the next
 *   line starting a record (`{`, indented like the records). Row numbers never restart, and
 *   `stats.rows` is always `accepted + rejected`.
 * - Keys `__proto__`, `constructor` and `prototype` are never assigned: a row holding one at any
 *   depth, or a CSV header naming one, is rejected with `forbidden_key`.
 * - Each valid row goes through the compiled check of {@link isCaseRecord}; Zod only explains the
 *   failures, so importing is fast.
 *
 * Issue codes of rows: those of {@link safeParseCaseRecord} (`unknown_field` among them), plus
 * `invalid_json`, `invalid_csv`, `forbidden_key`, `row_too_long` and `too_many_issues`. For large
 * files use {@link importCaseRecordsStream}.
 *
 * @param text - The whole file as a string.
 * @param options - The format, message language, row length limit, issue cap and user-defined fields.
 * @returns The records, the rejected rows and the counts.
 * @throws NrmkitError with code `invalid_argument` when `options` are invalid, invalid `fields`
 * declarations included (never because of the text).
 *
 * @example
 * ```ts
 * import { importCaseRecords } from "@nrmkit/validation";
 *
 * const header = "id,registrationDate,regionId,gender,ageBand,citizenship,exploitationCountry,exploitation,meansOfControl,recruiterRelations,referringAgencyKind,assistance,traffickingStatus,caseStatus";
 * const text = [
 *   header,
 *   "SYN-1,2014-04-16,BY-HO,female,18-20,BLR,RUS,forced_labour|sexual_exploitation,,friend,ngo,medical,identified,active",
 *   "SYN-2,2014-02-30,BY-HO,female,18-20,BLR,RUS,,,friend,ngo,,identified,active",
 * ].join("\n");
 * const result = importCaseRecords(text, { format: "csv" });
 * [result.stats, result.rejected.map((row) => [row.row, row.issues.map((issue) => issue.code)])];
 * // => [{ rows: 2, accepted: 1, rejected: 1 }, [[2, ["invalid_date"]]]]
 * ```
 *
 * @category Import
 * @since 0.1.0
 */
export function importCaseRecords(text: string, options: ImportOptions): ImportResult {
  textArgument(text, "text");
  const { format } = objectArgument<ImportOptions>(options, "options");
  if (format !== "ndjson" && format !== "json" && format !== "csv") {
    throw new NrmkitError(
      "invalid_argument",
      `format: expected "ndjson", "json" or "csv", received ${JSON.stringify(String(format))}`,
    );
  }
  const settings = importSettings(options);
  const sink = createSink();
  if (format === "json") {
    importJsonArray(text, settings, sink);
  } else {
    const csv = format === "csv" ? createCsvRowImporter(settings) : undefined;
    const splitter = splitterFor(settings, csv);
    splitter.push(text);
    for (let row = splitter.next(); row !== undefined; row = splitter.next()) importSplitRow(row, settings, csv, sink);
    splitter.end();
    for (let row = splitter.next(); row !== undefined; row = splitter.next()) importSplitRow(row, settings, csv, sink);
  }
  return importResult(sink.records, sink.rejected);
}
