import { NrmkitError } from "@nrmkit/core";
import {
  type Category,
  cellAt,
  type Dimension,
  isSuppressedStatus,
  localizeTable,
  type StatCell,
  type StatTable,
} from "@nrmkit/stats";
import type { Block, CellFlag, Inline } from "../document.js";
import { localizeText } from "../i18n/localize.js";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { reportLocaleOf } from "../i18n/resolveReportLocale.js";
import type { StatTableOptions } from "../statTableOptions.js";
import { type Context, createContext, EMPTY_DATASET } from "./context.js";
import { isolated } from "./inline.js";

export interface StatContext {
  readonly ctx: Context;
  readonly options: StatTableOptions;
  readonly label: (text: string) => Inline;
  readonly number: Intl.NumberFormat;
  readonly markers: Readonly<Record<CellFlag, string>>;
}

/**
 * The built-in labels of `tables` (dimensions, categories, periods, notes) in the report's
 * language, by their text in the tables: stats re-renders them from the codes (`localizeTable`),
 * and keeps every label a user gave, which is left to `labels` and the fallback marker. A category
 * labelled with its own code (an ISO region code) is in no language and stays as it is.
 */
function builtInLabels(tables: readonly StatTable[], locale: NrmLocale): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  const pair = (from: string | undefined, to: string | undefined): void => {
    if (from !== undefined && to !== undefined && from !== to) labels.set(from, to);
  };
  for (const table of tables) {
    // A category shown by its code (a region's ISO code) is in no language: never marked.
    for (const dimension of table.dimensions) {
      for (const category of dimension.categories) {
        if (category.label === category.code) labels.set(category.label, category.label);
      }
    }
    let localized: StatTable;
    try {
      localized = localizeTable(table, locale);
    } catch {
      // A table in a language stats was never given: its labels are shown as written, marked.
      continue;
    }
    pair(table.title, localized.title);
    for (const [index, note] of table.notes.entries()) pair(note, localized.notes[index]);
    pair(table.disclosure.note, localized.disclosure.note);
    for (const [d, dimension] of table.dimensions.entries()) {
      const other = localized.dimensions[d];
      pair(dimension.label, other?.label);
      for (const [c, category] of dimension.categories.entries()) pair(category.label, other?.categories[c]?.label);
    }
  }
  return labels;
}

export function statContext(options: StatTableOptions, tables: readonly StatTable[] = []): StatContext {
  const ctx = createContext(EMPTY_DATASET, options);
  const builtIn = builtInLabels(tables, reportLocaleOf(options.locale ?? options.messages?.locale ?? "en"));
  const labelsLang = options.labelsLang ?? tables[0]?.lang ?? "en";
  const sameLanguage = labelsLang.split("-")[0] === ctx.locale.split("-")[0];
  return {
    ctx,
    options,
    label: (text) => {
      const own = builtIn.get(text);
      if (own !== undefined) return isolated(own);
      const translated = options.labels?.[text];
      if (translated !== undefined) return isolated(localizeText({ [labelsLang]: text, ...translated }, ctx.locale));
      return isolated(sameLanguage ? text : { kind: "fallback", text, lang: labelsLang });
    },
    number: new Intl.NumberFormat(ctx.locale),
    markers: {
      suppressed: options.suppressedMarker ?? "*",
      unknown: options.unknownMarker ?? "…",
      not_applicable: options.notApplicableMarker ?? "–",
    },
  };
}

export function flagOf(cell: Pick<StatCell, "status" | "value"> | undefined): CellFlag | undefined {
  if (cell === undefined) return "unknown";
  if (cell.status === "not_applicable") return "not_applicable";
  // An unfamiliar status (from a newer stats version) is treated as hidden, as stats asks.
  if (isSuppressedStatus(cell.status) || cell.value === null || !["published", "rounded"].includes(cell.status)) {
    return "suppressed";
  }
  return undefined;
}

export function categoryLabel(sc: StatContext, category: Category): Inline[] {
  const label = sc.label(category.label);
  return category.unknown ? [{ kind: "emphasis", children: [label] }] : [label];
}

export function caption(sc: StatContext, table: StatTable): Inline[] {
  if (table.title !== undefined) return [sc.label(table.title)];
  const labels = table.dimensions.map((dimension) => [sc.label(dimension.label)]);
  return labels.flatMap((label, index) => (index === 0 ? label : [" × ", ...label]));
}

export function guard(sc: StatContext, table: StatTable): Block[] {
  // A failed audit means a hidden count can be narrowed down: as unsafe to publish as raw counts.
  const failed = table.disclosure.audit?.passed === false;
  if (table.disclosure.method !== "none" && !failed) return [];
  if (sc.options.allowUnprotected !== true) {
    throw new NrmkitError(
      "disclosure_risk",
      failed
        ? "table.disclosure.audit.passed: expected a passed audit, received false; protect with publishTable or pass allowUnprotected: true"
        : `table.disclosure.method: expected a protected table, received "none"; protect it first or pass allowUnprotected: true`,
    );
  }
  return [{ kind: "note", tone: "warning", content: [sc.ctx.messages.unprotectedWarning] }];
}

export interface Grid {
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
export function gridOf(table: StatTable): Grid {
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

export function shown(cell: StatCell | undefined): number | null {
  return flagOf(cell) === undefined && cell !== undefined ? cell.value : null;
}
