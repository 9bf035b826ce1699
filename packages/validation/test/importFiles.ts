// Import test files with exactly 1% bad rows: every 100th row is broken in one of twelve ways, and
// the file says which rows those are, with their raw text and every issue they must produce.
import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";

/** Case record fields in the order of the CaseRecord interface, as a CSV header. */
export const CSV_HEADER = [
  "id",
  "registrationDate",
  "regionId",
  "registrationCountry",
  "dataSource",
  "gender",
  "ageBand",
  "majorityStatus",
  "majorityStatusAtExploitation",
  "majorityStatusAtEntry",
  "citizenship",
  "exploitationCountry",
  "exploitation",
  "labourSectors",
  "sexualExploitationForms",
  "meansOfControl",
  "recruiterRelations",
  "abduction",
  "referringAgencyKind",
  "assistance",
  "traffickingStatus",
  "traffickingStatusDecidedBy",
  "caseStatus",
] as const;

type Issue = readonly [code: string, path: readonly (string | number)[]];

/** A rejected row as the import must report it (issues as code and path). */
export interface ExpectedRejection {
  readonly row: number;
  readonly raw: string;
  readonly issues: readonly Issue[];
}

/** A generated file, its valid records and its bad rows. */
export interface BadFile {
  readonly text: string;
  readonly good: CaseRecord[];
  readonly bad: ExpectedRejection[];
}

/** One way to break a row: the broken text and the issues it must produce. */
type Breaker = (record: CaseRecord) => { readonly text: string; readonly issues: readonly Issue[] };

const LONG = "x".repeat(1_200);

const json = (value: unknown) => JSON.stringify(value);
const withoutId = ({ id: _id, ...rest }: CaseRecord) => rest;

const NDJSON_BREAKERS: readonly Breaker[] = [
  (r) => ({ text: json(r).slice(0, -5), issues: [["invalid_json", []]] }),
  (r) => ({
    text: json({ ...r, registrationDate: "2014-02-30", gender: "F" }),
    issues: [
      ["invalid_date", ["registrationDate"]],
      ["invalid_value", ["gender"]],
    ],
  }),
  (r) => ({ text: `{"__proto__":{"polluted":true},${json(r).slice(1)}`, issues: [["forbidden_key", ["__proto__"]]] }),
  (r) => ({
    text: json({ ...r, assistance: ["medical", "legal", "medical"] }),
    issues: [["duplicate_value", ["assistance", 2]]],
  }),
  (r) => ({ text: json({ ...r, name: "Anna" }), issues: [["unrecognized_keys", ["name"]]] }),
  (r) => ({ text: json(withoutId(r)), issues: [["invalid_type", ["id"]]] }),
  () => ({ text: "[1,2]", issues: [["invalid_type", []]] }),
  (r) => ({ text: json({ ...r, id: "MP1234567" }), issues: [["invalid_case_id", ["id"]]] }),
  (r) => ({ text: json({ ...r, note: LONG }), issues: [["row_too_long", []]] }),
  (r) => ({
    text: json({ ...r, exploitation: [{ constructor: 1 }] }),
    issues: [
      ["forbidden_key", ["exploitation", 0, "constructor"]],
      ["invalid_value", ["exploitation", 0]],
    ],
  }),
  (r) => ({ text: json({ ...r, gender: "женский" }), issues: [["invalid_value", ["gender"]]] }),
  (r) => ({ text: `{"\\u005f_proto__":1,${json(r).slice(1)}`, issues: [["forbidden_key", ["__proto__"]]] }),
];

/** A record as a CSV row; `quote` wraps every field in quotes. */
export function toCsvRow(record: CaseRecord, quote = false, override: Partial<Record<string, string>> = {}): string {
  return CSV_HEADER.map((name) => {
    const value = record[name];
    // Absent: an empty cell (not recorded); an empty list: "none".
    const text =
      override[name] ??
      (value === undefined
        ? ""
        : Array.isArray(value)
          ? value.length === 0
            ? "none"
            : value.join("|")
          : String(value));
    return quote ? `"${text.replaceAll('"', '""')}"` : text;
  }).join(",");
}

