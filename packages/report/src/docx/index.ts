/**
 * Word (DOCX) output of nrmkit reports, as its own entry point so that only users who import it
 * load the `docx` library.
 *
 * @packageDocumentation
 */
export type { DocxRenderOptions } from "./renderDocx.js";
export { renderDocx } from "./renderDocx.js";
