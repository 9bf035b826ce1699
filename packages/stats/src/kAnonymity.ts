import { type CaseRecord, MULTI_VALUED_CASE_FIELDS, type MultiValuedCaseField, NrmkitError } from "@nrmkit/core";
import { ageGroupOf, exploitationGroupOf, migrationOf, NONE, UNKNOWN } from "./internal/counting/vocabulary.js";

/**
 * A field that, combined with others, could single a person out in a record-level export.
 *
 * @remarks
 * Record fields (except the id), plus coarsened forms: `registrationMonth` (`2014-03`),
 * `registrationYear`, `ageGroup` (child/adult), `migration` (internal/transnational) and
 * `exploitationGroup`. Multi-valued fields count as their exact set of values, with the values
 * not recorded (`CaseRecord.notRecorded`) as `"not_recorded:<value>"`, since an export shows them.
 *
 * @example
 * ```ts
 * import type { QuasiIdentifier } from "@nrmkit/stats";
 *
 * const quasiIdentifiers: QuasiIdentifier[] = ["regionId", "gender", "ageBand", "registrationYear"];
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export type QuasiIdentifier =
  | Exclude<keyof CaseRecord, "id" | "extra" | "notRecorded">
  | `extra.${string}`
  | "registrationMonth"
  | "registrationYear"
  | "ageGroup"
  | "migration"
  | "exploitationGroup";

/**
 * A group of records that share every quasi-identifier value but is smaller than k.
 *
 * @example
 * ```ts
 * import type { EquivalenceClass } from "@nrmkit/stats";
 *
 * const violation: EquivalenceClass = { values: { regionId: "BY-VI", gender: "male", ageBand: "0-8" }, size: 2 };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface EquivalenceClass {
  /** The shared values (a sorted list for multi-valued fields). */
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  /** How many records share them. */
  readonly size: number;
}

/**
 * The result of {@link checkKAnonymity}.
 *
 * @example
 * ```ts
 * import type { KAnonymityReport } from "@nrmkit/stats";
 *
 * const report: KAnonymityReport = { k: 11, satisfied: true, classCount: 40, violations: [], recordsAtRisk: 0 };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface KAnonymityReport {
  /** The k checked. */
  readonly k: number;
  /** Whether every equivalence class has at least k records. */
  readonly satisfied: boolean;
  /** How many distinct combinations of values occur. */
  readonly classCount: number;
  /** The classes smaller than k, smallest first. Confidential: they point at real persons. */
  readonly violations: readonly EquivalenceClass[];
  /** How many records fall in those classes. */
  readonly recordsAtRisk: number;
}

const NOT_RECORDED = "not_recorded:";

/**
 * A multi-valued field as its export shows it: the values present, sorted, then the values not
 * recorded beside them; `["none"]` when recorded with none present, `["unknown"]` when not recorded.
 */
function multiValue(record: CaseRecord, field: MultiValuedCaseField, group?: (value: string) => string): string[] {
  const list = record[field] as readonly string[] | undefined;
  const named = record.notRecorded?.[field] as readonly string[] | undefined;
  const map = group ?? ((value: string) => value);
  if (list === undefined) return [UNKNOWN];
  const present = [...new Set(list.map(map))].sort();
  if (named === undefined || named.length === 0) return present.length === 0 ? [NONE] : present;
  const all = MULTI_VALUED_CASE_FIELDS[field] as readonly string[];
  // A derived value (a group) is not recorded when it is not present and one of its values is not.
  const unknown = [...new Set(named.filter((value) => !list.includes(value)).map(map))]
    .filter((value) => !present.includes(value))
    .sort();
  if (present.length === 0 && all.every((value) => named.includes(value))) return [UNKNOWN];
  return [...(present.length === 0 ? [NONE] : present), ...unknown.map((value) => `${NOT_RECORDED}${value}`)];
}

function quasiValue(record: CaseRecord, field: QuasiIdentifier): string | readonly string[] {
  switch (field) {
    case "registrationMonth":
      return record.registrationDate.slice(0, 7);
    case "registrationYear":
      return record.registrationDate.slice(0, 4);
    case "ageGroup":
      return ageGroupOf(record.ageBand, record.majorityStatus);
    case "migration":
      return migrationOf(record.citizenship, record.exploitationCountry);
    case "exploitationGroup":
      return multiValue(record, "exploitation", exploitationGroupOf);
    default: {
      if (Object.hasOwn(MULTI_VALUED_CASE_FIELDS, field)) return multiValue(record, field as MultiValuedCaseField);
      const value = field.startsWith("extra.")
        ? record.extra?.[field.slice("extra.".length)]
        : record[field as Exclude<keyof CaseRecord, "extra" | "notRecorded">];
      // Not recorded is one class of its own.
      if (value === undefined) return UNKNOWN;
      return String(value);
    }
  }
}

/**
 * Checks that every combination of quasi-identifiers in a record-level export is shared by at least k records.
 *
 * @remarks
 * Run it on exactly the records and fields to be exported (after any coarsening); tables are
 * protected by {@link protectTable} instead. CTDC uses k = 11. The report's violations describe
 * small groups of real persons: keep it inside the agency.
 *
 * @param records - The records to export.
 * @param quasiIdentifiers - The fields the export contains that others could know or link.
 * @param k - Minimum class size; default 11.
 * @returns The report with every violating equivalence class.
 * @throws NrmkitError with code `invalid_argument` when k is not a positive integer or no quasi-identifier is given.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { checkKAnonymity } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 1000, seed: 3 });
 * checkKAnonymity(records, ["traffickingStatus", "registrationYear"], 11).satisfied;
 * // => true
 * checkKAnonymity(records, ["regionId", "gender", "ageBand", "registrationMonth"], 11).satisfied;
 * // => false
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function checkKAnonymity(
  records: readonly CaseRecord[],
  quasiIdentifiers: readonly QuasiIdentifier[],
  k = 11,
): KAnonymityReport {
  if (!Number.isInteger(k) || k < 1)
    throw new NrmkitError("invalid_argument", `k: expected a positive integer, received ${String(k)}`);
  if (quasiIdentifiers.length === 0)
    throw new NrmkitError("invalid_argument", "quasiIdentifiers: expected at least one field");
  const classes = new Map<string, { values: (string | readonly string[])[]; size: number }>();
  for (const record of records) {
    const values = quasiIdentifiers.map((field) => quasiValue(record, field));
    const key = JSON.stringify(values);
    const known = classes.get(key);
    if (known === undefined) classes.set(key, { values, size: 1 });
    else known.size++;
  }
  const violations: EquivalenceClass[] = [];
  let recordsAtRisk = 0;
  for (const { values, size } of classes.values()) {
    if (size >= k) continue;
    recordsAtRisk += size;
    violations.push({
      values: Object.fromEntries(quasiIdentifiers.map((field, i) => [field, values[i] as string | readonly string[]])),
      size,
    });
  }
  violations.sort((a, b) => a.size - b.size);
  return { k, satisfied: violations.length === 0, classCount: classes.size, violations, recordsAtRisk };
}
