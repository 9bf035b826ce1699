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

export function chartLayout(spec: ChartSpec): ChartLayout {
  const width = spec.width ?? 640;
  const height = spec.height ?? 360;
  const values = spec.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  const legendWidth =
    spec.series.length > 1 ? Math.min(160, 24 + 6.5 * Math.max(...spec.series.map((s) => s.name.length))) : 0;
  const left = 64;
  const right = width - 16 - legendWidth;
  const longest = Math.max(0, ...spec.categories.map((category) => [...category].length));
  const rotateLabels = longest * 6.5 > (right - left) / Math.max(spec.categories.length, 1);
  const bottom = height - (rotateLabels ? 34 + Math.min(longest, MAX_ROTATED_LABEL) * 4.5 : 44);
  const plotTop = 40;
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
