/**
 * Zod schemas for every nrmkit entity, dataset integrity rules and safe import of untrusted data.
 *
 * @packageDocumentation
 */

export type { ParseOptions, Parsers } from "./createParsers.js";
export { createParsers } from "./createParsers.js";
export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from "./parseResult.js";
export type { ValidationIssue } from "./validationError.js";
export { summarizeIssues, ValidationError } from "./validationError.js";
export type { FromZodIssuesOptions, IssueLocale } from "./zodIssues.js";
export { formatIssuePath, fromZodIssues, localizeIssue } from "./zodIssues.js";
