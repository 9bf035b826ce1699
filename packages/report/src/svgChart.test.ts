import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barChartSvg, type ChartSpec, chartSvg, lineChartSvg } from "./svgChart.js";

const spec: ChartSpec = {
  kind: "line",
  title: "Persons by quarter",
  description: "Synthetic data.",
  xLabel: "Quarter",
  yLabel: "Persons",
  categories: ["Q1", "Q2", "Q3"],
  series: [
    { name: "Female", values: [12, null, 15] },
    { name: "Male", values: [7, 9, null] },
  ],
  width: 400,
  height: 240,
};

describe("lineChartSvg", () => {
  it("draws lines, labelled points, axes, legend and hidden markers", () => {
    expect(lineChartSvg(spec)).toMatchInlineSnapshot(
      `"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-persons-by-quarter-title chart-persons-by-quarter-desc" lang="en" viewBox="0 0 400 240" width="400" height="240" font-family="system-ui, sans-serif"><title id="chart-persons-by-quarter-title">Persons by quarter</title><desc id="chart-persons-by-quarter-desc">Synthetic data. Female: Q1 12, Q2 hidden, Q3 15; Male: Q1 7, Q2 9, Q3 hidden.</desc><rect width="100%" height="100%" fill="#fff"></rect><text class="title" x="200" y="20" font-size="14" font-weight="bold" text-anchor="middle">Persons by quarter</text><g class="tick"><line x1="64" x2="308" y1="196" y2="196" stroke="#ddd"></line><text x="58" y="200" font-size="11" text-anchor="end">0</text></g><g class="tick"><line x1="64" x2="308" y1="157" y2="157" stroke="#ddd"></line><text x="58" y="161" font-size="11" text-anchor="end">5</text></g><g class="tick"><line x1="64" x2="308" y1="118" y2="118" stroke="#ddd"></line><text x="58" y="122" font-size="11" text-anchor="end">10</text></g><g class="tick"><line x1="64" x2="308" y1="79" y2="79" stroke="#ddd"></line><text x="58" y="83" font-size="11" text-anchor="end">15</text></g><g class="tick"><line x1="64" x2="308" y1="40" y2="40" stroke="#ddd"></line><text x="58" y="44" font-size="11" text-anchor="end">20</text></g><line class="axis" x1="64" x2="308" y1="196" y2="196" stroke="#333"></line><line class="axis" x1="64" x2="64" y1="40" y2="196" stroke="#333"></line><text x="104.7" y="212" font-size="11" text-anchor="middle">Q1</text><text x="186" y="212" font-size="11" text-anchor="middle">Q2</text><text x="267.3" y="212" font-size="11" text-anchor="middle">Q3</text><text class="axis-label" x="186" y="232" font-size="12" text-anchor="middle">Quarter</text><text class="axis-label" x="14" y="118" font-size="12" text-anchor="middle" transform="rotate(-90 14 118)">Persons</text><g class="series"><path d="M104.7 102.4 M267.3 79" fill="none" stroke="#0072B2" stroke-width="2"></path><circle cx="104.7" cy="102.4" r="3" fill="#0072B2"></circle><text class="value" x="104.7" y="117.4" font-size="11" text-anchor="middle">12</text><circle cx="267.3" cy="79" r="3" fill="#0072B2"></circle><text class="value" x="267.3" y="94" font-size="11" text-anchor="middle">15</text></g><g class="series"><path d="M104.7 141.4 L186 125.8" fill="none" stroke="#E69F00" stroke-width="2"></path><circle cx="104.7" cy="141.4" r="3" fill="#E69F00"></circle><text class="value" x="104.7" y="156.4" font-size="11" text-anchor="middle">7</text><circle cx="186" cy="125.8" r="3" fill="#E69F00"></circle><text class="value" x="186" y="140.8" font-size="11" text-anchor="middle">9</text></g><text class="hidden-value" x="186" y="192" font-size="12" text-anchor="middle">*</text><text class="hidden-value" x="267.3" y="192" font-size="12" text-anchor="middle">*</text><g class="legend"><rect x="320" y="34" width="10" height="10" fill="#0072B2"></rect><text x="334" y="43" font-size="11">Female</text></g><g class="legend"><rect x="320" y="50" width="10" height="10" fill="#E69F00"></rect><text x="334" y="59" font-size="11">Male</text></g><g class="legend legend-hidden"><text x="320" y="75" font-size="11">* hidden</text></g></svg>"`,
    );
  });
});

describe("barChartSvg", () => {
  it("is an accessible image with a title and a description that lists every value", () => {
    const svg = barChartSvg({ ...spec, kind: "bar" });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="chart-persons-by-quarter-title chart-persons-by-quarter-desc"/,
    );
    expect(svg).toContain('<title id="chart-persons-by-quarter-title">Persons by quarter</title>');
    expect(svg).toContain(
      '<desc id="chart-persons-by-quarter-desc">Synthetic data. Female: Q1 12, Q2 hidden, Q3 15; Male: Q1 7, Q2 9, Q3 hidden.</desc>',
    );
    expect(svg).toContain('class="axis-label"');
    expect(svg.match(/<rect x=/g)).toHaveLength(4 + 2);
  });

  it("draws no bar and no number for a hidden value", () => {
    const svg = barChartSvg({ ...spec, kind: "bar", series: [{ name: "Persons", values: [null, null, null] }] });
    expect(svg).not.toContain('class="bar"');
    expect(svg.match(/class="hidden-value"[^>]*>\*</g)).toHaveLength(3);
  });

  it("rotates category labels when they are too long to fit", () => {
    const long = {
      ...spec,
      kind: "bar" as const,
      categories: ["Department of the Interior Affairs", "Bar association", "Red Cross"],
    };
    expect(barChartSvg(long)).toContain('transform="rotate(-40');
    expect(barChartSvg(long)).toContain("<title>Department of the Interior Affairs</title>Department of t…</text>");
    expect(barChartSvg(spec)).not.toContain('transform="rotate(-40');
  });

  it("formats numbers in the chart's language", () => {
    const svg = barChartSvg({ ...spec, lang: "ru", series: [{ name: "Лица", values: [12000, 3, 4] }] });
    expect(svg).toContain("12\u00a0000");
    expect(svg).toContain('lang="ru"');
  });

  it("escapes every text, for any title, label and category", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, label, category) => {
        const svg = chartSvg({
          ...spec,
          kind: "bar",
          title,
          xLabel: label,
          categories: [category],
          series: [{ name: label, values: [1] }],
        });
        const texts = [...svg.matchAll(/>([^<]*)</g)].map((match) => match[1] ?? "");
        for (const text of texts) expect(text).not.toMatch(/[<>]/);
        expect(svg.match(/<svg/g)).toHaveLength(1);
      }),
    );
  });
});

describe("chartSvg", () => {
  it.each([
    ["bar", 'class="bar"'],
    ["line", 'class="series"'],
  ] as const)("draws a %s chart when the spec says so", (kind, marker) => {
    expect(chartSvg({ ...spec, kind })).toContain(marker);
  });
});
