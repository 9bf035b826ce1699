// How much one person can change a release: the sensitivity that sets the noise. Every count of
// a table (inner cells and every margin) moves by at most 1 when a person is added or removed, so
// the L1 and the squared L2 sensitivity are both the number of counts a person is in.
import type { CaseRecord } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import type { AggregateSpec } from "../aggregate.js";
import type { DimensionName, DimensionSpec } from "../dimensions.js";
import { DEFINITIONS } from "../internal/counting/dimensionDefinitions.js";
import type { StatTable } from "../statTable.js";
import type { RandomSource } from "./randomSource.js";
import { uniformIndex } from "./uniformIndex.js";

/** The fields of a case record that hold several values, which a cap can shorten. */
const MULTI_FIELDS = [
  "exploitation",
  "labourSectors",
  "sexualExploitationForms",
  "meansOfControl",
  "recruiterRelations",
  "assistance",
] as const;
type MultiField = (typeof MULTI_FIELDS)[number];

// Dimensions whose categories come from the data unless the spec lists them: a release that
// showed them would tell which values occur, whatever the noise.
const OPEN = new Set<string>(["regionId", "registrationCountry", "citizenship", "exploitationCountry"]);

function nameOf(spec: DimensionSpec): DimensionName {
  return typeof spec === "string" ? spec : spec.name;
}

/** Refuses a spec whose shape would depend on the data, or that the release cannot fit; names the table and the rule. */
export function checkReleaseSpec(spec: AggregateSpec, index: number): void {
  const where = `specs[${index}]`;
  for (const [d, dimension] of spec.dimensions.entries()) {
    const name = nameOf(dimension);
    const options = typeof dimension === "string" ? undefined : dimension;
    if (OPEN.has(name) && options?.categories === undefined) {
      throw new NrmkitError(
        "invalid_argument",
        `${where}.dimensions[${d}]: expected the categories of "${name}" listed (its codes would otherwise come from the data and disclose which occur), received none; pass { name: "${name}", categories: [...] }`,
      );
    }
    if (options?.subtotals !== undefined && options.subtotals.length > 0) {
      throw new NrmkitError(
        "invalid_argument",
        `${where}.dimensions[${d}].subtotals: expected none in a differentially private release (sum the released leaves, which add up), received ${options.subtotals.length}`,
      );
    }
  }
  const usesPeriod = spec.period !== undefined;
  const custom = typeof spec.period === "object";
  if (usesPeriod && !custom && (spec.from === undefined || spec.to === undefined)) {
    throw new NrmkitError(
      "invalid_argument",
      `${where}: expected from and to with a ${String(spec.period)} period (the periods would otherwise span the data's own dates), received ${spec.from === undefined ? "no from" : "no to"}`,
    );
  }
}

/** The record fields that the multi-valued dimensions of the specs read. */
export function multiFieldsOf(specs: readonly AggregateSpec[]): Set<MultiField> {
  const fields = new Set<MultiField>();
  for (const spec of specs) {
    for (const dimension of spec.dimensions) {
      const name = nameOf(dimension);
      const definition = (DEFINITIONS as Readonly<Record<string, { field: string; multi: boolean }>>)[name];
      if (definition?.multi && (MULTI_FIELDS as readonly string[]).includes(definition.field)) {
        fields.add(definition.field as MultiField);
      }
    }
  }
  return fields;
}

/**
 * Each record with at most `cap` values in each of `fields`, chosen uniformly at random: a fixed
 * rule applied to each person alone, so it bounds the contribution without looking at others.
 */
export function capValues(
  records: readonly CaseRecord[],
  fields: ReadonlySet<MultiField>,
  cap: number,
  random: RandomSource,
): CaseRecord[] {
  return records.map((record) => {
    let changed: Record<string, unknown> | undefined;
    for (const field of fields) {
      const values = record[field] as readonly string[] | undefined;
      if (values === undefined || values.length <= cap) continue;
      const shuffled = [...values];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = uniformIndex(i + 1, random);
        [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
      }
      changed ??= { ...record };
      changed[field] = shuffled.slice(0, cap);
    }
    return (changed ?? record) as CaseRecord;
  });
}

/**
 * The number of counts of a table that one person is in: 2 per single-valued axis (a category and
 * its total), 1 + c per multi-valued axis (c categories at most, and the persons' total).
 */
export function contributionOf(table: StatTable, cap: number | undefined, cappedFields: ReadonlySet<string>): number {
  let counts = 1;
  for (const dimension of table.dimensions) {
    if (!dimension.multiValued) {
      counts *= 2;
      continue;
    }
    const field = (DEFINITIONS as Readonly<Record<string, { field: string } | undefined>>)[dimension.name]?.field;
    const categories = dimension.categories.length;
    const most =
      cap !== undefined && field !== undefined && cappedFields.has(field) ? Math.min(cap, categories) : categories;
    counts *= 1 + Math.max(1, most);
  }
  return counts;
}
