// English `expected` and `received` phrases of the case-record schema and the bulk import, written
// from the English catalogue (locales/en.ts), so `localizeIssue` re-renders any case-record or
// import issue like every other issue.
import { EN_VALIDATION } from "../locales/en.js";
import { englishPhrase } from "./catalogue.js";

const EN = EN_VALIDATION.phrases;
const RECEIVED = EN_VALIDATION.received;

/** Expected phrase for a case id. */
export const EXPECTED_CASE_ID = EN.caseId;
/** Expected phrase for an ISO alpha-3 country code. */
export const EXPECTED_COUNTRY3 = EN.country3;
/** Expected phrase for an ISO alpha-3 country code where "not recorded" is an absent field. */
export const EXPECTED_KNOWN_COUNTRY3 = EN.knownCountry3;
/** Expected phrase for a registration date. */
export const EXPECTED_PARTIAL_DATE = EN.partialDate;
/** Expected phrase for a key of `extra` that no declaration names. */
export const EXPECTED_DECLARED_FIELD = EN.declaredField;
/** Expected phrase for `extra` that is not an object. */
export const EXPECTED_EXTRA_OBJECT = EN.extraObject;
/** Expected phrase for a repeated value in a multi-valued field. */
export const EXPECTED_NO_DUPLICATES = EN.noDuplicates;
/** Expected phrase for `notRecorded` naming a field the record does not hold. */
export const EXPECTED_FIELD_RECORDED = EN.fieldRecorded;
/** Expected phrase for a value both listed and named not recorded. */
export const EXPECTED_ONE_STATUS = EN.oneStatus;
/** Expected phrase for a line that is not JSON. */
export const EXPECTED_JSON = EN.json;
/** Expected phrase for a document that is not one JSON array. */
export const EXPECTED_JSON_ARRAY = EN.jsonArray;
/** Expected phrase for a malformed CSV record. */
export const EXPECTED_CSV = EN.csv;
/** Expected phrase for a header that names a column twice. */
export const EXPECTED_UNIQUE_COLUMN = EN.uniqueColumn;
/** Expected phrase for a CSV column `extra.<name>` whose field is not declared. */
export const EXPECTED_DECLARED_COLUMN = EN.declaredColumn;
/** Expected phrase for a CSV column `notRecorded.<field>` that names no multi-valued field. */
export const EXPECTED_NOT_RECORDED_COLUMN = EN.notRecordedColumn;

/** Expected phrase for a CSV record with the wrong number of fields. */
export function expectedColumns(count: number): string {
  return englishPhrase("phrases", "columns", { count });
}

/** Expected phrase for a row over the length limit. */
export function expectedRowLength(limit: number): string {
  return englishPhrase("phrases", "rowLength", { count: limit });
}

/** Received phrase for a size in bytes. */
export function receivedBytes(bytes: number): string {
  return englishPhrase("received", "bytes", { count: bytes });
}

/** Expected phrase for input that must be plain data. */
export const EXPECTED_PLAIN_DATA = EN.plainData;
/** Received phrase for a class instance or an object inheriting from another. */
export const RECEIVED_NOT_PLAIN_OBJECT = RECEIVED.notPlainObject;
/** Received phrase for a getter or setter. */
export const RECEIVED_ACCESSOR = RECEIVED.accessor;
/** Received phrase for a symbol key. */
export const RECEIVED_SYMBOL_KEY = RECEIVED.symbolKey;
/** Received phrase for a non-enumerable property. */
export const RECEIVED_HIDDEN_PROPERTY = RECEIVED.hiddenProperty;
/** Received phrase for an object (a proxy or getter) that throws when read. */
export const RECEIVED_THROWS = RECEIVED.throws;

/** Received phrase for a field that is absent. */
export const RECEIVED_MISSING = RECEIVED.missing;
/** Received phrase for text that ends too early. */
export const RECEIVED_END_OF_TEXT = RECEIVED.endOfText;
/** Expected phrase for text after the closing bracket of a JSON array. */
export const EXPECTED_NOTHING_AFTER_ARRAY = EN.nothingAfterArray;

/** Expected phrase for a JSON syntax error at a 1-based character position. */
export function expectedJsonAt(position: number): string {
  return englishPhrase("phrases", "jsonAt", { position });
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
  return englishPhrase("phrases", CSV_KEYS[problem] ?? "csvQuotesDoubled", { field });
}

/** Expected phrase for a row with more issues than are listed. */
export function expectedIssueCount(limit: number): string {
  return englishPhrase("phrases", "issueCount", { count: limit });
}
