// The CTDC case-level layout as data: every column of the 63-column K-anonymized file, in its
// order, with the nrmkit field and code each maps to. Import, export and the docs read this table.
import type { MultiValuedCaseField } from "@nrmkit/core";

/** One 0/1 flag of a multi-valued group: its column, the nrmkit value, the label in `…Concatenated`. */
export interface CtdcFlag {
  readonly column: string;
  readonly value: string;
  readonly label: string;
}

/** A group of 0/1 flags that is one multi-valued field of a case record. */
export interface CtdcFlagGroup {
  readonly field: MultiValuedCaseField;
  readonly flags: readonly CtdcFlag[];
  /** The column that joins the labels of the flags set to 1 with `;`. */
  readonly concatenated: string;
}

const flag = (column: string, value: string, label: string): CtdcFlag => ({ column, value, label });

export const MEANS_OF_CONTROL: CtdcFlagGroup = {
  field: "meansOfControl",
  concatenated: "meansOfControlConcatenated",
  flags: [
    flag("meansOfControlDebtBondage", "debt_bondage", "Debt bondage"),
    flag("meansOfControlTakesEarnings", "withholding_wages", "Takes earnings"),
    flag("meansOfControlRestrictsFinancialAccess", "restricting_financial_access", "Restricts financial access"),
    flag("meansOfControlThreats", "threats", "Threats"),
    flag("meansOfControlPsychologicalAbuse", "psychological_abuse", "Psychological abuse"),
    flag("meansOfControlPhysicalAbuse", "physical_violence", "Physical abuse"),
    flag("meansOfControlSexualAbuse", "sexual_violence", "Sexual abuse"),
    flag("meansOfControlFalsePromises", "false_promises", "False promises"),
    flag("meansOfControlPsychoactiveSubstances", "substance_abuse", "Psychoactive substances"),
    flag("meansOfControlRestrictsMovement", "restricting_movement", "Restricts movement"),
    flag("meansOfControlRestrictsMedicalCare", "restricting_medical_care", "Restricts medical care"),
    flag("meansOfControlExcessiveWorkingHours", "excessive_working_hours", "Excessive working hours"),
    flag("meansOfControlUsesChildren", "uses_children", "Uses children"),
    flag("meansOfControlThreatOfLawEnforcement", "threat_of_law_enforcement", "Threat of law enforcement"),
    flag("meansOfControlWithholdsNecessities", "withholding_necessities", "Withholds necessities"),
    flag("meansOfControlWithholdsDocuments", "withholding_documents", "Withholds documents"),
    flag("meansOfControlOther", "other", "Other"),
    flag("meansOfControlNotSpecified", "not_specified", "Not specified"),
  ],
};

export const EXPLOITATION: CtdcFlagGroup = {
  field: "exploitation",
  concatenated: "typeOfExploitConcatenated",
  flags: [
    flag("isForcedLabour", "forced_labour", "Forced labour"),
    flag("isSexualExploit", "sexual_exploitation", "Sexual exploitation"),
    flag("isOtherExploit", "other", "Other exploitation"),
    flag("isForcedMarriage", "forced_marriage", "Forced marriage"),
    flag("isForcedMilitary", "forced_military", "Forced military"),
    flag("isOrganRemoval", "organ_removal", "Organ removal"),
    flag("isSlaveryAndPractices", "slavery_practices", "Slavery and similar practices"),
  ],
};

/** `isSexAndLabour`: 1 when both forced labour and sexual exploitation are 1; derived, never a value of its own. */
export const SEX_AND_LABOUR = "isSexAndLabour";

export const LABOUR: CtdcFlagGroup = {
  field: "labourSectors",
  concatenated: "typeOfLabourConcatenated",
  flags: [
    flag("typeOfLabourAgriculture", "agriculture", "Agriculture"),
    flag("typeOfLabourAquafarming", "aquafarming", "Aquafarming"),
    flag("typeOfLabourBegging", "begging", "Begging"),
    flag("typeOfLabourConstruction", "construction", "Construction"),
    flag("typeOfLabourDomesticWork", "domestic_work", "Domestic work"),
    flag("typeOfLabourHospitality", "hospitality", "Hospitality"),
    flag("typeOfLabourIllicitActivities", "illicit_activities", "Illicit activities"),
    flag("typeOfLabourManufacturing", "manufacturing", "Manufacturing"),
    flag("typeOfLabourMiningOrDrilling", "mining_or_drilling", "Mining or drilling"),
    flag("typeOfLabourPeddling", "peddling", "Peddling"),
    flag("typeOfLabourTransportation", "transportation", "Transportation"),
    flag("typeOfLabourOther", "other", "Other"),
    flag("typeOfLabourNotSpecified", "not_specified", "Not specified"),
  ],
};

export const SEX: CtdcFlagGroup = {
  field: "sexualExploitationForms",
  concatenated: "typeOfSexConcatenated",
  flags: [
    flag("typeOfSexProstitution", "prostitution", "Prostitution"),
    flag("typeOfSexPornography", "pornography", "Pornography"),
    flag("typeOfSexRemoteInteractiveServices", "remote_interactive_services", "Remote interactive services"),
    flag("typeOfSexPrivateSexualServices", "private_sexual_services", "Private sexual services"),
  ],
};

