// English `expected` phrases of the dataset integrity rules, written from the English catalogue
// (locales/en.ts); catalogue.ts matches them back to their keys to write them in other languages.
// The `integrity` section's English reference registers when this module loads.
import { EN_INTEGRITY } from "../locales/en.js";
import { englishPhrase, registerSection } from "./catalogue.js";

/** Registers the `integrity` section; idempotent. */
export function loadIntegrityPhrases(): void {
  registerSection("integrity", EN_INTEGRITY);
}
loadIntegrityPhrases();

const EN = EN_INTEGRITY;
const phrase = (key: keyof typeof EN, params: Readonly<Record<string, string | number>>) =>
  englishPhrase("integrity", key, params);

/** The kinds of entity an id can point to, as named in messages. */
export type EntityName =
  | "region"
  | "organization"
  | "person"
  | "task force"
  | "MoU"
  | "MoU amendment"
  | "meeting"
  | "decision";

// One whole phrase per entity, so that languages can decline the entity's name.
const EXISTING: Readonly<Record<EntityName, string>> = {
  region: EN.existingRegion,
  organization: EN.existingOrganization,
  person: EN.existingPerson,
  "task force": EN.existingTaskForce,
  MoU: EN.existingMou,
  "MoU amendment": EN.existingMouAmendment,
  meeting: EN.existingMeeting,
  decision: EN.existingDecision,
};

/** `duplicate_id`: the id was used before in the same collection. */
export const idNotUsedBefore = (collection: string) => phrase("idNotUsedBefore", { collection });
/** `unknown_reference`: an id field points nowhere. */
export const existingId = (entity: EntityName) => EXISTING[entity];
/** `not_a_person`: a chair or panel member is an organisation. */
export const EXPECTED_PERSON_NOT_ORGANIZATION = EN.personNotOrganization;
/** `not_mou_party`: an attendee "as MoU party" is not a party on the meeting date. */
export const partyOn = (mouId: string, date: string) => phrase("partyOfOn", { mouId, date });
/** `not_mou_party`: the task force has no MoU at all. */
export const partyOfMissingMou = (taskForceId: string) => phrase("partyOfMissingMou", { taskForceId });
/** `duplicate_ordinal`. */
export const ordinalNotUsedBefore = (meetingId: string) => phrase("ordinalNotUsedBefore", { meetingId });
/** `ordinal_out_of_range`: ordinals must be 1..n. */
export const ordinalUpTo = (count: number, meetingId: string) => phrase("ordinalUpTo", { count, meetingId });
/** Date bounds; `reason` is built by one of the reason builders below. */
export const dateOnOrAfter = (date: string, reason: string) => phrase("dateOnOrAfter", { date, reason });
/** Date bounds; `reason` is built by one of the reason builders below. */
export const dateOnOrBefore = (date: string, reason: string) => phrase("dateOnOrBefore", { date, reason });
/** Reason: an earlier amendment of the same MoU. */
export const previousAmendment = (amendmentId: string, mouId: string) =>
  phrase("previousAmendment", { amendmentId, mouId });
/** Reason: the MoU's effective date. */
export const effectiveDateOf = (mouId: string) => phrase("effectiveDateOf", { mouId });
/** Reason: the day a task force was set up. */
export const establishedDay = (taskForceId: string) => phrase("establishedDay", { taskForceId });
/** Reason: the day a task force was dissolved. */
export const dissolvedDay = (taskForceId: string) => phrase("dissolvedDay", { taskForceId });
/** Reason: the previous decision status change. */
export const PREVIOUS_STATUS_CHANGE = EN.previousStatusChange;
/** Reason: the day of the meeting that took the decision. */
export const meetingDay = (meetingId: string) => phrase("meetingDay", { meetingId });
/** Reason: another field of the same record (start of a period). */
export const fieldReason = (field: string) => field;
/** `region_country_mismatch`. */
export const regionCodeStartingWith = (country: string) => phrase("regionCodeStartingWith", { country });
/** `unknown_region_code`. */
export const regionCodeOf = (country: string, codes: readonly string[]) =>
  phrase("regionCodeOf", { country, codes: codes.join(" | ") });
/** `parent_cycle`. */
export const chainNotReturningTo = (organizationId: string) => phrase("chainNotReturningTo", { organizationId });
/** `decisions_recorded_contradiction`. */
export const recordedFlag = (meetingId: string, count: number) => phrase("recordedFlag", { count, meetingId });
/** `duplicate_attendance`: an organisation listed twice in a meeting's attendance. */
export const attendeeNotListedBefore = (meetingId: string) => phrase("attendeeNotListedBefore", { meetingId });
/** `duplicate_panel_member` among the chairs. */
export const chairNotListedBefore = (meetingId: string) => phrase("chairNotListedBefore", { meetingId });
/** `duplicate_panel_member` among the other members of the panel. */
export const panelMemberNotListedBefore = (meetingId: string) => phrase("panelMemberNotListedBefore", { meetingId });
/** `chair_in_panel`: `panelIds` lists the other members of the panel. */
export const notAChairOf = (meetingId: string) => phrase("notAChairOf", { meetingId });
/** `venue_outside_task_force_region` (a warning). */
export const hostServing = (regionId: string, taskForceId: string, hostRegionId: string) =>
  phrase("hostServing", { regionId, taskForceId, hostRegionId });
/** `integrity_check_failed`: a rule met data it could not read. */
export const EXPECTED_SCHEMA_VALID = EN.schemaValid;
/** `invalid_amendment_operation` when core's own wording cannot be used. */
export const EXPECTED_APPLICABLE_OPERATION = EN.applicableOperation;
/** `invalid_amendment_operation` at an amendment that conflicts with earlier decision effects. */
export const afterDecisionEffects = (expected: string) => phrase("afterDecisionEffects", { expected });
