import type { AgeBand, Gender, MajorityStatus } from "../caseCodes.js";
import type { CaseRecord } from "../caseRecord.js";
import type { MultiValuedCaseField, NotRecordedValues } from "../caseValueStatus.js";
import { NrmkitError } from "../error.js";
import { createRandom, pick, type Weighted, weighted } from "./random.js";

/**
 * Options of {@link generateSyntheticCtdcCases}.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface SyntheticCtdcOptions {
  /** How many records to make. */
  readonly count: number;
  /** Seed of the pseudo-random generator: the same seed gives the same records. Default 1. */
  readonly seed?: number;
  /** The smallest and largest share of empty (not recorded) cells of a flag group, drawn per contributor. Default `[0.2, 0.9]`, as in CTDC releases. */
  readonly emptyFlagShare?: readonly [number, number];
}

// The values CTDC has a flag for, per multi-valued field: the generator draws only these, so a
// record survives a trip through CTDC's layout.
const GROUPS: Readonly<Record<Exclude<MultiValuedCaseField, "assistance">, readonly (readonly [string, number])[]>> = {
  meansOfControl: [
    ["debt_bondage", 12],
    ["withholding_wages", 10],
    ["restricting_financial_access", 3],
    ["threats", 14],
    ["psychological_abuse", 14],
    ["physical_violence", 10],
    ["sexual_violence", 6],
    ["false_promises", 12],
    ["substance_abuse", 3],
    ["restricting_movement", 12],
    ["restricting_medical_care", 2],
    ["excessive_working_hours", 6],
    ["uses_children", 1],
    ["threat_of_law_enforcement", 3],
    ["withholding_necessities", 3],
    ["withholding_documents", 8],
    ["other", 2],
    ["not_specified", 3],
  ],
  exploitation: [
    ["forced_labour", 40],
    ["sexual_exploitation", 45],
    ["other", 5],
    ["forced_marriage", 4],
    ["forced_military", 1],
    ["organ_removal", 1],
    ["slavery_practices", 4],
  ],
  labourSectors: [
    ["agriculture", 12],
    ["aquafarming", 4],
    ["begging", 6],
    ["construction", 14],
    ["domestic_work", 20],
    ["hospitality", 8],
    ["illicit_activities", 3],
    ["manufacturing", 12],
    ["mining_or_drilling", 3],
    ["peddling", 2],
    ["transportation", 3],
    ["other", 5],
    ["not_specified", 8],
  ],
  sexualExploitationForms: [
    ["prostitution", 70],
    ["pornography", 12],
    ["remote_interactive_services", 8],
    ["private_sexual_services", 10],
  ],
  recruiterRelations: [
    ["intimate_partner", 15],
    ["friend", 25],
    ["family", 20],
    ["other", 25],
    ["not_specified", 15],
  ],
};
const FIELDS = Object.keys(GROUPS) as (keyof typeof GROUPS)[];

const GENDERS: Weighted<Gender> = weighted([
  ["female", 68],
  ["male", 29],
  ["transgender_or_non_conforming", 1],
  ["unknown", 2],
]);
const AGES: Weighted<AgeBand> = weighted([
  ["0-8", 2],
  ["9-17", 14],
  ["18-20", 10],
  ["21-23", 10],
  ["24-26", 9],
  ["27-29", 8],
  ["30-38", 14],
  ["39-47", 7],
  ["48+", 4],
  ["unknown", 22],
]);
// Alpha-3 codes seen in CTDC data, Namibia and Kosovo among them (their alpha-2 codes trip careless readers).
const COUNTRIES: Weighted<string> = weighted([
  ["PHL", 14],
  ["UKR", 12],
  ["MDA", 8],
  ["IDN", 8],
  ["KHM", 6],
  ["USA", 6],
  ["BLR", 5],
  ["NGA", 5],
  ["MMR", 4],
  ["NAM", 2],
  ["XKX", 1],
  ["unknown", 12],
]);
const DESTINATIONS: Weighted<string> = weighted([
  ["RUS", 10],
  ["USA", 10],
  ["POL", 6],
  ["MYS", 6],
  ["ARE", 5],
  ["THA", 5],
  ["TUR", 4],
  ["NAM", 1],
  ["XKX", 1],
  ["unknown", 15],
]);

/** A contributing organisation: which groups it collects and how it writes them. */
interface Contributor {
  readonly source: "case_management" | "hotline";
  /** Per group, the share of rows where the group is left empty. */
  readonly empty: Readonly<Record<string, number>>;
  /** Per group, whether it only ever writes 1 (never 0): its other flags are empty. */
  readonly onlyOnes: Readonly<Record<string, boolean>>;
}

