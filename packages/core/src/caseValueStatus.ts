import type {
  AssistanceKind,
  ControlMeans,
  ExploitationType,
  LabourSector,
  RecruiterRelation,
  SexualExploitationForm,
} from "./caseCodes.js";
import {
  ASSISTANCE_KINDS,
  CONTROL_MEANS,
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
} from "./caseCodes.js";
import type { CaseRecord } from "./caseRecord.js";

/**
 * The multi-valued fields of a {@link CaseRecord}, each with its code list, in display order.
 *
 * @example
 * ```ts
 * import { MULTI_VALUED_CASE_FIELDS } from "@nrmkit/core";
 *
 * Object.keys(MULTI_VALUED_CASE_FIELDS);
 * // => ["exploitation", "labourSectors", "sexualExploitationForms", "meansOfControl", "recruiterRelations", "assistance"]
 * MULTI_VALUED_CASE_FIELDS.meansOfControl.length;
 * // => 19
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const MULTI_VALUED_CASE_FIELDS = Object.freeze({
  /** Forms of exploitation ({@link EXPLOITATION_TYPES}). */
  exploitation: EXPLOITATION_TYPES,
  /** Sectors of forced labour ({@link LABOUR_SECTORS}). */
  labourSectors: LABOUR_SECTORS,
  /** Forms of sexual exploitation ({@link SEXUAL_EXPLOITATION_FORMS}). */
  sexualExploitationForms: SEXUAL_EXPLOITATION_FORMS,
  /** Means of control ({@link CONTROL_MEANS}). */
  meansOfControl: CONTROL_MEANS,
  /** Recruiter relations ({@link RECRUITER_RELATIONS}). */
  recruiterRelations: RECRUITER_RELATIONS,
  /** Kinds of assistance ({@link ASSISTANCE_KINDS}). */
  assistance: ASSISTANCE_KINDS,
} as const);

/**
 * The name of a multi-valued field of a {@link CaseRecord}.
 *
 * @category Cases
 * @since 0.1.0
 */
export type MultiValuedCaseField = keyof typeof MULTI_VALUED_CASE_FIELDS;

/**
 * The values a multi-valued field can hold, by field.
 *
 * @category Cases
 * @since 0.1.0
 */
export type MultiValuedCaseValue<F extends MultiValuedCaseField> = (typeof MULTI_VALUED_CASE_FIELDS)[F][number];

/**
 * Per multi-valued field, the values whose status was not recorded although the field was (`CaseRecord.notRecorded`).
 *
 * @example
 * ```ts
 * import type { CaseRecord, NotRecordedValues } from "@nrmkit/core";
 *
 * // CTDC: DebtBondage = 1, TakesEarnings = 0, RestrictsFinancialAccess empty.
 * const record: Pick<CaseRecord, "meansOfControl" | "notRecorded"> = {
 *   meansOfControl: ["debt_bondage"],
 *   notRecorded: { meansOfControl: ["restricting_financial_access"] },
 * };
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export interface NotRecordedValues {
  /** Forms of exploitation not recorded. */
  readonly exploitation?: readonly ExploitationType[];
  /** Sectors of forced labour not recorded. */
  readonly labourSectors?: readonly LabourSector[];
  /** Forms of sexual exploitation not recorded. */
  readonly sexualExploitationForms?: readonly SexualExploitationForm[];
  /** Means of control not recorded. */
  readonly meansOfControl?: readonly ControlMeans[];
  /** Recruiter relations not recorded. */
  readonly recruiterRelations?: readonly RecruiterRelation[];
  /** Kinds of assistance not recorded. */
  readonly assistance?: readonly AssistanceKind[];
}

/**
 * What a record says of one value of a multi-valued field.
 *
 * @remarks
 * `present` (CTDC flag 1), `absent` (flag 0), `not_recorded` (flag empty).
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseValueStatus = "present" | "absent" | "not_recorded";

/**
 * Tells whether a value of a multi-valued field is present, absent or not recorded in a record.
 *
 * @remarks
 * An absent field leaves every value not recorded. A listed value is present. A value named in
 * `record.notRecorded[field]` is not recorded. Any other value of a recorded field is absent: a
 * plain list means "these, and the rest absent".
 *
 * @param record - The record (only the field and `notRecorded` are read).
 * @param field - A multi-valued field.
 * @param value - One of its codes.
 * @returns The value's status.
 *
 * @example
 * ```ts
 * import { caseValueStatus } from "@nrmkit/core";
 *
 * const record = { meansOfControl: ["debt_bondage"], notRecorded: { meansOfControl: ["threats"] } } as const;
 * caseValueStatus(record, "meansOfControl", "debt_bondage");
 * // => "present"
 * caseValueStatus(record, "meansOfControl", "threats");
 * // => "not_recorded"
 * caseValueStatus(record, "meansOfControl", "physical_violence");
 * // => "absent"
 * caseValueStatus(record, "exploitation", "forced_labour");
 * // => "not_recorded"
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function caseValueStatus<F extends MultiValuedCaseField>(
  record: Pick<CaseRecord, F | "notRecorded">,
  field: F,
  value: MultiValuedCaseValue<F>,
): CaseValueStatus {
  const list = record[field] as readonly string[] | undefined;
  if (list === undefined) return "not_recorded";
  if (list.includes(value)) return "present";
  const unknown = record.notRecorded?.[field] as readonly string[] | undefined;
  return unknown?.includes(value) === true ? "not_recorded" : "absent";
}

/**
 * Tells whether a record says anything of a multi-valued field: some value present, or some value known to be absent.
 *
 * @remarks
 * An absent field, or an empty list whose every value is named in `notRecorded`, is not recorded;
 * tables count such a person under "not recorded".
 *
 * @param record - The record.
 * @param field - A multi-valued field.
 * @returns `true` when at least one value of the field is present or absent.
 *
 * @example
 * ```ts
 * import { isFieldRecorded } from "@nrmkit/core";
 *
 * isFieldRecorded({ meansOfControl: [] }, "meansOfControl");
 * // => true
 * isFieldRecorded({}, "meansOfControl");
 * // => false
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function isFieldRecorded<F extends MultiValuedCaseField>(
  record: Pick<CaseRecord, F | "notRecorded">,
  field: F,
): boolean {
  const list = record[field] as readonly string[] | undefined;
  if (list === undefined) return false;
  if (list.length > 0) return true;
  const unknown = record.notRecorded?.[field] as readonly string[] | undefined;
  if (unknown === undefined) return true;
  const all = MULTI_VALUED_CASE_FIELDS[field] as readonly string[];
  return all.some((value) => !unknown.includes(value));
}
