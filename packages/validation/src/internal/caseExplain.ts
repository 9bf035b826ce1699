// Explains why a value is not a case record with a bounded number of issues, whatever its size.
// Zod reports one issue per bad list element: a 1 MiB row with 250,000 invalid values would
// cost seconds and hundreds of megabytes. Long lists are checked here instead, with the same
// issues Zod would give, materialising only the first ones and counting the rest.
import {
  ASSISTANCE_KINDS,
  type CaseFieldDefinition,
  CONTROL_MEANS,
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
} from "@nrmkit/core";
import { caseRecordSchema, safeParseCaseRecord } from "../caseRecordSchema.js";
import type { ValidationIssue } from "../validationError.js";
import type { IssueLocale } from "../validationMessages.js";
import { renderIssue } from "../zodIssues.js";
import { EXPECTED_NO_DUPLICATES } from "./casePhrases.js";
import { describeValue } from "./describeValue.js";
import { expectedIssueCount } from "./importPhrases.js";
import { oneOf } from "./phrases.js";

/** Default of `maxIssuesPerRow`. */
export const DEFAULT_MAX_ISSUES_PER_ROW = 20;

/** Multi-valued fields and their vocabularies. */
const LIST_FIELDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["exploitation", EXPLOITATION_TYPES],
  ["labourSectors", LABOUR_SECTORS],
  ["sexualExploitationForms", SEXUAL_EXPLOITATION_FORMS],
  ["meansOfControl", CONTROL_MEANS],
  ["recruiterRelations", RECRUITER_RELATIONS],
  ["assistance", ASSISTANCE_KINDS],
]);

/** Lists longer than this are checked here, not by Zod. */
const LONG_LIST = 64;

let fieldOrder: ReadonlyMap<string, number> | undefined;
const listOrder: ReadonlyMap<string, number> = new Map([...LIST_FIELDS.keys()].map((key, index) => [key, index]));

/** Where Zod puts an issue: by field in schema order, then (inside `notRecorded`) by list field. */
function rank(issue: ValidationIssue): number {
  fieldOrder ??= new Map(Object.keys(caseRecordSchema.unwrap().shape).map((key, index) => [key, index]));
  const [first, second] = issue.path;
  const top = (typeof first === "string" ? fieldOrder.get(first) : undefined) ?? fieldOrder.size;
  const inner = first === "notRecorded" && typeof second === "string" ? (listOrder.get(second) ?? listOrder.size) : 0;
  return top * (listOrder.size + 1) + inner;
}

// Issues of the record-level refinement (how `notRecorded` agrees with the lists). Zod runs it only
// on records without other issues; a long list always has some, as no vocabulary has 64 values.
const RECORD_LEVEL_CODES: ReadonlySet<string> = new Set(["field_not_recorded", "conflicting_status"]);

/** The long lists of a plain object: keys of `LIST_FIELDS` holding arrays over `LONG_LIST`. */
function longLists(value: unknown): string[] {
  const long: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return long;
  for (const field of LIST_FIELDS.keys()) {
    const list = Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined;
    if (Array.isArray(list) && list.length > LONG_LIST) long.push(field);
  }
  return long;
}

/** The issues of one long list, as Zod gives them: invalid values, or else repeated ones; first `budget` kept. */
function listIssues(
  at: readonly string[],
  list: readonly unknown[],
  vocabulary: readonly string[],
  budget: number,
  locale: IssueLocale,
): { issues: ValidationIssue[]; count: number } {
  const allowed = new Set<unknown>(vocabulary);
  const issues: ValidationIssue[] = [];
  let count = 0;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (allowed.has(item)) continue;
    count++;
    if (issues.length < budget) {
      const expected = oneOf(vocabulary.map((value) => JSON.stringify(value)));
      issues.push(issueOf("invalid_value", [...at, index], expected, describeValue(item), locale));
    }
  }
  if (count > 0) return { issues, count };
  // Every value is allowed: Zod then reports each repetition.
  const seen = new Set<unknown>();
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (!seen.has(item)) {
      seen.add(item);
      continue;
    }
    count++;
    if (issues.length < budget) {
      issues.push(issueOf("duplicate_value", [...at, index], EXPECTED_NO_DUPLICATES, describeValue(item), locale));
    }
  }
  return { issues, count };
}

function issueOf(
  code: string,
  path: (string | number)[],
  expected: string,
  received: string,
  locale: IssueLocale,
): ValidationIssue {
  return renderIssue({ code, path, message: "", expected, received }, locale);
}

/**
 * Every issue of a value that is not a valid case record (at most `maxIssues` listed), and how many
 * there are; `fields` are the declared user-defined fields, if any.
 */
export function explainCaseRecord(
  value: unknown,
  locale: IssueLocale,
  maxIssues: number,
  fields?: readonly CaseFieldDefinition[],
): { readonly issues: readonly ValidationIssue[]; readonly count: number } {
  const options = fields === undefined ? { locale } : { locale, fields };
  const record = value as Record<string, unknown>;
  const long = longLists(value);
  const notRecorded =
    typeof value === "object" && value !== null && Object.hasOwn(value, "notRecorded") ? record.notRecorded : undefined;
  const longUnknown = longLists(notRecorded);
  if (long.length === 0 && longUnknown.length === 0) {
    const result = safeParseCaseRecord(value, options);
    const issues = result.success ? [] : result.issues;
    return { issues, count: issues.length };
  }
  const shortened: Record<string, unknown> = { ...record };
  for (const field of long) shortened[field] = [];
  if (longUnknown.length > 0) {
    const unknown: Record<string, unknown> = { ...(notRecorded as Record<string, unknown>) };
    for (const field of longUnknown) unknown[field] = [];
    shortened.notRecorded = unknown;
  }
  const result = safeParseCaseRecord(shortened, options);
  const issues: ValidationIssue[] = result.success
    ? []
    : result.issues.filter((issue) => !RECORD_LEVEL_CODES.has(issue.code));
  let count = issues.length;
  const add = (at: readonly string[], list: unknown, field: string) => {
    const found = listIssues(at, list as unknown[], LIST_FIELDS.get(field) ?? [], maxIssues + 1, locale);
    for (const issue of found.issues) issues.push(issue);
    count += found.count;
  };
  for (const field of long) add([field], record[field], field);
  for (const field of longUnknown) add(["notRecorded", field], (notRecorded as Record<string, unknown>)[field], field);
  // Zod reports fields in schema order; the stable sort puts the list issues where Zod would.
  issues.sort((a, b) => rank(a) - rank(b));
  return { issues, count };
}

/** Caps a row's issues at `maxIssues`, then one `too_many_issues` issue giving the total. */
export function capIssues(
  issues: readonly ValidationIssue[],
  count: number,
  maxIssues: number,
  locale: IssueLocale,
): readonly ValidationIssue[] {
  if (count <= maxIssues) return issues;
  return [
    ...issues.slice(0, maxIssues),
    renderIssue(
      {
        code: "too_many_issues",
        path: [],
        message: "",
        expected: expectedIssueCount(maxIssues),
        received: String(count),
      },
      locale,
    ),
  ];
}
