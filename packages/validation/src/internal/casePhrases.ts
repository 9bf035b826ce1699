// English `expected` phrases of the case-record schema and the bulk import, and their Russian
// translations. The shared renderer (phrases.ts) holds these tables, so `localizeIssue` re-renders
// any case-record or import issue like every other issue.

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

/** Russian for the fixed case-record and import phrases. */
export const CASE_EXACT_RU: Readonly<Record<string, string>> = {
  [EXPECTED_CASE_ID]:
    "псевдонимный идентификатор случая: от 1 до 64 букв, цифр или . _ : / - без имени, номера паспорта или телефона",
  [EXPECTED_COUNTRY3]: "код страны ISO 3166-1 alpha-3, например BLR, или unknown",
  [EXPECTED_NO_DUPLICATES]: "значение, ещё не указанное в этом поле",
  [EXPECTED_JSON]: "корректный JSON",
  [EXPECTED_JSON_ARRAY]: "один массив JSON с записями о случаях",
  [EXPECTED_CSV]: "запись CSV по RFC 4180",
  [EXPECTED_UNIQUE_COLUMN]: "имя столбца, которое встречается в заголовке один раз",
};

/** Russian for the parametrised case-record and import phrases. */
export const CASE_PATTERNS_RU: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^(\d+) fields, as many as the header has$/, (m) => `полей: ${m[1]}, столько же, сколько в заголовке`],
  [/^a row of at most (\d+) characters$/, (m) => `строка не длиннее ${m[1]} символов`],
];
