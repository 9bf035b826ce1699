import type { ReportDocument } from "./document.js";

/**
 * Serialises a report's document tree as JSON, for other tools to render or check.
 *
 * @remarks
 * The tree is data: strings are not escaped for any markup, and fallback runs keep their
 * language, so a consumer can mark them its own way. DEL, C1 controls, U+2028/U+2029 and
 * bidirectional controls are written as `\u` escapes, so the file holds no raw control
 * character while `JSON.parse` still gives every string back exactly.
 *
 * @param doc - The report.
 * @returns Indented JSON, ending with a newline; `JSON.parse` gives the document back.
 *
 * @example
 * ```ts
 * import { renderJson } from "@nrmkit/report";
 *
 * renderJson({ kind: "report", version: 1, lang: "en", title: "T", blocks: [] });
 * // => "{\n  \"kind\": \"report\",\n  \"version\": 1,\n  \"lang\": \"en\",\n  \"title\": \"T\",\n  \"blocks\": []\n}\n"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function renderJson(doc: ReportDocument): string {
  // JSON.stringify escapes C0 controls and lone surrogates but writes DEL, C1 controls, line and
  // paragraph separators and bidirectional controls raw: escape them too, so no tool that shows
  // the file runs a control or reorders its text. They can only occur inside strings.
  return `${JSON.stringify(doc, null, 2).replace(RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
