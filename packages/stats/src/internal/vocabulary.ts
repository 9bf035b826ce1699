import {
  AGE_BANDS,
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  EXPLOITATION_TYPES,
  GENDERS,
  isChildAgeBand,
  RECRUITER_RELATIONS,
  TRAFFICKING_STATUSES,
  type TraffickingStatus,
} from "@nrmkit/core";

/** A fixed vocabulary: codes in display order with English labels; `unknown` marks "not recorded". */
export interface Vocabulary {
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

export const UNKNOWN = "unknown";

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
): Vocabulary {
  const entries: (readonly [string, string])[] = codes.map((code) => [code, labels[code]] as const);
  if (unknownLabel !== undefined && !(codes as readonly string[]).includes(UNKNOWN)) {
    entries.push([UNKNOWN, unknownLabel]);
  }
  return vocabulary(entries);
}

export const GENDER = labelled(GENDERS, {
  female: "Female",
  male: "Male",
  other: "Other",
  unknown: "Not recorded",
});

export const AGE_BAND = vocabulary([...AGE_BANDS.map((band) => [band, band] as const), [UNKNOWN, "Not recorded"]]);

export const AGE_GROUP = vocabulary([
  ["child", "Children (0-17)"],
  ["adult", "Adults (18+)"],
  [UNKNOWN, "Not recorded"],
]);

/** Maps an age band to child/adult/unknown. */
export function ageGroupOf(band: string): string {
  if (band === UNKNOWN || !(AGE_BANDS as readonly string[]).includes(band)) return UNKNOWN;
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
    other: "Other exploitation",
  },
  "Not recorded",
);

export const EXPLOITATION_GROUP = vocabulary([
  ["sexual", "Sexual exploitation"],
  ["labour", "Labour exploitation"],
  ["other", "Other forms"],
  [UNKNOWN, "Not recorded"],
]);

/** Eurostat's three groups: domestic servitude counts as labour exploitation (forced labour or services). */
export function exploitationGroupOf(type: string): string {
  if (type === "sexual_exploitation") return "sexual";
  if (type === "forced_labour" || type === "domestic_servitude") return "labour";
  if (type === UNKNOWN) return UNKNOWN;
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
    substance_abuse: "Substance abuse",
    other: "Other means",
  },
  "Not recorded",
);

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
  "None recorded",
);

export const RECRUITER_RELATION = labelled(RECRUITER_RELATIONS, {
  intimate_partner: "Intimate partner",
  friend: "Friend",
  family: "Family",
  employer: "Employer",
  other: "Other",
  unknown: "Not recorded",
});

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
const TRAFFICKING_STATUS_RANK: Readonly<Record<TraffickingStatus, number>> = { identified: 0, presumed: 1 };

export const TRAFFICKING_STATUS = labelled(
  [...TRAFFICKING_STATUSES].sort((a, b) => TRAFFICKING_STATUS_RANK[a] - TRAFFICKING_STATUS_RANK[b]),
  { identified: "Identified", presumed: "Presumed" },
);

export const CASE_STATUS = labelled(CASE_STATUSES, {
  active: "Active",
  follow_up: "Follow-up",
  closed: "Closed",
  closed_referred: "Closed (referred)",
});

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
