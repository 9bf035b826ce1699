import type { NrmDataset } from "@nrmkit/core";
import { optionsArgument } from "./internal/arguments.js";
import { localeOf } from "./internal/catalogue.js";
import { entriesOf } from "./internal/integrity/context.js";
import { runRules } from "./internal/integrity/runRules.js";
import { EXPECTED_SCHEMA_VALID } from "./internal/integrityPhrases.js";
import type { ValidationIssue } from "./validationError.js";
import type { IssueLocale } from "./validationMessages.js";
import { renderIssue } from "./zodIssues.js";

/**
 * Options of {@link checkIntegrity} and {@link validateDataset}.
 *
 * @example
 * ```ts
 * const options: IntegrityOptions = { locale: "ru" };
 * checkIntegrity(belarusTaskForces2014, options);
 * // => []
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export interface IntegrityOptions {
  /** The language of issue messages: a tag (`"ru"`) or a locale object (`ro` from `@nrmkit/validation/locales`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
}

/**
 * Checks the rules that span entities of a dataset and returns every break as an issue; never throws.
 *
 * @remarks
 * Rules and their issue codes (paths point at the offending field):
 * - `duplicate_id`: an id used before in the same collection.
 * - `unknown_reference`: any id field (task force, MoU, organisation, person, region, meeting,
 *   decision, including MoU operations and decision effects) that points nowhere.
 * - `not_a_person`: a chair or panel member whose id is an organisation's.
 * - `not_mou_party`: an attendee with capacity `mou_party` that is not a party of its task force's
 *   MoU on the meeting date, amendments up to that date included.
 * - `duplicate_ordinal`, `ordinal_out_of_range`: decision ordinals are 1..n, once each, per meeting.
 * - `amendment_out_of_order`, `amendment_before_effective_date`: each MoU's amendments are listed in
 *   date order and not before the MoU took effect; `invalid_amendment_operation`: an operation
 *   cannot apply to the MoU as amended so far (e.g. removes a clause that does not exist).
 *   Decisions' MoU effects count as amendments dated on the day of adoption (as the report
 *   builders' `includeDecisionEffects` applies them): an effect that predates its MoU or cannot
 *   apply after the amendments and earlier effects is reported at the decision, and an amendment
 *   operation that only fails after earlier decision effects at the amendment.
 * - `meeting_outside_task_force_life`: a meeting before its task force was established or after it
 *   was dissolved.
 * - `status_out_of_order`, `status_before_meeting`: a decision's status history runs forward in time
 *   from its meeting's date.
 * - `region_country_mismatch`, `unknown_region_code`: a region code starts with its country, and is
 *   one of the bundled codes for countries with reference data (Belarus).
 * - `parent_cycle`: an organisation's chain of parents leads back to itself.
 * - `invalid_period`: an end date (dissolution, expiry, withdrawal, end of a post) before its start.
 *
 * Issues come sorted by collection and position. The dataset should have passed
 * {@link datasetSchema}; for untrusted input use {@link validateDataset}, which runs both. Should a
 * rule meet data it cannot read, it reports `integrity_check_failed` instead of throwing.
 *
 * @param dataset - A dataset whose entities are individually valid.
 * @param options - Message language.
 * @returns Every issue found; empty when the dataset is consistent.
 *
 * @example
 * ```ts
 * checkIntegrity(belarusTaskForces2014);
 * // => []
 * const meetings = belarusTaskForces2014.meetings.map((meeting) => ({ ...meeting, taskForceId: "tf-x" }));
 * const [issue] = checkIntegrity({ ...belarusTaskForces2014, meetings }, { locale: "ru" });
 * [issue?.code, issue?.path];
 * // => ["unknown_reference", ["meetings", 0, "taskForceId"]]
 * issue?.message;
 * // => 'meetings[0].taskForceId: ожидалось: id существующей рабочей группы; получено: "tf-x"'
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export function checkIntegrity(dataset: NrmDataset, options?: IntegrityOptions): ValidationIssue[] {
  const locale = localeOf(optionsArgument(options).locale);
  try {
    return runRules(entriesOf(dataset), {}, locale);
  } catch {
    // Only input that skipped the schema gets here (e.g. a getter that throws on `id`).
    const issue = { code: "integrity_check_failed", path: [], message: "", expected: EXPECTED_SCHEMA_VALID };
    return [renderIssue(issue, locale)];
  }
}
