// The code lists of a case record, in one place: schemas, the fast validator, stats vocabularies,
// importers and exporters all read them from here, so none can drift. Codes are snake_case and
// never "unknown" inside a multi-valued list: "not recorded" is an absent field, "none" an empty list.

/**
 * Every {@link Gender}: the one list that schemas, checks and tables share, so none drifts.
 *
 * @example
 * ```ts
 * import { GENDERS } from "@nrmkit/core";
 *
 * GENDERS[0];
 * // => "female"
 * GENDERS.length;
 * // => 8
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const GENDERS = Object.freeze([
  "female",
  "male",
  "transgender_female",
  "transgender_male",
  "non_conforming",
  "transgender_or_non_conforming",
  "other",
  "unknown",
] as const);

/**
 * Gender as recorded, holding every code of CTDC `gender` and HTCDS `prs_Gender` without loss.
 *
 * @remarks
 * - `female`, `male`: CTDC `Female`/`Male`, HTCDS `Feminine`/`Masculine`;
 * - `transgender_female`, `transgender_male`, `non_conforming`: HTCDS `TransgenderFeminine`,
 *   `TransgenderMasculine`, `NonConforming`;
 * - `transgender_or_non_conforming`: CTDC's one code `Transgender/NonConforming`, which does not
 *   say which of the three HTCDS codes applies;
 * - `other`: another gender, recorded in a source that names none of the above;
 * - `unknown`: not recorded (HTCDS `NonSpecifiedUnknown`, an empty CTDC cell), kept apart from every known value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type Gender = (typeof GENDERS)[number];

/**
 * Every {@link ExploitationType}, in display order.
 *
 * @example
 * ```ts
 * import { EXPLOITATION_TYPES } from "@nrmkit/core";
 *
 * EXPLOITATION_TYPES[0];
 * // => "forced_labour"
 * EXPLOITATION_TYPES.length;
 * // => 14
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const EXPLOITATION_TYPES = Object.freeze([
  "forced_labour",
  "sexual_exploitation",
  "forced_criminality",
  "forced_marriage",
  "domestic_servitude",
  "begging",
  "organ_removal",
  "forced_military",
  "slavery_practices",
  "child_labour",
  "servitude",
  "forced_adoption",
  "surrogacy",
  "other",
] as const);

/**
 * Forms of exploitation: the union of CTDC's `is…` flags and HTCDS `vic_TypeOfExploitation` (`begging` is forced begging, `slavery_practices` slavery and similar practices, `forced_military` forced military service, also by non-state actors).
 *
 * @category Cases
 * @since 0.1.0
 */
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/**
 * Every {@link ControlMeans}, in display order.
 *
 * @example
 * ```ts
 * import { CONTROL_MEANS } from "@nrmkit/core";
 *
 * CONTROL_MEANS[0];
 * // => "debt_bondage"
 * CONTROL_MEANS.length;
 * // => 19
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const CONTROL_MEANS = Object.freeze([
  "debt_bondage",
  "withholding_wages",
  "withholding_documents",
  "threats",
  "physical_violence",
  "sexual_violence",
  "psychological_abuse",
  "restricting_movement",
  "false_promises",
  "substance_abuse",
  "restricting_financial_access",
  "restricting_medical_care",
  "excessive_working_hours",
  "uses_children",
  "threat_of_law_enforcement",
  "withholding_necessities",
  "threatens_children_family",
  "other",
  "not_specified",
] as const);

/**
 * Means of control used by traffickers: every CTDC `meansOfControl…` flag and HTCDS `vic_MethodsOfControl` value; `not_specified` is CTDC's `meansOfControlNotSpecified` (control was used, the means was not said).
 *
 * @category Cases
 * @since 0.1.0
 */
export type ControlMeans = (typeof CONTROL_MEANS)[number];

/**
 * Every {@link LabourSector}, in display order.
 *
 * @example
 * ```ts
 * import { LABOUR_SECTORS } from "@nrmkit/core";
 *
 * LABOUR_SECTORS[0];
 * // => "agriculture"
 * LABOUR_SECTORS.length;
 * // => 13
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const LABOUR_SECTORS = Object.freeze([
  "agriculture",
  "aquafarming",
  "begging",
  "construction",
  "domestic_work",
  "hospitality",
  "illicit_activities",
  "manufacturing",
  "mining_or_drilling",
  "peddling",
  "transportation",
  "other",
  "not_specified",
] as const);

/**
 * Sector of forced labour (CTDC `typeOfLabour…` flags); `not_specified` is CTDC's `typeOfLabourNotSpecified`.
 *
 * @category Cases
 * @since 0.1.0
 */
export type LabourSector = (typeof LABOUR_SECTORS)[number];

