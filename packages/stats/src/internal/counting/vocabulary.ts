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
import { EN_STATS } from "../../locales/en.js";

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

const EN = EN_STATS.categories;

/**
 * A vocabulary over one of core's code lists, in core's order, labelled from the English catalogue
 * (the compiler checks it names every code); multi-valued fields add "none" (recorded, no value
 * applies) before "unknown" (not recorded), which lists without it get appended.
 */
function labelled<C extends string>(
  codes: readonly C[],
  labels: Readonly<Record<NoInfer<C> | typeof UNKNOWN, string>> & { readonly none?: string },
): Vocabulary {
  const entries: (readonly [string, string])[] = codes.map((code) => [code, labels[code]] as const);
  if (labels.none !== undefined) entries.push([NONE, labels.none]);
  if (!(codes as readonly string[]).includes(UNKNOWN)) entries.push([UNKNOWN, labels[UNKNOWN]]);
  return vocabulary(entries);
}

/** A vocabulary in the order of its English labels record. */
function ordered(labels: Readonly<Record<string, string>>): Vocabulary {
  return vocabulary(Object.entries(labels));
}

// HTCDS's and CTDC's finer gender codes, and "other", appear in a table only when the data holds them, so a
// table of data that records female and male only keeps its two columns.
export const GENDER: Vocabulary = {
  ...labelled(GENDERS, EN.gender),
  sparse: new Set([
    "transgender_female",
    "transgender_male",
    "non_conforming",
    "transgender_or_non_conforming",
    "other",
  ]),
};

export const AGE_BAND = vocabulary([...AGE_BANDS.map((band) => [band, band] as const), [UNKNOWN, EN.ageBand.unknown]]);

export const AGE_GROUP = ordered(EN.ageGroup);

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

export const EXPLOITATION = labelled(EXPLOITATION_TYPES, EN.exploitation);

export const EXPLOITATION_GROUP = ordered(EN.exploitationGroup);

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

export const MEANS_OF_CONTROL = labelled(CONTROL_MEANS, EN.meansOfControl);

export const LABOUR_SECTOR = labelled(LABOUR_SECTORS, EN.labourSectors);

export const SEXUAL_FORM = labelled(SEXUAL_EXPLOITATION_FORMS, EN.sexualExploitationForms);

export const MAJORITY_STATUS = labelled(MAJORITY_STATUSES, EN.majorityStatus);

export const DATA_SOURCE = labelled(DATA_SOURCES, EN.dataSource);

export const STATUS_DECIDER = labelled(STATUS_DECIDERS, EN.traffickingStatusDecidedBy);

export const ABDUCTION = ordered(EN.abduction);

export const ASSISTANCE = labelled(ASSISTANCE_KINDS, EN.assistance);

export const RECRUITER_RELATION = labelled(RECRUITER_RELATIONS, EN.recruiterRelations);

export const REFERRING_AGENCY = ordered(EN.referringAgencyKind);

// Stats order differs from core's TRAFFICKING_STATUSES (presumed first): published tables lead
// with identified victims, as Eurostat and GRETA tables do. The rank record names every core code.
const TRAFFICKING_STATUS_RANK: Readonly<Record<TraffickingStatus, number>> = {
  identified: 0,
  presumed: 1,
  not_victim: 2,
};

export const TRAFFICKING_STATUS = labelled(
  [...TRAFFICKING_STATUSES].sort((a, b) => TRAFFICKING_STATUS_RANK[a] - TRAFFICKING_STATUS_RANK[b]),
  EN.traffickingStatus,
);

export const CASE_STATUS = labelled(CASE_STATUSES, EN.caseStatus);

export const MIGRATION = ordered(EN.migration);

/** Transnational when citizenship and country of exploitation are both known and differ. */
export function migrationOf(citizenship: string, exploitationCountry: string): string {
  if (citizenship === UNKNOWN || exploitationCountry === UNKNOWN) return UNKNOWN;
  return citizenship === exploitationCountry ? "internal" : "transnational";
}
