import { addDays, differenceInCalendarDays } from "date-fns";
import type {
  AgeBand,
  AssistanceKind,
  CaseStatus,
  ControlMeans,
  ExploitationType,
  Gender,
  LabourSector,
  RecruiterRelation,
  SexualExploitationForm,
  StatusDecider,
} from "../caseCodes.js";
import type { CaseRecord } from "../caseRecord.js";
import { NrmkitError } from "../error.js";
import { type IsoDate, toDate, toIsoDate } from "../isoDate.js";
import type { OrganizationKind } from "../organization.js";
import type { DatePrecision } from "../partialDate.js";
import { createRandom, pick, pickSome, type Weighted, weighted } from "./random.js";

/**
 * Options of {@link generateSyntheticCases}.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface SyntheticCaseOptions {
  /** How many records to make. */
  readonly count: number;
  /** Seed of the pseudo-random generator: the same seed gives the same records. Default 1. */
  readonly seed?: number;
  /** Region codes to spread cases over. Default: the six Belarusian oblasts and Minsk city. */
  readonly regionIds?: readonly string[];
  /** First registration date. Default `"2013-01-01"`. */
  readonly from?: IsoDate;
  /** Last registration date. Default `"2015-12-31"`. */
  readonly to?: IsoDate;
  /** ISO alpha-3 code of the home country, for citizenship and the country of registration. Default `"BLR"`. */
  readonly homeCountry?: string;
  /** How precisely registration dates are written: `"day"` (default), `"month"` or `"year"` (as CTDC publishes). */
  readonly datePrecision?: DatePrecision;
}

