import { NrmkitError } from "@nrmkit/core";
import type { AggregateSpec } from "../../aggregate.js";
import { EN_STATS } from "../../locales/en.js";
import type { PartialPerson } from "../../partials.js";
import { pluralNote } from "../../statsLocale.js";
import type { Dimension, StatTable } from "../../statTable.js";
import { SourceFingerprint, withTableSource } from "../recordSource.js";
import { describeDimension, dimensionOptions } from "./compileDimension.js";
import { compilePeriods } from "./compilePeriods.js";
import { orderedSpecs } from "./compileSpec.js";
import { countRows } from "./countRows.js";
import { NONE, UNKNOWN } from "./vocabulary.js";

/** JSON with object keys sorted, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The first day of a calendar period code (`2014-03`, `2014-Q2`, `2014`). */
function firstDayOf(code: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter !== null)
    return `${quarter[1] as string}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
  if (/^\d{4}-\d{2}$/.test(code)) return `${code}-01`;
  if (/^\d{4}$/.test(code)) return `${code}-01-01`;
  throw new NrmkitError(
    "invalid_argument",
    `period: expected a calendar period code, received ${JSON.stringify(code)}`,
  );
}

/** Resolves one person's codes along a dimension: one value when single-valued, no "unknown" beside known ones. */
function resolve(codes: readonly string[], dimension: Dimension): string[] {
  const known = codes.filter((code) => code !== UNKNOWN);
  // In a multi-valued field "none" (recorded, no value) gives way to values another agency recorded:
  // a person is in one of "not recorded", "none" or a set of values, as the reader model has it.
  const values = dimension.multiValued ? known.filter((code) => code !== NONE) : known;
  const kept = values.length > 0 ? values : known.length > 0 ? known : [...codes];
  if (dimension.multiValued || kept.length <= 1) return kept;
  // Conflicting single values (two agencies disagree): the first in category order, e.g. the earliest period.
  const order = new Map(dimension.categories.map((category, i) => [category.code, i]));
  return [kept.reduce((best, code) => ((order.get(code) ?? Infinity) < (order.get(best) ?? Infinity) ? code : best))];
}

/** The note on persons no period could hold, worded as aggregate's. */
function unplacedNote(count: number): string {
  return pluralNote(EN_STATS.notes.unplacedPersons, count, "en", {});
}

/** Counts partial persons into a raw table with the spec's dimensions. */
export function partialTableOf(
  spec: AggregateSpec,
  persons: readonly PartialPerson[],
  unplaced: number,
  title: string | undefined,
): StatTable {
  const specs = orderedSpecs(spec);
  const dimensions = specs.map((dimensionSpec, j): Dimension => {
    const options = dimensionOptions(dimensionSpec);
    const present = new Set<string>();
    for (const person of persons) for (const code of person.values[j] ?? []) present.add(code);
    if (options.name !== "period") return describeDimension(dimensionSpec, present, spec.fields ?? []);
    const period = spec.period;
    if (period === undefined)
      throw new NrmkitError("invalid_argument", "dimensions: expected a period option when listing period");
    const dates = typeof period === "string" ? [...present].map(firstDayOf) : [];
    const compiled = compilePeriods(period, dates, { from: spec.from, to: spec.to });
    return {
      name: "period",
      label: options.label ?? spec.periodLabel ?? EN_STATS.dimensions.period,
      kind: "period",
      multiValued: compiled.multiValued,
      categories: compiled.categories,
    };
  });
  const rows = persons.map((person) => dimensions.map((dimension, j) => resolve(person.values[j] ?? [], dimension)));
  const table = countRows(dimensions, rows, title);
  // The persons' pseudonyms identify the merged record set.
  const source = new SourceFingerprint();
  for (const person of persons) source.add(person.pseudonym);
  const merged: StatTable = {
    ...table,
    notes: [...table.notes, EN_STATS.notes.merged, ...(unplaced === 0 ? [] : [unplacedNote(unplaced)])],
  };
  return withTableSource(merged, source.value());
}
