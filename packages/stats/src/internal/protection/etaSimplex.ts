import { type Basis, countPivot, enteringColumn, type FeasibleTableau, type LpResult } from "./simplex.js";

const EPSILON = 1e-9;

/**
 * One pivot of the product form: the tableau after it is `E` times the tableau before, `E` the
 * identity but for column `row`, which is `1/alpha` there and `-a_i/alpha` in the other rows (`a`
 * the entering column before the pivot, `alpha = a[row]`).
 */
interface Eta {
  readonly row: number;
  readonly alpha: number;
  /** The entering column before the pivot, dense (`column[row]` is alpha). */
  readonly column: Float64Array;
  /** Its non-zero rows other than `row`. */
  readonly nonZero: Int32Array;
}

/**
 * A basis of a fixed tableau written as the pivots taken from it (the product form): the tableau's
 * rows are never copied or changed. A few dozen pivots from a phase-1 basis cost a few rows of the
 * tableau each instead of every row with a non-zero in the entering column (bench:joint at 2,000
 * records: about 300 rows of 700 to 2,000 non-zeros per pivot of the dense tableau).
 */
export interface EtaBasis {
  readonly tableau: FeasibleTableau;
  readonly etas: readonly Eta[];
  readonly basis: Int32Array;
  /** The right-hand side (basic values) after the pivots. */
  readonly rhs: Float64Array;
}

/** The tableau's own basis, with no pivot taken. */
export function etaStart(tableau: FeasibleTableau): EtaBasis {
  const rhs = new Float64Array(tableau.rows.length);
  tableau.rows.forEach((row, i) => {
    rhs[i] = row[tableau.columns] as number;
  });
  return { tableau, etas: [], basis: Int32Array.from(tableau.basis), rhs };
}

/** Per tableau: each row's non-zero columns (the rhs excluded), built once. */
const sparseRows = new WeakMap<FeasibleTableau, Int32Array[]>();

function nonZerosOf(tableau: FeasibleTableau): Int32Array[] {
  let rows = sparseRows.get(tableau);
  if (rows === undefined) {
    rows = tableau.rows.map((row) => {
      const at: number[] = [];
      for (let j = 0; j < tableau.columns; j++) if ((row[j] as number) !== 0) at.push(j);
      return Int32Array.from(at);
    });
    sparseRows.set(tableau, rows);
  }
  return rows;
}

/** Applies the etas to a column of the tableau (in place): the column in the current basis. */
function forward(etas: readonly Eta[], x: Float64Array): void {
  for (const { row, alpha, column, nonZero } of etas) {
    const t = x[row] as number;
    if (t === 0) continue;
    const scale = t / alpha;
    x[row] = scale;
    for (let k = 0; k < nonZero.length; k++) {
      const i = nonZero[k] as number;
      x[i] = (x[i] as number) - (column[i] as number) * scale;
    }
  }
}

/**
 * Row `r` of the current tableau, over every column (the rhs excluded): `e_r` times the etas (last
 * first), a combination of a few of the tableau's rows.
 */
function currentRow(state: { tableau: FeasibleTableau; etas: readonly Eta[] }, r: number, out: Float64Array): void {
  const { tableau, etas } = state;
  const weights = new Map<number, number>([[r, 1]]);
  for (let t = etas.length - 1; t >= 0; t--) {
    const { row, alpha, column } = etas[t] as Eta;
    // (v E)_row = (v_row - sum over i != row of v_i a_i) / alpha; the other entries stay.
    let sum = weights.get(row) ?? 0;
    for (const [i, v] of weights) if (i !== row) sum -= v * (column[i] as number);
    const value = sum / alpha;
    if (value === 0) weights.delete(row);
    else weights.set(row, value);
  }
  out.fill(0);
  const sparse = nonZerosOf(tableau);
  for (const [i, v] of weights) {
    const source = tableau.rows[i] as Float64Array;
    const at = sparse[i] as Int32Array;
    for (let k = 0; k < at.length; k++) {
      const j = at[k] as number;
      out[j] = (out[j] as number) + v * (source[j] as number);
    }
  }
}

/** Chains longer than this start again from the tableau (applying etas costs their number a column). */
export const MAX_ETAS = 120;

/**
 * Maximises `objective · x` from `from` (a basis of the tableau in product form) by the primal
 * simplex with devex pricing (Bland's rule after many steps, which cannot cycle; `stalled` after
 * twice as many); with `stopAt`, it stops (`reached`) at the first vertex whose value is at least
 * `stopAt`. The same steps as
 * `maximise` from the same basis, in another representation; the dense tableau is never changed.
 */
