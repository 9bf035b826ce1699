import { type Basis, countPivot, enteringColumn, type FeasibleTableau, type LpResult, leavingRow } from "./simplex.js";

const EPSILON = 1e-9;

/**
 * Entries of the entering column below this do not limit the step: the product form of a
 * phase-1 basis of thousands of rows carries round-off of about 1e-8, and a pivot on such an entry
 * blew the objective row up to 1e29 (a 2,540-row programme, 5,000 records of bench:joint's tables
 * with a month × region × gender × age group table; the search then crawled for minutes).
 */
const PIVOT_TOLERANCE = 1e-7;

/** How far (relative) the value of a maximisation may fall from one step to the next before it stalls. */
const FALL_TOLERANCE = 1e-6;

/**
 * One pivot of the product form: the tableau after it is `E` times the tableau before, `E` the
 * identity but for column `row`, which is `1/alpha` there and `-a_i/alpha` in the other rows (`a`
 * the entering column before the pivot, `alpha = a[row]`).
 */
interface Eta {
  readonly row: number;
  readonly alpha: number;
  /** The entering column's non-zero rows other than `row`. */
  readonly nonZero: Int32Array;
  /** Its entries there (kept sparse: a dense copy per pivot was most of what the root optima allocated). */
  readonly values: Float64Array;
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
  const { productForm } = tableau;
  const rhs =
    productForm === undefined
      ? Float64Array.from(tableau.rows, (row) => row[tableau.columns] as number)
      : Float64Array.from(productForm.rhs);
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
  for (const { row, alpha, nonZero, values } of etas) {
    const t = x[row] as number;
    if (t === 0) continue;
    const scale = t / alpha;
    x[row] = scale;
    for (let k = 0; k < nonZero.length; k++) {
      const i = nonZero[k] as number;
      x[i] = (x[i] as number) - (values[k] as number) * scale;
    }
  }
}

/**
 * `weights` (an entry per row of the current tableau) times the etas, last first (in place): the
 * weights of the tableau's own rows that give the same combination.
 */
function backward(etas: readonly Eta[], weights: Float64Array): void {
  for (let t = etas.length - 1; t >= 0; t--) {
    const { row, alpha, nonZero, values } = etas[t] as Eta;
    // (v E)_row = (v_row - sum over i != row of v_i a_i) / alpha; the other entries stay.
    let sum = weights[row] as number;
    for (let k = 0; k < nonZero.length; k++) {
      const i = nonZero[k] as number;
      sum -= (weights[i] as number) * (values[k] as number);
    }
    weights[row] = sum / alpha;
  }
}

/**
 * The current tableau's rows times `weights` (in place), over every column (the rhs excluded): the
 * same combination of the tableau's own rows after the etas. With `touched`, lists there the
 * columns it wrote (each once; a pivot row touches about half of them on bench:joint) and returns
 * how many.
 */
function combination(
  tableau: FeasibleTableau,
  etas: readonly Eta[],
  weights: Float64Array,
  out: Float64Array,
  touched?: Int32Array,
): number {
  backward(etas, weights);
  if (tableau.productForm !== undefined) return tableau.productForm.combine(weights, out, touched);
  out.fill(0);
  const sparse = nonZerosOf(tableau);
  const seen = touched === undefined ? null : new Uint8Array(out.length);
  let count = 0;
  for (let i = 0; i < weights.length; i++) {
    const v = weights[i] as number;
    if (v === 0) continue;
    const source = tableau.rows[i] as Float64Array;
    const at = sparse[i] as Int32Array;
    for (let k = 0; k < at.length; k++) {
      const j = at[k] as number;
      if (seen !== null && seen[j] === 0) {
        seen[j] = 1;
        (touched as Int32Array)[count++] = j;
      }
      out[j] = (out[j] as number) + v * (source[j] as number);
    }
  }
  return count;
}

/**
 * Arrays of {@link etaMaximise}, reused from one call to the next (nothing it returns holds them): new
 * ones per call were about 130 KB each on bench:joint's programmes, a few hundred calls a round.
 */
const scratch = {
  z: new Float64Array(0),
  row: new Float64Array(0),
  weights: new Float64Array(0),
  touched: new Int32Array(0),
  rowWeights: new Float64Array(0),
  column: new Float64Array(0),
};

/** Scratch arrays of `width` and `m` entries, zeroed (devex weights at 1). */
function scratchOf(width: number, m: number): typeof scratch {
  if (scratch.z.length !== width + 1) {
    scratch.z = new Float64Array(width + 1);
    scratch.row = new Float64Array(width);
    scratch.weights = new Float64Array(width);
    scratch.touched = new Int32Array(width);
  } else scratch.z.fill(0);
  if (scratch.column.length !== m) {
    scratch.rowWeights = new Float64Array(m);
    scratch.column = new Float64Array(m);
  } else scratch.rowWeights.fill(0);
  scratch.weights.fill(1);
  return scratch;
}

