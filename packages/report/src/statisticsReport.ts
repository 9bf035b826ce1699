import type { LocalizedText } from "@nrmkit/core";
import type { StatTable, TrendTable } from "@nrmkit/stats";
import type { Block, ReportDocument } from "./document.js";
import { caption, statContext } from "./internal/statContext.js";
import { statTableChart, trendChart } from "./statCharts.js";
import type { StatTableOptions } from "./statTableOptions.js";
import { statTableBlocks } from "./statTableReport.js";

/**
 * Options of {@link buildStatisticsReport}.
 *
 * @example
 * ```ts
 * const options: StatisticsReportOptions = { title: { en: "Case statistics", ru: "Статистика" }, locale: "ru" };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface StatisticsReportOptions extends StatTableOptions {
  /** The report's title. */
  readonly title: LocalizedText;
  /** A sentence or two under the title. */
  readonly introduction?: LocalizedText;
  /** Where the standalone SVG of the `index`-th chart is written, for Markdown image links. */
  readonly chartSrc?: (index: number) => string;
}

/**
 * Builds a statistics report: for each protected table or trend, a section with the table, its disclosure footnotes and a chart.
 *
 * Each table gets its own id for {@link renderCsv}: `table-1`, `table-2`, … by default; with `options.id`, that id
 * when there is a single item and `<id>-1`, `<id>-2`, … when there are several.
 *
 * @param items - Stats tables (drawn as bar charts) and trends (drawn as line charts).
 * @param options - Title, language, markers, label translations, chart file names.
 * @returns The document; serialise it with {@link renderReport}.
 * @throws NrmkitError with code `disclosure_risk` when a table is unprotected or failed its audit and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * const doc = buildStatisticsReport([protectedTable, protectedTrend], { title: { en: "Case statistics" } });
 * doc.blocks.filter((block) => block.kind === "figure").length;
 * // => 2
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function buildStatisticsReport(
  items: readonly (StatTable | TrendTable)[],
  options: StatisticsReportOptions,
): ReportDocument {
  const sc = statContext(options);
  const blocks: Block[] = [];
  if (options.introduction !== undefined) {
    blocks.push({ kind: "paragraph", content: [sc.ctx.text(options.introduction)] });
  }
  for (const [index, item] of items.entries()) {
    const table = item.kind === "trend_table" ? item.table : item;
    const tableBlocks = statTableBlocks(table, { ...options, id: tableId(options.id, index, items.length) });
    const chart =
      item.kind === "trend_table"
        ? trendChart(item, { ...options, id: `chart-${index + 1}` })
        : statTableChart(item, { ...options, id: `chart-${index + 1}` });
    const src = options.chartSrc?.(index);
    blocks.push({ kind: "heading", level: 2, content: caption(sc, table) }, ...tableBlocks, {
      kind: "figure",
      chart,
      caption: caption(sc, table),
      ...(src === undefined ? {} : { src }),
    });
  }
  return sc.ctx.document([sc.ctx.text(options.title)], blocks);
}

/** The CSV id of the `index`-th of `count` tables: one shared id would let `renderCsv` find only the first table. */
function tableId(id: string | undefined, index: number, count: number): string {
  if (id === undefined) return `table-${index + 1}`;
  return count === 1 ? id : `${id}-${index + 1}`;
}
