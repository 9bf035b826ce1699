/**
 * HTCDS 2.0 (IOM's Human Trafficking Case Data Standard) case data in and out: the `vic_` and
 * `cas_` fields that a case record holds, never the personal `prs_` ones on export.
 *
 * @packageDocumentation
 */
export type { HtcdsExportOptions } from "./exportHtcds.js";
export { exportHtcds } from "./exportHtcds.js";
export { HTCDS_STATISTICS_COLUMNS } from "./htcdsColumns.js";
export type { HtcdsImportOptions, HtcdsImportResult } from "./importHtcds.js";
export { importHtcds } from "./importHtcds.js";