const CSV_BREAKERS: readonly Breaker[] = [
  (r) => ({ text: toCsvRow(r).replace(/,[^,]*$/, ""), issues: [["invalid_csv", []]] }),
  (r) => ({
    text: toCsvRow(r, false, { registrationDate: "2014-02-30", gender: "F" }),
    issues: [
      ["invalid_date", ["registrationDate"]],
      ["invalid_value", ["gender"]],
    ],
  }),
  (r) => ({ text: toCsvRow(r, false, { gender: 'fe"male' }), issues: [["invalid_csv", []]] }),
  (r) => ({
    text: toCsvRow(r, false, { assistance: "medical|legal|medical" }),
    issues: [["duplicate_value", ["assistance", 2]]],
  }),
  (r) => ({ text: toCsvRow(r, true, { gender: "fe\nmale" }), issues: [["invalid_value", ["gender"]]] }),
  (r) => ({ text: toCsvRow(r, false, { id: "" }), issues: [["invalid_case_id", ["id"]]] }),
  (r) => ({ text: toCsvRow(r, true, { id: 'SYN"1' }), issues: [["invalid_case_id", ["id"]]] }),
  (r) => ({ text: toCsvRow(r, false, { id: "Ivan_Petrov" }), issues: [["invalid_case_id", ["id"]]] }),
  (r) => ({ text: toCsvRow(r, true, { caseStatus: `${LONG}\n${LONG}` }), issues: [["row_too_long", []]] }),
  (r) => ({ text: toCsvRow(r, false, { gender: "женский" }), issues: [["invalid_value", ["gender"]]] }),
  (r) => ({
    text: toCsvRow(r, false, { exploitation: "begging|flying" }),
    issues: [["invalid_value", ["exploitation", 1]]],
  }),
  (r) => ({ text: toCsvRow(r, false, { citizenship: "blr" }), issues: [["invalid_country", ["citizenship"]]] }),
];

function raw(text: string): string {
  return text.length <= 500 ? text : `${text.slice(0, 500)}…`;
}

/**
 * An NDJSON file of `rows` rows, every 100th broken; blank lines after rows 250 and 777 shift the
 * line numbers; CRLF line ends.
 */
export function badNdjsonFile(rows: number): BadFile {
  const records = generateSyntheticCases({ count: rows, seed: 11 });
  const lines: string[] = [];
  const good: CaseRecord[] = [];
  const bad: ExpectedRejection[] = [];
  records.forEach((record, index) => {
    if ((index + 1) % 100 === 0) {
      const breaker = NDJSON_BREAKERS[((index / 100) % NDJSON_BREAKERS.length) | 0] as Breaker;
      const { text, issues } = breaker(record);
      lines.push(text);
      bad.push({ row: lines.length, raw: raw(text), issues });
    } else {
      lines.push(json(record));
      good.push(record);
    }
    if (index === 249) lines.push("");
    if (index === 776) lines.push("   ");
  });
  return { text: `${lines.join("\r\n")}\r\n`, good, bad };
}

/**
 * A CSV file of `rows` records after a header, every 100th broken; some valid rows fully quoted;
 * one bad row spans two lines; a blank line after record 500 shifts the row numbers; CRLF line ends.
 */
export function badCsvFile(rows: number): BadFile {
  const records = generateSyntheticCases({ count: rows, seed: 12 });
  const lines: string[] = [CSV_HEADER.join(",")];
  const good: CaseRecord[] = [];
  const bad: ExpectedRejection[] = [];
  let dataRow = 0;
  records.forEach((record, index) => {
    dataRow++;
    if ((index + 1) % 100 === 0) {
      const breaker = CSV_BREAKERS[((index / 100) % CSV_BREAKERS.length) | 0] as Breaker;
      const { text, issues } = breaker(record);
      lines.push(text);
      bad.push({ row: dataRow, raw: raw(text), issues });
    } else {
      lines.push(toCsvRow(record, index % 7 === 0));
      good.push(record);
    }
    if (index === 499) {
      lines.push("");
      dataRow++;
    }
  });
  return { text: `${lines.join("\r\n")}\r\n`, good, bad };
}