function contributors(random: () => number, [low, high]: readonly [number, number]): Contributor[] {
  return Array.from({ length: 8 }, () => ({
    source: random() < 0.8 ? "case_management" : "hotline",
    empty: Object.fromEntries(FIELDS.map((field) => [field, low + random() * (high - low)])),
    onlyOnes: Object.fromEntries(FIELDS.map((field) => [field, random() < 0.25])),
  }));
}

/**
 * Generates deterministic synthetic case records shaped like CTDC's case-level releases, for examples, tests and benchmarks.
 *
 * @remarks
 * As in CTDC data: registration dates are years (2002–2021), there is no region, every multi-valued
 * field holds only values that CTDC has a flag for, and each record comes from one of eight
 * made-up contributors, each of which leaves a group empty in its own share of rows (between the
 * two `emptyFlagShare` bounds), some of which write only 1s (their other flags are empty, so
 * `notRecorded`), and a few flags are left empty at random beside known ones. The records
 * describe nobody. Write them as a CTDC file with `exportCtdc` from `@nrmkit/validation/ctdc`.
 *
 * @param options - How many records, the seed, and the share of empty flag groups.
 * @returns The records, ids `CTDC-000001`, `CTDC-000002`, …
 * @throws NrmkitError with code `invalid_argument` when `count` is negative or not an integer, or the shares are not `0 ≤ low ≤ high ≤ 1`.
 *
 * @example
 * ```ts
 * import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
 *
 * const [record] = generateSyntheticCtdcCases({ count: 1, seed: 4 });
 * [record?.id, record?.registrationDate.length, "regionId" in (record ?? {})];
 * // => ["CTDC-000001", 4, false]
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function generateSyntheticCtdcCases(options: SyntheticCtdcOptions): CaseRecord[] {
  const { count, seed = 1, emptyFlagShare = [0.2, 0.9] } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new NrmkitError("invalid_argument", `count: expected a non-negative integer, received ${String(count)}`);
  }
  const [low, high] = emptyFlagShare;
  if (!(low >= 0 && low <= high && high <= 1)) {
    throw new NrmkitError(
      "invalid_argument",
      `emptyFlagShare: expected [low, high] with 0 ≤ low ≤ high ≤ 1, received ${JSON.stringify(emptyFlagShare)}`,
    );
  }
  const random = createRandom(seed);
  const sources = contributors(random, emptyFlagShare);
  const tables = Object.fromEntries(FIELDS.map((field) => [field, weighted(GROUPS[field])])) as Record<
    string,
    Weighted<string>
  >;
  const records: CaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const contributor = sources[Math.floor(random() * sources.length)] as Contributor;
    const ageBand = pick(random, AGES);
    const child = ageBand === "0-8" || ageBand === "9-17";
    const majorityStatus: MajorityStatus | undefined =
      ageBand === "unknown"
        ? random() < 0.5
          ? undefined
          : random() < 0.25
            ? "minor"
            : "adult"
        : child
          ? "minor"
          : "adult";
    const lists: Partial<Record<MultiValuedCaseField, string[]>> = {};
    const notRecorded: Record<string, string[]> = {};
    for (const field of FIELDS) {
      if (field === "labourSectors" && !lists.exploitation?.includes("forced_labour") && random() < 0.9) continue;
      if (field === "sexualExploitationForms" && !lists.exploitation?.includes("sexual_exploitation") && random() < 0.9)
        continue;
      if (random() < (contributor.empty[field] as number)) continue;
      const table = tables[field] as Weighted<string>;
      const present = new Set<string>([pick(random, table)]);
      while (random() < 0.3) present.add(pick(random, table));
      const unknown = GROUPS[field]
        .map(([value]) => value)
        .filter((value) => !present.has(value) && (contributor.onlyOnes[field] === true || random() < 0.1));
      lists[field] = [...present];
      if (unknown.length > 0) notRecorded[field] = unknown;
    }
    records.push({
      id: `CTDC-${String(i + 1).padStart(6, "0")}`,
      registrationDate: String(2002 + Math.floor(random() * 20)),
      dataSource: contributor.source,
      gender: pick(random, GENDERS),
      ageBand,
      ...(majorityStatus === undefined ? {} : { majorityStatus }),
      citizenship: pick(random, COUNTRIES),
      exploitationCountry: pick(random, DESTINATIONS),
      ...(lists as Partial<CaseRecord>),
      ...(random() < 0.5 ? {} : { abduction: random() < 0.05 }),
      referringAgencyKind: "unknown",
      ...(Object.keys(notRecorded).length === 0 ? {} : { notRecorded: notRecorded as NotRecordedValues }),
    });
  }
  return records;
}
