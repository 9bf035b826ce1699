import { html, type SafeHtml } from "./html.js";
import {
  type ChartLayout,
  chartLayout,
  hasHidden,
  hiddenLegend,
  seriesColour,
  textWidth,
} from "./internal/chartLayout.js";
import { placeLineLabels } from "./internal/lineLabels.js";

/**
 * One series of a chart: a name for the legend and one value per category.
 *
 * @remarks
 * `null` stands for a value that may not be shown (suppressed by disclosure control): no bar or
 * point is drawn for it, only the hidden marker, and its description says it is hidden.
 *
 * @example
 * ```ts
 * import type { ChartSeries } from "@nrmkit/report";
 *
 * const series: ChartSeries = { name: "Female", values: [12, null, 30] };
 * ```
 *
 * @category Charts
 * @since 0.1.0
 */
export interface ChartSeries {
  /** The legend label. */
  readonly name: string;
  /** One value per category; `null` when hidden. */
  readonly values: readonly (number | null)[];
}

/**
 * Everything needed to draw an accessible bar or line chart as SVG.
 *
 * @example
 * ```ts
 * import type { ChartSpec } from "@nrmkit/report";
 *
 * const spec: ChartSpec = {
 *   kind: "bar",
 *   title: "Registered victims by quarter",
 *   xLabel: "Quarter",
 *   yLabel: "Persons",
 *   categories: ["2014 Q1", "2014 Q2"],
 *   series: [{ name: "Persons", values: [24, null] }],
 * };
 * ```
 *
 * @category Charts
 * @since 0.1.0
 */
