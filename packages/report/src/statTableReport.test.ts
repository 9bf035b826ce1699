import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { auditTables, crossTab, protectTable, publishTables, type StatTable } from "@nrmkit/stats";
import { describe, expect, it } from "vitest";
import { protectedTable, protectedTrend } from "../test/fixtures.js";
import { renderCsv } from "./csv.js";
import type { ReportDocument, TableBlock } from "./document.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { statTableChart, trendChart } from "./statCharts.js";
import { buildStatisticsReport } from "./statisticsReport.js";
import { statTableBlocks } from "./statTableReport.js";
import { barChartSvg, lineChartSvg } from "./svgChart.js";

function asDocument(table: StatTable, locale = "en"): ReportDocument {
  return { kind: "report", version: 1, lang: locale, title: "T", blocks: statTableBlocks(table, { locale }) };
}

const rounded: StatTable = {
  ...protectedTable,
  title: "Rounded",
  cells: protectedTable.cells.map((cell) =>
    cell.value === null ? cell : { ...cell, value: Math.round(cell.value / 5) * 5, status: "rounded" as const },
  ),
  disclosure: {
    ...protectedTable.disclosure,
    method: "suppression_and_rounding",
    rounding: { kind: "nearest", base: 5 },
    zerosSensitive: true,
    audit: { method: "interval_propagation", passed: false, minWidth: 2, protectionLevel: 3 },
  },
};

const trend = protectedTrend;

