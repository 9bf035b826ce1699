import { type IsoDate, NrmkitError } from "@nrmkit/core";
import type { AggregateSpec } from "../../aggregate.js";
import type { DimensionName, DimensionSpec } from "../../dimensions.js";
import type { EncodedCases } from "../../encodeCases.js";
import { EN_STATS } from "../../locales/en.js";
import {
  type CompiledDimension,
  compileDimension,
  compilePeriodDimension,
  dimensionOptions,
} from "./compileDimension.js";
import { compilePeriods } from "./compilePeriods.js";

function dateFilter(
  encoded: EncodedCases,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): CompiledDimension | null {
  if (from === undefined && to === undefined) return null;
  const periods = compilePeriods(
    [{ id: "range", from: from ?? "0000-01-01", to: to ?? "9999-12-31" }],
    encoded.columns.registrationDate.dictionary,
  );
  return compilePeriodDimension(encoded, periods, "Range", true);
}

/** The dimension specs in key order, with `"period"` placed first when the spec has periods but does not list it. */
export function orderedSpecs(spec: AggregateSpec): DimensionSpec[] {
  const specs: DimensionSpec[] = [...spec.dimensions];
  const names = specs.map((dimension) => dimensionOptions(dimension).name);
  if (spec.period !== undefined && !names.includes("period")) specs.unshift("period");
  return specs;
}

/**
 * Compiles every dimension of a spec; `range` is a hidden filter dimension for a date range
 * without calendar periods (or `null`).
 */
export function compileSpec(
  encoded: EncodedCases,
  spec: AggregateSpec,
): { compiled: CompiledDimension[]; range: CompiledDimension | null } {
  const specs = orderedSpecs(spec);
  const names = specs.map((dimension) => dimensionOptions(dimension).name);

  if (names.length === 0) throw new NrmkitError("invalid_argument", "dimensions: expected at least one dimension");
  const seen = new Set<DimensionName>();
  for (const name of names) {
    if (seen.has(name))
      throw new NrmkitError("invalid_argument", `dimensions: expected distinct dimensions, received ${name} twice`);
    seen.add(name);
  }
  const dates = encoded.columns.registrationDate.dictionary;
  const compiled = specs.map((dimensionSpec) => {
    const options = dimensionOptions(dimensionSpec);
    if (options.name !== "period") return compileDimension(encoded, dimensionSpec);
    if (spec.period === undefined) {
      throw new NrmkitError("invalid_argument", "dimensions: expected a period option when listing period");
    }
    const periods = compilePeriods(spec.period, dates, { from: spec.from, to: spec.to });
    const filters = typeof spec.period !== "string" || spec.from !== undefined || spec.to !== undefined;
    return compilePeriodDimension(
      encoded,
      periods,
      options.label ?? spec.periodLabel ?? EN_STATS.dimensions.period,
      filters,
    );
  });
  // A date range without calendar periods filters through a hidden one-category dimension.
  const range =
    spec.period === undefined || typeof spec.period !== "string" ? dateFilter(encoded, spec.from, spec.to) : null;
  return { compiled, range };
}
