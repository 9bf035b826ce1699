import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStatistics } from "../test/demoStatistics.js";
import { launchChromium } from "../test/printPdf.js";
import { statTableChart, trendChart } from "./statCharts.js";
import { barChartSvg, type ChartSpec, lineChartSvg } from "./svgChart.js";

// Chart labels measured as chromium lays them out (getBoundingClientRect of every text and bar),
// not as the layout code estimates them: no value label may overlap another, another bar, the
// axis or the title, and none may leave the chart.

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly text: string;
  readonly bar: number;
}

interface Measured {
  readonly svg: Box;
  readonly title: Box;
  readonly axis: number;
  readonly labels: Box[];
  readonly bars: Box[];
  readonly hidden: Box[];
  readonly legend: string[];
}

async function measure(svg: string): Promise<Measured> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return page.evaluate(() => {
    const box = (element: Element, bar = -1) => {
      const rect = element.getBoundingClientRect();
      return {
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
        text: element.textContent ?? "",
        bar,
      };
    };
    const bars = Array.from(document.querySelectorAll("g.bar"));
    const root = document.querySelector("svg") as SVGSVGElement;
    return {
      svg: box(root),
      title: box(root.querySelector(":scope > text.title") as Element),
      axis: (document.querySelector("line.axis") as Element).getBoundingClientRect().top,
      labels: bars.flatMap((group, index) =>
        Array.from(group.querySelectorAll("text")).map((text) => box(text, index)),
      ),
      bars: bars.map((group, index) => box(group.querySelector("rect") as Element, index)),
      hidden: Array.from(document.querySelectorAll("text.hidden-value")).map((text) => box(text)),
      legend: Array.from(document.querySelectorAll("g.legend text")).map((text) => text.textContent ?? ""),
    };
  });
}

// Half a pixel of slack: anti-aliased edges may touch.
const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectClear(measured: Measured): void {
  const { labels, bars, svg, title, axis } = measured;
  for (const [at, label] of labels.entries()) {
    expect(label.left).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect(label.right).toBeLessThanOrEqual(svg.right + 0.5);
    expect(label.top, `label ${label.text} runs into the title`).toBeGreaterThanOrEqual(title.bottom - 0.5);
    expect(label.bottom, `label ${label.text} sits on the axis`).toBeLessThanOrEqual(axis + 0.5);
    for (const other of labels.slice(at + 1)) {
      expect(overlap(label, other), `labels ${label.text} and ${other.text} collide`).toBe(false);
    }
    for (const bar of bars) {
      if (bar.bar !== label.bar) expect(overlap(label, bar), `label ${label.text} lies over the next bar`).toBe(false);
    }
    for (const hidden of measured.hidden) expect(overlap(label, hidden)).toBe(false);
  }
}

