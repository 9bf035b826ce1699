import type { DimensionName } from "../../dimensions.js";
import type { EncodedField, EncodedMultiField } from "../../encodeCases.js";
import {
  ABDUCTION,
  AGE_BAND,
  AGE_GROUP,
  ASSISTANCE,
  CASE_STATUS,
  DATA_SOURCE,
  EXPLOITATION,
  EXPLOITATION_GROUP,
  exploitationGroupOf,
  GENDER,
  LABOUR_SECTOR,
  MAJORITY_STATUS,
  MEANS_OF_CONTROL,
  MIGRATION,
  RECRUITER_RELATION,
  REFERRING_AGENCY,
  SEXUAL_FORM,
  STATUS_DECIDER,
  TRAFFICKING_STATUS,
  type Vocabulary,
} from "./vocabulary.js";

/** How a dimension reads its field, checks its vocabulary and derives its categories. */
export interface Definition {
  readonly label: string;
  /** The encoded column: a built-in field, or `extra.<name>` for a user-defined one. */
  readonly field: EncodedField | EncodedMultiField | `extra.${string}`;
  readonly multi: boolean;
  /** The source field's vocabulary (values outside it are an error), or null for open fields. */
  readonly source: Vocabulary | null;
  /** The output vocabulary, or null for open fields. */
  readonly output: Vocabulary | null;
  readonly derive?: (value: string) => string;
}

/** A single-valued field counted by its own vocabulary. */
function single(label: string, field: EncodedField, vocabulary: Vocabulary | null): Definition {
  return { label, field, multi: false, source: vocabulary, output: vocabulary };
}

/** A multi-valued field counted by its own vocabulary. */
function multi(label: string, field: EncodedMultiField, vocabulary: Vocabulary): Definition {
  return { label, field, multi: true, source: vocabulary, output: vocabulary };
}

export type BuiltInDimension = Exclude<DimensionName, "period" | `extra.${string}`>;

export const DEFINITIONS: Readonly<Record<BuiltInDimension, Definition>> = {
  regionId: single("Region", "regionId", null),
  registrationCountry: single("Country of registration", "registrationCountry", null),
  dataSource: single("Data source", "dataSource", DATA_SOURCE),
  gender: single("Sex", "gender", GENDER),
  ageBand: single("Age band", "ageBand", AGE_BAND),
  ageGroup: single("Age group", "ageGroup", AGE_GROUP),
  majorityStatus: single("Minor or adult at registration", "majorityStatus", MAJORITY_STATUS),
  majorityStatusAtExploitation: single(
    "Minor or adult when exploited",
    "majorityStatusAtExploitation",
    MAJORITY_STATUS,
  ),
  majorityStatusAtEntry: single("Minor or adult at entry", "majorityStatusAtEntry", MAJORITY_STATUS),
  citizenship: single("Citizenship", "citizenship", null),
  exploitationCountry: single("Country of exploitation", "exploitationCountry", null),
  migration: single("Internal or transnational", "migration", MIGRATION),
  exploitation: multi("Form of exploitation", "exploitation", EXPLOITATION),
  exploitationGroup: {
    label: "Form of exploitation",
    field: "exploitation",
    multi: true,
    source: EXPLOITATION,
    output: EXPLOITATION_GROUP,
    derive: exploitationGroupOf,
  },
  labourSectors: multi("Sector of forced labour", "labourSectors", LABOUR_SECTOR),
  sexualExploitationForms: multi("Form of sexual exploitation", "sexualExploitationForms", SEXUAL_FORM),
  meansOfControl: multi("Means of control", "meansOfControl", MEANS_OF_CONTROL),
  recruiterRelations: multi("Recruiter relation", "recruiterRelations", RECRUITER_RELATION),
  abduction: single("Abduction", "abduction", ABDUCTION),
  assistance: multi("Assistance received", "assistance", ASSISTANCE),
  referringAgencyKind: single("Referred by", "referringAgencyKind", REFERRING_AGENCY),
  traffickingStatus: single("Trafficking status", "traffickingStatus", TRAFFICKING_STATUS),
  traffickingStatusDecidedBy: single("Status decided by", "traffickingStatusDecidedBy", STATUS_DECIDER),
  caseStatus: single("Case status", "caseStatus", CASE_STATUS),
};
