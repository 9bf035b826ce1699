import type { DimensionName } from "../../dimensions.js";
import type { EncodedField, EncodedMultiField } from "../../encodeCases.js";
import { EN_STATS } from "../../locales/en.js";
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

const EN = EN_STATS.dimensions;

export type BuiltInDimension = Exclude<DimensionName, "period" | `extra.${string}`>;

export const DEFINITIONS: Readonly<Record<BuiltInDimension, Definition>> = {
  regionId: single(EN.regionId, "regionId", null),
  registrationCountry: single(EN.registrationCountry, "registrationCountry", null),
  dataSource: single(EN.dataSource, "dataSource", DATA_SOURCE),
  gender: single(EN.gender, "gender", GENDER),
  ageBand: single(EN.ageBand, "ageBand", AGE_BAND),
  ageGroup: single(EN.ageGroup, "ageGroup", AGE_GROUP),
  majorityStatus: single(EN.majorityStatus, "majorityStatus", MAJORITY_STATUS),
  majorityStatusAtExploitation: single(
    EN.majorityStatusAtExploitation,
    "majorityStatusAtExploitation",
    MAJORITY_STATUS,
  ),
  majorityStatusAtEntry: single(EN.majorityStatusAtEntry, "majorityStatusAtEntry", MAJORITY_STATUS),
  citizenship: single(EN.citizenship, "citizenship", null),
  exploitationCountry: single(EN.exploitationCountry, "exploitationCountry", null),
  migration: single(EN.migration, "migration", MIGRATION),
  exploitation: multi(EN.exploitation, "exploitation", EXPLOITATION),
  exploitationGroup: {
    label: EN.exploitationGroup,
    field: "exploitation",
    multi: true,
    source: EXPLOITATION,
    output: EXPLOITATION_GROUP,
    derive: exploitationGroupOf,
  },
  labourSectors: multi(EN.labourSectors, "labourSectors", LABOUR_SECTOR),
  sexualExploitationForms: multi(EN.sexualExploitationForms, "sexualExploitationForms", SEXUAL_FORM),
  meansOfControl: multi(EN.meansOfControl, "meansOfControl", MEANS_OF_CONTROL),
  recruiterRelations: multi(EN.recruiterRelations, "recruiterRelations", RECRUITER_RELATION),
  abduction: single(EN.abduction, "abduction", ABDUCTION),
  assistance: multi(EN.assistance, "assistance", ASSISTANCE),
  referringAgencyKind: single(EN.referringAgencyKind, "referringAgencyKind", REFERRING_AGENCY),
  traffickingStatus: single(EN.traffickingStatus, "traffickingStatus", TRAFFICKING_STATUS),
  traffickingStatusDecidedBy: single(EN.traffickingStatusDecidedBy, "traffickingStatusDecidedBy", STATUS_DECIDER),
  caseStatus: single(EN.caseStatus, "caseStatus", CASE_STATUS),
};
