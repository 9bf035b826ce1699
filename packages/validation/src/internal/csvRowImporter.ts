// The CSV side of the import: reads the header into a plan of columns, then turns each record into a
// case record by that plan (see the CSV convention in docs/guides/bulk-import.md).
import type { CaseFieldDefinition } from "@nrmkit/core";
import type { ValidationIssue } from "../validationError.js";
import { caseIssue } from "./caseIssues.js";
import { parseCsvFields } from "./csvFields.js";
import { describeValue } from "./describeValue.js";
import {
  EXPECTED_DECLARED_COLUMN,
  EXPECTED_NOT_RECORDED_COLUMN,
  EXPECTED_UNIQUE_COLUMN,
  expectedColumns,
  expectedCsvField,
} from "./importPhrases.js";
import type { ImportSettings, RowSink } from "./importRows.js";
import { EXPECTED_ALLOWED_KEY, FORBIDDEN_KEYS } from "./phrases.js";
import { acceptOrReject, isBlank, reject, tooLongIssue } from "./rowImporter.js";
import type { SplitRow } from "./rowSplitter.js";

const MULTI_VALUED: ReadonlySet<string> = new Set([
  "exploitation",
  "labourSectors",
  "sexualExploitationForms",
  "meansOfControl",
  "recruiterRelations",
  "assistance",
]);
// Fields a record may leave out: an empty cell means "not recorded" and leaves the key absent.
const OPTIONAL: ReadonlySet<string> = new Set([
  ...MULTI_VALUED,
  "regionId",
  "registrationCountry",
  "dataSource",
  "majorityStatus",
  "majorityStatusAtExploitation",
  "majorityStatusAtEntry",
  "abduction",
  "traffickingStatus",
  "traffickingStatusDecidedBy",
  "caseStatus",
]);
/** The cell of a multi-valued field recorded with no value (an empty list). */
export const NONE_CELL = "none";
/** The prefix of a column holding a user-defined field: `extra.<name>`. */
export const EXTRA_PREFIX = "extra.";
/** The prefix of a column listing the values of a multi-valued field not recorded: `notRecorded.<field>`. */
export const NOT_RECORDED_PREFIX = "notRecorded.";

// What a column holds.
/** Never assigned: a forbidden, repeated or undeclared column (its issue is among the header's). */
const SKIPPED = 0;
/** A single-valued field, kept as text (`abduction`: `true`/`false`); empty: absent if optional. */
const FIELD = 1;
/** A multi-valued field: values joined with `|`, `none` the empty list; empty: absent. */
const LIST = 2;
/** A declared code field of `extra`; empty: absent. */
const EXTRA_CODE = 3;
/** A declared boolean field of `extra`: `true` or `false`; empty: absent. */
const EXTRA_BOOLEAN = 4;
/** The values of a multi-valued field not recorded, joined with `|`, in `notRecorded`; empty: absent. */
const NOT_RECORDED = 5;

interface Column {
  readonly kind: number;
  /** The record key (or the key in `extra` or `notRecorded`) the column fills. */
  readonly key: string;
  /** Whether an empty cell leaves the key absent. */
  readonly optional: boolean;
}

const SKIP: Column = { kind: SKIPPED, key: "", optional: true };

/** `true` and `false` as booleans; any other text is kept, so the schema reports it with the column's path. */
function booleanCell(cell: string): unknown {
  return cell === "true" ? true : cell === "false" ? false : cell;
}

/** A CSV importer: the first non-blank row is the header, later rows are records numbered from 1. */
export interface CsvRowImporter {
  /** Handles the next row: nothing for the header (unless it is broken) and for blank rows. */
  next(row: SplitRow, sink: RowSink): void;
  /** Whether a line on its own is a well-formed record (with the header's number of fields, once known). */
  startsRecord(line: string): boolean;
}

