import type { ChartSpec } from "../svgChart.js";

/** Positions and scales shared by the bar and line charts. */
export interface ChartLayout {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly legendX: number;
  readonly ticks: readonly number[];
  readonly rotateLabels: boolean;
  /** Centre of category `index` along the horizontal axis. */
  readonly x: (index: number) => number;
  /** Vertical position of a value. */
  readonly y: (value: number) => number;
  readonly format: (value: number) => string;
  /** A category as written under the axis: shortened when labels are rotated, so none runs off the chart. */
  readonly label: (category: string) => string;
}

const MAX_ROTATED_LABEL = 16;

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

/** The colour of series `index`. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? "#000000";
}

/** An id fragment from a title: lower-case ASCII letters, digits and dashes. */
export function slug(text: string): string {
  const base = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base !== "") return base.slice(0, 40);
  // Non-Latin titles: a short stable hash keeps ids distinct.
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash.toString(36);
}

/** A round step (1, 2 or 5 × 10^k) giving about five ticks up to `max`. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  return Math.max(step, 1);
}

/** The width of a text at `size` px, estimated generously (0.62 em a character) so boxes never underestimate. */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * 0.62 + 2;
}

/** True when some value is hidden: the legend then explains the hidden marker. */
export function hasHidden(spec: ChartSpec): boolean {
  return spec.series.some((series) => series.values.some((value) => value === null));
}

/** The legend's entry for the hidden marker: "* hidden". */
export function hiddenLegend(spec: ChartSpec): string {
  return `${spec.hiddenMarker ?? "*"} ${spec.hiddenLabel ?? "hidden"}`;
}

/**
 * The layout of a chart; `headroom` is the room, in pixels, that value labels need above the
 * tallest value: the value axis then reaches far enough above it that no label runs into the title.
 */
export function chartLayout(spec: ChartSpec, headroom = 0): ChartLayout {
  const width = spec.width ?? 640;
  const height = spec.height ?? 360;
  const values = spec.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  let top = Math.max(step, Math.ceil(max / step) * step);
  const legendNames = [
    ...(spec.series.length > 1 ? spec.series.map((s) => s.name) : []),
    ...(hasHidden(spec) ? [hiddenLegend(spec)] : []),
  ];
  const legendWidth =
    legendNames.length > 0 ? Math.min(160, 24 + 6.5 * Math.max(...legendNames.map((name) => [...name].length))) : 0;
  const left = 64;
  const right = width - 16 - legendWidth;
  const longest = Math.max(0, ...spec.categories.map((category) => [...category].length));
  const rotateLabels = longest * 6.5 > (right - left) / Math.max(spec.categories.length, 1);
  const bottom = height - (rotateLabels ? 34 + Math.min(longest, MAX_ROTATED_LABEL) * 4.5 : 44);
  const plotTop = 40;
  // Raise the axis a step at a time until the labels above the tallest value fit under the title.
  for (let round = 0; round < 20 && ((bottom - plotTop) * (top - max)) / top < headroom - 8; round += 1) top += step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const band = (right - left) / Math.max(spec.categories.length, 1);
  const number = new Intl.NumberFormat(spec.lang ?? "en");
  return {
    id: spec.id ?? `chart-${slug(spec.title)}`,
    width,
    height,
    left,
    right,
    top: plotTop,
    bottom,
    legendX: right + 12,
    ticks,
    rotateLabels,
    x: (index) => left + band * (index + 0.5),
    y: (value) => bottom - ((bottom - plotTop) * value) / top,
    format: (value) => number.format(value),
    label: (category) => {
      const chars = [...category];
      return rotateLabels && chars.length > MAX_ROTATED_LABEL
        ? `${chars.slice(0, MAX_ROTATED_LABEL - 1).join("")}…`
        : category;
    },
  };
}
