import { type FeasibleTableau, feasibleTableau, type LpRow } from "./simplex.js";
import type { Crash } from "./sparsePhaseOne.js";

/** The rows of the latest phase 1 and its outcome. */
let latest: {
  readonly n: number;
  readonly rows: readonly LpRow[];
  readonly duals: boolean;
  readonly tableau: FeasibleTableau | null;
} | null = null;

function sameRows(a: readonly LpRow[], b: readonly LpRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as LpRow;
    const y = b[i] as LpRow;
    if (x.type !== y.type || x.rhs !== y.rhs || x.columns.length !== y.columns.length) return false;
    for (let k = 0; k < x.columns.length; k++) {
      if (x.columns[k] !== y.columns[k] || x.values[k] !== y.values[k]) return false;
    }
  }
  return true;
}

/**
 * {@link feasibleTableau}, or the latest one when its rows are the same: protectTables' final audit
 * proves on exactly the rows of the last suppression round (bench:joint, 100 records: a phase 1 of
 * 996 rows, about 150 ms, twice). A tableau's rows never change after phase 1 (optimisations copy
 * on write), so it can serve again.
 */
export function cachedTableau(
  n: number,
  rows: readonly LpRow[],
  duals: boolean,
  crash?: {
    readonly model: object;
    readonly atoms: ArrayLike<number>;
    /** Per column, the lower bound of its atom that it counts from (a column is the atom less it). */
    readonly lower: ArrayLike<number>;
  },
): FeasibleTableau | null {
  if (latest !== null && latest.n === n && latest.duals === duals && sameRows(latest.rows, rows)) return latest.tableau;
  if (crash === undefined || duals) {
    const tableau = feasibleTableau(n, rows, duals);
    latest = { n, rows, duals, tableau };
    return tableau;
  }
  const { model, atoms, lower } = crash;
  const keys = rows.map((row) => rowKey(row, atoms));
  const before = latestBases.get(model);
  const tableau = feasibleTableau(
    n,
    rows,
    duals,
    before === undefined ? undefined : crashFrom(n, rows, keys, atoms, lower, before),
  );
  latest = { n, rows, duals, tableau };
  if (tableau !== null) latestBases.set(model, basisKeys(n, rows, keys, atoms, lower, tableau));
  return tableau;
}

/**
 * Per reader model, its latest feasible basis, by what its columns are (an atom, or the slack of a
 * row by its sum), with their values (an atom's count, not less its lower bound, which may change),
 * so that the next programme over the model, a suppression round later, starts phase 1 from it
 * (see sparsePhaseOne.ts): the rounds differ by the few quantities hidden since. Per model, so that
 * a call never depends on an earlier one.
 */
const latestBases = new WeakMap<object, ReadonlyMap<string, number>>();

/** A row's sum over atoms (not columns, which differ between programmes) and its type. */
function rowKey(row: LpRow, atoms: ArrayLike<number>): string {
  const terms = row.columns.map((c, k) => [atoms[c] as number, row.values[k] as number] as const);
  terms.sort((a, b) => a[0] - b[0]);
  return `${row.type} ${terms.map(([atom, value]) => `${String(atom)}:${String(value)}`).join(" ")}`;
}

/** Per `<=` row, its slack column (feasibleTableau numbers them after the `n` variables, in row order). */
function slackColumns(n: number, rows: readonly LpRow[]): Int32Array {
  let slack = n;
  return Int32Array.from(rows, (row) => (row.type === "le" ? slack++ : -1));
}

/** The columns of these rows that were basic in `basis` (by key), those with a positive value first. */
function crashFrom(
  n: number,
  rows: readonly LpRow[],
  keys: readonly string[],
  atoms: ArrayLike<number>,
  lower: ArrayLike<number>,
  basis: ReadonlyMap<string, number>,
): Crash {
  const positive: number[] = [];
  const positiveValues: number[] = [];
  const zero: number[] = [];
  const add = (column: number, value: number | undefined) => {
    if (value === undefined) return;
    if (value > 1e-9) {
      positive.push(column);
      positiveValues.push(value);
    } else zero.push(column);
  };
  for (let c = 0; c < n; c++) {
    const count = basis.get(`a${String(atoms[c])}`);
    add(c, count === undefined ? undefined : count - (lower[c] as number));
  }
  const slacks = slackColumns(n, rows);
  keys.forEach((key, i) => {
    if ((slacks[i] as number) >= 0) add(slacks[i] as number, basis.get(`s${key}`));
  });
  return {
    columns: [...positive, ...zero],
    values: [...positiveValues, ...zero.map(() => 0)],
    leading: positive.length,
  };
}

/** A tableau's basic columns by key, with their values (see {@link latestBases}). */
function basisKeys(
  n: number,
  rows: readonly LpRow[],
  keys: readonly string[],
  atoms: ArrayLike<number>,
  lower: ArrayLike<number>,
  tableau: FeasibleTableau,
): ReadonlyMap<string, number> {
  const slacks = slackColumns(n, rows);
  const rowOfSlack = new Map<number, number>();
  slacks.forEach((slack, i) => {
    if (slack >= 0) rowOfSlack.set(slack, i);
  });
  const basic = new Map<string, number>();
  const { productForm } = tableau;
  tableau.basis.forEach((column, i) => {
    const value =
      productForm === undefined ? (tableau.rows[i]?.[tableau.columns] as number) : (productForm.rhs[i] as number);
    if (column < n) basic.set(`a${String(atoms[column])}`, value + (lower[column] as number));
    else {
      const row = rowOfSlack.get(column);
      if (row !== undefined) basic.set(`s${keys[row] as string}`, value);
    }
  });
  return basic;
}

/** Drops the latest tableau (it can be tens of megabytes): protectTables calls it when it returns. */
export function forgetTableau(): void {
  latest = null;
}
