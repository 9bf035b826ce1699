import { NrmkitError } from "@nrmkit/core";
import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/universal";
import type { DefinitionsBlock, Inline, ListBlock, ReportDocument, TableBlock, TableCell } from "../document.js";
import { documentText } from "../internal/dataText.js";
import { inlineText } from "../internal/inlineText.js";
import type { RenderOptions } from "../renderOptions.js";
import { sheetNames } from "./sheetNames.js";

/**
 * Options of {@link renderXlsx}.
 *
 * @example
 * ```ts
 * import type { XlsxRenderOptions } from "@nrmkit/report/xlsx";
 *
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
  return documentText(inlineText(content, options, undefined, true));
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
 * A list or labelled values as a sheet: the section's heading as caption and as the header of the
 * item column, one row per item (numbered when the list is), so a document of prose and lists
 * (a meeting report's decisions, an MoU's parties) files in Excel like a table.
 */
function itemsSheet(
  block: ListBlock | DefinitionsBlock,
  caption: string,
  name: string,
  options: RenderOptions,
): Sheet<Blob> {
  const header = (value: string): Cell => ({
    ...(textCell(value, true) as object),
    backgroundColor: "#F2F2F2",
    bottomBorderStyle: "thin",
  });
  const rows: (readonly (readonly Inline[])[])[] =
    block.kind === "list"
      ? block.items.map((item, index) => (block.ordered ? [[String(index + 1)], item] : [item]))
      : block.items.map((item) => [item.term, item.details]);
  const columnCount = block.kind === "list" ? (block.ordered ? 2 : 1) : 2;
  const headers =
    block.kind === "list" && block.ordered ? ["#", caption] : block.kind === "list" ? [caption] : [caption, ""];
  const data: Row[] = rows.map((row) =>
    row.map((content, index) =>
      block.kind === "list" && block.ordered && index === 0
        ? { type: Number, value: Number(text(content, options)) }
        : textCell(text(content, options)),
    ),
  );
  const widths = Array.from({ length: columnCount }, (_, index) => ({
    width: Math.min(
      MAX_WIDTH,
      Math.max(
        6,
        [...(headers[index] ?? "")].length,
        ...rows.map((row) => [...inlineText(row[index] ?? [], options)].length),
      ) + 2,
    ),
  }));
  return {
    sheet: name,
    data: [[textCell(caption, true)], headers.map(header), ...data],
    columns: widths,
    stickyRowsCount: 2,
  };
}

type Section =
  | { readonly block: TableBlock; readonly caption: string }
  | { readonly block: ListBlock | DefinitionsBlock; readonly caption: string };

/**
 * Every table, then every list and block of labelled values, each in document order with its
 * caption (a list's is its section heading): tables keep the first sheets, as before lists had any.
 */
function sectionsOf(doc: ReportDocument, options: RenderOptions): Section[] {
  const tables: Section[] = [];
  const items: Section[] = [];
  let heading = documentText(doc.title);
  for (const block of doc.blocks) {
    if (block.kind === "heading") heading = text(block.content, options);
    else if (block.kind === "table") tables.push({ block, caption: text(block.caption, options) });
    else if ((block.kind === "list" || block.kind === "definitions") && block.items.length > 0) {
      items.push({ block, caption: heading });
    }
  }
  return [...tables, ...items];
}

/**
 * Renders a report's tables as an Excel workbook (XLSX): one sheet per table, numbers as numbers, hidden cells as their marker with the footnotes under the table, the caption and header row frozen.
 *
 * @remarks
 * One sheet per table, then one per list and block of labelled values (with `tableIds`, only those
 * tables): a list becomes a sheet with one row per item (numbered when the list is) under its
 * section's heading, labelled values one row per label, so every builder's document files in
 * Excel, a meeting report's decisions included. A table's sheet starts with the table's caption, then its
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
 * @throws NrmkitError with code `not_found` when the document has no table, list or labelled values,
 *   or no table with one of `tableIds`.
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
  const chosen: Section[] =
    options.tableIds === undefined
      ? sectionsOf(doc, options)
      : options.tableIds.map((id) => {
          const found = tables.find((table) => table.id === id);
          if (found === undefined) {
            throw new NrmkitError(
              "not_found",
              `tableIds: expected a table with id ${JSON.stringify(id)} in the document, received ids ${JSON.stringify(tables.map((table) => table.id ?? null))}`,
            );
          }
          return { block: found, caption: text(found.caption, options) };
        });
  if (chosen.length === 0) {
    throw new NrmkitError(
      "not_found",
      "doc.blocks: expected at least one table, list or block of labelled values in the document, received none",
    );
  }
  const names = sheetNames(chosen.map((section) => section.caption));
  const sheets = chosen.map((section, index) => {
    const name = names[index] ?? `Table ${index + 1}`;
    return section.block.kind === "table"
      ? sheet(section.block, name, options)
      : itemsSheet(section.block, section.caption, name, options);
  });
  const blob = await writeXlsxFile(sheets, { fontFamily: "Arial", fontSize: 10 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
