// A reimplementation, for the benchmarks only, of the secondary suppression of Statistics Norway's
// GaussSuppression (R packages GaussSuppression and SSBtools; Langsrud 2024, "Secondary cell
// suppression by Gaussian elimination"), as SuppressSmallCounts runs it with publishable zeros
// (protectZeros = FALSE, secondaryZeros = FALSE, singletonMethod "anySum"):
// - candidates: the non-primary entries, zeros first, then by frequency + 1, decreasing; ties go
//   to entries computed from many inner cells (CandidatesDefault);
// - singletons: inner cells with frequency 1, ordered after the other inner cells;
// - each candidate in turn, reduced by the entries published before it, is published unless it
//   would make a primary entry a linear combination of the published ones (a primary column
//   proportional to it), or, "anySum", unless it reduces to a sum of singletons only;
// - primary entries made of singletons only are left to the anySum rule.
// Exact integer elimination (fraction-free, divided by the gcd). Only linear dependence is
// checked: non-negativity, and so interval width, is outside the method.
import { gcd } from "../src/internal/protection/gaussStart.js";
import type { LinearTable } from "./linearTableModel.js";

/** A sparse integer column: sorted row positions and their coefficients. */
interface Column {
  rows: number[];
  values: number[];
}

/** `p * c - k * pivot` with `p` the pivot's and `k` the column's coefficient at `row`, over the gcd. */
function eliminate(column: Column, pivot: Column, row: number): Column {
  const at = column.rows.indexOf(row);
  if (at < 0) return column;
  const k = column.values[at] as number;
  const p = pivot.values[pivot.rows.indexOf(row)] as number;
  const merged = new Map<number, number>();
  column.rows.forEach((r, i) => {
    merged.set(r, p * (column.values[i] as number));
  });
  pivot.rows.forEach((r, i) => {
    merged.set(r, (merged.get(r) ?? 0) - k * (pivot.values[i] as number));
  });
  const rows = [...merged.keys()].filter((r) => merged.get(r) !== 0).sort((a, b) => a - b);
  let divisor = 0;
  for (const r of rows) divisor = gcd(divisor, merged.get(r) as number);
  const values = rows.map((r) => (merged.get(r) as number) / (divisor || 1));
  if (values.some((v) => !Number.isSafeInteger(v))) throw new Error("Gaussian elimination overflow");
  return { rows, values };
}

function proportional(a: Column, b: Column): boolean {
  if (a.rows.length !== b.rows.length || a.rows.length === 0) return false;
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i] !== b.rows[i]) return false;
  const a0 = a.values[0] as number;
  const b0 = b.values[0] as number;
  for (let i = 1; i < a.rows.length; i++) {
    if ((a.values[i] as number) * b0 !== (b.values[i] as number) * a0) return false;
  }
  return true;
}

/** GaussSuppression's secondary suppressions (entry indexes) for the given primary entries. */
export function gaussSuppression(model: LinearTable, primary: readonly boolean[]): number[] {
  const { entries, innerValues } = model;
  if (!primary.includes(true)) return [];
  // Row order: non-singleton inner cells first (anySum's maxInd).
  const order = innerValues
    .map((_, r) => r)
    .sort((a, b) => Number(innerValues[a] === 1) - Number(innerValues[b] === 1));
  const position = new Int32Array(innerValues.length);
  order.forEach((r, i) => {
    position[r] = i;
  });
  const firstSingleton = order.findIndex((r) => innerValues[r] === 1);
  const maxInd = firstSingleton < 0 ? order.length : firstSingleton;
  const columnOf = (e: number): Column => {
    const rows = (entries[e]?.rows ?? []).map((r) => position[r] as number).sort((a, b) => a - b);
    return { rows, values: rows.map(() => 1) };
  };
  // CandidatesDefault: (freq + 1) + 0.99 * tie, zeros moved to the front.
  const innerWeight = new Float64Array(innerValues.length);
  entries.forEach((entry) => {
    for (const r of entry.rows) innerWeight[r] = (innerWeight[r] as number) + entry.value + 1;
  });
  const tie = entries.map((entry) => entry.rows.reduce((sum, r) => sum + (innerWeight[r] as number), 0));
  const maxTie = Math.max(...tie);
  const score = entries.map((entry, e) => entry.value + 1 + (0.99 * (tie[e] as number)) / maxTie);
  const maxScore = Math.max(...score);
  entries.forEach((entry, e) => {
    if (entry.value === 0) score[e] = 0.01 + maxScore + (score[e] as number);
  });
  const candidates = entries
    .map((_, e) => e)
    .filter((e) => !primary[e])
    .sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  // Primary columns; those made of singletons only are handled by anySum.
  let primaryColumns = entries
    .map((_, e) => e)
    .filter((e) => primary[e])
    .map(columnOf)
    .filter((column) => column.rows.some((r) => r < maxInd));
  const pending = candidates.map(columnOf);
  const used = new Uint8Array(innerValues.length);
  const secondary: number[] = [];
  candidates.forEach((entry, j) => {
    const column = pending[j] as Column;
    if (column.rows.length === 0) return; // already a combination of published entries
    let suppress = (column.rows[0] as number) >= maxInd;
    if (suppress && new Set(column.values.map(Math.sign)).size > 1 && !column.rows.some((r) => used[r] === 1)) {
      // A difference of singletons, not a sum: publishable once per singleton.
      suppress = false;
      for (const r of column.rows) used[r] = 1;
    }
    if (!suppress) suppress = primaryColumns.some((p) => proportional(p, column));
    if (suppress) {
      secondary.push(entry);
      return;
    }
    const row = column.rows[0] as number;
    for (let k = j + 1; k < pending.length; k++) pending[k] = eliminate(pending[k] as Column, column, row);
    primaryColumns = primaryColumns.map((p) => eliminate(p, column, row));
  });
  return secondary;
}
