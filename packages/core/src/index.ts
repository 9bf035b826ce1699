/**
 * The domain model of National Referral Mechanism task forces: regions, organisations, people,
 * memoranda of understanding, meetings and decisions, as immutable data with history.
 *
 * Demo data lives in subpaths so the model never pays for it: `@nrmkit/core/belarus2014` (the
 * Belarus regions and 2014 task-force meetings) and `@nrmkit/core/synthetic` (a seeded generator
 * of synthetic case records).
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export type { KnownAgeBand } from "./ageBands.js";
export { AGE_BANDS, ageBandOf, isChildAgeBand } from "./ageBands.js";
export type {
  AttendanceCell,
  AttendanceMatrix,
  AttendanceMatrixOptions,
  ParticipationRate,
  ParticipationRatesOptions,
} from "./attendance.js";
export { attendanceMatrix, participationRates } from "./attendance.js";
export type {
  AgeBand,
  AssistanceKind,
  CaseStatus,
  ControlMeans,
  DataSource,
  ExploitationType,
  Gender,
  LabourSector,
  MajorityStatus,
  RecruiterRelation,
  SexualExploitationForm,
  StatusDecider,
  TraffickingStatus,
} from "./caseCodes.js";
export {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  DATA_SOURCES,
  EXPLOITATION_TYPES,
  GENDERS,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "./caseCodes.js";
export type { BooleanFieldDefinition, CaseFieldDefinition, CodeFieldDefinition } from "./caseFields.js";
export { defineCaseFields, isCaseFieldValue } from "./caseFields.js";
export type { CaseRecord } from "./caseRecord.js";
export type {
  CaseValueStatus,
  MultiValuedCaseField,
  MultiValuedCaseValue,
  NotRecordedValues,
} from "./caseValueStatus.js";
export { caseValueStatus, isFieldRecorded, MULTI_VALUED_CASE_FIELDS } from "./caseValueStatus.js";
export type { CommonDecisionsOptions, DecisionGroup } from "./commonDecisions.js";
export { commonDecisions } from "./commonDecisions.js";
export {
  alpha2ToAlpha3,
  alpha3ToAlpha2,
  COUNTRIES_ALPHA3,
  caseCountryFromAlpha2,
  caseCountryToAlpha2,
  isCaseCountryCode,
  isCountryCode,
  nearestCountryCode,
} from "./countries.js";
export type { NrmDataset } from "./dataset.js";
export type { DatasetIndex, EntityByCollection, EntityCollection } from "./datasetIndex.js";
export { getById, indexDataset } from "./datasetIndex.js";
export type {
  Decision,
  DecisionCategory,
  DecisionEffects,
  DecisionLink,
  DecisionRelation,
  DecisionStatus,
  DecisionStatusChange,
} from "./decision.js";
export type { AmendmentFromDecisionOptions } from "./decisionEffects.js";
export { amendmentFromDecision, applyDecisionEffects } from "./decisionEffects.js";
export type { DecisionFollowUps } from "./decisionFollowUps.js";
export { decisionFollowUps } from "./decisionFollowUps.js";
export type { DerivedStatusChange } from "./decisionStatus.js";
export {
  decisionStatusHistory,
  decisionStatusOn,
  isDecisionOpen,
  isDecisionOverdue,
  updateDecisionStatus,
} from "./decisionStatus.js";
export type { NrmkitErrorCode, NrmkitErrorOptions } from "./error.js";
export { isNrmkitError, NrmkitError } from "./error.js";
export type { IsoDate } from "./isoDate.js";
export { compareIsoDates, isIsoDate, isWithinPeriod, toDate, toIsoDate } from "./isoDate.js";
export type { DateStyles, LocaleBase, ResolveLocaleOptions } from "./locale.js";
export {
  negotiateLocale,
  primaryLanguage,
  registeredLocales,
  registerLocale,
  resolveLocale,
  unregisterLocale,
} from "./locale.js";
export type { LocalizedText, PickedText } from "./localizedText.js";
export { pickText } from "./localizedText.js";
export type {
  Attendance,
  AttendanceCapacity,
  Meeting,
  MeetingStatus,
  Organiser,
  Publication,
  SeriesLink,
  SupportKind,
  Topic,
  TopicKind,
  Venue,
} from "./meeting.js";
export type { MeetingDecisionRecord } from "./meetingDecisionRecord.js";
export { meetingDecisionRecord } from "./meetingDecisionRecord.js";
export type { MeetingSeriesOptions } from "./meetingSeries.js";
export { meetingSeries } from "./meetingSeries.js";
export type { LegacyCaseRecord } from "./migrateCaseRecord.js";
export { migrateCaseRecord } from "./migrateCaseRecord.js";
export type { ClauseTopic, Mou, MouClause, MouParty } from "./mou.js";
export type {
  AddClauseOperation,
  AddPartyOperation,
  AmendClauseOperation,
  MouAmendment,
  MouOperation,
  RemoveClauseOperation,
  WithdrawPartyOperation,
} from "./mouAmendment.js";
export type { ClauseChange, MouDiff } from "./mouDiff.js";
export { diffMou } from "./mouDiff.js";
export type { MouAmendmentResult, MouPatch, MouVersion } from "./mouHistory.js";
export { applyMouAmendment, mouAsOf, mouVersions } from "./mouHistory.js";
export { isMouPartyOn, mouPartiesOn } from "./mouParties.js";
export type { OpenDecisionsOptions } from "./openDecisions.js";
export { openDecisions } from "./openDecisions.js";
export type { Organization, OrganizationKind } from "./organization.js";
export type { DatePrecision, PartialDate } from "./partialDate.js";
export { datePrecision, isPartialDate, partialDateRange } from "./partialDate.js";
export type { Person, Position } from "./person.js";
export type { PluralForms } from "./plural.js";
export { formatCount, pluralForm } from "./plural.js";
export { positionsOn } from "./positions.js";
export type { Region } from "./region.js";
export type { MandateItem, MandateKind, TaskForce } from "./taskForce.js";
export type { FilledTranslation, FillTranslationOptions, Translation } from "./translation.js";
export { fillTranslation } from "./translation.js";
