/**
 * Zod schemas for every nrmkit entity, dataset integrity rules and safe import of untrusted data.
 *
 * @packageDocumentation
 */

export type { ValidationIssue } from "./validationError.js";
export { summarizeIssues, ValidationError } from "./validationError.js";
