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
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { checkIntegrity, type IntegrityOptions } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * const options: IntegrityOptions = { locale: ru };
 * checkIntegrity(belarusTaskForces2014, options);
 * // => []
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export interface IntegrityOptions {
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
}

/**
 * Options of {@link checkIntegrity}: those of {@link validateDataset}, and whether to return warnings.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { type CheckIntegrityOptions, checkIntegrity } from "@nrmkit/validation";
 *
 * const options: CheckIntegrityOptions = { warnings: true };
 * checkIntegrity(belarusTaskForces2014, options);
 * // => []
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export interface CheckIntegrityOptions extends IntegrityOptions {
  /** `true` to return warnings (marked `severity: "warning"`) along with the errors; errors only when absent. */
  readonly warnings?: boolean;
}

/**
 * Checks the rules that span entities of a dataset and returns every break as an issue; never throws.
 *
 * @remarks
 * By default only errors come back, so an empty array means the dataset is consistent. With
 * `{ warnings: true }` the warnings come too, each marked `severity: "warning"` (see
 * {@link issueSeverity}), in the same order as the errors: a warning points at data that is
 * suspicious but may be right, and never makes {@link validateDataset} fail.
 *
 * Rules and their issue codes (paths point at the offending field); all are errors unless marked:
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
 * - `decisions_recorded_contradiction`: a meeting marked `decisionsRecorded: false` that has decisions.
 * - `duplicate_attendance`: an organisation listed again in a meeting's attendance, in any capacity
 *   (reports would count it in each group); reported at the later entry.
 * - `chair_in_panel`: a panel member who also chairs the meeting: `panelIds` holds the *other*
 *   members of the panel, so each person is listed once, as chair or as member.
 * - `duplicate_panel_member`: a person listed again among a meeting's chairs, or among its other
 *   panel members.
 * - `venue_outside_task_force_region` (warning): the organisation hosting a meeting serves another
 *   region than the meeting's task force. The host's region is its `regionId`, else that of its
 *   nearest parent with one; a host with none (a national or international body) is not judged.
 *   A task force may meet outside its region, hence only a warning.
 *
 * Issues come sorted by collection and position. The dataset should have passed
 * {@link datasetSchema}; for untrusted input use {@link validateDataset}, which runs both. Should a
 * rule meet data it cannot read, it reports `integrity_check_failed` instead of throwing.
 *
 * @param dataset - A dataset whose entities are individually valid.
 * @param options - Message language, and `warnings: true` to include warnings.
 * @returns Every error found (and every warning, when asked); empty when the dataset is consistent.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { checkIntegrity } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * checkIntegrity(belarusTaskForces2014);
 * // => []
 * const meetings = belarusTaskForces2014.meetings.map((meeting) => ({ ...meeting, taskForceId: "tf-x" }));
 * const [issue] = checkIntegrity({ ...belarusTaskForces2014, meetings }, { locale: ru });
 * [issue?.code, issue?.path];
 * // => ["unknown_reference", ["meetings", 0, "taskForceId"]]
 * issue?.message;
 * // => 'meetings[0].taskForceId: ожидалось: id существующей рабочей группы; получено: "tf-x"'
 * const venue = { hostId: "org-by-vi-executive-committee" }; // Vitebsk's, for a Gomel meeting
 * const hosted = belarusTaskForces2014.meetings.map((meeting) => ({ ...meeting, venue }));
 * checkIntegrity({ ...belarusTaskForces2014, meetings: hosted });
 * // => []
 * checkIntegrity({ ...belarusTaskForces2014, meetings: hosted }, { warnings: true }).map((found) => [found.code, found.path]);
 * // => [["venue_outside_task_force_region", ["meetings", 0, "venue", "hostId"]]]
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export function checkIntegrity(dataset: NrmDataset, options?: CheckIntegrityOptions): ValidationIssue[] {
  const opts = optionsArgument(options);
  const locale = localeOf(opts.locale);
  try {
    const issues = runRules(entriesOf(dataset), {}, locale);
    return opts.warnings === true ? issues : issues.filter((issue) => issue.severity !== "warning");
  } catch {
    // Only input that skipped the schema gets here (e.g. a getter that throws on `id`).
    const issue = { code: "integrity_check_failed", path: [], message: "", expected: EXPECTED_SCHEMA_VALID };
    return [renderIssue(issue, locale)];
  }
}
