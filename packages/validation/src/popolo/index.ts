/**
 * Popolo JSON import: a Popolo document, from `toPopolo` of `@nrmkit/core/popolo` or from another
 * tool, read into a dataset and checked by the model's schemas and integrity rules. Its own entry
 * point, so that only its users load it.
 *
 * @packageDocumentation
 */
export type { PopoloImportOptions } from "./importPopolo.js";
export { importPopolo, parsePopolo } from "./importPopolo.js";
