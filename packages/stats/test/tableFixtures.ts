// Builders of raw tables from plain numbers, for tests only.
import { rawDisclosure } from "../src/disclosureMetadata.js";
import type { Dimension, StatCell, StatTable } from "../src/statTable.js";

function dimension(name: string, size: number, multiValued = false): Dimension {
  return {
    name,
    label: name,
    kind: "category",
    multiValued,
    categories: Array.from({ length: size }, (_, i) => ({
      code: `${name}${String(i)}`,
      label: `${name} ${String(i)}`,
      unknown: false,
    })),
  };
}

/** A raw 1-D table with the given counts. */
export function table1(values: readonly number[]): StatTable {
  const rows = dimension("r", values.length);
  const cells: StatCell[] = values.map((value, i) => ({ key: [`r${String(i)}`], value, status: "published" }));
  const total = values.reduce((sum, value) => sum + value, 0);
  return {
    kind: "stat_table",
    version: 1,
    measure: "count",
    dimensions: [rows],
    cells,
    totals: [{ key: [null], value: total, status: "published" }],
    disclosure: rawDisclosure(),
    notes: [],
  };
}

/** A raw 2-D table with the given inner counts and all margins (single-valued dimensions). */
export function table2(matrix: readonly (readonly number[])[]): StatTable {
  const rowCount = matrix.length;
  const columnCount = matrix[0]?.length ?? 0;
  const rows = dimension("r", rowCount);
  const columns = dimension("c", columnCount);
  const cells: StatCell[] = [];
  const totals: StatCell[] = [];
  const at = (r: number, c: number) => matrix[r]?.[c] ?? 0;
  const rowTotal = (r: number) => Array.from({ length: columnCount }, (_, c) => at(r, c)).reduce((a, b) => a + b, 0);
  const columnTotal = (c: number) => Array.from({ length: rowCount }, (_, r) => at(r, c)).reduce((a, b) => a + b, 0);
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columnCount; c++)
      cells.push({ key: [`r${String(r)}`, `c${String(c)}`], value: at(r, c), status: "published" });
    totals.push({ key: [`r${String(r)}`, null], value: rowTotal(r), status: "published" });
  }
  let grand = 0;
  for (let c = 0; c < columnCount; c++) {
    totals.push({ key: [null, `c${String(c)}`], value: columnTotal(c), status: "published" });
    grand += columnTotal(c);
  }
  totals.push({ key: [null, null], value: grand, status: "published" });
  return {
    kind: "stat_table",
    version: 1,
    measure: "count",
    dimensions: [rows, columns],
    cells,
    totals,
    disclosure: rawDisclosure(),
    notes: [],
  };
}
