import type { AggregateSpec, CaseInput } from "./aggregate.js";
import { aggregate } from "./aggregate.js";
import type { DimensionSpec } from "./dimensions.js";
import type { StatTable } from "./statTable.js";

/**
 * Options of {@link crossTab}: everything {@link AggregateSpec} takes except the dimensions.
 *
 * @example
 * ```ts
 * import type { CrossTabOptions } from "@nrmkit/stats";
 *
 * const options: CrossTabOptions = { from: "2014-01-01", to: "2014-12-31", title: "2014" };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type CrossTabOptions = Omit<AggregateSpec, "dimensions">;

/**
 * Cross-tabulates persons by two dimensions, with row, column and grand totals.
 *
 * @remarks
 * Totals count persons: when a dimension is multi-valued, its cells may add up to more than the
 * total (the table's notes say so). The result is raw; protect it with {@link publishTable}.
 *
 * @param input - Case records or encoded cases.
 * @param rows - The dimension down the rows.
 * @param columns - The dimension across the columns.
 * @param options - Date range, periods (when one of the dimensions is `"period"`) and title.
 * @returns A raw 2-D {@link StatTable}; walk it with {@link tableGrid}.
 * @throws NrmkitError with code `invalid_argument` as {@link aggregate} does.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, tableGrid } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 200, seed: 5 });
 * const grid = tableGrid(crossTab(records, "gender", "migration"));
 * grid.columnDimension?.categories.map((category) => category.code);
 * // => ["transnational", "internal", "unknown"]
 * grid.grandTotal.value;
 * // => 200
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export function crossTab(
  input: CaseInput,
  rows: DimensionSpec,
  columns: DimensionSpec,
  options: CrossTabOptions = {},
): StatTable {
  return aggregate(input, { ...options, dimensions: [rows, columns] });
}
