// Turns one row of an import (an NDJSON line, a CSV record, a JSON array element) into a case record
// or a rejection. Shared by the string and the stream import so that both give identical results.
import { safeParseCaseRecord } from "../caseRecordSchema.js";
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../validationMessages.js";
import { capIssues, explainCaseRecord } from "./caseExplain.js";
import { caseIssue } from "./caseIssues.js";
import { RECEIVED_END_OF_TEXT, receivedBytes } from "./casePhrases.js";
import { isParsedCaseRecord } from "./caseRecordCheck.js";
import { describeValue } from "./describeValue.js";
import { expectedJsonAt, expectedRowLength } from "./importPhrases.js";
import type { ImportSettings, RowSink } from "./importRows.js";
import { jsonErrorPosition } from "./jsonSyntax.js";
import { EXPECTED_ALLOWED_KEY } from "./phrases.js";
import { stripForbiddenKeys } from "./safeJson.js";

/** How many characters of a rejected row's text are kept in `raw`. */
export const MAX_RAW_LENGTH = 500;

/** Cuts a row's text for `raw`, on a code-point boundary. */
export function truncateRaw(text: string): string {
  if (text.length <= MAX_RAW_LENGTH) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_RAW_LENGTH - 1)) ? MAX_RAW_LENGTH - 1 : MAX_RAW_LENGTH;
  return `${text.slice(0, end)}…`;
}

/** Adds a rejected row to the sink. */
export function reject(sink: RowSink, row: number, text: string, issues: readonly ValidationIssue[]): void {
  sink.rejected.push({ row, raw: truncateRaw(text), issues });
  sink.issues += issues.length;
}

/**
 * Accepts a value the import built itself (by `JSON.parse` or from CSV cells: plain own data, so
 * the plain-data walk is skipped), or rejects it with every issue; `extra` issues (such as removed
 * forbidden keys) reject it in any case.
 */
export function acceptOrReject(
  value: unknown,
  row: number,
  text: string,
  settings: ImportSettings,
  sink: RowSink,
  extra: readonly ValidationIssue[] = [],
): void {
  const { fields, locale, maxIssues } = settings;
  if (extra.length === 0 && isParsedCaseRecord(value, fields)) {
    sink.records.push(value);
    return;
  }
  const explained = explainCaseRecord(value, locale, maxIssues, fields);
  if (explained.count === 0 && extra.length === 0) {
    // Only reachable if the fast check and the schema ever disagree: the schema has the last word.
    const result = safeParseCaseRecord(value, fields === undefined ? { locale } : { locale, fields });
    if (result.success) {
      sink.records.push(result.data);
      return;
    }
  }
  const issues = [...extra, ...explained.issues];
  reject(sink, row, text, capIssues(issues, extra.length + explained.count, maxIssues, locale));
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
export function importJsonRow(text: string, row: number, settings: ImportSettings, sink: RowSink): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    reject(sink, row, text, [jsonSyntaxIssue(settings.locale, text)]);
    return;
  }
  // A valid record holds no forbidden key at any depth: its keys are record fields, declared field
  // names and vocabulary fields, none of which may be `__proto__`, `constructor` or `prototype`.
  // So the search for them (a scan of the text and a walk of the value) runs on failing rows only.
  if (isParsedCaseRecord(value, settings.fields)) {
    sink.records.push(value);
    return;
  }
  const forbidden = stripForbiddenKeys(value, text).map((path) =>
    caseIssue(settings.locale, "forbidden_key", path, EXPECTED_ALLOWED_KEY, describeValue(path[path.length - 1])),
  );
  acceptOrReject(value, row, text, settings, sink, forbidden);
}

/** The issue of a row longer than the limit, stating its size. */
export function tooLongIssue(locale: IssueLocale, limit: number, bytes: number): ValidationIssue {
  return caseIssue(locale, "row_too_long", [], expectedRowLength(limit), receivedBytes(bytes));
}

/** Whether a row holds nothing but whitespace: such rows are skipped. */
export function isBlank(text: string): boolean {
  // Rows almost always start with a printable ASCII character: no need to trim them.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return text.trim() === "";
}