export const RECRUITER: CtdcFlagGroup = {
  field: "recruiterRelations",
  concatenated: "RecruiterRelationship",
  flags: [
    flag("recruiterRelationIntimatePartner", "intimate_partner", "Intimate partner"),
    flag("recruiterRelationFriend", "friend", "Friend"),
    flag("recruiterRelationFamily", "family", "Family"),
    flag("recruiterRelationOther", "other", "Other"),
    flag("recruiterRelationUnknown", "not_specified", "Unknown"),
  ],
};

/** Every flag group, in the order their columns first appear. */
export const FLAG_GROUPS: readonly CtdcFlagGroup[] = [MEANS_OF_CONTROL, EXPLOITATION, LABOUR, SEX, RECRUITER];

/** The single-valued columns. */
export const YEAR = "yearOfRegistration";
export const DATA_SOURCE = "Datasource";
export const GENDER = "gender";
export const AGE = "ageBroad";
export const MAJORITY = "majorityStatus";
export const MAJORITY_AT_EXPLOIT = "majorityStatusAtExploit";
export const MAJORITY_ENTRY = "majorityEntry";
export const CITIZENSHIP = "citizenship";
export const ABDUCTION = "isAbduction";
export const EXPLOITATION_COUNTRY = "CountryOfExploitation";

const names = (group: CtdcFlagGroup) => group.flags.map((entry) => entry.column);

/**
 * The 63 columns of CTDC's Global K-anonymized Dataset, in file order: the layout that `exportCtdc` writes.
 *
 * @example
 * ```ts
 * import { CTDC_COLUMNS } from "@nrmkit/validation/ctdc";
 *
 * [CTDC_COLUMNS.length, CTDC_COLUMNS[0], CTDC_COLUMNS[62]];
 * // => [63, "yearOfRegistration", "recruiterRelationUnknown"]
 * ```
 *
 * @category CTDC
 * @since 0.1.0
 */
export const CTDC_COLUMNS: readonly string[] = Object.freeze([
  YEAR,
  DATA_SOURCE,
  GENDER,
  AGE,
  MAJORITY,
  MAJORITY_AT_EXPLOIT,
  MAJORITY_ENTRY,
  CITIZENSHIP,
  ...names(MEANS_OF_CONTROL),
  MEANS_OF_CONTROL.concatenated,
  ...names(EXPLOITATION).slice(0, 3),
  SEX_AND_LABOUR,
  ...names(EXPLOITATION).slice(3),
  EXPLOITATION.concatenated,
  ...names(LABOUR),
  LABOUR.concatenated,
  ...names(SEX),
  SEX.concatenated,
  ABDUCTION,
  RECRUITER.concatenated,
  EXPLOITATION_COUNTRY,
  ...names(RECRUITER),
]);

/** Single-valued codes: the CTDC cell, lower-cased, to the nrmkit code. */
export const GENDER_CODES: ReadonlyMap<string, string> = new Map([
  ["female", "female"],
  ["male", "male"],
  ["transgender/nonconforming", "transgender_or_non_conforming"],
]);
export const GENDER_CELLS: Readonly<Record<string, string>> = {
  female: "Female",
  male: "Male",
  transgender_female: "Transgender/NonConforming",
  transgender_male: "Transgender/NonConforming",
  non_conforming: "Transgender/NonConforming",
  transgender_or_non_conforming: "Transgender/NonConforming",
  other: "Transgender/NonConforming",
  unknown: "",
};
export const DATA_SOURCE_CODES: ReadonlyMap<string, string> = new Map([
  ["case management", "case_management"],
  ["hotline", "hotline"],
]);
export const DATA_SOURCE_CELLS: Readonly<Record<string, string>> = {
  case_management: "Case Management",
  hotline: "Hotline",
};
export const MAJORITY_CODES: ReadonlyMap<string, string | undefined> = new Map([
  ["minor", "minor"],
  ["adult", "adult"],
  ["unknown", undefined],
]);
export const MAJORITY_CELLS: Readonly<Record<string, string>> = { minor: "Minor", adult: "Adult" };
/** What export writes for a majority status not recorded: the codebook's own word. */
export const MAJORITY_UNKNOWN_CELL = "Unknown";

/**
 * Cells that mean "not recorded": empty, the older releases' `-99`, and what spreadsheet and
 * statistics tools write for a missing value (`Unknown`, `NA`, `N/A`, `NaN`, `NULL`, any case).
 * Country columns use {@link isMissingCountryCell}, since `NA` is Namibia there.
 */
export function isMissingCell(cell: string): boolean {
  if (cell === "") return true;
  if (cell.length > 7) return false;
  switch (cell.toLowerCase()) {
    case "-99":
    case "-99.0":
    case "unknown":
    case "na":
    case "n/a":
    case "nan":
    case "null":
      return true;
    default:
      return false;
  }
}

/** A missing country cell: as {@link isMissingCell}, but `NA` is Namibia. */
export function isMissingCountryCell(cell: string): boolean {
  return cell !== "NA" && cell !== "na" && cell !== "Na" && isMissingCell(cell);
}
