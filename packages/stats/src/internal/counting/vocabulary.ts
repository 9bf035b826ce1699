import {
  AGE_BANDS,
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  DATA_SOURCES,
  EXPLOITATION_TYPES,
  GENDERS,
  isChildAgeBand,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
  type TraffickingStatus,
} from "@nrmkit/core";

/** A fixed vocabulary: codes in display order with English labels; `unknown` marks "not recorded". */
export interface Vocabulary {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  /** Codes shown only when some record holds them: finer codes most sources never use. */
  readonly sparse?: ReadonlySet<string>;
}

export const UNKNOWN = "unknown";
/** The category of a multi-valued field recorded with no value (CTDC: every flag 0). */
export const NONE = "none";

function vocabulary(entries: readonly (readonly [string, string])[]): Vocabulary {
  return { codes: entries.map(([code]) => code), labels: Object.fromEntries(entries) };
}

/**
 * A vocabulary over one of core's code lists, in core's order: the labels record must name every
 * code (the compiler checks it), and lists without `"unknown"` get it appended with `unknownLabel`.
 */
function labelled<C extends string>(
  codes: readonly C[],
  labels: Readonly<Record<C, string>>,
  unknownLabel?: string,
  noneLabel?: string,
): Vocabulary {
  const entries: (readonly [string, string])[] = codes.map((code) => [code, labels[code]] as const);
  // Multi-valued fields: "none" (recorded, no value applies) before "unknown" (not recorded).
  if (noneLabel !== undefined) entries.push([NONE, noneLabel]);
  if (unknownLabel !== undefined && !(codes as readonly string[]).includes(UNKNOWN)) {
    entries.push([UNKNOWN, unknownLabel]);
  }
  return vocabulary(entries);
}

// HTCDS's and CTDC's finer gender codes, and "other", appear in a table only when the data holds them, so a
// table of data that records female and male only keeps its two columns.
export const GENDER: Vocabulary = {
  ...labelled(GENDERS, {
    female: "Female",
    male: "Male",
    transgender_female: "Transgender female",
    transgender_male: "Transgender male",
    non_conforming: "Gender non-conforming",
    transgender_or_non_conforming: "Transgender or non-conforming",
    other: "Other",
    unknown: "Not recorded",
  }),
  sparse: new Set([
    "transgender_female",
    "transgender_male",
    "non_conforming",
    "transgender_or_non_conforming",
    "other",
  ]),
};

export const AGE_BAND = vocabulary([...AGE_BANDS.map((band) => [band, band] as const), [UNKNOWN, "Not recorded"]]);

export const AGE_GROUP = vocabulary([
  ["child", "Children (0-17)"],
  ["adult", "Adults (18+)"],
  [UNKNOWN, "Not recorded"],
]);

/**
 * Maps an age band to child/adult/unknown; an unknown band falls back on the majority status at
 * registration (CTDC's `majorityStatus` is often known when `ageBroad` is not).
 */
export function ageGroupOf(band: string, majorityStatus?: string): string {
  if (band === UNKNOWN || !(AGE_BANDS as readonly string[]).includes(band)) {
    return majorityStatus === "minor" ? "child" : majorityStatus === "adult" ? "adult" : UNKNOWN;
  }
  return isChildAgeBand(band as (typeof AGE_BANDS)[number]) ? "child" : "adult";
}

export const EXPLOITATION = labelled(
  EXPLOITATION_TYPES,
  {
    forced_labour: "Forced labour",
    sexual_exploitation: "Sexual exploitation",
    forced_criminality: "Forced criminality",
    forced_marriage: "Forced marriage",
    domestic_servitude: "Domestic servitude",
    begging: "Forced begging",
    organ_removal: "Organ removal",
    forced_military: "Forced military service",
    slavery_practices: "Slavery and similar practices",
    child_labour: "Child labour",
    servitude: "Servitude",
    forced_adoption: "Forced adoption",
    surrogacy: "Forced surrogacy",
    other: "Other exploitation",
  },
  "Not recorded",
  "None",
);

export const EXPLOITATION_GROUP = vocabulary([
  ["sexual", "Sexual exploitation"],
  ["labour", "Labour exploitation"],
  ["other", "Other forms"],
  [NONE, "None"],
  [UNKNOWN, "Not recorded"],
]);

const LABOUR_GROUP: ReadonlySet<string> = new Set([
  "forced_labour",
  "domestic_servitude",
  "servitude",
  "slavery_practices",
  "child_labour",
]);

/**
 * Eurostat's three groups: labour exploitation is forced labour or services, so domestic servitude,
 * servitude, slavery and similar practices and child labour count there; every other form is "other".
 */
export function exploitationGroupOf(type: string): string {
  if (type === "sexual_exploitation") return "sexual";
  if (LABOUR_GROUP.has(type)) return "labour";
  if (type === UNKNOWN || type === NONE) return type;
  return "other";
}

