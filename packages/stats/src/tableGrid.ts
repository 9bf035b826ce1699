import { NrmkitError } from "@nrmkit/core";
import type { Category, Dimension, StatCell, StatTable } from "./statTable.js";

/**
 * One row of a {@link TableGrid}: its category, one cell per column, and the row total.
 *
 * @example
 * ```ts
 * import type { GridRow } from "@nrmkit/stats";
 *
 * const row: GridRow = {
 *   category: { code: "BY-HO", label: "Gomel", unknown: false },
 *   cells: [{ key: ["BY-HO", "labour"], value: 42, status: "published" }],
 *   total: { key: ["BY-HO", null], value: 42, status: "published" },
 * };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface GridRow {
  /** The row's category. */
  readonly category: Category;
  /** One cell per column category (a single cell in a 1-D table). */
  readonly cells: readonly StatCell[];
  /** The row total (in a 1-D table, the row's only cell). */
  readonly total: StatCell;
}

/**
 * A 1-D or 2-D {@link StatTable} laid out by rows and columns, as a renderer walks it.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, type TableGrid, tableGrid } from "@nrmkit/stats";
 *
 * const grid: TableGrid = tableGrid(crossTab(generateSyntheticCases({ count: 100 }), "gender", "migration"));
 * grid.rows.map((row) => row.category.code);
 * // => ["female", "male", "other", "unknown"]
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface TableGrid {
  /** The dimension down the rows. */
  readonly rowDimension: Dimension;
  /** The dimension across the columns, or `null` for a 1-D table. */
  readonly columnDimension: Dimension | null;
  /** The rows in category order. */
  readonly rows: readonly GridRow[];
  /** One total per column (in a 1-D table, just the grand total). */
  readonly columnTotals: readonly StatCell[];
  /** The grand total (persons). */
  readonly grandTotal: StatCell;
}

function keyOf(key: readonly (string | null)[]): string {
  return JSON.stringify(key);
}

/**
 * Finds the cell or total of a table with the given key (`null` = total over that dimension).
 *
 * @param table - Any stat table.
 * @param key - One category code or `null` per dimension.
 * @returns The cell, or `undefined` when the table has no such key.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { aggregate, cellAt } from "@nrmkit/stats";
 *
 * const table = aggregate(generateSyntheticCases({ count: 200, seed: 1 }), { dimensions: ["gender"] });
 * cellAt(table, ["female"])?.value;
 * // => 124
 * cellAt(table, [null])?.value; // null: the total over that dimension
 * // => 200
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export function cellAt(table: StatTable, key: readonly (string | null)[]): StatCell | undefined {
  if (key.length !== table.dimensions.length) return undefined;
  if (key.every((part) => part !== null)) {
    // Dense row-major layout: compute the index instead of searching.
    let index = 0;
    for (let d = 0; d < table.dimensions.length; d++) {
      const categories = (table.dimensions[d] as Dimension).categories;
      const position = categories.findIndex((category) => category.code === key[d]);
      if (position < 0) return undefined;
      index = index * categories.length + position;
    }
    return table.cells[index];
  }
  let index = totalsIndex.get(table.totals);
  if (index === undefined) {
    index = new Map(table.totals.map((cell) => [keyOf(cell.key), cell]));
    totalsIndex.set(table.totals, index);
  }
  return index.get(keyOf(key));
}

// Tables are immutable data, so an index of their totals can be kept as long as the array lives.
const totalsIndex = new WeakMap<readonly StatCell[], Map<string, StatCell>>();

function required(table: StatTable, key: readonly (string | null)[]): StatCell {
  const cell = cellAt(table, key);
  if (cell === undefined) {
    throw new NrmkitError("invalid_argument", `table: expected a cell with key ${keyOf(key)}, received none`);
  }
  return cell;
}

/**
 * Lays out a 1-D or 2-D table by rows and columns with row, column and grand totals.
 *
 * @param table - A table with one or two dimensions.
 * @returns The grid: rows (each with its cells and total), column totals and the grand total.
 * @throws NrmkitError with code `invalid_argument` when the table has more than two dimensions or misses a total.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { crossTab, tableGrid } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 200, seed: 1 });
 * const grid = tableGrid(crossTab(records, "regionId", "exploitationGroup"));
 * grid.rows[0]?.category.code;
 * // => "BY-BR"
 * [grid.grandTotal.key, grid.grandTotal.value];
 * // => [[null, null], 200]
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export function tableGrid(table: StatTable): TableGrid {
  const [rowDimension, columnDimension] = table.dimensions;
  if (rowDimension === undefined || table.dimensions.length > 2) {
    throw new NrmkitError(
      "invalid_argument",
      `table: expected 1 or 2 dimensions, received ${String(table.dimensions.length)}`,
    );
  }
  if (columnDimension === undefined) {
    const rows = rowDimension.categories.map((category): GridRow => {
      const cell = required(table, [category.code]);
      return { category, cells: [cell], total: cell };
    });
    const grandTotal = required(table, [null]);
    return { rowDimension, columnDimension: null, rows, columnTotals: [grandTotal], grandTotal };
  }
  const rows = rowDimension.categories.map(
    (category): GridRow => ({
      category,
      cells: columnDimension.categories.map((column) => required(table, [category.code, column.code])),
      total: required(table, [category.code, null]),
    }),
  );
  const columnTotals = columnDimension.categories.map((column) => required(table, [null, column.code]));
  return { rowDimension, columnDimension, rows, columnTotals, grandTotal: required(table, [null, null]) };
}
