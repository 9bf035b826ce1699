// Turns one row of an import (an NDJSON line, a CSV record, a JSON array element) into a case record
// or a rejection. Shared by the string and the stream import so that both give identical results.
import type { CaseRecord } from "@nrmkit/core";
import { safeParseCaseRecord } from "../caseRecordSchema.js";
import { isCaseRecord } from "../caseRecordValidator.js";
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../zodIssues.js";
import { capIssues, explainCaseRecord } from "./caseExplain.js";
import { caseIssue } from "./caseIssues.js";
import {
  EXPECTED_UNIQUE_COLUMN,
  expectedColumns,
  expectedCsvField,
  expectedJsonAt,
  expectedRowLength,
  RECEIVED_END_OF_TEXT,
  receivedBytes,
} from "./casePhrases.js";
import { parseCsvFields } from "./csvFields.js";
import { describeValue } from "./describeValue.js";
import { jsonErrorPosition } from "./jsonSyntax.js";
import { EXPECTED_ALLOWED_KEY, FORBIDDEN_KEYS } from "./phrases.js";
import type { SplitRow } from "./rowSplitter.js";
import { parseJsonSafely } from "./safeJson.js";

/** How many characters of a rejected row's text are kept in `raw`. */
export const MAX_RAW_LENGTH = 500;
/** Default longest row, in UTF-16 code units: 1 MiB of ASCII. */
export const DEFAULT_MAX_ROW_BYTES = 1_048_576;

/** What became of one row. */
export type RowOutcome =
  | { readonly accepted: true; readonly record: CaseRecord }
  | {
      readonly accepted: false;
      readonly row: number;
      readonly raw: string;
      readonly issues: readonly ValidationIssue[];
    };

/** Cuts a row's text for `raw`, on a code-point boundary. */
export function truncateRaw(text: string): string {
  if (text.length <= MAX_RAW_LENGTH) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_RAW_LENGTH - 1)) ? MAX_RAW_LENGTH - 1 : MAX_RAW_LENGTH;
  return `${text.slice(0, end)}…`;
}

function reject(row: number, text: string, issues: readonly ValidationIssue[]): RowOutcome {
  return { accepted: false, row, raw: truncateRaw(text), issues };
}

/** Validates a parsed value; `extra` issues (such as removed forbidden keys) reject it in any case. */
function validate(
  value: unknown,
  row: number,
  text: string,
  locale: IssueLocale,
  extra: readonly ValidationIssue[],
  maxIssues: number,
): RowOutcome {
  if (extra.length === 0 && isCaseRecord(value)) return { accepted: true, record: value };
  const explained = explainCaseRecord(value, locale, maxIssues);
  if (explained.count === 0 && extra.length === 0) {
    // Only reachable if the fast check and the schema ever disagree: the schema has the last word.
    const result = safeParseCaseRecord(value, { locale });
    if (result.success) return { accepted: true, record: result.data };
  }
  const issues = [...extra, ...explained.issues];
  return reject(row, text, capIssues(issues, extra.length + explained.count, maxIssues, locale));
}

/** The issue of a JSON text that does not parse: where the error is and what stands there. */
export function jsonSyntaxIssue(locale: IssueLocale, text: string): ValidationIssue {
  const position = jsonErrorPosition(text);
  // -1 only when JSON.parse failed on valid syntax (nesting too deep for the engine).
  const at = position === -1 ? text.length : position;
  const received =
    at >= text.length ? RECEIVED_END_OF_TEXT : describeValue(String.fromCodePoint(text.codePointAt(at) ?? 0));
  return caseIssue(locale, "invalid_json", [], expectedJsonAt(at + 1), received);
}

/** Imports one JSON text (an NDJSON line or an array element). */
export function importJsonRow(text: string, row: number, locale: IssueLocale, maxIssues: number): RowOutcome {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return reject(row, text, [jsonSyntaxIssue(locale, text)]);
  const forbidden = parsed.forbidden.map((path) =>
    caseIssue(locale, "forbidden_key", path, EXPECTED_ALLOWED_KEY, describeValue(path[path.length - 1])),
  );
  return validate(parsed.value, row, text, locale, forbidden, maxIssues);
}

