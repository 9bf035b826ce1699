// A table as a linear model for the suppression benchmarks: every entry (cell, margin, total) as the
// sum of inner cells, as GaussSuppression's model matrix x (rows: inner cells, columns: entries).
// Single-valued dimensions: a total is the sum of the categories. A multi-valued dimension has no
// such sum (a person counts once in each value), so its "mentions" are the inner cells and its
// persons total is one more inner category, tied to the values by nothing linear.
import type { StatCell, StatTable } from "../src/statTable.js";

/** One published entry of the table. */
export interface LinearEntry {
  readonly key: readonly (string | null)[];
  readonly value: number;
  /** Inner cells (row ids) the entry adds up. */
  readonly rows: readonly number[];
  /** How many coordinates are totals (0 for inner cells). */
  readonly level: number;
}

/** A table's entries and inner cells. */
export interface LinearTable {
  readonly entries: readonly LinearEntry[];
  /** Value per inner cell. */
  readonly innerValues: readonly number[];
  /** Index of the grand total among the entries. */
  readonly grand: number;
}

/** Builds the linear model of a table whose categories are all leaves (no subtotals). */
export function linearTable(table: StatTable): LinearTable {
  const dimensions = table.dimensions;
  // Per dimension: inner coordinates (categories, plus the persons total when multi-valued).
  const extents = dimensions.map((d) => d.categories.length + (d.multiValued ? 1 : 0));
  const strides = extents.map((_, j) => extents.slice(j + 1).reduce((p, e) => p * e, 1));
  const innerCount = extents.reduce((p, e) => p * e, 1);
  const positions = dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
  const innerValues = new Array<number>(innerCount).fill(0);
  const all: StatCell[] = [...table.cells, ...table.totals];
  const entries: LinearEntry[] = all.map((cell) => {
    // Per coordinate, the inner coordinates it covers.
    const choices = cell.key.map((code, j) => {
      const d = dimensions[j];
      if (d === undefined) throw new Error("key longer than dimensions");
      if (code !== null) return [positions[j]?.get(code) ?? -1];
      return d.multiValued ? [d.categories.length] : d.categories.map((_, i) => i);
    });
    let rows = [0];
    choices.forEach((choice, j) => {
      const stride = strides[j] as number;
      rows = rows.flatMap((base) => choice.map((c) => base + c * stride));
    });
    const level = cell.key.filter((code) => code === null).length;
    return { key: cell.key, value: cell.value ?? 0, rows, level };
  });
  for (const entry of entries) if (entry.rows.length === 1) innerValues[entry.rows[0] as number] = entry.value;
  const grand = entries.findIndex((entry) => entry.key.every((code) => code === null));
  return { entries, innerValues, grand };
}

/** Entry indexes from 1 to threshold − 1 (primary suppression with publishable zeros). */
export function primaryOf(model: LinearTable, threshold: number): boolean[] {
  return model.entries.map((entry) => entry.value > 0 && entry.value < threshold);
}
