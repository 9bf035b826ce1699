// The HTCDS 2.0 fields that a case record holds, as data: the column, the record field and the code
// lists both ways. Import, export and the docs read this table.
import type { MultiValuedCaseField } from "@nrmkit/core";

/** A single-valued HTCDS field and its codes. */
export interface HtcdsSingle {
  readonly column: string;
  readonly field: "traffickingStatus" | "traffickingStatusDecidedBy" | "caseStatus" | "referringAgencyKind";
  /** HTCDS code → nrmkit code. */
  readonly codes: Readonly<Record<string, string>>;
}

/** A multi-select HTCDS field and its codes. */
export interface HtcdsMulti {
  readonly column: string;
  readonly field: MultiValuedCaseField;
  /** HTCDS code → nrmkit code; several HTCDS codes may give one nrmkit code. */
  readonly codes: Readonly<Record<string, string>>;
  /** nrmkit code → the HTCDS code export writes; absent when HTCDS has none. */
  readonly export: Readonly<Record<string, string>>;
}

const invert = (codes: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [htcds, nrmkit] of Object.entries(codes)) out[nrmkit] ??= htcds;
  return out;
};

export const ID = "cas_CaseID";
export const OPEN_DATE = "cas_OpenDate";
export const AGE = "vic_AgeWhenTrafficked";
export const EXPLOITATION_COUNTRY = "vic_CountryOfExploitation";
export const GENDER = "prs_Gender";
export const CITIZENSHIP = "prs_Citizenship";

export const SINGLES: readonly HtcdsSingle[] = [
  {
    column: "vic_TraffickingStatus",
    field: "traffickingStatus",
    codes: {
      PossibleVictimOfTrafficking: "presumed",
      ActualVictimOfTrafficking: "identified",
      NotAVictimOfTrafficking: "not_victim",
    },
  },
  {
    column: "vic_TraffickingStatusDecidedBy",
    field: "traffickingStatusDecidedBy",
    codes: {
      Police: "police",
      NGO: "ngo",
      CourtOrProsecution: "court_or_prosecution",
      NonPoliceGovernmentalOrganization: "non_police_government",
      Other: "other",
    },
  },
  {
    column: "cas_Status",
    field: "caseStatus",
    codes: { Active: "active", FollowUp: "follow_up", Closed: "closed", ClosedReferred: "closed_referred" },
  },
  {
    column: "cas_ReferredFromOrganisationType",
    field: "referringAgencyKind",
    codes: {
      NGO: "ngo",
      LawEnforcement: "interior",
      HealthServiceOrganisation: "health",
      CentralGovernmentOrganisation: "other",
      LocalGovernmentOrganisation: "local_government",
      ImmigrationService: "migration",
      LegalService: "bar_association",
      CorporateBusiness: "other",
      SchoolOrCollege: "education",
    },
  },
];

const CONTROL = {
  PhysicalThreats: "threats",
  ThreatsLawEnforcement: "threat_of_law_enforcement",
  ThreatensChildrenFamily: "threatens_children_family",
  DebtBondage: "debt_bondage",
  FalsePromises: "false_promises",
  PhysicalAbuse: "physical_violence",
  SexualAbuse: "sexual_violence",
  TakesEarnings: "withholding_wages",
  RestrictsFinancialAccess: "restricting_financial_access",
  RestrictsMedicalCare: "restricting_medical_care",
  WithholdsNecessities: "withholding_necessities",
  PsychologicalAbuse: "psychological_abuse",
  PsychoactiveSubstance: "substance_abuse",
  ExcessiveWorkingHours: "excessive_working_hours",
  WithholdsDocuments: "withholding_documents",
  Other: "other",
};
const EXPLOITATION = {
  ForcedLabour: "forced_labour",
  SexualExploitation: "sexual_exploitation",
  ChildLabour: "child_labour",
  ForcedMarriage: "forced_marriage",
  Servitude: "servitude",
  ForcedMilitaryByNonStateActors: "forced_military",
  OrganRemoval: "organ_removal",
  ForcedBegging: "begging",
  ForcedAdoption: "forced_adoption",
  Surrogacy: "surrogacy",
  Other: "other",
};
// ISIC Rev. 4 sections: those with a CTDC sector of their own, every other one "other".
const INDUSTRY = {
  A: "agriculture",
  B: "mining_or_drilling",
  C: "manufacturing",
  F: "construction",
  H: "transportation",
  I: "hospitality",
  T: "domestic_work",
  D: "other",
  E: "other",
  G: "other",
  J: "other",
  K: "other",
  L: "other",
  M: "other",
  N: "other",
  O: "other",
  P: "other",
  Q: "other",
  R: "other",
  S: "other",
  U: "other",
};
const SEX = {
  Prostitution: "prostitution",
  Pornography: "pornography",
  RemoteInteractiveServices: "remote_interactive_services",
  PrivateSexualServices: "private_sexual_services",
};
const RELATIONSHIP = { Familial: "family", Acquainted: "friend", Unaquainted: "other" };

export const MULTIS: readonly HtcdsMulti[] = [
  { column: "vic_TypeOfExploitation", field: "exploitation", codes: EXPLOITATION, export: invert(EXPLOITATION) },
  {
    column: "vic_ForcedLabourIndustry",
    field: "labourSectors",
    codes: INDUSTRY,
    export: { ...invert(INDUSTRY), aquafarming: "A", other: "S" },
  },
  { column: "vic_TypeOfSexExploitation", field: "sexualExploitationForms", codes: SEX, export: invert(SEX) },
  { column: "vic_MethodsOfControl", field: "meansOfControl", codes: CONTROL, export: invert(CONTROL) },
  {
    column: "vic_RelationshipToTrafficker",
    field: "recruiterRelations",
    codes: RELATIONSHIP,
    export: {
      family: "Familial",
      friend: "Acquainted",
      intimate_partner: "Acquainted",
      employer: "Acquainted",
      other: "Unaquainted",
    },
  },
];

export const GENDER_CODES: Readonly<Record<string, string>> = {
  Feminine: "female",
  Masculine: "male",
  TransgenderFeminine: "transgender_female",
  TransgenderMasculine: "transgender_male",
  NonConforming: "non_conforming",
  NonSpecifiedUnknown: "unknown",
};

/**
 * The columns that `exportHtcds` writes by default: the `vic_` and `cas_` fields a case record fills, never a personal `prs_` one.
 *
 * @example
 * ```ts
 * import { HTCDS_STATISTICS_COLUMNS } from "@nrmkit/validation/htcds";
 *
 * HTCDS_STATISTICS_COLUMNS.some((column) => column.startsWith("prs_"));
 * // => false
 * ```
 *
 * @category HTCDS
 * @since 0.1.0
 */
export const HTCDS_STATISTICS_COLUMNS: readonly string[] = Object.freeze([
  ID,
  OPEN_DATE,
  ...SINGLES.map((single) => single.column),
  ...MULTIS.map((multi) => multi.column),
  EXPLOITATION_COUNTRY,
]);