/** Creates the CSV state machine of one import. */
export function createCsvRowImporter(settings: ImportSettings): CsvRowImporter {
  const { locale } = settings;
  const declared = new Map<string, CaseFieldDefinition>(settings.fields?.map((field) => [field.name, field]));
  let columns: Column[] | undefined;
  // Issues that every record gets because of the header: duplicate, forbidden or undeclared columns.
  const headerIssues: ValidationIssue[] = [];
  // A header that is not valid CSV makes every record unreadable.
  let headerBroken = false;
  let dataRow = 0;

  function headerIssue(code: string, path: string[], expected: string, name: string): Column {
    headerIssues.push(caseIssue(locale, code, path, expected, describeValue(name)));
    return SKIP;
  }

  function columnOf(name: string, seen: Set<string>): Column {
    if (FORBIDDEN_KEYS.has(name)) return headerIssue("forbidden_key", [name], EXPECTED_ALLOWED_KEY, name);
    if (seen.has(name)) return headerIssue("invalid_csv", [name], EXPECTED_UNIQUE_COLUMN, name);
    seen.add(name);
    if (name.startsWith(EXTRA_PREFIX)) {
      const key = name.slice(EXTRA_PREFIX.length);
      const path = ["extra", key];
      if (FORBIDDEN_KEYS.has(key)) return headerIssue("forbidden_key", path, EXPECTED_ALLOWED_KEY, name);
      const field = declared.get(key);
      if (field === undefined) return headerIssue("unknown_field", path, EXPECTED_DECLARED_COLUMN, name);
      return { kind: field.type === "boolean" ? EXTRA_BOOLEAN : EXTRA_CODE, key, optional: true };
    }
    if (name.startsWith(NOT_RECORDED_PREFIX)) {
      const key = name.slice(NOT_RECORDED_PREFIX.length);
      const path = ["notRecorded", key];
      if (FORBIDDEN_KEYS.has(key)) return headerIssue("forbidden_key", path, EXPECTED_ALLOWED_KEY, name);
      if (!MULTI_VALUED.has(key)) return headerIssue("unrecognized_keys", path, EXPECTED_NOT_RECORDED_COLUMN, name);
      return { kind: NOT_RECORDED, key, optional: true };
    }
    return { kind: MULTI_VALUED.has(name) ? LIST : FIELD, key: name, optional: OPTIONAL.has(name) };
  }

  function readHeader(row: SplitRow, sink: RowSink): void {
    const parsed = row.tooLong ? undefined : parseCsvFields(row.text);
    if (parsed === undefined || !parsed.ok) {
      const issue =
        parsed === undefined
          ? tooLongIssue(locale, settings.maxRowBytes, row.tooLong ? row.bytes : 0)
          : caseIssue(locale, "invalid_csv", [], expectedCsvField(parsed.problem, parsed.column));
      headerIssues.push(issue);
      headerBroken = true;
      columns = [];
      // The header is row 0: its own rejection, reported once.
      reject(sink, 0, row.text, [issue]);
      return;
    }
    const seen = new Set<string>();
    columns = parsed.fields.map((name) => columnOf(name.trim(), seen));
  }

  /** The record a row's cells describe, by the header's plan. */
  function recordOf(plan: readonly Column[], cells: readonly string[]): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    let extra: Record<string, unknown> | undefined;
    let notRecorded: Record<string, unknown> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const { kind, key, optional } = plan[i] as Column;
      const cell = cells[i] as string;
      if (kind === SKIPPED || (cell === "" && optional)) continue;
      switch (kind) {
        case FIELD:
          record[key] = key === "abduction" ? booleanCell(cell) : cell;
          break;
        case LIST:
          record[key] = cell === NONE_CELL ? [] : cell.split("|");
          break;
        case EXTRA_CODE:
          extra ??= {};
          extra[key] = cell;
          break;
        case NOT_RECORDED:
          notRecorded ??= {};
          notRecorded[key] = cell.split("|");
          break;
        default:
          extra ??= {};
          extra[key] = booleanCell(cell);
      }
    }
    // A plain `notRecorded` or `extra` column (text, never valid) is reported as it is, not hidden
    // by the cells of the columns with the prefix.
    if (notRecorded !== undefined && !("notRecorded" in record)) record.notRecorded = notRecorded;
    if (extra !== undefined && !("extra" in record)) record.extra = extra;
    return record;
  }

  function next(row: SplitRow, sink: RowSink): void {
    if (columns === undefined) {
      if (row.tooLong || !isBlank(row.text)) readHeader(row, sink);
      return;
    }
    dataRow++;
    if (row.tooLong) {
      reject(sink, dataRow, row.text, [tooLongIssue(locale, settings.maxRowBytes, row.bytes)]);
      return;
    }
    if (isBlank(row.text)) return;
    if (headerBroken) {
      reject(sink, dataRow, row.text, headerIssues);
      return;
    }
    const parsed = parseCsvFields(row.text);
    if (!parsed.ok) {
      const issue = caseIssue(locale, "invalid_csv", [], expectedCsvField(parsed.problem, parsed.column));
      reject(sink, dataRow, row.text, [issue]);
      return;
    }
    const cells = parsed.fields;
    if (cells.length !== columns.length) {
      const issue = caseIssue(locale, "invalid_csv", [], expectedColumns(columns.length), String(cells.length));
      reject(sink, dataRow, row.text, [issue]);
      return;
    }
    acceptOrReject(recordOf(columns, cells), dataRow, row.text, settings, sink, headerIssues);
  }

  function startsRecord(line: string): boolean {
    if (isBlank(line)) return false;
    const parsed = parseCsvFields(line);
    if (!parsed.ok) return false;
    // Before the header is known, any record of two fields or more will do.
    return columns === undefined ? parsed.fields.length > 1 : parsed.fields.length === columns.length;
  }

  return { next, startsRecord };
}
