import type { StatTable, TrendTable } from "@nrmkit/stats";
import { inlineText } from "./internal/inlineText.js";
import { caption, flagOf, gridOf, guard, shown, statContext } from "./internal/statContext.js";
import type { StatTableOptions } from "./statTableOptions.js";
import type { ChartSpec } from "./svgChart.js";

/**
 * Describes a 1-D or 2-D stats table as a bar chart: categories of the first dimension along the axis, one series per category of the second.
 *
 * @param table - A table from `@nrmkit/stats`.
 * @param options - Language, markers, label translations.
 * @returns The chart; hidden and unknown values are `null`, so they are never drawn as numbers.
 * @throws NrmkitError with code `disclosure_risk` when the table is unprotected or failed its audit and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * import { barChartSvg, statTableChart } from "@nrmkit/report";
 *
 * const spec = statTableChart(protectedTable);
 * barChartSvg(spec).startsWith("<svg");
 * // => true
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function statTableChart(table: StatTable, options: StatTableOptions = {}): ChartSpec {
  const sc = statContext(options, [table]);
  guard(sc, table);
  const grid = gridOf(table);
  const text = (label: string): string => inlineText([sc.label(label)]);
  const series =
    grid.columns === null
      ? [{ name: sc.ctx.messages.persons, values: grid.rows.map((row) => shown(row.total)) }]
      : grid.columns.categories.map((category, index) => ({
          name: text(category.label),
          values: grid.rows.map((row) => shown(row.cells[index])),
        }));
  return {
    kind: "bar",
    title: inlineText(caption(sc, table)),
    xLabel: text(grid.rowDimension.label),
    yLabel: sc.ctx.messages.persons,
    categories: grid.rows.map((row) => text(row.category.label)),
    series,
    lang: sc.ctx.locale,
    hiddenMarker: sc.markers.suppressed,
    hiddenLabel: sc.ctx.messages.hiddenValue,
    ...(options.id === undefined ? {} : { id: options.id }),
  };
}

/**
 * Describes a stats trend as a line chart: one line per series (total first), one point per period.
 *
 * @param trend - A trend table from `@nrmkit/stats`.
 * @param options - Language, markers, label translations.
 * @returns The chart; hidden values are `null` and break the line.
 * @throws NrmkitError with code `disclosure_risk` when the trend is unprotected or failed its audit and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * import { trendChart } from "@nrmkit/report";
 *
 * const spec = trendChart(protectedTrend, { locale: "ru" });
 * spec.kind;
 * // => "line"
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function trendChart(trend: TrendTable, options: StatTableOptions = {}): ChartSpec {
  const sc = statContext(options, [trend.table]);
  guard(sc, trend.table);
  const periods = trend.table.dimensions[0];
  const text = (label: string): string => inlineText([sc.label(label)]);
  const labelOf = new Map(periods?.categories.map((category) => [category.code, text(category.label)]) ?? []);
  const first = trend.series[0];
  return {
    kind: "line",
    title: inlineText(caption(sc, trend.table)),
    xLabel: periods === undefined ? "" : text(periods.label),
    yLabel: sc.ctx.messages.persons,
    categories: (first?.points ?? []).map((point) => labelOf.get(point.period) ?? point.period),
    series: trend.series.map((series) => ({
      // The series without a key is stats' total over the other dimension: the report's word for it.
      name: series.key === null ? sc.ctx.messages.total : text(series.label),
      values: series.points.map((point) => (flagOf(point) === undefined ? point.value : null)),
    })),
    lang: sc.ctx.locale,
    hiddenMarker: sc.markers.suppressed,
    hiddenLabel: sc.ctx.messages.hiddenValue,
    ...(options.id === undefined ? {} : { id: options.id }),
  };
}