const DEFAULT_REGIONS = ["BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "BY-HM"] as const;

const GENDERS: Weighted<Gender> = weighted([
  ["female", 60],
  ["male", 36],
  ["other", 1],
  ["unknown", 3],
]);
const AGE_BANDS: Weighted<AgeBand> = weighted([
  ["0-8", 2],
  ["9-17", 10],
  ["18-20", 10],
  ["21-23", 12],
  ["24-26", 12],
  ["27-29", 10],
  ["30-38", 20],
  ["39-47", 12],
  ["48+", 6],
  ["unknown", 6],
]);
const DESTINATIONS: Weighted<string> = weighted([
  ["RUS", 55],
  ["home", 15],
  ["POL", 6],
  ["DEU", 5],
  ["TUR", 5],
  ["ARE", 4],
  ["LTU", 3],
  ["CYP", 3],
  ["unknown", 4],
]);
const EXPLOITATION: Weighted<ExploitationType> = weighted([
  ["forced_labour", 50],
  ["sexual_exploitation", 35],
  ["forced_criminality", 4],
  ["forced_marriage", 2],
  ["domestic_servitude", 3],
  ["begging", 3],
  ["organ_removal", 1],
  ["other", 2],
]);
const CONTROL: Weighted<ControlMeans> = weighted([
  ["debt_bondage", 20],
  ["withholding_wages", 20],
  ["withholding_documents", 18],
  ["threats", 15],
  ["physical_violence", 8],
  ["sexual_violence", 4],
  ["psychological_abuse", 6],
  ["restricting_movement", 5],
  ["false_promises", 3],
  ["substance_abuse", 1],
]);
const RECRUITERS: Weighted<RecruiterRelation | "unknown"> = weighted([
  ["friend", 30],
  ["intimate_partner", 10],
  ["family", 8],
  ["employer", 20],
  ["other", 12],
  ["unknown", 20],
]);
const REFERRERS: Weighted<OrganizationKind | "self" | "unknown"> = weighted([
  ["interior", 40],
  ["ngo", 20],
  ["international_organization", 12],
  ["border_guard", 6],
  ["labour_social_protection", 6],
  ["migration", 4],
  ["self", 7],
  ["unknown", 5],
]);
const ASSISTANCE: Weighted<AssistanceKind> = weighted([
  ["psychological", 20],
  ["medical", 18],
  ["legal", 15],
  ["accommodation", 12],
  ["financial", 10],
  ["reintegration", 10],
  ["education_training", 5],
  ["employment", 5],
  ["return", 5],
]);
const LABOUR_SECTORS: Weighted<LabourSector> = weighted([
  ["agriculture", 14],
  ["construction", 18],
  ["domestic_work", 12],
  ["manufacturing", 10],
  ["hospitality", 8],
  ["begging", 4],
  ["transportation", 4],
  ["mining_or_drilling", 2],
  ["aquafarming", 2],
  ["peddling", 2],
  ["illicit_activities", 2],
  ["other", 4],
  ["not_specified", 6],
]);
const SEX_FORMS: Weighted<SexualExploitationForm> = weighted([
  ["prostitution", 70],
  ["pornography", 10],
  ["remote_interactive_services", 8],
  ["private_sexual_services", 12],
]);
const DECIDERS: Weighted<StatusDecider> = weighted([
  ["police", 60],
  ["ngo", 15],
  ["court_or_prosecution", 10],
  ["non_police_government", 10],
  ["other", 5],
]);
const STATUSES: Weighted<CaseStatus> = weighted([
  ["active", 30],
  ["follow_up", 20],
  ["closed", 40],
  ["closed_referred", 10],
]);

/**
 * Generates deterministic synthetic case records for examples, tests and benchmarks.
 *
 * @remarks
 * The records look like real registrations (skewed regions, labour exploitation in Russia,
 * unknown values, multi-valued fields) but describe nobody. Never mix them with real data.
 *
 * Fields added with the CTDC vocabularies (country of registration, data source, majority status,
 * labour sectors, forms of sexual exploitation, abduction, who decided the status) are drawn from a
 * second stream of the same seed, so the older fields keep their values. Not recorded values are
 * absent fields, as in a real register.
 *
 * @param options - How many records, the seed, regions, date range and date precision.
 * @returns The records, ids `SYN-000001`, `SYN-000002`, … in registration order of generation.
 * @throws NrmkitError with code `invalid_argument` when `count` is negative or not an integer, or `from` is after `to`.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const cases = generateSyntheticCases({ count: 3, seed: 42 });
 * cases.length;
 * // => 3
 * cases.map((record) => record.id);
 * // => ["SYN-000001", "SYN-000002", "SYN-000003"]
 * // Same seed, same data (in new objects):
 * JSON.stringify(generateSyntheticCases({ count: 3, seed: 42 })) === JSON.stringify(cases);
 * // => true
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function generateSyntheticCases(options: SyntheticCaseOptions): CaseRecord[] {
  const { count, seed = 1, regionIds = DEFAULT_REGIONS, homeCountry = "BLR", datePrecision = "day" } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new NrmkitError("invalid_argument", `count: expected a non-negative integer, received ${String(count)}`);
  }
  const from = toDate(options.from ?? "2013-01-01", "from");
  const span = differenceInCalendarDays(toDate(options.to ?? "2015-12-31", "to"), from);
  if (span < 0) {
    throw new NrmkitError(
      "invalid_argument",
      `from: expected a date on or before \`to\` (${toIsoDate(addDays(from, span))}), received ${toIsoDate(from)}`,
    );
  }
  if (datePrecision !== "day" && datePrecision !== "month" && datePrecision !== "year") {
    throw new NrmkitError(
      "invalid_argument",
      `datePrecision: expected "day", "month" or "year", received ${JSON.stringify(String(datePrecision))}`,
    );
  }
  const width = datePrecision === "day" ? 10 : datePrecision === "month" ? 7 : 4;
  // Regions are skewed (a few report most cases), as in real registers.
  const regions = weighted(regionIds.map((id, index) => [id, regionIds.length - index + 2] as const));
  // Formatting a date per record is the slowest step; dates repeat, so cache them.
  const dates = new Map<number, IsoDate>();
  const random = createRandom(seed);
  // The fields added later draw from their own stream, so the first stream (and every older field) is unchanged.
  const more = createRandom((seed ^ 0x9e3779b9) >>> 0);
  const records: CaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * (span + 1));
    let registrationDate = dates.get(day);
    if (registrationDate === undefined) {
      registrationDate = toIsoDate(addDays(from, day)).slice(0, width);
      dates.set(day, registrationDate);
    }
    const destination = pick(random, DESTINATIONS);
    const regionId = pick(random, regions);
    const gender = pick(random, GENDERS);
    const ageBand = pick(random, AGE_BANDS);
    const citizenship = random() < 0.97 ? homeCountry : "unknown";
    const exploitation: ExploitationType[] | undefined =
      random() < 0.05
        ? undefined
        : [pick(random, EXPLOITATION), ...pickSome(random, EXPLOITATION, 1)].filter(
            (value, index, all) => all.indexOf(value) === index,
          );
    const meansOfControl = pickSome(random, CONTROL, 3);
    const recruiter = pick(random, RECRUITERS);
    const referringAgencyKind = pick(random, REFERRERS);
    const assistance = pickSome(random, ASSISTANCE, 4);
    const traffickingStatus = random() < 0.7 ? "identified" : "presumed";
    const caseStatus = pick(random, STATUSES);
    const child = ageBand === "0-8" || ageBand === "9-17";
    const majorityStatus =
      ageBand === "unknown" ? (more() < 0.5 ? undefined : more() < 0.2 ? "minor" : "adult") : child ? "minor" : "adult";
    const recruiterRelations: RecruiterRelation[] = recruiter === "unknown" ? [] : [recruiter];
    if (more() < 0.05 && recruiter !== "family") recruiterRelations.push("family");
    const labourSectors = exploitation?.includes("forced_labour")
      ? more() < 0.3
        ? undefined
        : [pick(more, LABOUR_SECTORS)]
      : undefined;
    const sexualExploitationForms = exploitation?.includes("sexual_exploitation")
      ? more() < 0.3
        ? undefined
        : [pick(more, SEX_FORMS)]
      : undefined;
    const abduction = more() < 0.6 ? undefined : more() < 0.03;
    records.push({
      id: `SYN-${String(i + 1).padStart(6, "0")}`,
      registrationDate,
      regionId,
      registrationCountry: homeCountry,
      dataSource: more() < 0.85 ? "case_management" : "hotline",
      gender,
      ageBand,
      ...(majorityStatus === undefined ? {} : { majorityStatus }),
      citizenship,
      exploitationCountry: destination === "home" ? homeCountry : destination,
      ...(exploitation === undefined ? {} : { exploitation }),
      ...(labourSectors === undefined ? {} : { labourSectors }),
      ...(sexualExploitationForms === undefined ? {} : { sexualExploitationForms }),
      // An empty draw of means of control or a recruiter "unknown" stood for "not recorded".
      ...(meansOfControl.length === 0 ? {} : { meansOfControl }),
      ...(recruiterRelations.length === 0 ? {} : { recruiterRelations }),
      ...(abduction === undefined ? {} : { abduction }),
      referringAgencyKind,
      assistance,
      traffickingStatus,
      traffickingStatusDecidedBy: pick(more, DECIDERS),
      caseStatus,
    });
  }
  return records;
}
