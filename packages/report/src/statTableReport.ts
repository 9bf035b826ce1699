import { type LocalizedText, NrmkitError } from "@nrmkit/core";
import {
  type Category,
  cellAt,
  type Dimension,
  isSuppressedStatus,
  type StatCell,
  type StatTable,
  type TrendTable,
} from "@nrmkit/stats";
import type { Block, CellFlag, Inline, ReportDocument, TableCell, TableRow } from "./document.js";
import { localizeText } from "./i18n/localize.js";
import { slug } from "./internal/chartLayout.js";
import { type Context, createContext, EMPTY_DATASET } from "./internal/context.js";
import { inlineText } from "./internal/inlineText.js";
import type { ReportOptions } from "./reportOptions.js";
import type { ChartSpec } from "./svgChart.js";

/**
 * Options of the statistics renderers: markers, label translations, and what to do with unprotected tables.
 *
 * @example
 * ```ts
 * const options: StatTableOptions = {
 *   locale: "ru",
 *   labels: { Female: { ru: "Женщины" }, Male: { ru: "Мужчины" } },
 *   suppressedMarker: "x",
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface StatTableOptions extends ReportOptions {
  /** Shown instead of a hidden (suppressed) count; default `"*"`, the same for primary and secondary suppression. */
  readonly suppressedMarker?: string;
  /** Shown where the table has no value at all; default `"…"`. */
  readonly unknownMarker?: string;
  /** Shown where a value does not apply; default `"–"`. */
  readonly notApplicableMarker?: string;
  /** The language of the labels and notes inside the stats tables; default `"en"`. */
  readonly labelsLang?: string;
  /** Translations of those labels and notes, keyed by the label as written in the table. */
  readonly labels?: Readonly<Record<string, LocalizedText>>;
  /** Render a table whose disclosure method is `"none"`, under a warning; default `false` (refuse). */
  readonly allowUnprotected?: boolean;
  /** The table's id, for CSV; default derived from its caption. */
  readonly id?: string;
}

interface StatContext {
  readonly ctx: Context;
  readonly options: StatTableOptions;
  readonly label: (text: string) => Inline;
  readonly number: Intl.NumberFormat;
  readonly markers: Readonly<Record<CellFlag, string>>;
}

function statContext(options: StatTableOptions): StatContext {
  const ctx = createContext(EMPTY_DATASET, options);
  const labelsLang = options.labelsLang ?? "en";
  const sameLanguage = labelsLang.split("-")[0] === ctx.locale.split("-")[0];
  return {
    ctx,
    options,
    label: (text) => {
      const translated = options.labels?.[text];
      if (translated !== undefined) return localizeText({ [labelsLang]: text, ...translated }, ctx.locale);
      return sameLanguage ? text : { kind: "fallback", text, lang: labelsLang };
    },
    number: new Intl.NumberFormat(ctx.locale),
    markers: {
      suppressed: options.suppressedMarker ?? "*",
      unknown: options.unknownMarker ?? "…",
      not_applicable: options.notApplicableMarker ?? "–",
    },
  };
}

function flagOf(cell: Pick<StatCell, "status" | "value"> | undefined): CellFlag | undefined {
  if (cell === undefined) return "unknown";
  if (cell.status === "not_applicable") return "not_applicable";
  // An unfamiliar status (from a newer stats version) is treated as hidden, as stats asks.
  if (isSuppressedStatus(cell.status) || cell.value === null || !["published", "rounded"].includes(cell.status)) {
    return "suppressed";
  }
  return undefined;
}

function cellOf(sc: StatContext, cell: StatCell | undefined): TableCell {
  const flag = flagOf(cell);
  if (flag !== undefined || cell?.value === null || cell === undefined) {
    const shown = flag ?? "suppressed";
    return { content: [sc.markers[shown]], flag: shown };
  }
  return { content: [sc.number.format(cell.value)], value: cell.value };
}

function categoryLabel(sc: StatContext, category: Category): Inline[] {
  const label = sc.label(category.label);
  return category.unknown ? [{ kind: "emphasis", children: [label] }] : [label];
}

function caption(sc: StatContext, table: StatTable): Inline[] {
  if (table.title !== undefined) return [sc.label(table.title)];
  const labels = table.dimensions.map((dimension) => [sc.label(dimension.label)]);
  return labels.flatMap((label, index) => (index === 0 ? label : [" × ", ...label]));
}

