// English `expected` phrases of the case-record schema and the bulk import, and their Russian
// translations. The shared renderer (phrases.ts) holds these tables, so `localizeIssue` re-renders
// any case-record or import issue like every other issue.

/** Expected phrase for a case id. */
export const EXPECTED_CASE_ID =
  "a pseudonymous case id: 1 to 64 letters, digits or . _ : / - and no name, passport or phone number";
/** Expected phrase for an ISO alpha-3 country code. */
export const EXPECTED_COUNTRY3 = "an ISO 3166-1 alpha-3 country code such as BLR, or unknown";
/** Expected phrase for an ISO alpha-3 country code where "not recorded" is an absent field. */
export const EXPECTED_KNOWN_COUNTRY3 = "an ISO 3166-1 alpha-3 country code such as BLR";
/** Expected phrase for a registration date. */
export const EXPECTED_PARTIAL_DATE = "a year, month or real day written YYYY, YYYY-MM or YYYY-MM-DD";
/** Expected phrase for a key of `extra` that no declaration names. */
export const EXPECTED_DECLARED_FIELD = "a field declared with defineCaseFields";
/** Expected phrase for `extra` that is not an object. */
export const EXPECTED_EXTRA_OBJECT = "an object of user-defined field values";
/** Expected phrase for a repeated value in a multi-valued field. */
export const EXPECTED_NO_DUPLICATES = "a value not listed before in this field";
/** Expected phrase for `notRecorded` naming a field the record does not hold. */
export const EXPECTED_FIELD_RECORDED =
  "a field that the record holds as a list (an absent field is not recorded as a whole)";
/** Expected phrase for a value both listed and named not recorded. */
export const EXPECTED_ONE_STATUS = "a value that is either listed (present) or not recorded, not both";
/** Expected phrase for a line that is not JSON. */
export const EXPECTED_JSON = "valid JSON";
/** Expected phrase for a document that is not one JSON array. */
export const EXPECTED_JSON_ARRAY = "one JSON array of case records";
/** Expected phrase for a malformed CSV record. */
export const EXPECTED_CSV = "a CSV record as in RFC 4180";
/** Expected phrase for a header that names a column twice. */
export const EXPECTED_UNIQUE_COLUMN = "a column name used once in the header";
/** Expected phrase for a CSV column `extra.<name>` whose field is not declared. */
export const EXPECTED_DECLARED_COLUMN = "a column extra.<name> whose field is declared in the fields option";
/** Expected phrase for a CSV column `notRecorded.<field>` that names no multi-valued field. */
export const EXPECTED_NOT_RECORDED_COLUMN =
  "a column notRecorded.<field> for a multi-valued field: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations or assistance";

/** Expected phrase for a CSV record with the wrong number of fields. */
export function expectedColumns(count: number): string {
  return `${count} fields, as many as the header has`;
}

/** Expected phrase for a row over the length limit. */
export function expectedRowLength(limit: number): string {
  return `a row of at most ${limit} bytes`;
}

/** Received phrase for a size in bytes. */
export function receivedBytes(bytes: number): string {
  return `${bytes} bytes`;
}

/** Expected phrase for input that must be plain data. */
export const EXPECTED_PLAIN_DATA = "plain data: own enumerable properties of plain objects and arrays";
/** Received phrase for a class instance or an object inheriting from another. */
export const RECEIVED_NOT_PLAIN_OBJECT = "an object with a prototype other than Object or Array";
/** Received phrase for a getter or setter. */
export const RECEIVED_ACCESSOR = "a getter or setter";
/** Received phrase for a symbol key. */
export const RECEIVED_SYMBOL_KEY = "a symbol key";
/** Received phrase for a non-enumerable property. */
export const RECEIVED_HIDDEN_PROPERTY = "a non-enumerable property";
/** Received phrase for an object (a proxy or getter) that throws when read. */
export const RECEIVED_THROWS = "an object that throws when read";

/** Received phrase for a field that is absent. */
export const RECEIVED_MISSING = "missing";
/** Received phrase for text that ends too early. */
export const RECEIVED_END_OF_TEXT = "the end of the text";
/** Expected phrase for text after the closing bracket of a JSON array. */
export const EXPECTED_NOTHING_AFTER_ARRAY = "nothing after the closing ] of the JSON array";

/** Expected phrase for a JSON syntax error at a 1-based character position. */
export function expectedJsonAt(position: number): string {
  return `valid JSON (the error is at character ${position})`;
}

/** What is wrong with a CSV record. */
export type CsvProblem = "unterminated_quote" | "text_after_quote" | "quote_in_unquoted";

/** Expected phrase for a malformed CSV record, naming the 1-based field. */
export function expectedCsvField(problem: CsvProblem, field: number): string {
  switch (problem) {
    case "unterminated_quote":
      return `a CSV record as in RFC 4180 (a closing quote for field ${field})`;
    case "text_after_quote":
      return `a CSV record as in RFC 4180 (a comma or the line end after the closing quote of field ${field})`;
    default:
      return `a CSV record as in RFC 4180 (field ${field} in quotes, with its quotes doubled)`;
  }
}

