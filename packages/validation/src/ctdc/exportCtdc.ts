import { type CaseRecord, caseCountryToAlpha2, caseValueStatus, NrmkitError } from "@nrmkit/core";
import { iterableArgument } from "../internal/arguments.js";
import { describeValue } from "../internal/describeValue.js";
import {
  ABDUCTION,
  AGE,
  CITIZENSHIP,
  CTDC_COLUMNS,
  type CtdcFlagGroup,
  DATA_SOURCE,
  DATA_SOURCE_CELLS,
  EXPLOITATION,
  EXPLOITATION_COUNTRY,
  FLAG_GROUPS,
  GENDER,
  GENDER_CELLS,
  MAJORITY,
  MAJORITY_AT_EXPLOIT,
  MAJORITY_CELLS,
  MAJORITY_ENTRY,
  MAJORITY_UNKNOWN_CELL,
  SEX_AND_LABOUR,
  YEAR,
} from "./ctdcColumns.js";

type Status = "present" | "absent" | "not_recorded";
const FLAG_CELL: Readonly<Record<Status, string>> = { present: "1", absent: "0", not_recorded: "" };

function statusOf(record: CaseRecord, group: CtdcFlagGroup, value: string): Status {
  return caseValueStatus(record, group.field, value as never);
}

/** CTDC's `isSexAndLabour`: forced labour AND sexual exploitation, in three-valued logic. */
function sexAndLabour(record: CaseRecord): string {
  if (record.exploitation === undefined) return "";
  const labour = statusOf(record, EXPLOITATION, "forced_labour");
  const sexual = statusOf(record, EXPLOITATION, "sexual_exploitation");
  if (labour === "absent" || sexual === "absent") return "0";
  return labour === "present" && sexual === "present" ? "1" : "";
}

const country = (code: string) => (code === "unknown" ? "" : (caseCountryToAlpha2(code) ?? ""));
const majority = (status: string | undefined) =>
  status === undefined ? MAJORITY_UNKNOWN_CELL : (MAJORITY_CELLS[status] ?? MAJORITY_UNKNOWN_CELL);

/** The cells of one record by column name. */
function cellsOf(record: CaseRecord): Map<string, string> {
  const cells = new Map<string, string>([
    [YEAR, record.registrationDate.slice(0, 4)],
    [DATA_SOURCE, record.dataSource === undefined ? "" : (DATA_SOURCE_CELLS[record.dataSource] ?? "")],
    [GENDER, GENDER_CELLS[record.gender] ?? ""],
    [AGE, record.ageBand === "unknown" ? "" : record.ageBand.replace("-", "--")],
    [MAJORITY, majority(record.majorityStatus)],
    [MAJORITY_AT_EXPLOIT, majority(record.majorityStatusAtExploitation)],
    [MAJORITY_ENTRY, majority(record.majorityStatusAtEntry)],
    [CITIZENSHIP, country(record.citizenship)],
    [EXPLOITATION_COUNTRY, country(record.exploitationCountry)],
    [ABDUCTION, record.abduction === undefined ? "" : record.abduction ? "1" : "0"],
    [SEX_AND_LABOUR, sexAndLabour(record)],
  ]);
  for (const group of FLAG_GROUPS) {
    const labels: string[] = [];
    for (const entry of group.flags) {
      const status = statusOf(record, group, entry.value);
      cells.set(entry.column, FLAG_CELL[status]);
      if (status === "present") labels.push(entry.label);
    }
    cells.set(group.concatenated, labels.join(";"));
  }
  return cells;
}

/** A CSV field, quoted when it must be (the codes never need it; user columns might). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes case records as CTDC CSV lines, header first, one line at a time: for exports too large for one string.
 *
 * @param records - Any iterable of valid case records.
 * @returns A generator of lines without line terminators: the 63 column names, then one line per record.
 * @throws NrmkitError with code `invalid_argument` when a value is not a case record (validate first).
 *
 * @example
 * ```ts
 * import { ctdcLines } from "@nrmkit/validation/ctdc";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const [header, first] = ctdcLines(generateSyntheticCases({ count: 1, seed: 1 }));
 * header?.split(",").length;
 * // => 63
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export function* ctdcLines(records: Iterable<CaseRecord>): Generator<string, void, undefined> {
  iterableArgument(records, "records");
  yield CTDC_COLUMNS.join(",");
  let index = 0;
  for (const record of records) {
    if (typeof record !== "object" || record === null || typeof record.registrationDate !== "string") {
      throw new NrmkitError(
        "invalid_argument",
        `records[${String(index)}]: expected a case record, received ${describeValue(record)}`,
      );
    }
    const cells = cellsOf(record);
    yield CTDC_COLUMNS.map((column) => csvField(cells.get(column) ?? "")).join(",");
    index++;
  }
}

/**
 * Writes case records as a CTDC case-level CSV file in the 63 columns and codes of the Global K-anonymized Dataset.
 *
 * @remarks
 * - Each value of a multi-valued field becomes its flag: 1 present, 0 absent, empty not recorded
 *   (a field that is absent leaves its whole group empty); the `…Concatenated` columns and
 *   `RecruiterRelationship` are written as CTDC writes them, the labels of the flags set to 1
 *   joined with `;`; `isSexAndLabour` is 1 when both forced labour and sexual exploitation are.
 * - Ages are written `18--20`, countries as alpha-2 (`XKX` as `XK`), registration dates as their year.
 * - What CTDC cannot hold is dropped, as its layout has no column for it: ids, regions, the
 *   registration country, the referring agency, assistance, trafficking and case status, `extra`,
 *   and values with no CTDC flag (such as forced criminality). HTCDS's finer genders and `other`
 *   become `Transgender/NonConforming`. A majority status not recorded is `Unknown`.
 *
 * {@link importCtdc} reads the file back: export → import → export gives the same file, cell for cell.
 *
 * @param records - Any iterable of valid case records.
 * @returns The CSV text, lines ending with `\n`.
 * @throws NrmkitError with code `invalid_argument` when a value is not a case record (validate first).
 *
 * @example
 * ```ts
 * import { exportCtdc, importCtdc } from "@nrmkit/validation/ctdc";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const csv = exportCtdc(generateSyntheticCases({ count: 50, seed: 1 }));
 * exportCtdc(importCtdc(csv).records) === csv;
 * // => true
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export function exportCtdc(records: Iterable<CaseRecord>): string {
  iterableArgument(records, "records");
  let text = "";
  for (const line of ctdcLines(records)) text += `${line}\n`;
  return text;
}
