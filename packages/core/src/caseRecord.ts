import type { IsoDate } from "./isoDate.js";
import type { OrganizationKind } from "./organization.js";

/**
 * Every {@link Gender}: the one list that schemas, checks and tables share, so none drifts.
 *
 * @example
 * ```ts
 * GENDERS[0];
 * // => "female"
 * GENDERS.length;
 * // => 4
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const GENDERS = Object.freeze(["female", "male", "other", "unknown"] as const);

/**
 * Gender as recorded (CTDC `gender`); `unknown` is kept apart from every known value.
 *
 * @category Cases
 * @since 0.1.0
 */
export type Gender = (typeof GENDERS)[number];

/**
 * CTDC's broad age bands (`ageBroad`), in years at identification.
 *
 * @category Cases
 * @since 0.1.0
 */
export type AgeBand = "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";

/**
 * Every {@link ExploitationType}, in display order.
 *
 * @example
 * ```ts
 * EXPLOITATION_TYPES[0];
 * // => "forced_labour"
 * EXPLOITATION_TYPES.length;
 * // => 8
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
  "other",
] as const);

/**
 * Forms of exploitation, from the HTCDS and CTDC vocabularies.
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
 * CONTROL_MEANS[0];
 * // => "debt_bondage"
 * CONTROL_MEANS.length;
 * // => 11
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
  "other",
] as const);

/**
 * Means of control used by traffickers (CTDC `meansOfControl*`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type ControlMeans = (typeof CONTROL_MEANS)[number];

/**
 * Every {@link RecruiterRelation}, in display order.
 *
 * @example
 * ```ts
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
  "unknown",
] as const);

/**
 * How the recruiter was related to the person (CTDC `recruiterRelation`).
 *
 * @category Cases
 * @since 0.1.0
 */
export type RecruiterRelation = (typeof RECRUITER_RELATIONS)[number];

/**
 * Every {@link AssistanceKind}, in display order.
 *
 * @example
 * ```ts
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
 * TRAFFICKING_STATUSES[0];
 * // => "presumed"
 * TRAFFICKING_STATUSES.length;
 * // => 2
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const TRAFFICKING_STATUSES = Object.freeze(["presumed", "identified"] as const);

/**
 * Trafficking status: presumed (possible) or formally identified victim (Eurostat counts both as registered).
 *
 * @category Cases
 * @since 0.1.0
 */
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/**
 * Every {@link CaseStatus}, from open to closed.
 *
 * @example
 * ```ts
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
 * Case status from HTCDS.
 *
 * @category Cases
 * @since 0.1.0
 */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * A pseudonymous, record-level trafficking case: the input of every statistic.
 *
 * @remarks
 * Holds no name, birth date or document number, only coded values. `unknown` (and an empty
 * list for multi-valued fields) means "not recorded" and is never counted as zero.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseRecord {
  /** Pseudonymous case id; never a name or document number. */
  readonly id: string;
  /** The day the person was registered as a presumed or identified victim. */
  readonly registrationDate: IsoDate;
  /** The region (ISO 3166-2 code) where the case was registered. */
  readonly regionId: string;
  /** Gender. */
  readonly gender: Gender;
  /** Age band at identification. */
  readonly ageBand: AgeBand;
  /** Citizenship as ISO 3166-1 alpha-3, or `"unknown"`. */
  readonly citizenship: string;
  /** Country of exploitation as ISO 3166-1 alpha-3, or `"unknown"`. */
  readonly exploitationCountry: string;
  /** Forms of exploitation; several may apply; empty when unknown. */
  readonly exploitation: readonly ExploitationType[];
  /** Means of control; several may apply; empty when unknown. */
  readonly meansOfControl: readonly ControlMeans[];
  /** How the recruiter was related to the person. */
  readonly recruiterRelation: RecruiterRelation;
  /** The kind of agency that referred the case, `"self"` for self-referral, or `"unknown"`. */
  readonly referringAgencyKind: OrganizationKind | "self" | "unknown";
  /** Assistance received; several may apply; empty when none is recorded. */
  readonly assistance: readonly AssistanceKind[];
  /** Presumed or identified victim. */
  readonly traffickingStatus: TraffickingStatus;
  /** Where the case stands. */
  readonly caseStatus: CaseStatus;
}