/** Expected phrase for a row with more issues than are listed. */
export function expectedIssueCount(limit: number): string {
  return `at most ${limit} issues per row (the rest are not listed)`;
}

/** Russian for the fixed case-record and import phrases. */
export const CASE_EXACT_RU: Readonly<Record<string, string>> = {
  [EXPECTED_CASE_ID]:
    "псевдонимный идентификатор случая: от 1 до 64 букв, цифр или . _ : / - без имени, номера паспорта или телефона",
  [EXPECTED_COUNTRY3]: "код страны ISO 3166-1 alpha-3, например BLR, или unknown",
  [EXPECTED_NO_DUPLICATES]: "значение, ещё не указанное в этом поле",
  [EXPECTED_KNOWN_COUNTRY3]: "код страны ISO 3166-1 alpha-3, например BLR",
  [EXPECTED_FIELD_RECORDED]: "поле, которое в записи задано списком (отсутствующее поле не записано целиком)",
  [EXPECTED_ONE_STATUS]: "значение, которое либо указано (есть), либо не записано, но не то и другое",
  [EXPECTED_PARTIAL_DATE]: "год, месяц или реальный день в формате ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
  [EXPECTED_DECLARED_FIELD]: "поле, объявленное через defineCaseFields",
  [EXPECTED_EXTRA_OBJECT]: "объект со значениями пользовательских полей",
  [EXPECTED_JSON]: "корректный JSON",
  [EXPECTED_JSON_ARRAY]: "один массив JSON с записями о случаях",
  [EXPECTED_CSV]: "запись CSV по RFC 4180",
  [EXPECTED_UNIQUE_COLUMN]: "имя столбца, которое встречается в заголовке один раз",
  [EXPECTED_DECLARED_COLUMN]: "столбец extra.<имя> для поля, объявленного в параметре fields",
  [EXPECTED_NOT_RECORDED_COLUMN]:
    "столбец notRecorded.<поле> для поля с несколькими значениями: exploitation, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations или assistance",
  [EXPECTED_NOTHING_AFTER_ARRAY]: "ничего после закрывающей ] массива JSON",
  [EXPECTED_PLAIN_DATA]: "простые данные: собственные перечислимые свойства простых объектов и массивов",
};

/** Russian for the fixed received phrases of the import. */
export const CASE_RECEIVED_RU: Readonly<Record<string, string>> = {
  [RECEIVED_MISSING]: "отсутствует",
  [RECEIVED_END_OF_TEXT]: "конец текста",
  [RECEIVED_NOT_PLAIN_OBJECT]: "объект с прототипом, отличным от Object и Array",
  [RECEIVED_ACCESSOR]: "геттер или сеттер",
  [RECEIVED_SYMBOL_KEY]: "ключ-символ",
  [RECEIVED_HIDDEN_PROPERTY]: "неперечислимое свойство",
  [RECEIVED_THROWS]: "объект, который бросает исключение при чтении",
};

const BYTES_RU = ["байт", "байта", "байт"] as const;

/** Russian plural of "byte" for a count written in digits. */
function bytesRu(count: string): string {
  const n = Math.abs(Number(count)) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return BYTES_RU[2];
  if (last === 1) return BYTES_RU[0];
  if (last >= 2 && last <= 4) return BYTES_RU[1];
  return BYTES_RU[2];
}

/** Russian for the parametrised received phrases of the import. */
export const CASE_RECEIVED_PATTERNS_RU: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^(\d+) bytes$/, (m) => `${m[1]} ${bytesRu(m[1] ?? "")}`],
];

/** Russian for the parametrised case-record and import phrases. */
export const CASE_PATTERNS_RU: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^(\d+) fields, as many as the header has$/, (m) => `полей: ${m[1]}, столько же, сколько в заголовке`],
  [/^a row of at most (\d+) bytes$/, (m) => `строка не длиннее ${m[1]} ${bytesRu(m[1] ?? "")} в UTF-8`],
  [/^valid JSON \(the error is at character (\d+)\)$/, (m) => `корректный JSON (ошибка в символе ${m[1]})`],
  [
    /^a CSV record as in RFC 4180 \(a closing quote for field (\d+)\)$/,
    (m) => `запись CSV по RFC 4180 (закрывающая кавычка поля ${m[1]})`,
  ],
  [
    /^a CSV record as in RFC 4180 \(a comma or the line end after the closing quote of field (\d+)\)$/,
    (m) => `запись CSV по RFC 4180 (запятая или конец строки после закрывающей кавычки поля ${m[1]})`,
  ],
  [
    /^a CSV record as in RFC 4180 \(field (\d+) in quotes, with its quotes doubled\)$/,
    (m) => `запись CSV по RFC 4180 (поле ${m[1]} в кавычках, кавычки внутри удвоены)`,
  ],
  [
    /^at most (\d+) issues per row \(the rest are not listed\)$/,
    (m) => `не более ${m[1]} проблем на строку (остальные не перечислены)`,
  ],
];
