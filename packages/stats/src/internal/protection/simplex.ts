/**
 * A small dense two-phase simplex for the disclosure audit: bounds of one variable at a time over
 * `x >= 0` and rows `a·x <= b` or `a·x = b`. Tables are split into connected components first,
 * so the problems stay small.
 */
export interface LpRow {
  /** Columns with a coefficient (each at most once); the others are 0. */
  readonly columns: readonly number[];
  /** Per entry of `columns`, its coefficient. */
  readonly values: readonly number[];
  readonly type: "le" | "eq";
  readonly rhs: number;
}

/** The outcome of one optimisation; `point` is an optimal solution (the original variables). */
export type LpResult =
  | { readonly status: "optimal"; readonly value: number; readonly point: Float64Array }
  | { readonly status: "unbounded" };

const EPSILON = 1e-9;

/** A feasible basis found by phase 1, reusable for several objectives. */
export interface FeasibleTableau {
  readonly n: number;
  readonly columns: number;
  readonly rows: readonly Float64Array[];
  readonly basis: Int32Array;
  /** Columns that may enter (not artificial). */
  readonly allowed: Uint8Array;
}

let scratch = new Int32Array(64);

/**
 * Pivots on (row, column). With `owned`, rows start shared with another tableau and are copied
 * before their first change (copy on write: a pivot changes only the rows with a non-zero entry in
 * the column, so most rows of a large tableau are never copied).
 */
function pivot(
  rows: Float64Array[],
  objective: Float64Array,
  basis: Int32Array,
  row: number,
  column: number,
  owned: Uint8Array | null,
): void {
  if (owned !== null && owned[row] === 0) {
    rows[row] = (rows[row] as Float64Array).slice();
    owned[row] = 1;
  }
  const pivotRow = rows[row] as Float64Array;
  const width = pivotRow.length;
  const factor = pivotRow[column] as number;
  if (scratch.length < width) scratch = new Int32Array(width);
  const nonZero = scratch;
  // Tableaux of tables are sparse: only the pivot row's non-zero columns change in other rows.
  let count = 0;
  for (let j = 0; j < width; j++) {
    const a = pivotRow[j] as number;
    if (a !== 0) {
      pivotRow[j] = a / factor;
      nonZero[count++] = j;
    }
  }
  for (let i = -1; i < rows.length; i++) {
    if (i === row) continue;
    let target = i < 0 ? objective : (rows[i] as Float64Array);
    const scale = target[column] as number;
    if (scale > -EPSILON && scale < EPSILON) continue;
    if (i >= 0 && owned !== null && owned[i] === 0) {
      target = target.slice();
      rows[i] = target;
      owned[i] = 1;
    }
    for (let k = 0; k < count; k++) {
      const j = nonZero[k] as number;
      target[j] = (target[j] as number) - scale * (pivotRow[j] as number);
    }
  }
  basis[row] = column;
}

/** Runs simplex iterations maximising the objective row (`z - c·x`, last entry the value). */
function iterate(
  rows: Float64Array[],
  objective: Float64Array,
  basis: Int32Array,
  allowed: Uint8Array,
  owned: Uint8Array | null,
): "optimal" | "unbounded" {
  const rhs = objective.length - 1;
  const limit = 50 * (rows.length + rhs) + 1000;
  for (let step = 0; ; step++) {
    // Dantzig's rule for speed; Bland's rule after many steps, which cannot cycle.
    const bland = step > limit;
    let entering = -1;
    let best = -EPSILON;
    for (let j = 0; j < rhs; j++) {
      if (allowed[j] === 0) continue;
      const cost = objective[j] as number;
      if (cost < best) {
        entering = j;
        if (bland) break;
        best = cost;
      }
    }
    if (entering < 0) return "optimal";
    let leaving = -1;
    let ratio = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Float64Array;
      const a = row[entering] as number;
      if (a <= EPSILON) continue;
      const r = (row[rhs] as number) / a;
      if (r < ratio - EPSILON || (r <= ratio + EPSILON && (basis[i] as number) < (basis[leaving] as number))) {
        ratio = r;
        leaving = i;
      }
    }
    if (leaving < 0) return "unbounded";
    pivot(rows, objective, basis, leaving, entering, owned);
  }
}

/** The values of the first `n` variables at the current basis. */
export function basicSolution(n: number, rows: readonly Float64Array[], basis: Int32Array): Float64Array {
  const point = new Float64Array(n);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Float64Array;
    const column = basis[i] as number;
    if (column < n) point[column] = row[row.length - 1] as number;
  }
  return point;
}

