import { type Presolved, presolved } from "./presolve.js";
import { withoutRedundantRows } from "./redundantRows.js";
import { type FeasibleTableau, feasibleTableau, type LpRow } from "./simplex.js";

/** One constraint over a component's columns: `lower <= sum(coefficient * y) <= upper`. */
export interface LocalConstraint {
  readonly columns: readonly number[];
  /** Per column, its coefficient (all 1 when absent). */
  readonly coefficients?: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/**
 * A component's linear programme restricted to a few columns, every other column held at a witness's
 * value, and presolved (see {@link Presolved}). Any point of the restriction, expanded and with the
 * held values beside it, satisfies every constraint of the component, so a witness found here is one
 * of the whole component; a restriction that finds none proves nothing (the whole component may
 * still have one).
 */
export interface Restriction {
  /** The component's column of each local column. */
  readonly columns: Int32Array;
  /** The local columns in terms of the reduced ones that `constraints`, `rows` and `tableau` are over. */
  readonly system: Presolved;
  readonly constraints: readonly LocalConstraint[];
  readonly rows: readonly LpRow[];
  readonly tableau: FeasibleTableau;
}

/** Per column of a component, the constraints that hold it (built once per component). */
export function constraintsByColumn(n: number, constraints: readonly LocalConstraint[]): Int32Array[] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  constraints.forEach((constraint, k) => {
    for (const c of constraint.columns) (lists[c] as number[]).push(k);
  });
  return lists.map((list) => Int32Array.from(list));
}

/**
 * Constraints with more columns than this lend their rows to a restriction but do not pull their
 * columns in: a grand total holds every column, and following it would make the restriction the
 * whole component.
 */
const FOLLOW_MAX = 48;

/**
 * The columns near the goal's: the goal's own, then breadth first along small constraints (a line of
 * the most detailed table, a link between blocks), smallest first, until `size` columns. A move that
 * raises the goal by the level while every shown sum stays mostly runs along such lines (in a
 * two-way table: a cycle through hidden cells).
 */
export function nearColumns(
  goal: readonly number[],
  constraints: readonly LocalConstraint[],
  byColumn: readonly Int32Array[],
  size: number,
): number[] {
  const chosen = new Set<number>(goal);
  const order = [...goal];
  for (let i = 0; i < order.length && chosen.size < size; i++) {
    const held = [...(byColumn[order[i] as number] as Int32Array)]
      .map((k) => constraints[k] as LocalConstraint)
      .filter((constraint) => constraint.columns.length <= FOLLOW_MAX)
      .sort((a, b) => a.columns.length - b.columns.length);
    for (const constraint of held) {
      for (const c of constraint.columns) {
        if (chosen.size >= size) break;
        if (chosen.has(c)) continue;
        chosen.add(c);
        order.push(c);
      }
    }
  }
  return order;
}

/**
 * The restriction of the component to `columns`, every other column held at `base` (an integer
 * point of the component): each constraint that holds a local column, less what the held columns
 * add, presolved. `null` when phase 1 fails (it cannot when `base` satisfies every constraint,
 * short of round-off).
 */
export function restrictTo(
  columns: readonly number[],
  base: readonly number[],
  constraints: readonly LocalConstraint[],
  byColumn: readonly Int32Array[],
): Restriction | null {
  // Typed arrays, not maps and sets: a dive builds one restriction of about 200 columns from
  // constraints that may hold thousands (bench:joint, 2,000 records: 250 restrictions a run).
  const localOf = new Int32Array(byColumn.length).fill(-1);
  columns.forEach((c, i) => {
    localOf[c] = i;
  });
  const seen = new Uint8Array(constraints.length);
  const touched: number[] = [];
  for (const c of columns) {
    for (const k of byColumn[c] as Int32Array) {
      if (seen[k] === 1) continue;
      seen[k] = 1;
      touched.push(k);
    }
  }
  const local: LocalConstraint[] = [];
  for (const k of Int32Array.from(touched).sort()) {
    const constraint = constraints[k] as LocalConstraint;
    const { coefficients } = constraint;
    let held = 0;
    const localColumns: number[] = [];
    const localCoefficients: number[] = [];
    const all = constraint.columns;
    for (let i = 0; i < all.length; i++) {
      const c = all[i] as number;
      const coefficient = coefficients === undefined ? 1 : (coefficients[i] as number);
      const at = localOf[c] as number;
      if (at < 0) held += coefficient * (base[c] as number);
      else {
        localColumns.push(at);
        if (coefficients !== undefined) localCoefficients.push(coefficient);
      }
    }
    const lower = constraint.lower - held;
    const upper = constraint.upper - held;
    local.push(
      coefficients === undefined
        ? { columns: localColumns, lower, upper }
        : { columns: localColumns, coefficients: localCoefficients, lower, upper },
    );
  }
  const system = presolved(columns.length, local);
  if (system === null) return null;
  const rows = withoutRedundantRows(lpRows(system.n, system.constraints));
  const tableau = feasibleTableau(system.n, rows);
  return tableau === null
    ? null
    : { columns: Int32Array.from(columns), system, constraints: system.constraints, rows, tableau };
}

/**
 * The LP rows of constraints over `n` columns (a column twice in one constraint: coefficients add),
 * each with the index of its constraint as `source`.
 */
export function lpRows(n: number, constraints: readonly LocalConstraint[]): LpRow[] {
  const rows: LpRow[] = [];
  const sum = new Float64Array(n);
  const seen = new Uint8Array(n);
  constraints.forEach((constraint, source) => {
    const { lower, upper } = constraint;
    const columns: number[] = [];
    constraint.columns.forEach((c, i) => {
      if (seen[c] === 0) {
        seen[c] = 1;
        columns.push(c);
      }
      sum[c] = (sum[c] as number) + (constraint.coefficients?.[i] ?? 1);
    });
    const values = columns.map((c) => sum[c] as number);
    for (const c of columns) {
      sum[c] = 0;
      seen[c] = 0;
    }
    if (lower === upper) {
      rows.push({ columns, values, type: "eq", rhs: upper, source });
      return;
    }
    if (Number.isFinite(upper)) rows.push({ columns, values, type: "le", rhs: upper, source });
    // A lower bound of 0 or less is implied when no coefficient is negative (columns are >= 0); a
    // presolved restriction has negative ones (see presolve.ts).
    if (lower > 0 || (Number.isFinite(lower) && values.some((a) => a < 0)))
      rows.push({ columns, values: values.map((a) => -a), type: "le", rhs: -lower, source });
  });
  return rows;
}