/** Column `j` of the tableau before the etas, an entry per row. */
function tableauColumn(tableau: FeasibleTableau, j: number, out: Float64Array): void {
  if (tableau.productForm !== undefined) tableau.productForm.column(j, out);
  else for (let i = 0; i < out.length; i++) out[i] = (tableau.rows[i] as Float64Array)[j] as number;
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
  const m = tableau.basis.length;
  const etas = from.etas.slice();
  const basis = Int32Array.from(from.basis);
  const rhs = Float64Array.from(from.rhs);
  const { z, row, weights, touched, rowWeights: weights0, column } = scratchOf(width, m);
  // The objective row in the current basis: z_j = -c_j + sum over basic rows of c_basic * row_j.
  for (let j = 0; j < objective.length; j++) z[j] = -(objective[j] as number);
  let priced = false;
  for (let i = 0; i < m; i++) {
    const c = -(z[basis[i] as number] as number);
    if (c === 0) continue;
    weights0[i] = c;
    priced = true;
    z[width] = (z[width] as number) + c * (rhs[i] as number);
  }
  if (priced) {
    combination(tableau, etas, weights0, row);
    for (let j = 0; j < width; j++) z[j] = (z[j] as number) + (row[j] as number);
  }
  /** Row `r` of the current tableau into `row`; returns how many columns of `touched` it wrote. */
  const currentRow = (r: number) => {
    weights0.fill(0);
    weights0[r] = 1;
    return combination(tableau, etas, weights0, row, touched);
  };
  const limit = 50 * (m + width) + 1000;
  let value = z[width] as number;
  for (let step = 0; ; step++) {
    if ((z[width] as number) >= stopAt) return done("reached");
    // Bland's rule cannot cycle; the cap only keeps a numerical failure from running forever. The
    // value of a maximisation never falls: where it does, round-off has taken over (the caller
    // starts again from the tableau's own basis).
    const now = z[width] as number;
    if (step > 2 * limit || !(now >= value - FALL_TOLERANCE * Math.max(1, Math.abs(value))))
      return { status: "stalled" };
    value = now;
    const entering = enteringColumn(z, tableau.allowed, weights, width, step > limit);
    if (entering < 0) return done("optimal");
    tableauColumn(tableau, entering, column);
    forward(etas, column);
    const leaving = leavingRow(column, rhs, basis, m, PIVOT_TOLERANCE);
    if (leaving < 0) return { status: "unbounded" };
    const written = currentRow(leaving);
    const alpha = column[leaving] as number;
    const nonZero: number[] = [];
    for (let i = 0; i < m; i++) {
      if (i === leaving) continue;
      const a = column[i] as number;
      if (a > EPSILON || a < -EPSILON) nonZero.push(i);
      else column[i] = 0;
    }
    const at = Int32Array.from(nonZero);
    const values = new Float64Array(at.length);
    for (let k = 0; k < at.length; k++) values[k] = column[at[k] as number] as number;
    const eta: Eta = { row: leaving, alpha, nonZero: at, values };
    forward([eta], rhs);
    etas.push(eta);
    const scale = (z[entering] as number) / alpha;
    const reference = weights[entering] as number;
    // Only the columns the pivot row wrote can change (the objective row and the devex weights).
    for (let k = 0; k < written; k++) {
      const j = touched[k] as number;
      const a = row[j] as number;
      if (a === 0) continue;
      z[j] = (z[j] as number) - scale * a;
      const ratio = a / alpha;
      const w = ratio * ratio * reference;
      if (w > (weights[j] as number)) weights[j] = w;
    }
    z[width] = (z[width] as number) - scale * (rhs[leaving] as number) * alpha;
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
    const { tableau, etas, basis, rhs } = state;
    const weights = new Float64Array(basis.length);
    const rows = Array.from(basis, (_, i) => {
      const out = new Float64Array(tableau.columns + 1);
      weights.fill(0);
      weights[i] = 1;
      combination(tableau, etas, weights, out.subarray(0, tableau.columns));
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

/**
 * The multiplier of each row of the problem (the rows phase 1 started from) at `state`, an optimum of
 * `objective`: the basic costs times the inverse basis. A shown count whose row has a non-zero
 * multiplier holds the optimum where it is; hiding it moves the optimum (see QuantityBounds'
 * `blockers`). `null` for tableaux without a product form.
 */
export function rowMultipliers(state: EtaBasis, objective: readonly number[]): Float64Array | null {
  const { tableau, etas, basis } = state;
  if (tableau.productForm === undefined) return null;
  const weights = Float64Array.from(basis, (column) => (column < objective.length ? (objective[column] as number) : 0));
  backward(etas, weights);
  return tableau.productForm.firstRows(weights);
}