describe("barChartSvg in chromium", () => {
  it("keeps the demo statistics' value labels apart and explains the hidden marker in the legend", async () => {
    for (const locale of ["en", "ru"] as const) {
      for (const item of demoStatistics()) {
        if (item.kind === "trend_table") continue;
        const spec = statTableChart(item, { locale });
        const measured = await measure(barChartSvg(spec));
        expect(measured.labels.length).toBeGreaterThan(0);
        expectClear(measured);
        if (spec.series.some((series) => series.values.includes(null))) {
          expect(measured.legend.some((entry) => entry.startsWith(spec.hiddenMarker ?? "*"))).toBe(true);
        }
      }
    }
    // The trend as bars too: eight quarters of one series.
    const trend = demoStatistics().find((item) => item.kind === "trend_table");
    if (trend?.kind === "trend_table") expectClear(await measure(barChartSvg(trendChart(trend))));
  }, 60_000);

  it("shows one marker, not a row of them, for a category hidden in every series", async () => {
    const spec: ChartSpec = {
      kind: "bar",
      title: "Persons",
      xLabel: "Region",
      yLabel: "Persons",
      categories: ["A", "B", "C"],
      series: [
        { name: "Female", values: [238, null, 12] },
        { name: "Male", values: [143, null, null] },
        { name: "Other", values: [null, null, 0] },
      ],
    };
    const measured = await measure(barChartSvg(spec));
    // B: one marker; A and C: one each for their own hidden value.
    expect(measured.hidden).toHaveLength(3);
    expect(measured.legend).toContain("* hidden");
    expectClear(measured);
  }, 30_000);

  it("keeps value labels clear for any counts, categories and series", async () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 250_000 }));
    const specs = fc
      .record({ categories: fc.integer({ min: 1, max: 10 }), series: fc.integer({ min: 1, max: 5 }) })
      .chain(({ categories, series }) =>
        fc.record({
          values: fc.array(fc.array(value, { minLength: categories, maxLength: categories }), {
            minLength: series,
            maxLength: series,
          }),
          width: fc.integer({ min: 320, max: 800 }),
        }),
      );
    await fc.assert(
      fc.asyncProperty(specs, async ({ values, width }) => {
        const spec: ChartSpec = {
          kind: "bar",
          title: "Persons",
          xLabel: "Category",
          yLabel: "Persons",
          categories: (values[0] ?? []).map((_, at) => `C${at + 1}`),
          series: values.map((row, at) => ({ name: `Series ${at + 1}`, values: row })),
          width,
        };
        expectClear(await measure(barChartSvg(spec)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

interface LineMeasured {
  readonly svg: Box;
  readonly title: Box | null;
  readonly axis: number;
  readonly labels: Box[];
  readonly points: Box[];
  readonly hidden: Box[];
  readonly legend: Box[];
}

async function measureLines(svg: string): Promise<LineMeasured> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return page.evaluate(() => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return {
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
        text: element.textContent ?? "",
        bar: -1,
      };
    };
    const root = document.querySelector("svg") as SVGSVGElement;
    const title = root.querySelector(":scope > text.title");
    return {
      svg: box(root),
      title: title === null ? null : box(title),
      axis: (document.querySelector("line.axis") as Element).getBoundingClientRect().top,
      labels: Array.from(document.querySelectorAll("g.series text")).map(box),
      points: Array.from(document.querySelectorAll("g.series circle")).map(box),
      hidden: Array.from(document.querySelectorAll("text.hidden-value")).map(box),
      legend: Array.from(document.querySelectorAll("g.legend text")).map(box),
    };
  });
}

function expectLinesClear(measured: LineMeasured): void {
  const { labels, svg, title, axis } = measured;
  for (const [at, label] of labels.entries()) {
    expect(label.left).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect(label.right).toBeLessThanOrEqual(svg.right + 0.5);
    if (title !== null)
      expect(label.top, `label ${label.text} runs into the title`).toBeGreaterThanOrEqual(title.bottom - 0.5);
    expect(label.bottom, `label ${label.text} sits on the axis`).toBeLessThanOrEqual(axis + 0.5);
    for (const other of labels.slice(at + 1)) {
      expect(overlap(label, other), `labels ${label.text} and ${other.text} collide`).toBe(false);
    }
    for (const point of measured.points)
      expect(overlap(label, point), `label ${label.text} covers a point`).toBe(false);
    for (const hidden of measured.hidden)
      expect(overlap(label, hidden), `label ${label.text} covers a marker`).toBe(false);
    for (const entry of measured.legend)
      expect(overlap(label, entry), `label ${label.text} runs into the legend`).toBe(false);
  }
}

describe("lineChartSvg in chromium", () => {
  it("keeps the demo trend's labels apart, with its title drawn and hidden", async () => {
    for (const locale of ["en", "ru"] as const) {
      for (const item of demoStatistics()) {
        if (item.kind !== "trend_table") continue;
        const spec = trendChart(item, { locale });
        for (const titleHidden of [false, true]) {
          const measured = await measureLines(lineChartSvg({ ...spec, titleHidden }));
          expect(measured.title === null).toBe(titleHidden);
          expect(measured.labels.length).toBeGreaterThan(0);
          expectLinesClear(measured);
        }
      }
    }
  }, 60_000);

  it("labels every point of lines that lie far apart, and keeps close lines' labels apart", async () => {
    const categories = ["Q1", "Q2", "Q3", "Q4"];
    const apart = await measureLines(
      lineChartSvg({
        kind: "line",
        title: "Persons",
        xLabel: "Quarter",
        yLabel: "Persons",
        categories,
        series: [
          { name: "Total", values: [400, 420, 410, 430] },
          { name: "Women", values: [40, 42, 41, 43] },
        ],
      }),
    );
    expect(apart.labels).toHaveLength(8);
    expectLinesClear(apart);
    // Three lines one count apart: their labels would sit on one another; some give way.
    const close = await measureLines(
      lineChartSvg({
        kind: "line",
        title: "Persons",
        xLabel: "Quarter",
        yLabel: "Persons",
        categories,
        series: [
          { name: "A", values: [100, 101, 102, 103] },
          { name: "B", values: [101, 102, 103, 104] },
          { name: "C", values: [102, 103, 104, 105] },
        ],
      }),
    );
    expect(close.labels.length).toBeGreaterThan(0);
    expectLinesClear(close);
  }, 30_000);

  it("keeps value labels clear for any counts, periods and series", async () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 250_000 }));
    const specs = fc
      .record({ categories: fc.integer({ min: 1, max: 24 }), series: fc.integer({ min: 1, max: 5 }) })
      .chain(({ categories, series }) =>
        fc.record({
          values: fc.array(fc.array(value, { minLength: categories, maxLength: categories }), {
            minLength: series,
            maxLength: series,
          }),
          width: fc.integer({ min: 320, max: 800 }),
          titleHidden: fc.boolean(),
        }),
      );
    await fc.assert(
      fc.asyncProperty(specs, async ({ values, width, titleHidden }) => {
        const spec: ChartSpec = {
          kind: "line",
          title: "Persons",
          titleHidden,
          xLabel: "Period",
          yLabel: "Persons",
          categories: (values[0] ?? []).map((_, at) => `2014-${String(at + 1).padStart(2, "0")}`),
          series: values.map((row, at) => ({ name: `Series ${at + 1}`, values: row })),
          width,
        };
        expectLinesClear(await measureLines(lineChartSvg(spec)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
