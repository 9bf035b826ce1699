// English `expected` phrases of the bulk import of case records, written from the English catalogue
// (locales/en.ts). The `import` section's English reference registers when this module loads, so
// a bundle that only parses case records does not carry it.
import { EN_IMPORT } from "../locales/en.js";
import { englishPhrase, registerSection } from "./catalogue.js";

/** Registers the `import` section; idempotent. */
export function loadImportPhrases(): void {
  registerSection("import", EN_IMPORT);
}
loadImportPhrases();

/** Expected phrase for a line that is not JSON. */
export const EXPECTED_JSON = EN_IMPORT.json;
/** Expected phrase for a document that is not one JSON array. */
export const EXPECTED_JSON_ARRAY = EN_IMPORT.jsonArray;
/** Expected phrase for a malformed CSV record. */
export const EXPECTED_CSV = EN_IMPORT.csv;
/** Expected phrase for a header that names a column twice. */
export const EXPECTED_UNIQUE_COLUMN = EN_IMPORT.uniqueColumn;
/** Expected phrase for a CSV column `extra.<name>` whose field is not declared. */
export const EXPECTED_DECLARED_COLUMN = EN_IMPORT.declaredColumn;
/** Expected phrase for a CSV column `notRecorded.<field>` that names no multi-valued field. */
export const EXPECTED_NOT_RECORDED_COLUMN = EN_IMPORT.notRecordedColumn;
/** Expected phrase for text after the closing bracket of a JSON array. */
export const EXPECTED_NOTHING_AFTER_ARRAY = EN_IMPORT.nothingAfterArray;

/** Expected phrase for a CSV record with the wrong number of fields. */
export function expectedColumns(count: number): string {
  return englishPhrase("import", "columns", { count });
}

/** Expected phrase for a row over the length limit. */
export function expectedRowLength(limit: number): string {
  return englishPhrase("import", "rowLength", { count: limit });
}

/** Expected phrase for a JSON syntax error at a 1-based character position. */
export function expectedJsonAt(position: number): string {
  return englishPhrase("import", "jsonAt", { position });
}

/** What is wrong with a CSV record. */
export type CsvProblem = "unterminated_quote" | "text_after_quote" | "quote_in_unquoted";

const CSV_KEYS = {
  unterminated_quote: "csvClosingQuote",
  text_after_quote: "csvAfterQuote",
  quote_in_unquoted: "csvQuotesDoubled",
} as const;

/** Expected phrase for a malformed CSV record, naming the 1-based field. */
export function expectedCsvField(problem: CsvProblem, field: number): string {
  return englishPhrase("import", CSV_KEYS[problem] ?? "csvQuotesDoubled", { field });
}

/** Expected phrase for a row with more issues than are listed. */
export function expectedIssueCount(limit: number): string {
  return englishPhrase("import", "issueCount", { count: limit });
}

/** Expected phrase for a document with more issues than are listed. */
export function expectedDocumentIssueCount(limit: number): string {
  return englishPhrase("import", "documentIssueCount", { count: limit });
}

/** Expected phrase for input nested deeper than the limit. */
export function expectedNestingDepth(limit: number): string {
  return englishPhrase("import", "nestingDepth", { count: limit });
}
