import { type LocalizedText, NrmkitError } from "@nrmkit/core";
import {
  auditTables,
  type ProtectOptions,
  publishTables,
  type StatTable,
  type TrendTable,
  trendFromTable,
} from "@nrmkit/stats";
import type { Block, ReportDocument, TableBlock } from "./document.js";
import { caption, statContext } from "./internal/statContext.js";
import { statTableChart, trendChart } from "./statCharts.js";
import type { StatTableOptions } from "./statTableOptions.js";
import { statTableBlocks } from "./statTableReport.js";

/**
 * Options of {@link buildStatisticsReport}.
 *
 * @example
 * ```ts
 * import type { StatisticsReportOptions } from "@nrmkit/report";
 *
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
  /**
   * Whether the items count the same records, so that they must be safe together (default `true`):
   * raw items are then protected jointly (`publishTables`, with the protected items as the
   * published ledger) and several protected items are audited jointly (`auditTables`). Set
   * `false` for tables of different records, which are then checked one by one.
   */
  readonly sameRecords?: boolean;
  /** How raw items are protected when `sameRecords` is on; CTDC defaults (threshold 11) when omitted. */
  readonly protect?: ProtectOptions;
}

/**
 * Protects raw items jointly with the protected ones, and audits several protected items jointly:
 * tables of the same records can disclose together what none discloses alone.
 */
function jointlyProtected(
  items: readonly (StatTable | TrendTable)[],
  options: StatisticsReportOptions,
): (StatTable | TrendTable)[] {
  if (options.sameRecords === false || options.allowUnprotected === true) return [...items];
  const tableOf = (item: StatTable | TrendTable) => (item.kind === "trend_table" ? item.table : item);
  const raw = items.flatMap((item, index) => (tableOf(item).disclosure.method === "none" ? [index] : []));
  const done = items.flatMap((item, index) => (tableOf(item).disclosure.method === "none" ? [] : [index]));
  const out = [...items];
  const protectedTables = done.map((index) => tableOf(items[index] as StatTable | TrendTable));
  if (raw.length > 0) {
    const published = publishTables(
      raw.map((index) => tableOf(items[index] as StatTable | TrendTable)),
      { ...options.protect, published: [...(options.protect?.published ?? []), ...protectedTables] },
    );
    raw.forEach((index, i) => {
      const table = published[i] as StatTable;
      out[index] = (items[index] as StatTable | TrendTable).kind === "trend_table" ? trendFromTable(table) : table;
    });
    return out;
  }
  const hides = protectedTables.some((table) => table.disclosure.suppressedCells > 0);
  if (protectedTables.length >= 2 && hides) {
    const reports = auditTables(protectedTables);
    const failed = reports.findIndex((report) => !report.passed);
    if (failed >= 0) {
      throw new NrmkitError(
        "disclosure_risk",
        `items[${String(done[failed])}]: expected tables that are safe together, received hidden counts the other tables give away; protect them jointly with publishTables, or pass sameRecords: false when they count different records`,
      );
    }
  }
  return out;
}

/**
 * Builds a statistics report: for each protected table or trend, a section with the table, its disclosure footnotes and a chart.
 *
 * Tables of the same records can disclose together what none discloses alone, so by default
 * (`sameRecords: true`) raw items are protected jointly with `publishTables` (options in
 * `protect`) and several protected items are audited jointly with `auditTables`.
 *
 * Each table gets its own id for {@link renderCsv}: `table-1`, `table-2`, … by default; with `options.id`, that id
 * when there is a single item and `<id>-1`, `<id>-2`, … when there are several.
 *
 * @param items - Stats tables (drawn as bar charts) and trends (drawn as line charts).
 * @param options - Title, language, markers, label translations, chart file names.
 * @returns The document; serialise it with {@link renderReport}.
 * @throws NrmkitError with code `disclosure_risk` when a table failed its audit, or the tables are not safe together, and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * import { buildStatisticsReport } from "@nrmkit/report";
 *
 * // Tables of the same records are checked together: a trend published beside this table from
 * // the same cases would have to be protected jointly with it (pass raw tables to do that).
 * const doc = buildStatisticsReport([protectedTable], { title: { en: "Case statistics" } });
 * doc.blocks.filter((block) => block.kind === "figure").length;
 * // => 1
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function buildStatisticsReport(
  items: readonly (StatTable | TrendTable)[],
  options: StatisticsReportOptions,
): ReportDocument {
  const all = jointlyProtected(items, options);
  const sc = statContext(
    options,
    all.map((item) => (item.kind === "trend_table" ? item.table : item)),
  );
  const blocks: Block[] = [];
  if (options.introduction !== undefined) {
    blocks.push({ kind: "paragraph", content: [sc.ctx.text(options.introduction)] });
  }
  for (const [index, item] of all.entries()) {
    const table = item.kind === "trend_table" ? item.table : item;
    const tableBlocks = statTableBlocks(table, { ...options, id: tableId(options.id, index, all.length) });
    const chart =
      item.kind === "trend_table"
        ? trendChart(item, { ...options, id: `chart-${index + 1}` })
        : statTableChart(item, { ...options, id: `chart-${index + 1}` });
    const src = options.chartSrc?.(index);
    const dataTable = tableBlocks.find((block): block is TableBlock => block.kind === "table");
    // One title per section, the heading: the table's caption, the chart's title and the figure's
    // caption say the same, so they stay accessible names and are not shown again.
    blocks.push(
      { kind: "heading", level: 2, content: caption(sc, table) },
      ...tableBlocks.map((block): Block => (block.kind === "table" ? { ...block, captionHidden: true } : block)),
      {
        kind: "figure",
        chart: { ...chart, titleHidden: true },
        caption: caption(sc, table),
        captionHidden: true,
        // The values are in the table just above: text and Markdown do not print them twice.
        ...(dataTable?.id === undefined ? {} : { dataTableId: dataTable.id }),
        ...(src === undefined ? {} : { src }),
      },
    );
  }
  return sc.ctx.document([sc.ctx.text(options.title)], blocks);
}

/** The CSV id of the `index`-th of `count` tables: one shared id would let `renderCsv` find only the first table. */
function tableId(id: string | undefined, index: number, count: number): string {
  if (id === undefined) return `table-${index + 1}`;
  return count === 1 ? id : `${id}-${index + 1}`;
}
