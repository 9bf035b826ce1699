import { NrmkitError } from "@nrmkit/core";
import type { IndicatorRow, IndicatorTable } from "./indicatorTable.js";
import { derivedStatus, isHiddenOrMissing } from "./internal/protection/derivedStatus.js";
import { messagesOfTable } from "./localizeTable.js";
import type { StatCell, StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

/**
 * The population of a region, optionally of one sex, for rates per 100,000 (SDG 16.2.2).
 *
 * @example
 * ```ts
 * import type { PopulationEntry } from "@nrmkit/stats";
 *
 * const gomel: PopulationEntry = { regionId: "BY-HO", population: 1_400_000 };
 * const gomelWomen: PopulationEntry = { regionId: "BY-HO", gender: "female", population: 750_000 };
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface PopulationEntry {
  /** Region code, as in the table's `regionId` dimension. */
  readonly regionId: string;
  /** Sex, for sex-specific rates; absent for the whole population. */
  readonly gender?: "female" | "male";
  /** Number of inhabitants. */
  readonly population: number;
}

function rateRow(
  key: (string | null)[],
  label: string,
  cells: readonly (StatCell | undefined)[],
  population: number,
): IndicatorRow {
  const status = derivedStatus(cells);
  if (isHiddenOrMissing(status)) return { key, label, value: null, numerator: null, denominator: population, status };
  const count = cells.reduce((sum, cell) => sum + (cell?.value ?? 0), 0);
  if (population <= 0)
    return { key, label, value: null, numerator: count, denominator: population, status: "not_applicable" };
  return { key, label, value: (count / population) * 100_000, numerator: count, denominator: population, status };
}

/**
 * Computes registered victims per 100,000 inhabitants by region (and by sex when the table and population have it).
 *
 * @remarks
 * Uses the shown counts of a (protected) table whose dimensions include `regionId` (other
 * dimensions are totalled, except `gender` when the population is given by sex). Regions without
 * a population entry are left out, also from the overall row. Persons whose sex is not recorded
 * count in the overall rates only.
 *
 * @param table - A table with a `regionId` dimension (and optionally `gender`).
 * @param population - Population by region (and optionally by sex).
 * @returns An {@link IndicatorTable} in `"per_100000"`, keyed by region (and sex), overall row last.
 * @throws NrmkitError with code `invalid_argument` when the table has no `regionId` dimension or a population is negative.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, publishTable, ratePer100k } from "@nrmkit/stats";
 *
 * const table = publishTable(aggregate(generateSyntheticCases({ count: 3000, seed: 1 }), { dimensions: ["regionId"] }));
 * const rates = ratePer100k(table, [{ regionId: "BY-HO", population: 1_400_000 }, { regionId: "BY-VI", population: 1_130_000 }]);
 * rates.rows.map((row) => row.key[0]);
 * // => ["BY-HO", "BY-VI", null]
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export function ratePer100k(table: StatTable, population: readonly PopulationEntry[]): IndicatorTable {
  const region = table.dimensions.findIndex((dimension) => dimension.name === "regionId");
  if (region < 0) throw new NrmkitError("invalid_argument", "table: expected a regionId dimension, received none");
  for (const [i, entry] of population.entries()) {
    if (!(entry.population >= 0)) {
      throw new NrmkitError(
        "invalid_argument",
        `population[${String(i)}].population: expected a non-negative number, received ${String(entry.population)}`,
      );
    }
  }
  const gender = table.dimensions.findIndex((dimension) => dimension.name === "gender");
  const bySex = gender >= 0 && population.some((entry) => entry.gender !== undefined);
  const key = (regionId: string | null, sex: string | null) =>
    table.dimensions.map((_, j) => (j === region ? regionId : j === gender && bySex ? sex : null));
  const regionDimension = table.dimensions[region];
  const messages = messagesOfTable(table).messages;
  // English rows keep the sex code as written before languages existed; other languages use the table's label.
  const sexLabel = (sex: string) =>
    table.lang === undefined
      ? sex
      : (table.dimensions[gender]?.categories.find((category) => category.code === sex)?.label ?? sex);
  const rows: IndicatorRow[] = [];
  const overallCells: (StatCell | undefined)[] = [];
  let overallPopulation = 0;
  for (const category of regionDimension?.categories ?? []) {
    const whole = population.find((entry) => entry.regionId === category.code && entry.gender === undefined);
    if (whole !== undefined) {
      const cell = cellAt(table, key(category.code, null));
      rows.push(rateRow(bySex ? [category.code, null] : [category.code], category.label, [cell], whole.population));
      overallCells.push(cell);
      overallPopulation += whole.population;
    }
    if (!bySex) continue;
    for (const sex of ["female", "male"] as const) {
      const entry = population.find((candidate) => candidate.regionId === category.code && candidate.gender === sex);
      if (entry === undefined) continue;
      rows.push(
        rateRow(
          [category.code, sex],
          `${category.label}, ${sexLabel(sex)}`,
          [cellAt(table, key(category.code, sex))],
          entry.population,
        ),
      );
    }
  }
  rows.push(rateRow(bySex ? [null, null] : [null], messages.total, overallCells, overallPopulation));
  return {
    kind: "indicator_table",
    version: 1,
    name: "rate_per_100000",
    label: messages.indicators.ratePer100k,
    unit: "per_100000",
    dimensions: table.dimensions.filter((_, j) => j === region || (j === gender && bySex)),
    rows,
    disclosure: table.disclosure,
    notes: [messages.indicators.rateNote],
    ...(table.lang === undefined ? {} : { lang: table.lang }),
  };
}
