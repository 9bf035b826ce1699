import type { CaseFieldDefinition, CaseRecord, IsoDate } from "@nrmkit/core";
import type { DimensionSpec } from "./dimensions.js";
import type { EncodedCases } from "./encodeCases.js";
import type { CompiledDimension } from "./internal/counting/compileDimension.js";
import { compileSpec } from "./internal/counting/compileSpec.js";
import { countCube } from "./internal/counting/countCube.js";
import { cubeToTable } from "./internal/counting/cubeToTable.js";
import { toEncoded } from "./internal/counting/toEncoded.js";
import { userLabelsOf } from "./internal/counting/userLabels.js";
import { encodedSource, withTableSource } from "./internal/recordSource.js";
import { EN_STATS } from "./locales/en.js";
import { inLocale } from "./localizeTable.js";
import type { PeriodSpec } from "./periods.js";
import { fillTemplate, pluralNote, type StatsLocale } from "./statsLocale.js";
import type { StatTable } from "./statTable.js";

/**
 * What to count: the dimensions (in key order), optional time periods and date range, and a title.
 *
 * @example
 * ```ts
 * import type { AggregateSpec } from "@nrmkit/stats";
 *
 * const spec: AggregateSpec = { dimensions: ["period", "regionId", "exploitation"], period: "year" };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface AggregateSpec {
  /** The dimensions, in key order; include `"period"` to place the period dimension (first otherwise). */
  readonly dimensions: readonly DimensionSpec[];
  /** Group registration dates into months, quarters, years or custom periods. */
  readonly period?: PeriodSpec;
  /** Label of the period dimension; default `"Period"` in the table's language. */
  readonly periodLabel?: string;
  /** First registration day to count (inclusive); earlier records are left out. */
  readonly from?: IsoDate;
  /** Last registration day to count (inclusive); later records are left out. */
  readonly to?: IsoDate;
  /** Caption of the table. */
  readonly title?: string;
  /** User-defined fields to count by (`"extra.<name>"`) when `input` is records; encoded cases bring their own. */
  readonly fields?: readonly CaseFieldDefinition[];
  /**
   * The language of the built-in labels and notes: a locale object (`ru`, `be`, `uk` and `ro` from
   * `@nrmkit/stats/locales`) or the tag of a loaded one (`"en"`, or one registered with core's
   * `registerLocale`); English by default.
   * Labels given in the spec are kept as given. See {@link localizeTable}.
   */
  readonly locale?: string | StatsLocale;
}

/**
 * Case records, or the same records encoded once with {@link encodeCases}.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import type { CaseInput } from "@nrmkit/stats";
 *
 * const input: CaseInput = generateSyntheticCases({ count: 10 });
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type CaseInput = readonly CaseRecord[] | EncodedCases;

/**
 * Counts persons by any dimensions (multi-valued ones and time periods included), with every total.
 *
 * @remarks
 * Runs columnar: each dimension maps the encoded codes to categories once, then one pass per
 * dimension over cache-sized chunks adds the counts into a typed array. Totals count persons:
 * over a multi-valued dimension a person is counted once in the total although it may appear in
 * several cells. "Not recorded" is a category of its own, never a zero. Over a multi-valued field
 * a person counts in each value present, in "none" when the field is recorded with no value
 * present, and in "not recorded" when no value is recorded (the field absent, or every value in
 * `CaseRecord.notRecorded`); values not recorded beside known ones add a table note, and shares
 * per value come from {@link valueShares}.
 * Registration dates known only to a year or a month count in every period that holds them whole
 * (a year-only record in its year); one that spans several periods, or the edge of `from`/`to`,
 * cannot be placed: it is left out, never put in January, and a note says how many were.
 * The result is raw (disclosure method `"none"`): protect it with {@link publishTable} before it
 * leaves the agency. Input is not validated: validate records first (`validateCaseRecords` in
 * `@nrmkit/validation`).
 *
 * @param input - Case records or encoded cases (encode once to run many queries fast).
 * @param spec - Dimensions, periods, date range and title.
 * @returns A raw {@link StatTable} with all cells and totals.
 * @throws NrmkitError with code `invalid_argument` when a dimension is unknown (a user-defined one not declared) or repeated, `"period"` is listed without a `period` option, or the table would exceed 16 million cells; `invalid_date` for a malformed date; `invalid_argument` when `locale` is a tag with no locale.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, cellAt } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 500, seed: 3 });
 * const table = aggregate(records, { dimensions: ["regionId", "exploitationGroup"], period: "year" });
 * table.dimensions.map((dimension) => dimension.name);
 * // => ["period", "regionId", "exploitationGroup"]
 * cellAt(table, [null, null, null])?.value;
 * // => 500
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export function aggregate(input: CaseInput, spec: AggregateSpec): StatTable {
  const encoded = toEncoded(input, spec.fields);
  const { compiled, range } = compileSpec(encoded, spec);
  const counted = range === null ? compiled : [...compiled, range];
  const cube = countCube(encoded.count, counted);
  const notes = [unplacedNote(counted, spec), ...compiled.map(partlyRecordedNote)];
  const table = cubeToTable(
    cube,
    compiled,
    range !== null,
    spec.title,
    notes.filter((note) => note !== undefined),
  );
  const sourced = withTableSource(table, encodedSource(encoded));
  return spec.locale === undefined ? sourced : inLocale(sourced, spec.locale, userLabelsOf(spec, encoded.fields));
}

/** Says, for a multi-valued field with values not recorded beside known ones, what its cells count. */
function partlyRecordedNote(dimension: CompiledDimension): string | undefined {
  if (dimension.partlyRecorded !== true) return undefined;
  return fillTemplate(EN_STATS.notes.partlyRecorded, { dimension: dimension.dimension.label });
}

/** How many records no period could hold, as a table note (or none): placed in January they would mislead. */
function unplacedNote(dimensions: readonly CompiledDimension[], spec: AggregateSpec): string | undefined {
  const dimension = dimensions.find((candidate) => candidate.unplaced != null);
  const unplaced = dimension?.unplaced;
  if (dimension === undefined || unplaced == null) return undefined;
  let count = 0;
  const keys = dimension.keys;
  for (let i = 0; i < keys.length; i++) count += unplaced[keys[i] as number] as number;
  if (count === 0) return undefined;
  const within =
    EN_STATS.notes.unplacedWithin[
      typeof spec.period === "string" ? spec.period : spec.period === undefined ? "dates" : "period"
    ];
  return pluralNote(EN_STATS.notes.unplacedRecords, count, "en", { within });
}
