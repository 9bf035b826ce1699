/**
 * Zod schemas for every nrmkit entity, dataset integrity rules and safe import of untrusted data.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

export type { CaseRecordParseOptions } from "./caseRecordSchema.js";
export { caseRecordSchema, caseRecordSchemaWith, parseCaseRecord, safeParseCaseRecord } from "./caseRecordSchema.js";
export type { CaseRecordValidation, RejectedRow } from "./caseRecordValidator.js";
export { isCaseRecord, validateCaseRecords } from "./caseRecordValidator.js";
export type { FindPersonalDataOptions, PersonalDataFinding, PersonalDataKind } from "./confidentiality.js";
export { findPersonalData, officialNames } from "./confidentiality.js";
export type { ParseOptions, Parsers } from "./createParsers.js";
export { createParsers } from "./createParsers.js";
export { datasetSchema, parseDataset, safeParseDataset } from "./datasetSchema.js";
export {
  decisionEffectsSchema,
  decisionLinkSchema,
  decisionSchema,
  decisionStatusChangeSchema,
  decisionStatusSchema,
  parseDecision,
  safeParseDecision,
} from "./decisionSchema.js";
export { idSchema } from "./idSchema.js";
export type {
  ImportFormat,
  ImportOptions,
  ImportResult,
  ImportStats,
  RejectedImportRow,
} from "./importCaseRecords.js";
export { importCaseRecords } from "./importCaseRecords.js";
export type { ImportBatch, ImportSource, ImportStreamOptions } from "./importCaseRecordsStream.js";
export { collectImportBatches, importCaseRecordsStream } from "./importCaseRecordsStream.js";
export type { CheckIntegrityOptions, IntegrityOptions } from "./integrity.js";
export { checkIntegrity } from "./integrity.js";
export { isoDateSchema } from "./isoDateSchema.js";
export type { IssueSeverity } from "./issueSeverity.js";
export { issueSeverity } from "./issueSeverity.js";
export { languageTagSchema, localizedTextSchema } from "./localizedTextSchema.js";
export { localizeIssue } from "./localizeIssue.js";
export {
  attendanceSchema,
  meetingSchema,
  organiserSchema,
  parseMeeting,
  publicationSchema,
  safeParseMeeting,
  seriesLinkSchema,
  topicSchema,
  venueSchema,
} from "./meetingSchema.js";
export { missingValidationTranslations } from "./missingValidationTranslations.js";
export {
  mouAmendmentSchema,
  mouOperationSchema,
  parseMouAmendment,
  safeParseMouAmendment,
} from "./mouAmendmentSchema.js";
export {
  clauseTopicSchema,
  mouClauseSchema,
  mouPartySchema,
  mouSchema,
  parseMou,
  safeParseMou,
} from "./mouSchema.js";
export {
  organizationKindSchema,
  organizationSchema,
  parseOrganization,
  safeParseOrganization,
} from "./organizationSchema.js";
export type { SafeParseFailure, SafeParseResult, SafeParseSuccess } from "./parseResult.js";
export { parsePerson, personSchema, positionSchema, safeParsePerson } from "./personSchema.js";
export type { RedactOptions } from "./redact.js";
export { redact } from "./redact.js";
export {
  countryCodeSchema,
  parseRegion,
  regionCodeSchema,
  regionSchema,
  safeParseRegion,
} from "./regionSchema.js";
export {
  mandateItemSchema,
  mandateKindSchema,
  parseTaskForce,
  safeParseTaskForce,
  taskForceSchema,
} from "./taskForceSchema.js";
export type { DatasetValidationResult, DatasetValidationSuccess } from "./validateDataset.js";
export { validateDataset } from "./validateDataset.js";
export type { ValidationIssue } from "./validationError.js";
export { isValidationError, summarizeIssues, ValidationError } from "./validationError.js";
export type { IssueLocale, ValidationLocale, ValidationMessages } from "./validationMessages.js";
export type { FromZodIssuesOptions } from "./zodIssues.js";
export { formatIssuePath, fromZodIssues } from "./zodIssues.js";