describe("statTableBlocks", () => {
  it("marks hidden cells and states the method when given a suppressed table", () => {
    expect(renderMarkdown(asDocument(protectedTable))).toMatchInlineSnapshot(`
      "**Registered victims by region and sex**

      | Region | Female | Male | *Not recorded* | Total |
      | --- | ---: | ---: | ---: | ---: |
      | Gomel Oblast | \\* | \\* | 0 | 45 |
      | Vitebsk Oblast | \\* | \\* | 12 | 51 |
      | **Total** | **65** | **19** | **12** | **96** |

      Disclosure control: cell suppression.

      \\* Hidden to protect confidentiality: counts from 1 to 10 are not published. Further cells are hidden with the same marker so that hidden counts cannot be recomputed from totals (secondary suppression). 4 cells hidden in all.

      Categories in italics count persons for whom the value was not recorded.

      Protection audit passed: every hidden count lies in a range at least 3 wide.

      Synthetic data.
      "
    `);
  });

  it("writes the footnotes in Russian when asked for ru", () => {
    expect(renderText(asDocument(protectedTable, "ru"))).toMatchInlineSnapshot(`
      "[en] Registered victims by region and sex

      Регион              | Женщины | Мужчины | Не указано | Всего
      --------------------+---------+---------+------------+------
      [en] Gomel Oblast   |       * |       * |          0 |    45
      [en] Vitebsk Oblast |       * |       * |         12 |    51
      Всего               |      65 |      19 |         12 |    96

      Защита от раскрытия: подавление ячеек.
      * Скрыто в целях конфиденциальности: значения от 1 до 10 не публикуются. Тем же знаком скрыты и другие ячейки, чтобы скрытые значения нельзя было вычислить по итогам (вторичное подавление). Всего скрыто: 4 ячейки.
      Категории, выделенные курсивом, учитывают лиц, для которых значение не указано.
      Проверка защиты пройдена: каждое скрытое значение лежит в интервале шириной не менее 3.
      [en] Synthetic data.
      "
    `);
  });

  it("states rounding, hidden zeros and a failed audit when the metadata say so", () => {
    const blocks = statTableBlocks(rounded, { allowUnprotected: true });
    const text = renderText({ kind: "report", version: 1, lang: "en", title: "T", blocks });
    expect(text).toContain("Disclosure control: cell suppression and rounding.");
    expect(text).toContain("Zeros are hidden too.");
    expect(text).toContain("Counts are rounded to the nearest multiple of 5; totals are rounded on their own.");
    expect(text).toContain("Protection audit FAILED");
  });

  it("keeps unknown and not-applicable values apart from zero", () => {
    const table: StatTable = {
      ...protectedTable,
      cells: [
        ...protectedTable.cells.slice(0, 2),
        { key: ["BY-HO", "unknown"], value: null, status: "not_applicable" },
        ...protectedTable.cells.slice(3),
      ],
      totals: protectedTable.totals.filter((cell) => cell.key[0] !== "BY-VI"),
    };
    const [block] = statTableBlocks(table) as [TableBlock];
    const flags = block.rows.map((row) => row.cells.map((cell) => cell.flag ?? cell.value ?? null));
    expect(flags).toEqual([
      [null, "suppressed", "suppressed", "not_applicable", 45],
      [null, "suppressed", "suppressed", 12, "unknown"],
      [null, 65, 19, 12, 96],
    ]);
    const text = renderText(asDocument(table));
    expect(text).toContain("… No value available (not zero).");
    expect(text).toContain("– Not applicable.");
  });

  it("writes a published zero as 0 and never a hidden value as a number", () => {
    const csv = renderCsv(asDocument(protectedTable));
    expect(csv.split("\r\n")).toEqual([
      "Region,Female,Male,Not recorded,Total",
      "Gomel Oblast,*,*,0,45",
      "Vitebsk Oblast,*,*,12,51",
      "Total,65,19,12,96",
      "",
    ]);
  });

  it("writes built-in labels in the report language, translates the user's through labels, and marks the rest", () => {
    const labels = { "Vitebsk Oblast": { ru: "Витебская область" } };
    const doc: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "ru",
      title: "T",
      blocks: statTableBlocks(protectedTable, { locale: "ru", labels }),
    };
    const [header, gomel, vitebsk] = renderCsv(doc).split("\r\n");
    // Stats labels come from its Russian catalogue; the table's own region names are the user's.
    expect(header).toBe("Регион,Женщины,Мужчины,Не указано,Всего");
    expect(gomel?.split(",")[0]).toBe("[en] Gomel Oblast");
    expect(vitebsk?.split(",")[0]).toBe("Витебская область");
  });

  it("throws disclosure_risk when the audit failed, and warns when allowed", () => {
    expect(() => statTableBlocks(rounded)).toThrow(expect.objectContaining({ code: "disclosure_risk" }));
    expect(() => statTableChart(rounded)).toThrow(expect.objectContaining({ code: "disclosure_risk" }));
    expect(statTableBlocks(rounded, { allowUnprotected: true })[0]).toMatchObject({ kind: "note", tone: "warning" });
  });

  it("states secondary suppression under uniform markers even when none was needed", () => {
    const onlyPrimary: StatTable = {
      ...protectedTable,
      disclosure: {
        ...protectedTable.disclosure,
        markers: "uniform",
        suppressedCells: 4,
        suppressedPrimary: 4,
        suppressedSecondary: 0,
      },
    };
    expect(renderText(asDocument(onlyPrimary))).toContain("(secondary suppression)");
    const distinct: StatTable = { ...onlyPrimary, disclosure: { ...onlyPrimary.disclosure, markers: "distinct" } };
    expect(renderText(asDocument(distinct))).not.toContain("(secondary suppression)");
  });

  it("footnotes the hidden total when uniform markers publish no split", () => {
    const { suppressedPrimary: _primary, suppressedSecondary: _secondary, ...rest } = protectedTable.disclosure;
    const uniform: StatTable = {
      ...protectedTable,
      cells: protectedTable.cells.map((cell) => (cell.value === null ? { ...cell, status: "suppressed" } : cell)),
      disclosure: { ...rest, markers: "uniform", suppressedCells: 4 },
    };
    const text = renderText(asDocument(uniform));
    expect(text).toContain("(secondary suppression)");
    expect(text).toBe(
      renderText(asDocument({ ...protectedTable, disclosure: { ...protectedTable.disclosure, markers: "uniform" } })),
    );
  });

  it("throws disclosure_risk when the table is unprotected", () => {
    const raw: StatTable = { ...protectedTable, disclosure: { ...protectedTable.disclosure, method: "none" } };
    expect(() => statTableBlocks(raw)).toThrow(expect.objectContaining({ code: "disclosure_risk" }));
    expect(() => statTableChart(raw)).toThrow(expect.objectContaining({ code: "disclosure_risk" }));
    expect(statTableBlocks(raw, { allowUnprotected: true })[0]).toEqual({
      kind: "note",
      tone: "warning",
      content: ["Unprotected counts: not for publication."],
    });
  });
});