export const MEANS_OF_CONTROL = labelled(
  CONTROL_MEANS,
  {
    debt_bondage: "Debt bondage",
    withholding_wages: "Withholding wages",
    withholding_documents: "Withholding documents",
    threats: "Threats",
    physical_violence: "Physical violence",
    sexual_violence: "Sexual violence",
    psychological_abuse: "Psychological abuse",
    restricting_movement: "Restricting movement",
    false_promises: "False promises",
    substance_abuse: "Psychoactive substances",
    restricting_financial_access: "Restricting financial access",
    restricting_medical_care: "Restricting medical care",
    excessive_working_hours: "Excessive working hours",
    uses_children: "Uses children",
    threat_of_law_enforcement: "Threat of law enforcement",
    withholding_necessities: "Withholding necessities",
    threatens_children_family: "Threatens children or family",
    other: "Other means",
    not_specified: "Not specified",
  },
  "Not recorded",
  "None",
);

export const LABOUR_SECTOR = labelled(
  LABOUR_SECTORS,
  {
    agriculture: "Agriculture",
    aquafarming: "Aquafarming",
    begging: "Begging",
    construction: "Construction",
    domestic_work: "Domestic work",
    hospitality: "Hospitality",
    illicit_activities: "Illicit activities",
    manufacturing: "Manufacturing",
    mining_or_drilling: "Mining or drilling",
    peddling: "Peddling",
    transportation: "Transportation",
    other: "Other sector",
    not_specified: "Not specified",
  },
  "Not recorded",
  "None",
);

export const SEXUAL_FORM = labelled(
  SEXUAL_EXPLOITATION_FORMS,
  {
    prostitution: "Prostitution",
    pornography: "Pornography",
    remote_interactive_services: "Remote interactive services",
    private_sexual_services: "Private sexual services",
  },
  "Not recorded",
  "None",
);

export const MAJORITY_STATUS = labelled(MAJORITY_STATUSES, { minor: "Minor", adult: "Adult" }, "Not recorded");

export const DATA_SOURCE = labelled(
  DATA_SOURCES,
  { case_management: "Case management", hotline: "Hotline" },
  "Not recorded",
);

export const STATUS_DECIDER = labelled(
  STATUS_DECIDERS,
  {
    police: "Police",
    ngo: "NGO",
    court_or_prosecution: "Court or prosecution",
    non_police_government: "Other government agency",
    other: "Other",
  },
  "Not recorded",
);

export const ABDUCTION = vocabulary([
  ["true", "Abducted"],
  ["false", "Not abducted"],
  [UNKNOWN, "Not recorded"],
]);

export const ASSISTANCE = labelled(
  ASSISTANCE_KINDS,
  {
    accommodation: "Accommodation",
    medical: "Medical",
    psychological: "Psychological",
    legal: "Legal",
    financial: "Financial",
    education_training: "Education and training",
    employment: "Employment",
    reintegration: "Reintegration",
    return: "Return",
    other: "Other assistance",
  },
  "Not recorded",
  "None",
);

export const RECRUITER_RELATION = labelled(
  RECRUITER_RELATIONS,
  {
    intimate_partner: "Intimate partner",
    friend: "Friend",
    family: "Family",
    employer: "Employer",
    other: "Other",
    not_specified: "Not specified",
  },
  "Not recorded",
  "None",
);

export const REFERRING_AGENCY = vocabulary([
  ["interior", "Police (interior)"],
  ["prosecution", "Prosecution"],
  ["court", "Court"],
  ["investigation", "Investigation"],
  ["border_guard", "Border guard"],
  ["migration", "Migration service"],
  ["labour_social_protection", "Labour and social protection"],
  ["education", "Education"],
  ["health", "Health"],
  ["local_government", "Local government"],
  ["bar_association", "Bar association"],
  ["ngo", "NGO"],
  ["international_organization", "International organisation"],
  ["donor", "Donor"],
  ["media", "Media"],
  ["youth", "Youth organisation"],
  ["other", "Other"],
  ["self", "Self-referral"],
  [UNKNOWN, "Not recorded"],
]);

// Stats order differs from core's TRAFFICKING_STATUSES (presumed first): published tables lead
// with identified victims, as Eurostat and GRETA tables do. The rank record names every core code.
const TRAFFICKING_STATUS_RANK: Readonly<Record<TraffickingStatus, number>> = {
  identified: 0,
  presumed: 1,
  not_victim: 2,
};

export const TRAFFICKING_STATUS = labelled(
  [...TRAFFICKING_STATUSES].sort((a, b) => TRAFFICKING_STATUS_RANK[a] - TRAFFICKING_STATUS_RANK[b]),
  { identified: "Identified", presumed: "Presumed", not_victim: "Not a victim" },
  "Not recorded",
);

export const CASE_STATUS = labelled(
  CASE_STATUSES,
  {
    active: "Active",
    follow_up: "Follow-up",
    closed: "Closed",
    closed_referred: "Closed (referred)",
  },
  "Not recorded",
);

export const MIGRATION = vocabulary([
  ["transnational", "Transnational"],
  ["internal", "Internal"],
  [UNKNOWN, "Not recorded"],
]);

/** Transnational when citizenship and country of exploitation are both known and differ. */
export function migrationOf(citizenship: string, exploitationCountry: string): string {
  if (citizenship === UNKNOWN || exploitationCountry === UNKNOWN) return UNKNOWN;
  return citizenship === exploitationCountry ? "internal" : "transnational";
}
