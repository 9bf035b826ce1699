import type { Block, ReportDocument, TableBlock } from "./document.js";
import { chartShownAsTable, chartTable } from "./internal/chartTable.js";
import { lineText } from "./internal/dataText.js";
import { inlineText as rawInlineText } from "./internal/inlineText.js";
import type { RenderOptions } from "./renderOptions.js";

/** Every text run cleaned and isolated: see `internal/dataText.ts`. */
function inlineText(content: Parameters<typeof rawInlineText>[0], options: RenderOptions): string {
  return rawInlineText(content, options, lineText, true);
}

/** Columns a text takes on screen: invisible format characters (isolates, marks) take none. */
function width(text: string): number {
  return [...text.replace(/\p{Cf}/gu, "")].length;
}

function pad(text: string, size: number, align: "start" | "end"): string {
  const gap = " ".repeat(Math.max(0, size - width(text)));
  return align === "end" ? gap + text : text + gap;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

function table(block: TableBlock, options: RenderOptions): string {
  const header = block.columns.map((column) => oneLine(inlineText(column.header, options)));
  const rows = block.rows.map((row) => row.cells.map((cell) => oneLine(inlineText(cell.content, options))));
  const widths = header.map((text, index) => Math.max(width(text), ...rows.map((row) => width(row[index] ?? ""))));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => pad(cell, widths[index] ?? 0, block.columns[index]?.align ?? "start"))
      .join(" | ")
      .trimEnd();
  const lines = [
    ...(block.captionHidden === true ? [] : [oneLine(inlineText(block.caption, options)), ""]),
    format(header),
    widths.map((size) => "-".repeat(size)).join("-+-"),
    ...rows.map(format),
  ];
  if (block.footnotes.length > 0) lines.push("", ...block.footnotes.map((note) => oneLine(inlineText(note, options))));
  return lines.join("\n");
}

function block(item: Block, options: RenderOptions): string {
  switch (item.kind) {
    case "heading": {
      const text = oneLine(inlineText(item.content, options));
      if (item.level === 3) return text;
      return `${text}\n${(item.level === 1 ? "=" : "-").repeat(width(text))}`;
    }
    case "paragraph":
      return oneLine(inlineText(item.content, options));
    case "note":
      return `> ${oneLine(inlineText(item.content, options))}`;
    case "list":
      return item.items
        .map((entry, index) => `${item.ordered ? `${index + 1}.` : "-"} ${oneLine(inlineText(entry, options))}`)
        .join("\n");
    case "definitions":
      return item.items
        .map((entry) => `${oneLine(inlineText(entry.term, options))}: ${oneLine(inlineText(entry.details, options))}`)
        .join("\n");
    case "table":
      return table(item, options);
    case "figure":
      return item.src === undefined
        ? table(chartTable(item), options)
        : item.captionHidden === true
          ? `(${lineText(item.src)})`
          : `${oneLine(inlineText(item.caption, options))} (${lineText(item.src)})`;
  }
}

/**
 * Renders a report as plain text: underlined headings, numbered lists, aligned tables.
 *
 * @remarks
 * Paragraphs are single lines (let the reader's terminal or editor wrap them). Figures print
 * their caption and standalone SVG file (`src`), or, without one, their data as a table. Fallback
 * text keeps its visible marker. Text from data cannot drive a terminal: escape sequences and
 * control characters are removed, and right-to-left text is wrapped in Unicode isolates (FSI…PDI)
 * so it cannot reorder the line around it.
 *
 * @param doc - The report.
 * @param options - The fallback marker.
 * @returns The text, ending with a newline.
 *
 * @example
 * ```ts
 * import { renderText } from "@nrmkit/report";
 *
 * renderText({ kind: "report", version: 1, lang: "en", title: "T", blocks: [
 *   { kind: "heading", level: 1, content: ["Decisions"] },
 *   { kind: "list", ordered: true, items: [["to share information"], [{ kind: "fallback", text: "Молодёжь", lang: "ru" }]] },
 * ] });
 * // => "Decisions\n=========\n\n1. to share information\n2. [ru] Молодёжь\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderText(doc: ReportDocument, options: RenderOptions = {}): string {
  return `${doc.blocks
    .filter((item) => !chartShownAsTable(item, doc))
    .map((item) => block(item, options))
    .join("\n\n")}\n`;
}
