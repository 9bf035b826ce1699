import type { NrmDataset } from "@nrmkit/core";
import { createParsers } from "../createParsers.js";
import { optionsArgument } from "../internal/arguments.js";
import { localeOf } from "../internal/catalogue.js";
import { describeValue } from "../internal/describeValue.js";
import { expectedDocumentIssueCount, expectedNestingDepth } from "../internal/importPhrases.js";
import { EXPECTED_NO_THROW } from "../internal/phrases.js";
import type { SafeParseResult } from "../parseResult.js";
import { validateDataset } from "../validateDataset.js";
import { ValidationError, type ValidationIssue } from "../validationError.js";
import type { IssueLocale, ValidationLocale } from "../validationMessages.js";
import { formatIssuePath, renderIssue } from "../zodIssues.js";
import { findTooDeep } from "./nestingDepth.js";
import { popoloDocumentSchema } from "./popoloSchema.js";
import { type Converted, popoloToDataset } from "./popoloToDataset.js";

/** Deepest nesting read: the model needs about ten levels. */
const MAX_DEPTH = 64;

/**
 * Options of {@link importPopolo} and {@link parsePopolo}.
 *
 * @example
 * ```ts
 * import { ru } from "@nrmkit/validation/locales";
 * import type { PopoloImportOptions } from "@nrmkit/validation/popolo";
 *
 * const options: PopoloImportOptions = { locale: ru, language: "ru", maxIssues: 20 };
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface PopoloImportOptions {
  /** The language of issue messages: a locale object (`ru` from `@nrmkit/validation/locales`) or the tag of a loaded one; English when absent. */
  readonly locale?: IssueLocale;
  /** The language tag given to one-language Popolo text (a `name` without multilingual `other_names`, a `text`, a `location`). Default `"en"`. */
  readonly language?: string;
  /** Most issues listed, then one `too_many_issues` issue with the total. Default 100. */
  readonly maxIssues?: number;
}

const shape = createParsers(popoloDocumentSchema);

/** Points an issue of the converted dataset at the Popolo record (and property) it came from. */
function intoDocument(issue: ValidationIssue, converted: Converted, locale: ValidationLocale): ValidationIssue {
  const [collection, index, ...rest] = issue.path;
  const map =
    typeof collection === "string" && typeof index === "number" ? converted.sources[collection]?.[index] : undefined;
  if (map === undefined) return issue;
  const path = map(rest);
  if (issue.expected !== undefined) return renderIssue({ ...issue, path }, locale);
  const before = formatIssuePath(issue.path, locale);
  const message = issue.message.startsWith(before)
    ? `${formatIssuePath(path, locale)}${issue.message.slice(before.length)}`
    : issue.message;
  return { ...issue, path, message };
}

function capped(issues: readonly ValidationIssue[], maxIssues: number, locale: ValidationLocale): ValidationIssue[] {
  if (issues.length <= maxIssues) return [...issues];
  const tooMany: ValidationIssue = {
    code: "too_many_issues",
    path: [],
    message: "",
    expected: expectedDocumentIssueCount(maxIssues),
    received: String(issues.length),
  };
  return [...issues.slice(0, maxIssues), renderIssue(tooMany, locale)];
}

/**
 * Reads a Popolo JSON document into a dataset, checking its shape, the model's schemas and every integrity rule, without throwing.
 *
 * @remarks
 * Reads what {@link @nrmkit/core!"@nrmkit/core/popolo".toPopolo | toPopolo} writes back whole: `importPopolo(toPopolo(dataset))`
 * gives the dataset again. A document from another tool, without `nrmkit` extension objects, is read
 * as far as Popolo maps to the model: areas become regions (the country from an ISO 3166-2
 * identifier), organizations organisations (an unknown classification becomes kind `"other"`) or
 * task forces (classification `"task force"`), persons people with their memberships as positions,
 * events meetings, motions decisions (numbered in document order when `identifier` is no number).
 * What the model requires and the document lacks is an issue. Issue paths point into the Popolo
 * document: `["events", 0, "status"]`, or `["events", 0, "nrmkit", "topics", 1]` for a value the
 * extension holds. Input must be plain data, as `JSON.parse` makes it (else `not_plain_data`), nested
 * at most 64 levels deep (else `too_deep`); at most `maxIssues` issues are listed, then one
 * `too_many_issues` with the total.
 *
 * @param input - Anything, typically a Popolo document from `JSON.parse`.
 * @param options - Message language, the language of one-language text, and the issue cap.
 * @returns The dataset, frozen, when the document passes every check; otherwise the issues found.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { toPopolo } from "@nrmkit/core/popolo";
 * import { importPopolo } from "@nrmkit/validation/popolo";
 *
 * importPopolo(JSON.parse(JSON.stringify(toPopolo(belarusTaskForces2014)))).success;
 * // => true
 * const result = importPopolo({ events: [{ id: "m-1", organization_id: "tf-1", start_date: "2014-04-16" }] });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.received]);
 * // => [["invalid_value", ["events", 0, "status"], "missing"]]
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export function importPopolo(input: unknown, options?: PopoloImportOptions): SafeParseResult<NrmDataset> {
  const opts = optionsArgument(options);
  const locale = localeOf(opts.locale);
  const maxIssues = opts.maxIssues ?? 100;
  // Depth first: the plain-data check and the schemas would pay for deep input quadratically.
  const tooDeep = findTooDeep(input, MAX_DEPTH);
  if (tooDeep !== undefined) {
    const issue: ValidationIssue = {
      code: "too_deep",
      path: tooDeep,
      message: "",
      expected: expectedNestingDepth(MAX_DEPTH),
      received: String(tooDeep.length),
    };
    return { success: false, issues: [renderIssue(issue, locale)] };
  }
  const parsed = shape.safeParse(input, { locale });
  if (!parsed.success) return { success: false, issues: capped(parsed.issues, maxIssues, locale) };
  let converted: Converted;
  try {
    converted = popoloToDataset(parsed.data, opts.language ?? "en");
  } catch (error) {
    const issue: ValidationIssue = {
      code: "schema_error",
      path: [],
      message: "",
      expected: EXPECTED_NO_THROW,
      received: describeValue(error instanceof Error ? error.message : String(error)),
    };
    return { success: false, issues: [renderIssue(issue, locale)] };
  }
  const result = validateDataset(converted.dataset, { locale });
  if (result.success) return result;
  const issues = result.issues.map((issue) => intoDocument(issue, converted, locale));
  return { success: false, issues: capped(issues, maxIssues, locale) };
}

/**
 * Reads a Popolo JSON document into a dataset, or throws with every issue.
 *
 * @param input - Anything, typically a Popolo document from `JSON.parse`.
 * @param options - Message language, the language of one-language text, and the issue cap.
 * @returns The dataset, frozen.
 * @throws ValidationError with code `validation_failed` and the issues {@link importPopolo} finds.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { toPopolo } from "@nrmkit/core/popolo";
 * import { parsePopolo } from "@nrmkit/validation/popolo";
 *
 * parsePopolo(toPopolo(belarusTaskForces2014)).meetings.length;
 * // => 2
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export function parsePopolo(input: unknown, options?: PopoloImportOptions): NrmDataset {
  const result = importPopolo(input, options);
  if (!result.success) throw new ValidationError(result.issues);
  return result.data;
}