function footnotes(sc: StatContext, table: StatTable, rows: readonly TableRow[]): Inline[][] {
  const { ctx } = sc;
  const m = ctx.messages;
  const { disclosure } = table;
  const used = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.flag)));
  const notes: Inline[][] = [ctx.fill(m.methodNote, { method: m.disclosureMethod[disclosure.method] })];
  if (used.has("suppressed")) {
    const marker = sc.markers.suppressed;
    const hidden =
      disclosure.threshold !== null && disclosure.threshold > 1
        ? ctx.fill(m.primaryNote, { marker, max: sc.number.format(disclosure.threshold - 1) })
        : ctx.fill(m.hiddenNote, { marker });
    if (disclosure.zerosSensitive) hidden.push(" ", m.zerosNote);
    if (disclosure.secondary !== "none" && disclosure.suppressedSecondary > 0) hidden.push(" ", m.secondaryNote);
    const count = disclosure.suppressedPrimary + disclosure.suppressedSecondary;
    if (count > 0) hidden.push(" ", ...ctx.fill(m.hiddenCountNote, { count: ctx.count(count, m.cellsCount) }));
    notes.push(hidden);
  }
  if (disclosure.rounding !== null) {
    const template = disclosure.rounding.kind === "down" ? m.roundingDownNote : m.roundingNearestNote;
    notes.push(ctx.fill(template, { base: sc.number.format(disclosure.rounding.base) }));
  }
  if (used.has("unknown")) notes.push(ctx.fill(m.unknownNote, { marker: sc.markers.unknown }));
  if (used.has("not_applicable")) notes.push(ctx.fill(m.notApplicableNote, { marker: sc.markers.not_applicable }));
  if (table.dimensions.some((dimension) => dimension.categories.some((category) => category.unknown))) {
    notes.push([m.notRecordedNote]);
  }
  if (disclosure.audit !== null) {
    const { audit } = disclosure;
    const values = {
      level: sc.number.format(audit.protectionLevel),
      width: audit.minWidth === null ? "–" : sc.number.format(audit.minWidth),
    };
    notes.push(ctx.fill(audit.passed ? m.auditPassed : m.auditFailed, values));
  }
  for (const note of table.notes) notes.push([sc.label(note)]);
  return notes;
}

function guard(sc: StatContext, table: StatTable): Block[] {
  if (table.disclosure.method !== "none") return [];
  if (sc.options.allowUnprotected !== true) {
    throw new NrmkitError(
      "disclosure_risk",
      `table.disclosure.method: expected a protected table, received "none"; protect it first or pass allowUnprotected: true`,
    );
  }
  return [{ kind: "note", tone: "warning", content: [sc.ctx.messages.unprotectedWarning] }];
}

function header(sc: StatContext, dimension: Dimension): Inline[] {
  return [sc.label(dimension.label)];
}

interface Grid {
  readonly rowDimension: Dimension;
  readonly columns: Dimension | null;
  readonly rows: readonly {
    readonly category: Category;
    readonly cells: readonly (StatCell | undefined)[];
    readonly total: StatCell | undefined;
  }[];
  readonly columnTotals: readonly (StatCell | undefined)[];
  readonly grandTotal: StatCell | undefined;
}

// Like stats' tableGrid, but a missing cell or total becomes `undefined` (shown as unknown)
// instead of an error: a renderer shows what it has.
function gridOf(table: StatTable): Grid {
  const [rowDimension, columns = null] = table.dimensions;
  if (rowDimension === undefined || table.dimensions.length > 2) {
    throw new NrmkitError(
      "invalid_argument",
      `table.dimensions: expected 1 or 2 dimensions, received ${String(table.dimensions.length)}`,
    );
  }
  if (columns === null) {
    return {
      rowDimension,
      columns,
      rows: rowDimension.categories.map((category) => {
        const cell = cellAt(table, [category.code]);
        return { category, cells: [cell], total: cell };
      }),
      columnTotals: [cellAt(table, [null])],
      grandTotal: cellAt(table, [null]),
    };
  }
  return {
    rowDimension,
    columns,
    rows: rowDimension.categories.map((category) => ({
      category,
      cells: columns.categories.map((column) => cellAt(table, [category.code, column.code])),
      total: cellAt(table, [category.code, null]),
    })),
    columnTotals: columns.categories.map((column) => cellAt(table, [null, column.code])),
    grandTotal: cellAt(table, [null, null]),
  };
}

