import type { ValidationIssue } from "../../validationError.js";
import type { IssueLocale } from "../../validationMessages.js";
import { EXPECTED_SCHEMA_VALID } from "../integrityPhrases.js";
import { COLLECTIONS, createContext, type Entries, type Leftovers } from "./context.js";
import { checkMeetingDates, checkPeriods } from "./dates.js";
import { checkDecisionEffects } from "./decisionEffects.js";
import { checkDecisionOrdinals, checkDecisionsRecorded, checkStatusHistory } from "./decisions.js";
import { checkAttendance, checkPanel, checkVenueRegion } from "./meetings.js";
import { checkAmendmentDates, checkMouHistoryAndParties } from "./mouHistory.js";
import { checkParentCycles, checkRegionCodes } from "./organizations.js";
import { checkDuplicateIds, checkReferences } from "./references.js";

const RULES = [
  checkDuplicateIds,
  checkReferences,
  checkRegionCodes,
  checkParentCycles,
  checkPeriods,
  checkAmendmentDates,
  checkMouHistoryAndParties,
  checkMeetingDates,
  checkPanel,
  checkAttendance,
  checkVenueRegion,
  checkDecisionOrdinals,
  checkStatusHistory,
  checkDecisionsRecorded,
  checkDecisionEffects,
];

const RANK = new Map<unknown, number>(COLLECTIONS.map((collection, rank) => [collection, rank]));

/** Runs every rule over `entries`; a rule that throws becomes one `integrity_check_failed` issue. Never throws. */
export function runRules(entries: Entries, leftovers: Leftovers, locale: IssueLocale): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const context = createContext(entries, leftovers, locale, issues);
  for (const rule of RULES) {
    try {
      rule(context);
    } catch {
      // Only data that skipped the schema can get here; say so rather than throw.
      context.report("integrity_check_failed", [], EXPECTED_SCHEMA_VALID, rule.name);
    }
  }
  return sortIssues(issues);
}

/** Sorts issues by entity (collection order, then position), keeping their order within one entity. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const key = (issue: ValidationIssue): [number, number] => [
    RANK.get(issue.path[0]) ?? -1,
    typeof issue.path[1] === "number" ? issue.path[1] : -1,
  ];
  return issues
    .map((issue, order) => ({ issue, order, key: key(issue) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map(({ issue }) => issue);
}
