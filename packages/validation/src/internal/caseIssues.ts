// Issues raised by the case-record schema and the bulk import, in English and Russian. The `expected`
// phrase is stored in English (as every nrmkit issue); only the message is localised.
import type { ValidationIssue } from "../validationError.js";
import { type IssueLocale, localizeIssue } from "../zodIssues.js";

/** Expected phrase for a case id. */
export const EXPECTED_CASE_ID =
  "a pseudonymous case id: 1 to 64 letters, digits or . _ : / - and no name, passport or phone number";
/** Expected phrase for an ISO alpha-3 country code. */
export const EXPECTED_COUNTRY3 = "an ISO 3166-1 alpha-3 country code such as BLR, or unknown";
/** Expected phrase for a repeated value in a multi-valued field. */
export const EXPECTED_NO_DUPLICATES = "a value not listed before in this field";
/** Expected phrase for a line that is not JSON. */
export const EXPECTED_JSON = "valid JSON";
/** Expected phrase for a document that is not one JSON array. */
export const EXPECTED_JSON_ARRAY = "one JSON array of case records";
/** Expected phrase for a malformed CSV record. */
export const EXPECTED_CSV = "a CSV record as in RFC 4180";
/** Expected phrase for a header that names a column twice. */
export const EXPECTED_UNIQUE_COLUMN = "a column name used once in the header";

/** Expected phrase for a CSV record with the wrong number of fields. */
export function expectedColumns(count: number): string {
  return `${count} fields, as many as the header has`;
}

/** Expected phrase for a row over the length limit. */
export function expectedRowLength(limit: number): string {
  return `a row of at most ${limit} characters`;
}

const EXACT_RU: ReadonlyMap<string, string> = new Map([
  [
    EXPECTED_CASE_ID,
    "псевдонимный идентификатор случая: от 1 до 64 букв, цифр или . _ : / - без имени, номера паспорта или телефона",
  ],
  [EXPECTED_COUNTRY3, "код страны ISO 3166-1 alpha-3, например BLR, или unknown"],
  [EXPECTED_NO_DUPLICATES, "значение, ещё не указанное в этом поле"],
  [EXPECTED_JSON, "корректный JSON"],
  [EXPECTED_JSON_ARRAY, "один массив JSON с записями о случаях"],
  [EXPECTED_CSV, "запись CSV по RFC 4180"],
  [EXPECTED_UNIQUE_COLUMN, "имя столбца, которое встречается в заголовке один раз"],
]);

const PATTERNS_RU: readonly (readonly [RegExp, (count: string) => string])[] = [
  [/^(\d+) fields, as many as the header has$/, (count) => `полей: ${count}, столько же, сколько в заголовке`],
  [/^a row of at most (\d+) characters$/, (count) => `строка не длиннее ${count} символов`],
];

function translate(expected: string, locale: IssueLocale): string {
  if (locale === "en") return expected;
  const exact = EXACT_RU.get(expected);
  if (exact !== undefined) return exact;
  for (const [pattern, render] of PATTERNS_RU) {
    const match = pattern.exec(expected);
    if (match !== null) return render(match[1] ?? "");
  }
  return expected;
}

/** Renders the message of an issue in the locale, knowing this module's phrases as well as the shared ones. */
export function localizeCaseIssue(issue: ValidationIssue, locale: IssueLocale): ValidationIssue {
  if (issue.expected === undefined) return issue;
  const rendered = localizeIssue({ ...issue, expected: translate(issue.expected, locale) }, locale);
  return { ...rendered, expected: issue.expected };
}

/** Makes a localised issue. */
export function caseIssue(
  locale: IssueLocale,
  code: string,
  path: readonly (string | number)[],
  expected: string,
  received?: string,
): ValidationIssue {
  const issue: ValidationIssue = { code, path, message: "", expected, ...(received === undefined ? {} : { received }) };
  return localizeCaseIssue(issue, locale);
}
