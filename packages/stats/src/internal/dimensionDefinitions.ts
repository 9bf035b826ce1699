import type { DimensionName } from "../dimensions.js";
import type { EncodedField, EncodedMultiField } from "../encodeCases.js";
import {
  AGE_BAND,
  AGE_GROUP,
  ASSISTANCE,
  ageGroupOf,
  CASE_STATUS,
  EXPLOITATION,
  EXPLOITATION_GROUP,
  exploitationGroupOf,
  GENDER,
  MEANS_OF_CONTROL,
  MIGRATION,
  RECRUITER_RELATION,
  REFERRING_AGENCY,
  TRAFFICKING_STATUS,
  type Vocabulary,
} from "./vocabulary.js";

/** How a dimension reads its field, checks its vocabulary and derives its categories. */
export interface Definition {
  readonly label: string;
  readonly field: EncodedField | EncodedMultiField;
  readonly multi: boolean;
  /** The source field's vocabulary (values outside it are an error), or null for open fields. */
  readonly source: Vocabulary | null;
  /** The output vocabulary, or null for open fields. */
  readonly output: Vocabulary | null;
  readonly derive?: (value: string) => string;
}

export const DEFINITIONS: Readonly<Record<Exclude<DimensionName, "period">, Definition>> = {
  regionId: { label: "Region", field: "regionId", multi: false, source: null, output: null },
  gender: { label: "Sex", field: "gender", multi: false, source: GENDER, output: GENDER },
  ageBand: { label: "Age band", field: "ageBand", multi: false, source: AGE_BAND, output: AGE_BAND },
  ageGroup: {
    label: "Age group",
    field: "ageBand",
    multi: false,
    source: AGE_BAND,
    output: AGE_GROUP,
    derive: ageGroupOf,
  },
  citizenship: { label: "Citizenship", field: "citizenship", multi: false, source: null, output: null },
  exploitationCountry: {
    label: "Country of exploitation",
    field: "exploitationCountry",
    multi: false,
    source: null,
    output: null,
  },
  migration: {
    label: "Internal or transnational",
    field: "migration",
    multi: false,
    source: MIGRATION,
    output: MIGRATION,
  },
  exploitation: {
    label: "Form of exploitation",
    field: "exploitation",
    multi: true,
    source: EXPLOITATION,
    output: EXPLOITATION,
  },
  exploitationGroup: {
    label: "Form of exploitation",
    field: "exploitation",
    multi: true,
    source: EXPLOITATION,
    output: EXPLOITATION_GROUP,
    derive: exploitationGroupOf,
  },
  meansOfControl: {
    label: "Means of control",
    field: "meansOfControl",
    multi: true,
    source: MEANS_OF_CONTROL,
    output: MEANS_OF_CONTROL,
  },
  assistance: {
    label: "Assistance received",
    field: "assistance",
    multi: true,
    source: ASSISTANCE,
    output: ASSISTANCE,
  },
  recruiterRelation: {
    label: "Recruiter relation",
    field: "recruiterRelation",
    multi: false,
    source: RECRUITER_RELATION,
    output: RECRUITER_RELATION,
  },
  referringAgencyKind: {
    label: "Referred by",
    field: "referringAgencyKind",
    multi: false,
    source: REFERRING_AGENCY,
    output: REFERRING_AGENCY,
  },
  traffickingStatus: {
    label: "Trafficking status",
    field: "traffickingStatus",
    multi: false,
    source: TRAFFICKING_STATUS,
    output: TRAFFICKING_STATUS,
  },
  caseStatus: { label: "Case status", field: "caseStatus", multi: false, source: CASE_STATUS, output: CASE_STATUS },
};
