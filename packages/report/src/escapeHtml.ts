import { cleanText } from "./internal/dataText.js";

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for safe use in HTML element content and quoted attribute values.
 *
 * @remarks
 * Also removes control characters and terminal escape sequences (tabs and line breaks stay),
 * replaces lone surrogates with U+FFFD, and neutralises bidirectional overrides, so the
 * text shows as written.
 *
 * @param text - Untrusted text.
 * @returns The text with `& < > " '` replaced by entities.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "@nrmkit/report";
 *
 * escapeHtml("<script>alert(1)</script>");
 * // => "&lt;script&gt;alert(1)&lt;/script&gt;"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function escapeHtml(text: string): string {
  return cleanText(text, { newlines: true, tabs: true }).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
