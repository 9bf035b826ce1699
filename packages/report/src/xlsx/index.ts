/**
 * Excel (XLSX) output of nrmkit report tables, as its own entry point so that only users who
 * import it load the `write-excel-file` library.
 *
 * @packageDocumentation
 */
export type { XlsxRenderOptions } from "./renderXlsx.js";
export { renderXlsx } from "./renderXlsx.js";
