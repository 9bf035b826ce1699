import type { LpRow } from "./simplex.js";

/** A row's left-hand side as text, its columns in order (the same sum written in any order). */
function leftSide(row: LpRow, sign: 1 | -1): string {
  const order = row.columns.map((_, k) => k).sort((a, b) => (row.columns[a] as number) - (row.columns[b] as number));
  return order.map((k) => `${String(row.columns[k])}:${String(sign * (row.values[k] as number))}`).join(" ");
}

/**
 * The rows without those that others imply: a `<=` row that `x >= 0` meets (no positive
 * coefficient, right-hand side at least 0), whose left-hand side another `<=` row repeats with a
 * right-hand side as small or smaller, or that an equation on the same sum (or its negation)
 * implies, and an equation that another repeats. Linked tables share their margins, so a
 * joint model writes the same sum once per table: a third of the rows of the CTDC bench, each a
 * row and a slack column more in every tableau. The rows kept describe the same polytope, and they
 * are a subset of the rows given, so a dual certificate over them is one over the full system.
 */
export function withoutRedundantRows(rows: readonly LpRow[]): LpRow[] {
  const equations = new Map<string, number>();
  for (const row of rows) {
    if (row.type !== "eq") continue;
    const key = leftSide(row, 1);
    // Two equations on one sum with different values are kept both: phase 1 finds them infeasible.
    if (!equations.has(key)) equations.set(key, row.rhs);
  }
  const implied = (key: string, rhs: number, sign: 1 | -1) => {
    const value = equations.get(key);
    return value !== undefined && sign * value <= rhs;
  };
  // Per `<=` left-hand side, the index in `kept` of its row and the smallest right-hand side seen.
  const inequalities = new Map<string, number>();
  const kept: LpRow[] = [];
  const keptEquations = new Set<string>();
  for (const row of rows) {
    const key = leftSide(row, 1);
    if (row.type === "eq") {
      const id = `${key}=${String(row.rhs)}`;
      if (keptEquations.has(id)) continue;
      keptEquations.add(id);
      kept.push(row);
      continue;
    }
    // No positive coefficient and a right-hand side of at least 0: every point with `x >= 0` meets it.
    if (row.rhs >= 0 && row.values.every((v) => v <= 0)) continue;
    if (implied(key, row.rhs, 1) || implied(leftSide(row, -1), row.rhs, -1)) continue;
    const at = inequalities.get(key);
    if (at === undefined) {
      inequalities.set(key, kept.length);
      kept.push(row);
    } else if (row.rhs < (kept[at] as LpRow).rhs) {
      kept[at] = row;
    }
  }
  return kept;
}
