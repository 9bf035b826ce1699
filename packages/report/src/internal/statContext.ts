import { NrmkitError } from "@nrmkit/core";
import {
  type Category,
  cellAt,
  type Dimension,
  isSuppressedStatus,
  type StatCell,
  type StatTable,
} from "@nrmkit/stats";
import type { Block, CellFlag, Inline } from "../document.js";
import { localizeText } from "../i18n/localize.js";
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

export function statContext(options: StatTableOptions): StatContext {
  const ctx = createContext(EMPTY_DATASET, options);
  const labelsLang = options.labelsLang ?? "en";
  const sameLanguage = labelsLang.split("-")[0] === ctx.locale.split("-")[0];
  return {
    ctx,
    options,
    label: (text) => {
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
