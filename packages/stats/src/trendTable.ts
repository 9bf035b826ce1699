import type { CellStatus, StatTable } from "./statTable.js";

/**
 * One point of a time series: the period, the count as shown and its change from the previous period.
 *
 * @remarks
 * Changes are computed from the shown values only, so they never reveal a hidden count: when
 * either value is hidden the change is `null`; the relative change is also `null` when the
 * previous value is 0.
 *
 * @example
 * ```ts
 * import type { TrendPoint } from "@nrmkit/stats";
 *
 * const point: TrendPoint = { period: "2014-02", value: 30, status: "published", change: 5, relativeChange: 0.2 };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface TrendPoint {
  /** The period's category code (`"2014-02"`, `"2014-Q1"`, `"2014"`, or a custom id). */
  readonly period: string;
  /** The count as shown, or `null` when hidden. */
  readonly value: number | null;
  /** How the value is shown. */
  readonly status: CellStatus;
  /** `value` minus the previous period's value, or `null`. */
  readonly change: number | null;
  /** `change` divided by the previous value (0.2 is +20 %), or `null`. */
  readonly relativeChange: number | null;
}

/**
 * One line of a trend: all persons (`key: null`) or the persons of one category of the `by` dimension.
 *
 * @example
 * ```ts
 * import type { TrendSeries } from "@nrmkit/stats";
 *
 * const series: TrendSeries = { key: "female", label: "Female", points: [] };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface TrendSeries {
  /** Category code of the `by` dimension, or `null` for the total series. */
  readonly key: string | null;
  /** Legend label. */
  readonly label: string;
  /** One point per period, in time order. */
  readonly points: readonly TrendPoint[];
}

/**
 * Counts per period (optionally split by one dimension) with period-over-period change, ready for a line chart.
 *
 * @remarks
 * `table` is the underlying period × `by` {@link StatTable} (period first), which is what
 * protection and the audit operate on; `series` repeats its shown values per line, total first.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { type TrendTable, trend } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 400, seed: 9, from: "2014-01-01", to: "2014-12-31" });
 * const monthly: TrendTable = trend(records, { period: "month", by: "gender" });
 * [monthly.kind, monthly.granularity, monthly.table.dimensions.map((dimension) => dimension.name)];
 * // => ["trend_table", "month", ["period", "gender"]]
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface TrendTable {
  /** Discriminator for JSON consumers. */
  readonly kind: "trend_table";
  /** Shape version. */
  readonly version: 1;
  /** The kind of periods. */
  readonly granularity: "month" | "quarter" | "year" | "custom";
  /** The underlying table, with the period dimension first. */
  readonly table: StatTable;
  /** The total series first, then one series per category of the `by` dimension. */
  readonly series: readonly TrendSeries[];
}
