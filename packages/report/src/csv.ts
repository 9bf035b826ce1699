import { NrmkitError } from "@nrmkit/core";
import type { ReportDocument, TableBlock } from "./document.js";
import { blockText, cleanText } from "./internal/dataText.js";
import { inlineText } from "./internal/inlineText.js";
import type { RenderOptions } from "./renderOptions.js";

/**
 * One CSV value: text (quoted when needed and neutralised against formula injection), a number, or empty.
 *
 * @example
 * ```ts
 * import type { CsvValue } from "@nrmkit/report";
 *
 * const row: readonly CsvValue[] = ["Vitebsk", 42, null];
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export type CsvValue = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"),
// also after leading blanks or invisible characters, and in their full-width forms.
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/**
 * Writes one CSV field per RFC 4180, neutralising spreadsheet formulas.
 *
 * @remarks
 * Text that starts with `=`, `+`, `-`, `@` (also after blanks, and their full-width forms), a tab
 * or a line break gets a leading `'`, so spreadsheets show it instead of running it. Control
 * characters and terminal escape sequences are removed (tabs and line breaks are kept). A field with `,`, `"`, CR or LF is quoted, with
 * `"` doubled. Numbers are written as numbers (a negative number is not a formula); `null` and
 * `undefined` are empty.
 *
 * @param value - The value.
 * @returns The field.
 *
 * @example
 * ```ts
 * import { csvField } from "@nrmkit/report";
 *
 * csvField('=HYPERLINK("http://x","y")');
 * // => "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
 * csvField("Gomel, BYWCA");
 * // => "\"Gomel, BYWCA\""
 * csvField(-3);
 * // => "-3"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const clean = cleanText(value, { newlines: true, tabs: true });
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV per RFC 4180: CRLF line endings, quoting where needed, formulas neutralised.
 *
 * @param rows - The records, header first if you want one.
 * @returns The CSV text; every record ends with CRLF.
 *
 * @example
 * ```ts
 * import { toCsv } from "@nrmkit/report";
 *
 * toCsv([["Region", "Persons"], ["Gomel", 12], ["=1+1", null]]);
 * // => "Region,Persons\r\nGomel,12\r\n'=1+1,\r\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * ```ts
 * import type { CsvRenderOptions } from "@nrmkit/report";
 *
 * const options: CsvRenderOptions = { tableId: "decisions" };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface CsvRenderOptions extends RenderOptions {
  /** The `id` of the table to write, or the `group` of tables to write as one; default the document's first table. */
  readonly tableId?: string;
}

/**
 * Writes one table of a report as CSV: a header row from the column headers, then the rows.
 *
 * @remarks
 * Numeric cells are written as numbers; hidden and unknown cells as their markers; text with its
 * fallback markers. A `tableId` that names no table but the `group` of several (the tracker's
 * decisions, split by status) writes their rows in document order under the first one's header.
 * See {@link toCsv} for quoting and formula neutralisation.
 *
 * @param doc - The report.
 * @param options - Which table, and the fallback marker.
 * @returns The CSV text.
 * @throws NrmkitError with code `not_found` when the document has no (such) table.
 *
 * @example
 * ```ts
 * import { renderCsv } from "@nrmkit/report";
 *
 * renderCsv({ kind: "report", version: 1, lang: "en", title: "T", blocks: [{
 *   kind: "table", caption: ["Persons"], footnotes: [],
 *   columns: [{ header: ["Region"], align: "start" }, { header: ["Persons"], align: "end" }],
 *   rows: [{ cells: [{ content: ["Gomel"] }, { content: ["*"], flag: "suppressed" }] }],
 * }] });
 * // => "Region,Persons\r\nGomel,*\r\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderCsv(doc: ReportDocument, options: CsvRenderOptions = {}): string {
  const tables = doc.blocks.filter((block): block is TableBlock => block.kind === "table");
  const grouped = tables.filter((candidate) => options.tableId !== undefined && candidate.group === options.tableId);
  const table =
    options.tableId === undefined
      ? tables[0]
      : (tables.find((candidate) => candidate.id === options.tableId) ?? groupTable(grouped));
  if (table === undefined) {
    throw new NrmkitError(
      "not_found",
      `tableId: expected a table${options.tableId === undefined ? "" : ` with id ${JSON.stringify(options.tableId)}`} in the document, received none`,
    );
  }
  const header = table.columns.map((column) => inlineText(column.header, options, blockText));
  const rows = table.rows.map((row) =>
    row.cells.map((cell) =>
      cell.value !== undefined && cell.flag === undefined ? cell.value : inlineText(cell.content, options, blockText),
    ),
  );
  return toCsv([header, ...rows]);
}

/** The tables of one group as one: the first one's columns, every table's rows in order. */
function groupTable(tables: readonly TableBlock[]): TableBlock | undefined {
  const [first] = tables;
  return first === undefined ? undefined : { ...first, rows: tables.flatMap((table) => table.rows) };
}
