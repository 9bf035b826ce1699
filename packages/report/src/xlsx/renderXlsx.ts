import { NrmkitError } from "@nrmkit/core";
import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/universal";
import type { ReportDocument, TableBlock, TableCell } from "../document.js";
import { documentText } from "../internal/dataText.js";
import { inlineText } from "../internal/inlineText.js";
import type { RenderOptions } from "../renderOptions.js";
import { sheetNames } from "./sheetNames.js";

/**
 * Options of {@link renderXlsx}.
 *
 * @example
 * ```ts
 * const options: XlsxRenderOptions = { tableIds: ["table-1", "table-2"] };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface XlsxRenderOptions extends RenderOptions {
  /** The tables to write, by id, in this order; every table of the document when absent. */
  readonly tableIds?: readonly string[];
}

// Excel's column width unit is about one digit of the default font; wider than this wraps.
const MAX_WIDTH = 60;

function text(content: TableCell["content"], options: RenderOptions): string {
  return documentText(inlineText(content, options));
}

// Every text cell is typed String: Excel stores it as text and never evaluates it, so data such as
// "=HYPERLINK(…)" or "@SUM(…)" stays inert (no formula injection), and no number is guessed from text.
function textCell(value: string, bold = false): Cell {
  return bold ? { type: String, value, fontWeight: "bold" } : { type: String, value };
}

function valueCell(cell: TableCell | undefined, options: RenderOptions, bold: boolean): Cell {
  if (cell === undefined) return null;
  // Numbers as numbers; hidden, unknown and not-applicable cells keep their marker as text.
  if (cell.value !== undefined && cell.flag === undefined && Number.isFinite(cell.value)) {
    return bold ? { type: Number, value: cell.value, fontWeight: "bold" } : { type: Number, value: cell.value };
  }
  const shown = text(cell.content, options);
  const base = cell.flag === undefined ? {} : { align: "right" as const, color: "#555555" };
  return { type: String, value: shown, ...base, ...(bold ? { fontWeight: "bold" as const } : {}) };
}

function sheet(table: TableBlock, name: string, options: RenderOptions): Sheet<Blob> {
  const caption = text(table.caption, options);
  const header: Row = table.columns.map((column) => ({
    ...(textCell(text(column.header, options), true) as object),
    ...(column.align === "end" ? { align: "right" as const } : {}),
    backgroundColor: "#F2F2F2",
    bottomBorderStyle: "thin",
  }));
  const rows: Row[] = table.rows.map((row) =>
    table.columns.map((_, index) => valueCell(row.cells[index], options, row.total === true)),
  );
  const notes: Row[] = table.footnotes.map((note) => [textCell(text(note, options))]);
  const widths = table.columns.map((column, index) => {
    const lengths = [column.header, ...table.rows.map((row) => row.cells[index]?.content ?? [])].map(
      (content) => [...inlineText(content, options)].length,
    );
    return { width: Math.min(MAX_WIDTH, Math.max(6, ...lengths) + 2) };
  });
  return {
    sheet: name,
    data: [[textCell(caption, true)], header, ...rows, ...(notes.length === 0 ? [] : [[null], ...notes])],
    columns: widths,
    // The caption and the header row stay in view while scrolling.
    stickyRowsCount: 2,
  };
}

/**
 * Renders a report's tables as an Excel workbook (XLSX): one sheet per table, numbers as numbers, hidden cells as their marker with the footnotes under the table, the caption and header row frozen.
 *
 * @remarks
 * For statistics and the decision tracker: each sheet starts with the table's caption, then its
 * header row (both frozen), its rows and, after a blank row, its footnotes, which explain the
 * markers of suppressed cells. Counts are numeric cells, so sums and charts work in Excel;
 * suppressed, unknown and not-applicable cells keep their marker (`*`, `…`) as text and never
 * read as zero. Every other cell is a text cell, never a formula, whatever it starts with.
 * Sheet names come from the captions, shortened to Excel's 31 characters and made unique.
 * Written with `write-excel-file` (browser-safe). Data text has control characters removed.
 *
 * @param doc - The report, such as one built by {@link @nrmkit/report!buildStatisticsReport | buildStatisticsReport} or {@link @nrmkit/report!buildDecisionTracker | buildDecisionTracker}.
 * @param options - Which tables, and the fallback marker.
 * @returns The XLSX file's bytes (wrap them in a `Blob` with type
 *   `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` in a browser).
 * @throws NrmkitError with code `not_found` when the document has no table, or no table with one of `tableIds`.
 *
 * @example
 * ```ts
 * import { renderXlsx } from "@nrmkit/report/xlsx";
 *
 * const bytes = await renderXlsx({ kind: "report", version: 1, lang: "en", title: "T", blocks: [{
 *   kind: "table", caption: ["Persons"], footnotes: [["* Hidden."]],
 *   columns: [{ header: ["Region"], align: "start" }, { header: ["Persons"], align: "end" }],
 *   rows: [{ cells: [{ content: ["Gomel"] }, { content: ["*"], flag: "suppressed" }] }],
 * }] });
 * [bytes[0], bytes[1]];
 * // => [0x50, 0x4b]
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export async function renderXlsx(doc: ReportDocument, options: XlsxRenderOptions = {}): Promise<Uint8Array> {
  const tables = doc.blocks.filter((block): block is TableBlock => block.kind === "table");
  const chosen =
    options.tableIds === undefined
      ? tables
      : options.tableIds.map((id) => {
          const found = tables.find((table) => table.id === id);
          if (found === undefined) {
            throw new NrmkitError(
              "not_found",
              `tableIds: expected a table with id ${JSON.stringify(id)} in the document, received ids ${JSON.stringify(tables.map((table) => table.id ?? null))}`,
            );
          }
          return found;
        });
  if (chosen.length === 0) {
    throw new NrmkitError("not_found", "doc.blocks: expected at least one table in the document, received none");
  }
  const names = sheetNames(chosen.map((table) => text(table.caption, options)));
  const sheets = chosen.map((table, index) => sheet(table, names[index] ?? `Table ${index + 1}`, options));
  const blob = await writeXlsxFile(sheets, { fontFamily: "Arial", fontSize: 10 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
