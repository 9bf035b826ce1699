import {
  ageBandOf,
  type CaseRecord,
  caseCountryFromAlpha2,
  isCaseCountryCode,
  isPartialDate,
  MULTI_VALUED_CASE_FIELDS,
  NrmkitError,
} from "@nrmkit/core";
import { isCaseRecord } from "../caseRecordValidator.js";
import type { ImportResult, RejectedImportRow } from "../importCaseRecords.js";
import { optionsArgument } from "../internal/arguments.js";
import { caseIssue } from "../internal/caseIssues.js";
import { EXPECTED_PARTIAL_DATE } from "../internal/casePhrases.js";
import { localeOf } from "../internal/catalogue.js";
import { parseCsvFields } from "../internal/csvFields.js";
import { describeValue } from "../internal/describeValue.js";
import { expectedColumns, expectedCsvField } from "../internal/importPhrases.js";
import { checkedMaxRowBytes } from "../internal/importRows.js";
import { oneOf } from "../internal/phrases.js";
import { isBlank, MAX_RAW_LENGTH, tooLongIssue, truncateRaw } from "../internal/rowImporter.js";
import { createRowSplitter, rowsOf } from "../internal/rowSplitter.js";
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../validationMessages.js";
import {
  AGE,
  CITIZENSHIP,
  EXPLOITATION_COUNTRY,
  GENDER,
  GENDER_CODES,
  HTCDS_STATISTICS_COLUMNS,
  ID,
  MULTIS,
  OPEN_DATE,
  SINGLES,
} from "./htcdsColumns.js";
import { EXPECTED_HTCDS_AGE, EXPECTED_HTCDS_CASE_ID, EXPECTED_HTCDS_COUNTRY } from "./htcdsPhrases.js";

/**
 * Options of {@link importHtcds}.
 *
 * @category HTCDS
 * @since 0.1.0
 */
export interface HtcdsImportOptions {
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
  /** Prefix of the ids made for rows without `cas_CaseID`: the data row number follows. Default `"HTCDS-"`. */
  readonly idPrefix?: string;
  /** Longest row accepted, in UTF-8 bytes. Default 1 MiB. */
  readonly maxRowBytes?: number;
}

/**
 * The outcome of {@link importHtcds}: the records, the rejected rows, and what became of the columns.
 *
 * @category HTCDS
 * @since 0.1.0
 */
export interface HtcdsImportResult extends ImportResult {
  /** Columns that are no HTCDS field a case record holds: ignored, listed once. */
  readonly unknownColumns: readonly string[];
  /** Personal `prs_` columns other than gender and citizenship: never read, listed once. */
  readonly personalColumns: readonly string[];
}

function countryOf(cell: string): string | undefined {
  const code = cell.trim().toUpperCase();
  if (code === "") return "unknown";
  if (code.length === 2) return caseCountryFromAlpha2(code);
  return isCaseCountryCode(code) ? code : undefined;
}

/**
 * Imports case records from an HTCDS 2.0 export in CSV: one row per victim, with `vic_` victim and `cas_` case fields.
 *
 * @remarks
 * Columns by name: `cas_CaseID` (id; `HTCDS-000001`… when absent), `cas_OpenDate` (the
 * registration date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; required), `vic_TraffickingStatus`,
 * `vic_TraffickingStatusDecidedBy`, `cas_Status`, `cas_ReferredFromOrganisationType`,
 * `vic_AgeWhenTrafficked` (years, made an age band), `vic_CountryOfExploitation`, and the
 * multi-selects `vic_TypeOfExploitation`, `vic_ForcedLabourIndustry` (ISIC sections),
 * `vic_TypeOfSexExploitation`, `vic_MethodsOfControl` and `vic_RelationshipToTrafficker`, whose
 * codes are separated by spaces (as XLSForm writes them), `;` or `,`. An empty multi-select is not
 * recorded; values that HTCDS has no code for are listed in `notRecorded`. Of the personal `prs_`
 * fields only the coded `prs_Gender` and the first `prs_Citizenship` are read; every other `prs_`
 * column (names, birth dates, contacts) is never read and is listed in `personalColumns`.
 *
 * @param text - The CSV file.
 * @param options - Message language, id prefix, row limit.
 * @returns The records, rejected rows (numbered from 1 after the header), counts and column report.
 * @throws NrmkitError with code `invalid_argument` for invalid options (never for bad data).
 *
 * @example
 * ```ts
 * import { importHtcds } from "@nrmkit/validation/htcds";
 *
 * const csv = [
 *   "cas_CaseID,cas_OpenDate,prs_FirstName,prs_Gender,vic_TraffickingStatus,vic_MethodsOfControl",
 *   "C-1,2021-03,Anna,Feminine,ActualVictimOfTrafficking,DebtBondage TakesEarnings",
 * ].join("\n");
 * const result = importHtcds(csv);
 * [result.records[0]?.meansOfControl, result.records[0]?.traffickingStatus, result.personalColumns];
 * // => [["debt_bondage", "withholding_wages"], "identified", ["prs_FirstName"]]
 * ```
 *
 * @category HTCDS
 * @since 0.1.0
 */