/**
 * Turns a protected 1-D or 2-D stats table into report blocks: the table with totals, hidden cells marked, and footnotes that state the disclosure-control method.
 *
 * @remarks
 * Suppressed cells show `suppressedMarker` (never a number), cells the table lacks show
 * `unknownMarker`, so neither reads as zero; "not recorded" categories are in italics. The
 * footnotes, written in the report language from the table's {@link @nrmkit/stats!DisclosureMetadata | DisclosureMetadata},
 * name the method, the threshold, secondary suppression, rounding and the audit result.
 *
 * @param table - A table from `@nrmkit/stats`, with one or two dimensions.
 * @param options - Language, markers, label translations.
 * @returns The blocks: a warning note for unprotected tables (when allowed), then the table.
 * @throws NrmkitError with code `disclosure_risk` when the table is unprotected and `allowUnprotected` is not set.
 * @throws NrmkitError with code `invalid_argument` when the table has more than two dimensions.
 *
 * @example
 * ```ts
 * const [block] = statTableBlocks(protectedTable, { locale: "en" });
 * block?.kind;
 * // => "table"
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function statTableBlocks(table: StatTable, options: StatTableOptions = {}): Block[] {
  const sc = statContext(options);
  const warning = guard(sc, table);
  const grid = gridOf(table);
  const total = [sc.ctx.messages.total];
  const rows: TableRow[] = grid.rows.map((row) => ({
    cells: [
      { content: categoryLabel(sc, row.category) },
      ...row.cells.map((cell) => cellOf(sc, cell)),
      ...(grid.columns === null ? [] : [cellOf(sc, row.total)]),
    ],
  }));
  rows.push({
    total: true,
    cells: [
      { content: total },
      ...grid.columnTotals.map((cell) => cellOf(sc, cell)),
      ...(grid.columns === null ? [] : [cellOf(sc, grid.grandTotal)]),
    ],
  });
  const columns =
    grid.columns === null
      ? [
          { header: header(sc, grid.rowDimension), align: "start" as const },
          { header: [sc.ctx.messages.persons], align: "end" as const },
        ]
      : [
          { header: header(sc, grid.rowDimension), align: "start" as const },
          ...grid.columns.categories.map((category) => ({
            header: categoryLabel(sc, category),
            align: "end" as const,
          })),
          { header: total, align: "end" as const },
        ];
  const tableCaption = caption(sc, table);
  return [
    ...warning,
    {
      kind: "table",
      id: options.id ?? slug(inlineText(tableCaption)),
      caption: tableCaption,
      columns,
      rows,
      footnotes: footnotes(sc, table, rows),
    },
  ];
}

function shown(cell: StatCell | undefined): number | null {
  return flagOf(cell) === undefined && cell !== undefined ? cell.value : null;
}

/**
 * Describes a 1-D or 2-D stats table as a bar chart: categories of the first dimension along the axis, one series per category of the second.
 *
 * @param table - A table from `@nrmkit/stats`.
 * @param options - Language, markers, label translations.
 * @returns The chart; hidden and unknown values are `null`, so they are never drawn as numbers.
 * @throws NrmkitError with code `disclosure_risk` when the table is unprotected and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * const spec = statTableChart(protectedTable);
 * barChartSvg(spec).startsWith("<svg");
 * // => true
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function statTableChart(table: StatTable, options: StatTableOptions = {}): ChartSpec {
  const sc = statContext(options);
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
 * @throws NrmkitError with code `disclosure_risk` when the trend is unprotected and `allowUnprotected` is not set.
 *
 * @example
 * ```ts
 * const spec = trendChart(protectedTrend, { locale: "ru" });
 * spec.kind;
 * // => "line"
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function trendChart(trend: TrendTable, options: StatTableOptions = {}): ChartSpec {
  const sc = statContext(options);
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
      name: text(series.label),
      values: series.points.map((point) => (flagOf(point) === undefined ? point.value : null)),
    })),
    lang: sc.ctx.locale,
    hiddenMarker: sc.markers.suppressed,
    hiddenLabel: sc.ctx.messages.hiddenValue,
    ...(options.id === undefined ? {} : { id: options.id }),
  };
}

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
 * @param items - Stats tables (drawn as bar charts) and trends (drawn as line charts).
 * @param options - Title, language, markers, label translations, chart file names.
 * @returns The document; serialise it with {@link renderReport}.
 * @throws NrmkitError with code `disclosure_risk` when a table is unprotected and `allowUnprotected` is not set.
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
    const tableBlocks = statTableBlocks(table, { ...options, id: options.id ?? `table-${index + 1}` });
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
