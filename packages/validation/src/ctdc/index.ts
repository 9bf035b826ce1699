/**
 * CTDC (Counter Trafficking Data Collaborative) case-level files in and out: CSV strings and
 * streams, XLSX workbooks, and export in the 63 columns of the Global K-anonymized Dataset. Its
 * own entry point, so that only its users load the XLSX reader.
 *
 * @packageDocumentation
 */
export { CTDC_COLUMNS } from "./ctdcColumns.js";
export { ctdcLines, exportCtdc } from "./exportCtdc.js";
export type {
  CtdcColumnReport,
  CtdcImportBatch,
  CtdcImportOptions,
  CtdcImportResult,
  CtdcStreamOptions,
} from "./importCtdc.js";
export { importCtdc, importCtdcStream } from "./importCtdc.js";
export type { CtdcXlsxOptions } from "./importCtdcXlsx.js";
export { importCtdcXlsx } from "./importCtdcXlsx.js";