/** The issue of a row longer than the limit, stating its size. */
export function tooLongIssue(locale: IssueLocale, limit: number, bytes: number): ValidationIssue {
  return caseIssue(locale, "row_too_long", [], expectedRowLength(limit), receivedBytes(bytes));
}

/** Whether a row holds nothing but whitespace: such rows are skipped. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

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

/** One CSV cell as a record value: `a|b` lists, `none` the empty list, `true`/`false` for abduction. */
function cellValue(name: string, value: string): unknown {
  if (MULTI_VALUED.has(name)) return value === NONE_CELL ? [] : value.split("|");
  if (name === "abduction") return value === "true" ? true : value === "false" ? false : value;
  return value;
}

/** A CSV importer: the first non-blank row is the header, later rows are records numbered from 1. */
export interface CsvRowImporter {
  /** Handles the next row; `undefined` for the header and for blank rows. */
  next(row: SplitRow, limit: number): RowOutcome | undefined;
  /** Whether a line on its own is a well-formed record (with the header's number of fields, once known). */
  startsRecord(line: string): boolean;
}

/** Creates the CSV state machine of one import. */
export function createCsvRowImporter(locale: IssueLocale, maxIssues: number): CsvRowImporter {
  let header: string[] | undefined;
  // Issues that every record gets because of the header: duplicate or forbidden column names.
  let headerIssues: ValidationIssue[] = [];
  // Columns that are assigned; forbidden ones never are.
  let assigned: boolean[] = [];
  // A header that is not valid CSV makes every record unreadable.
  let headerBroken = false;
  let dataRow = 0;

  function readHeader(row: SplitRow, limit: number): RowOutcome | undefined {
    const fields = row.tooLong ? undefined : parseCsvFields(row.text);
    const names = fields?.ok === true ? fields.fields.map((name) => name.trim()) : [];
    header = names;
    if (fields === undefined || !fields.ok) {
      const issue =
        fields === undefined
          ? tooLongIssue(locale, limit, row.bytes)
          : caseIssue(locale, "invalid_csv", [], expectedCsvField(fields.problem, fields.column));
      headerIssues = [issue];
      headerBroken = true;
      // The header is row 0: its own rejection, reported once.
      return reject(0, row.text, [issue]);
    }
    const seen = new Set<string>();
    assigned = names.map((name) => {
      if (FORBIDDEN_KEYS.has(name)) {
        headerIssues.push(caseIssue(locale, "forbidden_key", [name], EXPECTED_ALLOWED_KEY, describeValue(name)));
        return false;
      }
      if (seen.has(name)) {
        headerIssues.push(caseIssue(locale, "invalid_csv", [name], EXPECTED_UNIQUE_COLUMN, describeValue(name)));
        return false;
      }
      seen.add(name);
      return true;
    });
    return undefined;
  }

  function next(row: SplitRow, limit: number): RowOutcome | undefined {
    if (header === undefined) return row.tooLong || !isBlank(row.text) ? readHeader(row, limit) : undefined;
    dataRow++;
    if (row.tooLong) return reject(dataRow, row.text, [tooLongIssue(locale, limit, row.bytes)]);
    if (isBlank(row.text)) return undefined;
    if (headerBroken) return reject(dataRow, row.text, headerIssues);
    const parsed = parseCsvFields(row.text);
    if (!parsed.ok) {
      return reject(dataRow, row.text, [
        caseIssue(locale, "invalid_csv", [], expectedCsvField(parsed.problem, parsed.column)),
      ]);
    }
    const { fields } = parsed;
    if (fields.length !== header.length) {
      return reject(dataRow, row.text, [
        caseIssue(locale, "invalid_csv", [], expectedColumns(header.length), String(fields.length)),
      ]);
    }
    const record: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      if (!assigned[i]) continue;
      const name = header[i] as string;
      const value = fields[i] as string;
      if (value === "" && OPTIONAL.has(name)) continue;
      record[name] = cellValue(name, value);
    }
    return validate(record, dataRow, row.text, locale, headerIssues, maxIssues);
  }

  function startsRecord(line: string): boolean {
    if (isBlank(line)) return false;
    const parsed = parseCsvFields(line);
    if (!parsed.ok) return false;
    // Before the header is known, any record of two fields or more will do.
    return header === undefined ? parsed.fields.length > 1 : parsed.fields.length === header.length;
  }

  return { next, startsRecord };
}