/** Phase 1: finds a feasible basis, or `null` when the rows are infeasible. */
export function feasibleTableau(n: number, lpRows: readonly LpRow[]): FeasibleTableau | null {
  const slackCount = lpRows.filter((row) => row.type === "le").length;
  // A row needs an artificial unless it is `<=` with a non-negative right-hand side.
  const artificialCount = lpRows.filter((row) => row.type === "eq" || row.rhs < 0).length;
  const columns = n + slackCount + artificialCount;
  const rows: Float64Array[] = [];
  const basis = new Int32Array(lpRows.length);
  let slack = n;
  let artificial = n + slackCount;
  // Per row, its slack column (-1 when none), to price the phase-1 objective over non-zeros only.
  const slackOf = new Int32Array(lpRows.length).fill(-1);
  lpRows.forEach((source, i) => {
    const flip = source.rhs < 0 ? -1 : 1;
    const row = new Float64Array(columns + 1);
    const { columns: at, values } = source;
    for (let k = 0; k < at.length; k++) row[at[k] as number] = flip * (values[k] as number);
    row[columns] = flip * source.rhs;
    if (source.type === "le") {
      row[slack] = flip;
      slackOf[i] = slack;
      if (flip === 1) basis[i] = slack;
      slack++;
    }
    if (source.type === "eq" || flip === -1) {
      row[artificial] = 1;
      basis[i] = artificial;
      artificial++;
    }
    rows.push(row);
  });
  const firstArtificial = n + slackCount;
  const allowed = new Uint8Array(columns).fill(1).fill(0, firstArtificial);
  if (artificialCount === 0) return { n, columns, rows, basis, allowed };
  // Maximise -(sum of artificials): the objective row starts at +1 per artificial, priced out by the basis.
  const objective = new Float64Array(columns + 1).fill(1, firstArtificial, columns);
  // Subtracting a zero changes nothing, so only a row's own columns, slack, artificial and
  // right-hand side are visited (in row order per column, as a dense pass would).
  rows.forEach((row, i) => {
    const own = basis[i] as number;
    if (own < firstArtificial) return;
    const at = (lpRows[i] as LpRow).columns;
    for (let k = 0; k < at.length; k++) {
      const j = at[k] as number;
      objective[j] = (objective[j] as number) - (row[j] as number);
    }
    const slackColumn = slackOf[i] as number;
    if (slackColumn >= 0) objective[slackColumn] = (objective[slackColumn] as number) - (row[slackColumn] as number);
    objective[own] = (objective[own] as number) - (row[own] as number);
    objective[columns] = (objective[columns] as number) - (row[columns] as number);
  });
  iterate(rows, objective, basis, allowed, null);
  if ((objective[columns] as number) < -1e-7) return null;
  // Drive remaining (zero) artificials out of the basis, or drop their redundant rows.
  const keptRows: Float64Array[] = [];
  const keptBasis: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Float64Array;
    if ((basis[i] as number) >= firstArtificial) {
      let column = -1;
      for (let j = 0; j < firstArtificial; j++) {
        if (Math.abs(row[j] as number) > 1e-7) {
          column = j;
          break;
        }
      }
      if (column < 0) continue;
      pivot(rows, objective, basis, i, column, null);
    }
  }
  rows.forEach((row, i) => {
    const column = basis[i] as number;
    if (column < firstArtificial) {
      keptRows.push(row);
      keptBasis.push(column);
    }
  });
  return { n, columns, rows: keptRows, basis: Int32Array.from(keptBasis), allowed };
}

/** Phase 2 from a feasible basis: maximises `objective·x` (the tableau is not changed: rows are copied on write). */
export function maximise(tableau: FeasibleTableau, objective: readonly number[]): LpResult {
  const rows = tableau.rows.slice();
  const owned = new Uint8Array(rows.length);
  const basis = Int32Array.from(tableau.basis);
  const z = new Float64Array(tableau.columns + 1);
  for (let j = 0; j < objective.length; j++) z[j] = -(objective[j] as number);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Float64Array;
    const c = z[basis[i] as number] as number;
    if (c === 0) continue;
    for (let j = 0; j <= tableau.columns; j++) z[j] = (z[j] as number) - c * (row[j] as number);
  }
  const status = iterate(rows, z, basis, tableau.allowed, owned);
  if (status === "unbounded") return { status };
  return { status: "optimal", value: z[tableau.columns] as number, point: basicSolution(tableau.n, rows, basis) };
}