export function importHtcds(text: string, options?: HtcdsImportOptions): HtcdsImportResult {
  const opts = optionsArgument(options);
  if (typeof text !== "string") {
    throw new NrmkitError("invalid_argument", `text: expected a string, received ${describeValue(text)}`);
  }
  const locale = localeOf(opts.locale);
  const idPrefix = opts.idPrefix ?? "HTCDS-";
  const limit = checkedMaxRowBytes(opts);
  let header: string[] | undefined;
  let index = new Map<string, number>();
  const unknownColumns: string[] = [];
  const personalColumns: string[] = [];
  let dataRow = 0;
  const records: CaseRecord[] = [];
  const rejected: RejectedImportRow[] = [];
  const splitter = createRowSplitter({
    quoteAware: true,
    maxRowBytes: limit,
    headLength: MAX_RAW_LENGTH + 1,
    startsRecord: (line) => {
      const parsed = parseCsvFields(line);
      return parsed.ok && parsed.fields.length === (header?.length ?? parsed.fields.length) && parsed.fields.length > 1;
    },
  });
  const known = new Set([...HTCDS_STATISTICS_COLUMNS, AGE, GENDER, CITIZENSHIP]);
  const reject = (rowText: string, issues: readonly ValidationIssue[]) =>
    rejected.push({ row: dataRow, raw: truncateRaw(rowText), issues });

  const handle = (rowText: string, tooLong: boolean, bytes: number) => {
    if (header === undefined) {
      if (!tooLong && isBlank(rowText)) return;
      const parsed = parseCsvFields(rowText);
      header = parsed.ok ? parsed.fields.map((name) => name.trim()) : [];
      index = new Map();
      header.forEach((name, i) => {
        if (known.has(name) && !index.has(name)) index.set(name, i);
        else if (name.startsWith("prs_")) personalColumns.push(name);
        else unknownColumns.push(name);
      });
      return;
    }
    dataRow++;
    if (tooLong) return void reject(rowText, [tooLongIssue(locale, limit, bytes)]);
    if (isBlank(rowText)) return;
    const parsed = parseCsvFields(rowText);
    if (!parsed.ok) {
      return void reject(rowText, [
        caseIssue(locale, "invalid_csv", [], expectedCsvField(parsed.problem, parsed.column)),
      ]);
    }
    const cells = parsed.fields;
    if (cells.length !== header.length) {
      return void reject(rowText, [
        caseIssue(locale, "invalid_csv", [], expectedColumns(header.length), String(cells.length)),
      ]);
    }
    const issues: ValidationIssue[] = [];
    const cell = (column: string) => {
      const i = index.get(column);
      return i === undefined ? "" : (cells[i] as string).trim();
    };
    const problem = (column: string, expected: string) =>
      issues.push(caseIssue(locale, "unmapped_value", [column], expected, describeValue(cell(column))));
    const record: Record<string, unknown> = {};
    const id = cell(ID);
    record.id = id === "" ? `${idPrefix}${String(dataRow).padStart(6, "0")}` : id;
    const date = cell(OPEN_DATE);
    if (!isPartialDate(date)) problem(OPEN_DATE, EXPECTED_PARTIAL_DATE);
    record.registrationDate = date;
    const gender = cell(GENDER);
    record.gender = gender === "" ? "unknown" : GENDER_CODES[gender];
    if (record.gender === undefined) problem(GENDER, oneOf(Object.keys(GENDER_CODES)));
    const age = cell(AGE);
    record.ageBand = age === "" ? "unknown" : /^\d{1,3}$/.test(age) ? ageBandOf(Number(age)) : undefined;
    if (record.ageBand === undefined) problem(AGE, EXPECTED_HTCDS_AGE);
    const citizenship = countryOf(cell(CITIZENSHIP).split(/[\s;,]+/)[0] ?? "");
    if (citizenship === undefined) problem(CITIZENSHIP, EXPECTED_HTCDS_COUNTRY);
    record.citizenship = citizenship ?? "unknown";
    const destination = countryOf(cell(EXPLOITATION_COUNTRY));
    if (destination === undefined) problem(EXPLOITATION_COUNTRY, EXPECTED_HTCDS_COUNTRY);
    record.exploitationCountry = destination ?? "unknown";
    const notRecorded: Record<string, string[]> = {};
    for (const multi of MULTIS) {
      const value = cell(multi.column);
      if (value === "") continue;
      const present: string[] = [];
      for (const code of value.split(/[\s;,]+/)) {
        if (code === "") continue;
        const mapped = multi.codes[code];
        if (mapped === undefined) problem(multi.column, oneOf(Object.keys(multi.codes)));
        else if (!present.includes(mapped)) present.push(mapped);
      }
      record[multi.field] = present;
      const held = new Set(Object.values(multi.codes));
      const unknown = (MULTI_VALUED_CASE_FIELDS[multi.field] as readonly string[]).filter(
        (code) => !held.has(code) && !present.includes(code),
      );
      if (unknown.length > 0) notRecorded[multi.field] = unknown;
    }
    let referrer = "unknown";
    for (const single of SINGLES) {
      const value = cell(single.column);
      if (value === "") continue;
      const mapped = single.codes[value];
      if (mapped === undefined) problem(single.column, oneOf(Object.keys(single.codes)));
      else if (single.field === "referringAgencyKind") referrer = mapped;
      else record[single.field] = mapped;
    }
    record.referringAgencyKind = referrer;
    if (Object.keys(notRecorded).length > 0) record.notRecorded = notRecorded;
    if (issues.length > 0) return void reject(rowText, issues);
    if (!isCaseRecord(record)) {
      return void reject(rowText, [
        caseIssue(locale, "invalid_case_id", [ID], EXPECTED_HTCDS_CASE_ID, describeValue(id)),
      ]);
    }
    records.push(record as unknown as CaseRecord);
  };
  splitter.push(text);
  for (const row of rowsOf(splitter)) handle(row.text, row.tooLong, row.tooLong ? row.bytes : 0);
  splitter.end();
  for (const row of rowsOf(splitter)) handle(row.text, row.tooLong, row.tooLong ? row.bytes : 0);
  return {
    records,
    rejected,
    stats: { rows: records.length + rejected.length, accepted: records.length, rejected: rejected.length },
    unknownColumns,
    personalColumns,
  };
}
