import type { IsoDate } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import { aggregate, type CaseInput } from "./aggregate.js";
import type { DimensionSpec } from "./dimensions.js";
import { messagesOfTable } from "./localizeTable.js";
import type { PeriodSpec } from "./periods.js";
import { type ProtectOptions, publishTable } from "./protectTable.js";
import type { StatsLocale } from "./statsLocale.js";
import type { StatCell, StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";
import type { TrendPoint, TrendSeries, TrendTable } from "./trendTable.js";

/**
 * What {@link trend} counts: the periods, an optional split, a date range and a title.
 *
 * @example
 * ```ts
 * import type { TrendSpec } from "@nrmkit/stats";
 *
 * const spec: TrendSpec = { period: "month", by: "gender", from: "2014-01-01", to: "2014-12-31" };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface TrendSpec {
  /** Months, quarters, years or custom periods. */
  readonly period: PeriodSpec;
  /** Optional dimension to draw one series per category of. */
  readonly by?: DimensionSpec;
  /** First day to count (inclusive). */
  readonly from?: IsoDate;
  /** Last day to count (inclusive). */
  readonly to?: IsoDate;
  /** Caption. */
  readonly title?: string;
  /** The language of the built-in labels and notes (a tag or a locale object, as {@link AggregateSpec.locale}); English by default. */
  readonly locale?: string | StatsLocale;
}

function granularityOf(table: StatTable): TrendTable["granularity"] {
  const codes = table.dimensions[0]?.categories.map((category) => category.code) ?? [];
  if (codes.length > 0 && codes.every((code) => /^\d{4}-\d{2}$/.test(code))) return "month";
  if (codes.length > 0 && codes.every((code) => /^\d{4}-Q[1-4]$/.test(code))) return "quarter";
  if (codes.length > 0 && codes.every((code) => /^\d{4}$/.test(code))) return "year";
  return "custom";
}

function points(periods: readonly string[], cells: readonly (StatCell | undefined)[]): TrendPoint[] {
  let previous: number | null = null;
  return periods.map((period, p) => {
    const cell = cells[p];
    const value = cell?.value ?? null;
    // Changes use shown values only, so they never reveal a hidden count.
    const change = p > 0 && value !== null && previous !== null ? value - previous : null;
    const relativeChange = change !== null && previous !== null && previous !== 0 ? change / previous : null;
    previous = value;
    return { period, value, status: cell?.status ?? "not_applicable", change, relativeChange };
  });
}

/**
 * Builds the series of a trend from a period-first table (raw or protected), with period-over-period change.
 *
 * @param table - A table whose first dimension is `"period"`, optionally with one more dimension.
 * @returns The trend: total series first, then one series per category of the second dimension.
 * @throws NrmkitError with code `invalid_argument` when the first dimension is not a period or there are more than two.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, trendFromTable } from "@nrmkit/stats";
 *
 * const table = aggregate(generateSyntheticCases({ count: 300, seed: 2 }), { dimensions: ["gender"], period: "year" });
 * trendFromTable(table).series.map((series) => series.key);
 * // => [null, "female", "male", "other", "unknown"]
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export function trendFromTable(table: StatTable): TrendTable {
  const [period, by] = table.dimensions;
  if (period === undefined || period.kind !== "period" || table.dimensions.length > 2) {
    throw new NrmkitError(
      "invalid_argument",
      "table: expected a period dimension first and at most one more dimension",
    );
  }
  const codes = period.categories.map((category) => category.code);
  const total = messagesOfTable(table).messages.total;
  const series: TrendSeries[] = [];
  if (by === undefined) {
    series.push({
      key: null,
      label: total,
      points: points(
        codes,
        codes.map((code) => cellAt(table, [code])),
      ),
    });
  } else {
    series.push({
      key: null,
      label: total,
      points: points(
        codes,
        codes.map((code) => cellAt(table, [code, null])),
      ),
    });
    for (const category of by.categories) {
      series.push({
        key: category.code,
        label: category.label,
        points: points(
          codes,
          codes.map((code) => cellAt(table, [code, category.code])),
        ),
      });
    }
  }
  return { kind: "trend_table", version: 1, granularity: granularityOf(table), table, series };
}

/**
 * Counts persons per period, optionally split by one dimension, with absolute and relative change from the previous period.
 *
 * @remarks
 * The result is raw; publish it with {@link publishTrend}, which protects the underlying table
 * and recomputes the changes from the shown values.
 *
 * @param input - Case records or encoded cases.
 * @param spec - Periods, optional split, range and title.
 * @returns A raw {@link TrendTable}.
 * @throws NrmkitError with code `invalid_argument` as {@link aggregate} does.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { trend } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 400, seed: 9, from: "2014-01-01", to: "2014-12-31" });
 * const quarterly = trend(records, { period: "quarter", by: "gender" });
 * quarterly.series[0]?.points.map((point) => point.period);
 * // => ["2014-Q1", "2014-Q2", "2014-Q3", "2014-Q4"]
 * quarterly.series[0]?.points[0]?.change; // the first period has no previous one
 * // => null
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export function trend(input: CaseInput, spec: TrendSpec): TrendTable {
  const table = aggregate(input, {
    dimensions: spec.by === undefined ? ["period"] : ["period", spec.by],
    period: spec.period,
    ...(spec.from === undefined ? {} : { from: spec.from }),
    ...(spec.to === undefined ? {} : { to: spec.to }),
    ...(spec.title === undefined ? {} : { title: spec.title }),
    ...(spec.locale === undefined ? {} : { locale: spec.locale }),
  });
  return trendFromTable(table);
}

/**
 * Protects a trend for publication: the period × split table goes through {@link publishTable}, and changes are recomputed from the shown values.
 *
 * @param trendTable - A raw trend from {@link trend}.
 * @param options - Protection options; CTDC defaults when omitted.
 * @returns The published trend; a hidden count has `null` value and `null` changes next to it.
 * @throws NrmkitError with code `disclosure_risk` when the audit fails; `invalid_operation` when already protected.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { publishTrend, trend } from "@nrmkit/stats";
 *
 * const published = publishTrend(trend(generateSyntheticCases({ count: 600, seed: 2 }), { period: "year", by: "gender" }));
 * published.table.disclosure.method;
 * // => "suppression"
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function publishTrend(trendTable: TrendTable, options: ProtectOptions = {}): TrendTable {
  return trendFromTable(publishTable(trendTable.table, options));
}
