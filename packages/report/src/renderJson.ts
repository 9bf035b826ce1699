import type { ReportDocument } from "./document.js";

/**
 * Serialises a report's document tree as JSON, for other tools to render or check.
 *
 * @remarks
 * The tree is data: strings are not escaped for any markup, and fallback runs keep their
 * language, so a consumer can mark them its own way.
 *
 * @param doc - The report.
 * @returns Indented JSON, ending with a newline; `JSON.parse` gives the document back.
 *
 * @example
 * ```ts
 * renderJson({ kind: "report", version: 1, lang: "en", title: "T", blocks: [] });
 * // => "{\n  \"kind\": \"report\",\n  \"version\": 1,\n  \"lang\": \"en\",\n  \"title\": \"T\",\n  \"blocks\": []\n}\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderJson(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
