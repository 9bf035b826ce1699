/**
 * Meeting reports, minutes, MoU texts and statistics tables in Markdown, HTML, text and CSV,
 * in English and Russian.
 *
 * @packageDocumentation
 */
export { escapeHtml } from "./escapeHtml.js";