export interface ChartSpec {
  /** Grouped bars or lines. */
  readonly kind: "bar" | "line";
  /** The chart's title, also its accessible name (`<title>`). */
  readonly title: string;
  /**
   * `true` when a heading next to the chart already says what the title says: the title stays the
   * chart's accessible name (`<title>`) but is not drawn.
   */
  readonly titleHidden?: boolean;
  /** A sentence put before the values in the accessible description (`<desc>`). */
  readonly description?: string;
  /** The label of the horizontal (category) axis. */
  readonly xLabel: string;
  /** The label of the vertical (value) axis. */
  readonly yLabel: string;
  /** The categories along the horizontal axis, in order. */
  readonly categories: readonly string[];
  /** The series; each has one value per category. */
  readonly series: readonly ChartSeries[];
  /** The language of the texts and of number formatting; default `"en"`. */
  readonly lang?: string;
  /** Drawn where a value is hidden; default `"*"`. */
  readonly hiddenMarker?: string;
  /** Words for a hidden value in the description; default `"hidden"`. */
  readonly hiddenLabel?: string;
  /** The element id prefix; default derived from the title. Set it when a page holds several charts with one title. */
  readonly id?: string;
  /** Width in pixels; default 640. */
  readonly width?: number;
  /** Height in pixels; default 360. */
  readonly height?: number;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function describe(spec: ChartSpec, format: (value: number) => string): string {
  const hidden = spec.hiddenLabel ?? "hidden";
  const values = spec.series.map(
    (series) =>
      `${series.name}: ${spec.categories
        .map((category, index) => {
          const value = series.values[index];
          return `${category} ${value === null || value === undefined ? hidden : format(value)}`;
        })
        .join(", ")}`,
  );
  return [spec.description, `${values.join("; ")}.`].filter((part) => part !== undefined && part !== "").join(" ");
}

function frame(spec: ChartSpec, layout: ChartLayout, body: SafeHtml): SafeHtml {
  const format = layout.format;
  const named = spec.series.length > 1 ? spec.series : [];
  const legend = named.map(
    (series, index) =>
      html`<g class="legend"><rect x="${round(layout.legendX)}" y="${round(34 + index * 16)}" width="10" height="10" fill="${seriesColour(index)}"></rect><text x="${round(layout.legendX + 14)}" y="${round(43 + index * 16)}" font-size="11">${series.name}</text></g>`,
  );
  // The hidden marker is explained in the chart itself, not only in the table's footnotes.
  const hiddenNote = hasHidden(spec)
    ? html`<g class="legend legend-hidden"><text x="${round(layout.legendX)}" y="${round(43 + named.length * 16)}" font-size="11">${hiddenLegend(spec)}</text></g>`
    : null;
  const ticks = layout.ticks.map(
    (tick) =>
      html`<g class="tick"><line x1="${layout.left}" x2="${layout.right}" y1="${round(layout.y(tick))}" y2="${round(layout.y(tick))}" stroke="#ddd"></line><text x="${layout.left - 6}" y="${round(layout.y(tick) + 4)}" font-size="11" text-anchor="end">${format(tick)}</text></g>`,
  );
  const labels = spec.categories.map((category, index) => {
    const x = round(layout.x(index));
    const y = layout.bottom + 16;
    // A shortened label keeps the full one as a tooltip; the description lists it in full too.
    const shown = layout.label(category);
    const tooltip = shown === category ? null : html`<title>${category}</title>`;
    return layout.rotateLabels
      ? html`<text x="${x}" y="${y}" font-size="11" text-anchor="end" transform="rotate(-40 ${x} ${y})">${tooltip}${shown}</text>`
      : html`<text x="${x}" y="${y}" font-size="11" text-anchor="middle">${shown}</text>`;
  });
  const titleId = `${layout.id}-title`;
  const drawnTitle =
    spec.titleHidden === true
      ? null
      : html`<text class="title" x="${round(layout.width / 2)}" y="20" font-size="14" font-weight="bold" text-anchor="middle">${spec.title}</text>`;
  const descId = `${layout.id}-desc`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${titleId} ${descId}" lang="${spec.lang ?? "en"}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-family="system-ui, sans-serif"><title id="${titleId}">${spec.title}</title><desc id="${descId}">${describe(spec, format)}</desc><rect width="100%" height="100%" fill="#fff"></rect>${drawnTitle}${ticks}<line class="axis" x1="${layout.left}" x2="${layout.right}" y1="${layout.bottom}" y2="${layout.bottom}" stroke="#333"></line><line class="axis" x1="${layout.left}" x2="${layout.left}" y1="${layout.top}" y2="${layout.bottom}" stroke="#333"></line>${labels}<text class="axis-label" x="${round((layout.left + layout.right) / 2)}" y="${layout.height - 8}" font-size="12" text-anchor="middle">${spec.xLabel}</text><text class="axis-label" x="14" y="${round((layout.top + layout.bottom) / 2)}" font-size="12" text-anchor="middle" transform="rotate(-90 14 ${round((layout.top + layout.bottom) / 2)})">${spec.yLabel}</text>${body}${legend}${hiddenNote}</svg>`;
}

function hiddenMark(layout: ChartLayout, x: number, marker: string): SafeHtml {
  return html`<text class="hidden-value" x="${round(x)}" y="${layout.bottom - 4}" font-size="12" text-anchor="middle">${marker}</text>`;
}

/**
 * Draws a grouped bar chart as a standalone, accessible SVG document, with no chart library.
 *
 * @remarks
 * The SVG has `role="img"`, a `<title>` and a `<desc>` that lists every value (hidden ones as
 * `hiddenLabel`), axis labels, and each value written above its bar. Hidden values get no bar and
 * no number, only the hidden marker. Every text is escaped.
 *
 * @param spec - The chart (its `kind` is ignored).
 * @returns The SVG markup, starting with `<svg xmlns=…>`; write it to a `.svg` file or inline it in HTML.
 *
 * @example
 * ```ts
 * import { barChartSvg } from "@nrmkit/report";
 *
 * const svg = barChartSvg({
 *   kind: "bar", title: "Persons by quarter", xLabel: "Quarter", yLabel: "Persons",
 *   categories: ["Q1", "Q2"], series: [{ name: "Persons", values: [24, null] }],
 * });
 * svg.includes('<desc id="chart-persons-by-quarter-desc">Persons: Q1 24, Q2 hidden.</desc>');
 * // => true
 * ```
 *
 * @category Charts
 * @since 0.1.0
 */
export function barChartSvg(spec: ChartSpec): string {
  const marker = spec.hiddenMarker ?? "*";
  const count = Math.max(spec.series.length, 1);
  const plan = (layout: ChartLayout) => {
    const groupWidth = (layout.right - layout.left) / Math.max(spec.categories.length, 1);
    return { groupWidth, barWidth: (groupWidth * 0.8) / count };
  };
  // Value labels: across the bar when they fit in its width, upright along it when the bar is
  // too narrow for that (so no label reaches over the next bar), none when even upright text is
  // wider than the bar. The description still lists every value.
  const style = (text: string, barWidth: number): "across" | "upright" | "none" => {
    if (textWidth(text, 11) <= barWidth - 1) return "across";
    // Upright text at 10 px is about 12 px across, ascent and descent.
    return barWidth >= 12 ? "upright" : "none";
  };
  const first = chartLayout(spec);
  const values = spec.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const headroom = Math.max(
    0,
    ...values.map((value) => {
      const text = first.format(value);
      const kind = style(text, plan(first).barWidth);
      return kind === "across" ? 16 : kind === "upright" ? textWidth(text, 10) + 6 : 0;
    }),
  );
  const layout = chartLayout(spec, headroom);
  const { groupWidth, barWidth } = plan(layout);
  const bars = spec.categories.map((_, categoryIndex) => {
    // A category hidden in every series shows one marker, not a row of them.
    if (spec.series.length > 0 && spec.series.every((series) => series.values[categoryIndex] == null)) {
      return hiddenMark(layout, layout.x(categoryIndex), marker);
    }
    return spec.series.map((series, seriesIndex) => {
      const x = layout.x(categoryIndex) - (groupWidth * 0.8) / 2 + seriesIndex * barWidth;
      const value = series.values[categoryIndex];
      if (value === null || value === undefined) return hiddenMark(layout, x + barWidth / 2, marker);
      const y = layout.y(value);
      const text = layout.format(value);
      const centre = round(x + barWidth / 2 - 1);
      const kind = style(text, barWidth);
      const label =
        kind === "across"
          ? html`<text class="value" x="${centre}" y="${round(y - 4)}" font-size="11" text-anchor="middle">${text}</text>`
          : kind === "upright"
            ? html`<text class="value" x="${round(centre + 4)}" y="${round(y - 4)}" font-size="10" text-anchor="start" transform="rotate(-90 ${round(centre + 4)} ${round(y - 4)})">${text}</text>`
            : null;
      return html`<g class="bar"><rect x="${round(x)}" y="${round(y)}" width="${round(barWidth - 2)}" height="${round(layout.bottom - y)}" fill="${seriesColour(seriesIndex)}"></rect>${label}</g>`;
    });
  });
  return frame(spec, layout, html`${bars}`).html;
}

/**
 * Draws a line chart as a standalone, accessible SVG document, with no chart library.
 *
 * @remarks
 * Each series is a line with a labelled point per category; a hidden value breaks the line and
 * shows only the hidden marker on the axis. Accessibility as for {@link barChartSvg}.
 *
 * @param spec - The chart (its `kind` is ignored).
 * @returns The SVG markup.
 *
 * @example
 * ```ts
 * import { lineChartSvg } from "@nrmkit/report";
 *
 * const svg = lineChartSvg({
 *   kind: "line", title: "Persons by month", xLabel: "Month", yLabel: "Persons",
 *   categories: ["Jan", "Feb", "Mar"], series: [{ name: "Persons", values: [12, null, 15] }],
 * });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"');
 * // => true
 * (svg.match(/<circle/g) ?? []).length;
 * // => 2
 * ```
 *
 * @category Charts
 * @since 0.1.0
 */
export function lineChartSvg(spec: ChartSpec): string {
  // Room above the highest point for its label, under the title.
  const layout = chartLayout(spec, 16);
  const marker = spec.hiddenMarker ?? "*";
  const points = spec.series.flatMap((series, seriesIndex) =>
    spec.categories.flatMap((_, index) => {
      const value = series.values[index];
      if (value === null || value === undefined) return [];
      const point = { x: round(layout.x(index)), y: round(layout.y(value)), text: layout.format(value) };
      return [{ ...point, seriesIndex, index }];
    }),
  );
  const hidden = spec.categories.flatMap((_, index) =>
    spec.series.some((series) => series.values[index] == null) ? [round(layout.x(index))] : [],
  );
  const places = placeLineLabels(
    layout,
    points,
    hidden,
    spec.titleHidden !== true,
    spec.series.length > 1 || hidden.length > 0,
  );
  const labelAt = new Map(points.map((point, at) => [`${point.seriesIndex}:${point.index}`, places[at]]));
  const lines = spec.series.map((series, seriesIndex) => {
    const colour = seriesColour(seriesIndex);
    let path = "";
    let pen = false;
    const drawn = spec.categories.map((_, index) => {
      const value = series.values[index];
      const x = round(layout.x(index));
      if (value === null || value === undefined) {
        pen = false;
        return null;
      }
      const y = round(layout.y(value));
      path += `${pen ? "L" : "M"}${x} ${y} `;
      pen = true;
      const place = labelAt.get(`${seriesIndex}:${index}`);
      const label =
        place === undefined || place === null
          ? null
          : html`<text class="value" x="${place.x}" y="${round(place.baseline)}" font-size="11" text-anchor="middle">${layout.format(value)}</text>`;
      return html`<circle cx="${x}" cy="${y}" r="3" fill="${colour}"></circle>${label}`;
    });
    const line =
      path === "" ? null : html`<path d="${path.trim()}" fill="none" stroke="${colour}" stroke-width="2"></path>`;
    return html`<g class="series">${line}${drawn}</g>`;
  });
  // One marker per category with a hidden value, whichever series it belongs to.
  const marks = hidden.map((x) => hiddenMark(layout, x, marker));
  return frame(spec, layout, html`${lines}${marks}`).html;
}

/**
 * Draws a chart as SVG according to its `kind`.
 *
 * @param spec - The chart.
 * @returns The SVG markup from {@link barChartSvg} or {@link lineChartSvg}.
 *
 * @example
 * ```ts
 * import { chartSvg } from "@nrmkit/report";
 *
 * chartSvg({ kind: "line", title: "T", xLabel: "x", yLabel: "y", categories: ["a"], series: [] }).includes("<title");
 * // => true
 * ```
 *
 * @category Charts
 * @since 0.1.0
 */
export function chartSvg(spec: ChartSpec): string {
  return spec.kind === "bar" ? barChartSvg(spec) : lineChartSvg(spec);
}