describe("statTableChart", () => {
  it("draws one series per column and leaves hidden values out", () => {
    const spec = statTableChart(protectedTable);
    expect(spec.series).toEqual([
      { name: "Female", values: [null, null] },
      { name: "Male", values: [null, null] },
      { name: "Not recorded", values: [0, 12] },
    ]);
    const svg = barChartSvg(spec);
    expect(svg).toContain("Male: Gomel Oblast hidden, Vitebsk Oblast hidden;");
    expect(svg.match(/class="hidden-value"/g)).toHaveLength(4);
  });
});

describe("trendChart", () => {
  it("draws a line with a gap where a value is hidden", () => {
    const spec = trendChart(trend);
    expect(spec).toMatchObject({ kind: "line", categories: ["2014 Q1", "2014 Q2", "2014 Q3"] });
    expect(spec.series[0]?.values).toEqual([24, null, 31]);
    const svg = lineChartSvg(spec);
    expect(svg).toContain('d="M');
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).not.toMatch(/>\s*null\s*</);
  });
});

describe("buildStatisticsReport", () => {
  it("gives each table a section with its table and chart", () => {
    // The fixtures are hand-made tables of unrelated counts, so they are not audited together.
    const doc = buildStatisticsReport([protectedTable, trend], {
      sameRecords: false,
      title: { en: "Case statistics", ru: "Статистика случаев" },
      locale: "ru",
      chartSrc: (index) => `chart-${index + 1}.svg`,
    });
    expect(doc.title).toBe("Статистика случаев");
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      "heading",
      "heading",
      "table",
      "figure",
      "heading",
      "table",
      "figure",
    ]);
    expect(renderMarkdown(doc)).toContain("![&#91;en&#93; Registered victims by quarter](<chart-2.svg>)");
  });

  it.each([
    { id: undefined, count: 2, expected: ["table-1", "table-2"] },
    { id: "cases", count: 2, expected: ["cases-1", "cases-2"] },
    { id: "cases", count: 1, expected: ["cases"] },
  ])("lets renderCsv select every table when id is $id and there are $count items", ({ id, count, expected }) => {
    const items = [protectedTable, trend].slice(0, count);
    const doc = buildStatisticsReport(items, {
      sameRecords: false,
      title: { en: "Case statistics" },
      ...(id === undefined ? {} : { id }),
    });
    const tables = doc.blocks.filter((block): block is TableBlock => block.kind === "table");
    expect(tables.map((table) => table.id)).toEqual(expected);
    for (const table of tables) {
      const alone = renderCsv({ ...doc, blocks: [table] });
      expect(renderCsv(doc, { tableId: table.id ?? "" })).toBe(alone);
    }
  });

  it("protects raw tables of the same records jointly when given several", () => {
    const records = generateSyntheticCases({ count: 300, seed: 530 });
    const raws = [crossTab(records, "regionId", "gender"), crossTab(records, "regionId", "ageGroup")];
    const doc = buildStatisticsReport(raws, { title: { en: "Case statistics" } });
    const jointly = buildStatisticsReport(publishTables(raws), { title: { en: "Case statistics" } });
    expect(renderCsv(doc, { tableId: "table-1" })).toBe(renderCsv(jointly, { tableId: "table-1" }));
    expect(renderCsv(doc, { tableId: "table-2" })).toBe(renderCsv(jointly, { tableId: "table-2" }));
  });

  it("throws disclosure_risk when protected tables give each other away, unless they count different records", () => {
    const records = generateSyntheticCases({ count: 120, seed: 77 });
    // Protected one by one, outside publication (publishTable would protect the second against the first).
    const strict = protectTable(crossTab(records, "regionId", "gender"));
    // A lower threshold shows counts the first table hides.
    const lax = protectTable(crossTab(records, "regionId", "gender"), { threshold: 3 });
    expect(auditTables([strict, lax]).every((report) => report.passed)).toBe(false);
    expect(() => buildStatisticsReport([strict, lax], { title: { en: "Case statistics" } })).toThrow(
      expect.objectContaining({ code: "disclosure_risk" }),
    );
    expect(() =>
      buildStatisticsReport([strict, lax], { title: { en: "Case statistics" }, sameRecords: false }),
    ).not.toThrow();
  });
});
