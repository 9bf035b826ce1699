import { type CaseRecord, NrmkitError } from "@nrmkit/core";
import { iterableArgument, optionsArgument } from "../internal/arguments.js";
import { describeValue } from "../internal/describeValue.js";
import { EXPLOITATION_COUNTRY, HTCDS_STATISTICS_COLUMNS, ID, MULTIS, OPEN_DATE, SINGLES } from "./htcdsColumns.js";

/**
 * Options of {@link exportHtcds}.
 *
 * @category HTCDS
 * @since 0.1.0
 */
export interface HtcdsExportOptions {
  /** The columns to write, in order; default every `vic_` and `cas_` column a case record fills. A personal `prs_` column is refused. */
  readonly columns?: readonly string[];
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function cellOf(record: CaseRecord, column: string): string {
  if (column === ID) return record.id;
  if (column === OPEN_DATE) return record.registrationDate;
  if (column === EXPLOITATION_COUNTRY)
    return record.exploitationCountry === "unknown" ? "" : record.exploitationCountry;
  const single = SINGLES.find((entry) => entry.column === column);
  if (single !== undefined) {
    const value = record[single.field];
    return Object.entries(single.codes).find(([, code]) => code === value)?.[0] ?? "";
  }
  const multi = MULTIS.find((entry) => entry.column === column);
  if (multi === undefined) return "";
  const values = record[multi.field] as readonly string[] | undefined;
  if (values === undefined) return "";
  return [...new Set(values.flatMap((value) => multi.export[value] ?? []))].join(" ");
}

/**
 * Writes case records as HTCDS 2.0 `vic_` and `cas_` fields in CSV, for statistics: never a personal `prs_` field.
 *
 * @remarks
 * Multi-selects are written as XLSForm writes them, codes separated by spaces; values HTCDS has
 * no code for are left out, and `vic_ForcedLabourIndustry` holds ISIC sections (agriculture and
 * aquafarming are both `A`). Age bands are not written, as HTCDS records an age in years. Read
 * the file back with {@link importHtcds}.
 *
 * @param records - Valid case records.
 * @param options - The columns to write.
 * @returns The CSV text, lines ending with `\n`.
 * @throws NrmkitError with code `disclosure_risk` when `columns` names a personal `prs_` field (names, birth dates, contacts, gender and citizenship alike: personal data never goes into statistics), `invalid_argument` for a column that is no HTCDS field a record fills.
 *
 * @example
 * ```ts
 * import { exportHtcds } from "@nrmkit/validation/htcds";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * exportHtcds(generateSyntheticCases({ count: 1, seed: 1 }), { columns: ["cas_CaseID", "vic_TraffickingStatus"] });
 * // => "cas_CaseID,vic_TraffickingStatus\nSYN-000001,ActualVictimOfTrafficking\n"
 * exportHtcds([], { columns: ["prs_Birthdate"] });
 * // throws NrmkitError with code "disclosure_risk"
 * ```
 *
 * @category HTCDS
 * @since 0.1.0
 */
export function exportHtcds(records: Iterable<CaseRecord>, options?: HtcdsExportOptions): string {
  iterableArgument(records, "records");
  const opts = optionsArgument(options);
  const columns = opts.columns ?? HTCDS_STATISTICS_COLUMNS;
  for (const column of columns) {
    if (typeof column === "string" && column.startsWith("prs_")) {
      throw new NrmkitError(
        "disclosure_risk",
        `columns: ${column} is a personal field (prs_): personal data is never exported to statistics; export the vic_ and cas_ fields only`,
      );
    }
    if (!HTCDS_STATISTICS_COLUMNS.includes(column)) {
      throw new NrmkitError(
        "invalid_argument",
        `columns: expected one of ${HTCDS_STATISTICS_COLUMNS.join(", ")}, received ${describeValue(column)}`,
      );
    }
  }
  let text = `${columns.join(",")}\n`;
  for (const record of records) text += `${columns.map((column) => csvField(cellOf(record, column))).join(",")}\n`;
  return text;
}
