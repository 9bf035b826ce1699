import type { IsoDate } from "@nrmkit/core";

/**
 * A calendar granularity for time periods.
 *
 * @example
 * ```ts
 * import type { PeriodGranularity } from "@nrmkit/stats";
 *
 * const granularity: PeriodGranularity = "quarter";
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type PeriodGranularity = "month" | "quarter" | "year";

/**
 * A named custom period, such as a state programme, with inclusive first and last days.
 *
 * @example
 * ```ts
 * import type { CustomPeriod } from "@nrmkit/stats";
 *
 * const programme: CustomPeriod = { id: "state-programme-2013-2015", label: "State Programme 2013-2015", from: "2013-01-01", to: "2015-12-31" };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface CustomPeriod {
  /** Category code of the period. */
  readonly id: string;
  /** Label; defaults to the id. */
  readonly label?: string;
  /** First day (inclusive). */
  readonly from: IsoDate;
  /** Last day (inclusive). */
  readonly to: IsoDate;
}

/**
 * How registration dates are grouped: calendar months, quarters or years, or a list of custom periods.
 *
 * @remarks
 * Calendar periods run, without gaps, from the first to the last registration in the data (or
 * the `from`/`to` range of the query). Custom periods may overlap: the period dimension is then
 * multi-valued. Records outside every custom period are left out of the table.
 *
 * @example
 * ```ts
 * import type { PeriodSpec } from "@nrmkit/stats";
 *
 * const monthly: PeriodSpec = "month";
 * const programmes: PeriodSpec = [{ id: "sp-2013-2015", from: "2013-01-01", to: "2015-12-31" }];
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type PeriodSpec = PeriodGranularity | readonly CustomPeriod[];
