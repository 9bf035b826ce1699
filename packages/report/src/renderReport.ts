import { type CsvRenderOptions, renderCsv } from "./csv.js";
import type { ReportDocument } from "./document.js";
import { type HtmlRenderOptions, renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

/**
 * The output formats of a report.
 *
 * @example
 * ```ts
 * import type { ReportFormat } from "@nrmkit/report";
 *
 * const formats: readonly ReportFormat[] = ["markdown", "html", "text", "json", "csv"];
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export type ReportFormat = "markdown" | "html" | "text" | "json" | "csv";

/**
 * The usual file extension of each {@link ReportFormat}.
 *
 * @example
 * ```ts
 * import { reportFileExtensions } from "@nrmkit/report";
 *
 * reportFileExtensions.markdown;
 * // => "md"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export const reportFileExtensions: Readonly<Record<ReportFormat, string>> = {
  markdown: "md",
  html: "html",
  text: "txt",
  json: "json",
  csv: "csv",
};

/**
 * Options of {@link renderReport}: the union of every renderer's options.
 *
 * @example
 * ```ts
 * import type { ReportRenderOptions } from "@nrmkit/report";
 *
 * const options: ReportRenderOptions = { tableId: "decisions", fallbackMarker: (lang) => `[${lang ?? "?"}]` };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface ReportRenderOptions extends HtmlRenderOptions, CsvRenderOptions {}

/**
 * Serialises a report's document tree to one format.
 *
 * @param doc - The report, built once by a builder such as {@link buildMeetingReport}.
 * @param format - The output format.
 * @param options - Options of the chosen renderer.
 * @returns The serialised report.
 * @throws NrmkitError with code `not_found` for `"csv"` when the document has no table.
 *
 * @example
 * ```ts
 * import { type ReportDocument, renderReport } from "@nrmkit/report";
 *
 * const doc: ReportDocument = { kind: "report", version: 1, lang: "en", title: "T", blocks: [
 *   { kind: "paragraph", content: ["Hello"] },
 * ] };
 * renderReport(doc, "text");
 * // => "Hello\n"
 * renderReport(doc, "markdown");
 * // => "Hello\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderReport(doc: ReportDocument, format: ReportFormat, options: ReportRenderOptions = {}): string {
  switch (format) {
    case "markdown":
      return renderMarkdown(doc, options);
    case "html":
      return renderHtml(doc, options);
    case "text":
      return renderText(doc, options);
    case "json":
      return renderJson(doc);
    case "csv":
      return renderCsv(doc, options);
  }
}