/**
 * Every {@link SexualExploitationForm}, in display order.
 *
 * @example
 * ```ts
 * import { SEXUAL_EXPLOITATION_FORMS } from "@nrmkit/core";
 *
 * SEXUAL_EXPLOITATION_FORMS[0];
 * // => "prostitution"
 * SEXUAL_EXPLOITATION_FORMS.length;
 * // => 4
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const SEXUAL_EXPLOITATION_FORMS = Object.freeze([
  "prostitution",
  "pornography",
  "remote_interactive_services",
  "private_sexual_services",
] as const);

/**
 * Form of sexual exploitation (CTDC `typeOfSex…`, HTCDS `vic_TypeOfSexExploitation`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type SexualExploitationForm = (typeof SEXUAL_EXPLOITATION_FORMS)[number];

/**
 * Every {@link RecruiterRelation}, in display order.
 *
 * @example
 * ```ts
 * import { RECRUITER_RELATIONS } from "@nrmkit/core";
 *
 * RECRUITER_RELATIONS[0];
 * // => "intimate_partner"
 * RECRUITER_RELATIONS.length;
 * // => 6
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const RECRUITER_RELATIONS = Object.freeze([
  "intimate_partner",
  "friend",
  "family",
  "employer",
  "other",
  "not_specified",
] as const);

/**
 * How a recruiter was related to the person (CTDC `recruiterRelation…` flags, several may apply); `not_specified` is CTDC's `recruiterRelationUnknown` (a recruiter was recorded, the relation was not).
 *
 * @category Cases
 * @since 0.1.0
 */
export type RecruiterRelation = (typeof RECRUITER_RELATIONS)[number];

/**
 * Every {@link MajorityStatus}.
 *
 * @example
 * ```ts
 * import { MAJORITY_STATUSES } from "@nrmkit/core";
 *
 * MAJORITY_STATUSES[0];
 * // => "minor"
 * MAJORITY_STATUSES.length;
 * // => 2
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const MAJORITY_STATUSES = Object.freeze(["minor", "adult"] as const);

/**
 * Whether the person was a minor or an adult (CTDC `majorityStatus`, `majorityStatusAtExploit`, `majorityEntry`); not recorded is an absent field.
 *
 * @category Cases
 * @since 0.1.0
 */
export type MajorityStatus = (typeof MAJORITY_STATUSES)[number];

/**
 * Every {@link DataSource}.
 *
 * @example
 * ```ts
 * import { DATA_SOURCES } from "@nrmkit/core";
 *
 * DATA_SOURCES[0];
 * // => "case_management"
 * DATA_SOURCES.length;
 * // => 2
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const DATA_SOURCES = Object.freeze(["case_management", "hotline"] as const);

/**
 * Where a record comes from (CTDC `Datasource`): case management or a hotline.
 *
 * @category Cases
 * @since 0.1.0
 */
export type DataSource = (typeof DATA_SOURCES)[number];

/**
 * Every {@link AssistanceKind}, in display order.
 *
 * @example
 * ```ts
 * import { ASSISTANCE_KINDS } from "@nrmkit/core";
 *
 * ASSISTANCE_KINDS[0];
 * // => "accommodation"
 * ASSISTANCE_KINDS.length;
 * // => 10
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const ASSISTANCE_KINDS = Object.freeze([
  "accommodation",
  "medical",
  "psychological",
  "legal",
  "financial",
  "education_training",
  "employment",
  "reintegration",
  "return",
  "other",
] as const);

/**
 * Kinds of assistance a person received.
 *
 * @category Cases
 * @since 0.1.0
 */
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

/**
 * Every {@link TraffickingStatus}.
 *
 * @example
 * ```ts
 * import { TRAFFICKING_STATUSES } from "@nrmkit/core";
 *
 * TRAFFICKING_STATUSES[0];
 * // => "presumed"
 * TRAFFICKING_STATUSES.length;
 * // => 3
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const TRAFFICKING_STATUSES = Object.freeze(["presumed", "identified", "not_victim"] as const);

/**
 * Trafficking status (HTCDS `vic_TraffickingStatus`): presumed (possible) victim, identified (actual) victim, or found not to be a victim; Eurostat counts presumed and identified as registered victims.
 *
 * @category Cases
 * @since 0.1.0
 */
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/**
 * Every {@link StatusDecider}.
 *
 * @example
 * ```ts
 * import { STATUS_DECIDERS } from "@nrmkit/core";
 *
 * STATUS_DECIDERS[0];
 * // => "police"
 * STATUS_DECIDERS.length;
 * // => 5
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const STATUS_DECIDERS = Object.freeze([
  "police",
  "ngo",
  "court_or_prosecution",
  "non_police_government",
  "other",
] as const);

/**
 * Who decided a trafficking status (HTCDS `vic_TraffickingStatusDecidedBy`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type StatusDecider = (typeof STATUS_DECIDERS)[number];

/**
 * Every {@link CaseStatus}, from open to closed.
 *
 * @example
 * ```ts
 * import { CASE_STATUSES } from "@nrmkit/core";
 *
 * CASE_STATUSES[0];
 * // => "active"
 * CASE_STATUSES.length;
 * // => 4
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const CASE_STATUSES = Object.freeze(["active", "follow_up", "closed", "closed_referred"] as const);

/**
 * Case status from HTCDS (`cas_Status`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * CTDC's broad age bands (`ageBroad`), in years at identification.
 *
 * @category Cases
 * @since 0.1.0
 */
export type AgeBand = "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
