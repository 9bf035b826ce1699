import type { CaseRecord } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import { readSheet } from "read-excel-file/universal";
import type { RejectedImportRow } from "../importCaseRecords.js";
import { describeValue } from "../internal/describeValue.js";
import { type CtdcImportOptions, type CtdcImportResult, createCtdcRows, settingsOf } from "./importCtdc.js";

/**
 * Options of {@link importCtdcXlsx}: those of every CTDC import, and the sheet to read.
 *
 * @category CTDC
 * @since 0.1.0
 */
export interface CtdcXlsxOptions extends CtdcImportOptions {
  /** The sheet: its name, or its number from 1. Default the first. */
  readonly sheet?: string | number;
}

/** A spreadsheet cell as the text a CSV file would hold. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return String(value.getUTCFullYear());
  return String(value);
}

/**
 * Imports case records from a CTDC case-level XLSX workbook (CTDC publishes its K-anonymized dataset so).
 *
 * @remarks
 * Reads one sheet with `read-excel-file` (maintained, browser-safe, sharing `fflate` with the
 * report's XLSX writer), then maps rows exactly as {@link importCtdc} maps CSV rows: the first
 * row is the header, data rows are numbered from 1, numbers such as `2019` or `1` read as their
 * text. The whole workbook is held in memory: for files of millions of rows, export CSV and use
 * {@link importCtdcStream}.
 *
 * @param input - The workbook's bytes (`ArrayBuffer`, `Uint8Array`, Node `Buffer`) or a `Blob`.
 * @param options - Those of {@link importCtdc}, and `sheet`.
 * @returns The records, the rejected rows, the counts and the column report.
 * @throws NrmkitError with code `invalid_argument` for invalid options or input that is not bytes; `import_failed` (with the `cause`) when the bytes are not a readable workbook.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { importCtdcXlsx } from "@nrmkit/validation/ctdc";
 *
 * const result = await importCtdcXlsx(await readFile("ctdc.xlsx"));
 * result.stats.rows === result.stats.accepted + result.stats.rejected;
 * // => true
 * await importCtdcXlsx(new TextEncoder().encode("yearOfRegistration,gender\n2019,Female\n"));
 * // throws NrmkitError with code "import_failed" (CSV text: import it with importCtdc)
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export async function importCtdcXlsx(
  input: ArrayBuffer | Uint8Array | Blob,
  options: CtdcXlsxOptions = {},
): Promise<CtdcImportResult> {
  const settings = settingsOf(options);
  let data: ArrayBuffer | Blob;
  if (input instanceof ArrayBuffer || (typeof Blob !== "undefined" && input instanceof Blob)) data = input;
  else if (input instanceof Uint8Array) {
    data = input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer;
  } else {
    throw new NrmkitError(
      "invalid_argument",
      `input: expected the bytes of an XLSX file (ArrayBuffer, Uint8Array or Blob), received ${describeValue(input)}`,
    );
  }
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(data, options.sheet ?? 1)) as unknown[][];
  } catch (error) {
    throw new NrmkitError("import_failed", "input: not a readable XLSX workbook or sheet", { cause: error });
  }
  const rows = createCtdcRows(settings);
  const records: CaseRecord[] = [];
  const rejected: RejectedImportRow[] = [];
  for (const row of sheet) {
    const cells = row.map(cellText);
    const width = rows.width;
    // Spreadsheets drop trailing empty cells: pad to the header's width.
    while (width !== undefined && cells.length < width && cells.length > 0) cells.push("");
    const blank = cells.every((cell) => cell.trim() === "");
    const outcome = rows.next(blank ? null : cells, () => cells.join(","));
    if (outcome === undefined) continue;
    if (outcome.accepted) records.push(outcome.record);
    else rejected.push(outcome.rejected);
  }
  const { columns } = rows;
  return {
    records,
    rejected,
    stats: { rows: records.length + rejected.length, accepted: records.length, rejected: rejected.length },
    ...columns,
  };
}