export function etaMaximise(
  from: EtaBasis,
  objective: readonly number[],
  stopAt = Number.POSITIVE_INFINITY,
): (LpResult & { readonly state?: EtaBasis }) | { readonly status: "unbounded" | "stalled" } {
  const { tableau } = from;
  const width = tableau.columns;
  const m = tableau.rows.length;
  const etas = from.etas.slice();
  const basis = Int32Array.from(from.basis);
  const rhs = Float64Array.from(from.rhs);
  const state = { tableau, etas };
  // The objective row in the current basis: z_j = -c_j + sum over basic rows of c_basic * row_j.
  const z = new Float64Array(width + 1);
  for (let j = 0; j < objective.length; j++) z[j] = -(objective[j] as number);
  const row = new Float64Array(width);
  for (let i = 0; i < m; i++) {
    const c = -(z[basis[i] as number] as number);
    if (c === 0) continue;
    currentRow(state, i, row);
    for (let j = 0; j < width; j++) z[j] = (z[j] as number) + c * (row[j] as number);
    z[width] = (z[width] as number) + c * (rhs[i] as number);
  }
  const weights = new Float64Array(width).fill(1);
  const column = new Float64Array(m);
  const limit = 50 * (m + width) + 1000;
  for (let step = 0; ; step++) {
    if ((z[width] as number) >= stopAt) return done("reached");
    // Bland's rule cannot cycle; the cap only keeps a numerical failure from running forever.
    if (step > 2 * limit) return { status: "stalled" };
    const entering = enteringColumn(z, tableau.allowed, weights, width, step > limit);
    if (entering < 0) return done("optimal");
    for (let i = 0; i < m; i++) column[i] = (tableau.rows[i] as Float64Array)[entering] as number;
    forward(etas, column);
    let leaving = -1;
    let ratio = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const a = column[i] as number;
      if (a <= EPSILON) continue;
      const r = (rhs[i] as number) / a;
      if (r < ratio - EPSILON || (r <= ratio + EPSILON && (basis[i] as number) < (basis[leaving] as number))) {
        ratio = r;
        leaving = i;
      }
    }
    if (leaving < 0) return { status: "unbounded" };
    currentRow(state, leaving, row);
    const alpha = column[leaving] as number;
    const nonZero: number[] = [];
    for (let i = 0; i < m; i++) {
      if (i === leaving) continue;
      const a = column[i] as number;
      if (a > EPSILON || a < -EPSILON) nonZero.push(i);
      else column[i] = 0;
    }
    const eta: Eta = { row: leaving, alpha, column: Float64Array.from(column), nonZero: Int32Array.from(nonZero) };
    forward([eta], rhs);
    etas.push(eta);
    const scale = (z[entering] as number) / alpha;
    for (let j = 0; j < width; j++) {
      const a = row[j] as number;
      if (a !== 0) z[j] = (z[j] as number) - scale * a;
    }
    z[width] = (z[width] as number) - scale * (rhs[leaving] as number) * alpha;
    const reference = weights[entering] as number;
    for (let j = 0; j < width; j++) {
      const a = (row[j] as number) / alpha;
      if (a === 0) continue;
      const w = a * a * reference;
      if (w > (weights[j] as number)) weights[j] = w;
    }
    const leavingColumn = basis[leaving] as number;
    basis[leaving] = entering;
    if ((weights[leavingColumn] as number) < 1) weights[leavingColumn] = 1;
    countPivot();
  }

  function done(status: "optimal" | "reached") {
    const point = new Float64Array(tableau.n);
    for (let i = 0; i < m; i++) {
      const c = basis[i] as number;
      if (c < tableau.n) point[c] = rhs[i] as number;
    }
    const next: EtaBasis = { tableau, etas, basis, rhs };
    return { status, value: z[width] as number, point, at: dense(next), state: next };
  }
}

/**
 * The dense basis of a product-form one, for what needs rows (branching): every row of the tableau
 * with the etas applied. Built lazily: most results are never branched from.
 */
function dense(state: EtaBasis): Basis {
  let built: Basis | null = null;
  const build = (): Basis => {
    if (built !== null) return built;
    const { tableau, basis, rhs } = state;
    const rows = tableau.rows.map((_, i) => {
      const out = new Float64Array(tableau.columns + 1);
      currentRow(state, i, out.subarray(0, tableau.columns));
      out[tableau.columns] = rhs[i] as number;
      return out;
    });
    built = { rows, basis: Int32Array.from(basis), spareUsed: 0 };
    return built;
  };
  return {
    get rows() {
      return build().rows;
    },
    get basis() {
      return build().basis;
    },
    spareUsed: 0,
  };
}
