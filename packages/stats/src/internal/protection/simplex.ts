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
  /** Which constraint the row was written from (see localRestriction.ts's lpRows), to read its multiplier back. */
  readonly source?: number;
}

/**
 * A basis of a tableau: its rows (shared between bases and copied on write, so a basis is never
 * changed once built) and the basic column of each row.
 */
export interface Basis {
  readonly rows: readonly Float64Array[];
  readonly basis: Int32Array;
  /** How many spare columns bound rows already took (see {@link withBound}). */
  readonly spareUsed: number;
  /**
   * Per row, 1 when the row was copied for this basis alone: the last branch from the basis (see
   * {@link withBound}) may change it in place instead of copying it again.
   */
  readonly owned?: Uint8Array;
}

/**
 * The outcome of one optimisation: `point` is an optimal solution (the original variables) and `at`
 * its basis, a warm start for the next objective or for branching. `infeasible` only after bounds
 * were added; `stalled` when the dual simplex gave up (the caller must then not trust the node).
 */
export type LpResult =
  | {
      /** `reached`: stopped at a feasible integral vertex whose value reaches `stopAt` (see {@link maximise}). */
      readonly status: "optimal" | "reached";
      readonly value: number;
      readonly point: Float64Array;
      readonly at: Basis;
      /** Per row of the LP, the multiplier the optimum proposes (tableaux built with `duals` only; root bases only). */
      readonly duals?: Float64Array;
    }
  | { readonly status: "unbounded" | "infeasible" | "stalled" };

import { type Crash, type PhaseOneRows, type ProductForm, type SparseRows, sparsePhaseOne } from "./sparsePhaseOne.js";
import { testSetting } from "./testSetting.js";

const EPSILON = 1e-9;

/** A feasible basis found by phase 1, reusable for several objectives. */
export interface FeasibleTableau extends Basis {
  readonly n: number;
  /** Columns of a row (its last entry, the right-hand side, not counted). */
  readonly columns: number;
  /** Columns that may enter (all but the unused spare columns). */
  readonly allowed: Uint8Array;
  /** The first of the spare columns, kept free for the slacks of bound rows. */
  readonly firstSpare: number;
  /**
   * With `duals`: per LP row, the column whose reduced cost at an optimum is the row's dual value
   * (its slack, or its artificial, kept for this and never entering), or -1 for a redundant row.
   */
  readonly dualColumns?: Int32Array;
  /** Per LP row, +1 or -1: the sign the row was stored with (a negative right-hand side flips it). */
  readonly dualSigns?: Int8Array;
  /** Large tableaux: the tableau as pivots over the first rows (see sparsePhaseOne.ts); `rows` is then built on first use. */
  readonly productForm?: ProductForm;
}

/** Spare slack columns per tableau: how many bound rows one branch may add. */
export const SPARE_COLUMNS = 24;

/** Pivots so far, all tableaux: a deterministic measure of work (see {@link pivotCount}). */
let pivots = 0;

/** How many pivots the simplex has made since the module was loaded; differences budget a search. */
export function pivotCount(): number {
  return pivots;
}

/** Counts a pivot taken elsewhere (the product form of etaSimplex.ts), so budgets see it. */
export function countPivot(): void {
  pivots++;
}

let scratch = new Int32Array(64);

/** The rows the ratio test found with a non-zero entry in the entering column (see {@link pivot}). */
let columnRows = new Int32Array(64);

/**
 * Rows that branch nodes copied into (`lent`) and, once their search is over, gave back (`spare`)
 * for the next search (see {@link releaseBranchRows}).
 */
interface RowArena {
  readonly spare: Float64Array[];
  lent: Float64Array[];
}

/** Where copies on write go: per-row buffers of root optimisations, a branches' arena, or new arrays. */
type RowStore = Float64Array[] | RowArena | null;

/**
 * Copies a shared row before its first change: into `buffers` (reused from one root optimisation to
 * the next, see {@link maximise}) when given as an array, into a row of the arena when given one,
 * else into a new array.
 */
function ownRow(rows: Float64Array[], i: number, owned: Uint8Array, buffers: RowStore): Float64Array {
  const source = rows[i] as Float64Array;
  let copy: Float64Array;
  if (buffers === null) copy = source.slice();
  else if (!Array.isArray(buffers)) {
    const arena = buffers as RowArena;
    const spare = arena.spare.pop();
    if (spare === undefined || spare.length !== source.length) copy = source.slice();
    else {
      copy = spare;
      copy.set(source);
    }
    arena.lent.push(copy);
  } else {
    copy = buffers[i] ?? new Float64Array(source.length);
    buffers[i] = copy;
    copy.set(source);
  }
  rows[i] = copy;
  owned[i] = 1;
  return copy;
}

/**
 * `target -= scale * pivotRow` over the pivot row's non-zero columns (the first `count` of
 * `nonZero`). A function of its own, not a closure made per pivot: the closure was a sixth of
 * the simplex's time on bench:joint.
 */
function subtractRow(
  target: Float64Array,
  scale: number,
  pivotRow: Float64Array,
  nonZero: Int32Array,
  count: number,
): void {
  for (let k = 0; k < count; k++) {
    const j = nonZero[k] as number;
    target[j] = (target[j] as number) - scale * (pivotRow[j] as number);
  }
}

/**
 * Pivots on (row, column). With `owned`, rows start shared with another tableau and are copied
 * before their first change (copy on write: a pivot changes only the rows with a non-zero entry in
 * the column, so most rows of a large tableau are never copied). `candidates` (the first
 * `candidateCount`), when given, are every row whose entry in the column is not within EPSILON of 0:
 * the ratio test just read the column, and reading it again row by row costs a cache miss a row.
 */
function pivot(
  rows: Float64Array[],
  objective: Float64Array,
  basis: Int32Array,
  row: number,
  column: number,
  owned: Uint8Array | null,
  buffers: RowStore = null,
  candidates: Int32Array | null = null,
  candidateCount = 0,
): number {
  pivots++;
  if (owned !== null && owned[row] === 0) ownRow(rows, row, owned, buffers);
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
  const objectiveScale = objective[column] as number;
  if (!(objectiveScale > -EPSILON && objectiveScale < EPSILON))
    subtractRow(objective, objectiveScale, pivotRow, nonZero, count);
  const total = candidates === null ? rows.length : candidateCount;
  for (let k = 0; k < total; k++) {
    const i = candidates === null ? k : (candidates[k] as number);
    if (i === row) continue;
    let target = rows[i] as Float64Array;
    const scale = target[column] as number;
    if (scale > -EPSILON && scale < EPSILON) continue;
    if (owned !== null && owned[i] === 0) target = ownRow(rows, i, owned, buffers);
    subtractRow(target, scale, pivotRow, nonZero, count);
  }
  basis[row] = column;
  return count;
}

/**
 * The column to enter, of the first `count` of the objective row (`z - c·x`: a negative entry
 * improves): the best by devex pricing (cost squared over its weight), or with `bland` the first
 * (Bland's rule, which cannot cycle); -1 at an optimum.
 */
export function enteringColumn(
  objective: Float64Array,
  allowed: Uint8Array,
  weights: Float64Array,
  count: number,
  bland: boolean,
): number {
  let entering = -1;
  let best = 0;
  for (let j = 0; j < count; j++) {
    if (allowed[j] === 0) continue;
    const cost = objective[j] as number;
    if (cost < -EPSILON) {
      if (bland) return j;
      const score = (cost * cost) / (weights[j] as number);
      if (score > best) {
        best = score;
        entering = j;
      }
    }
  }
  return entering;
}

/**
 * The ratio test of the product-form simplexes: of the first `m` rows whose entry in the entering
 * `column` is above `tolerance`, the one whose basic value (`values`) runs out first, the smallest
 * basic column among ties (as Bland's rule needs); -1 when none limits the step (unbounded).
 */
export function leavingRow(
  column: Float64Array,
  values: Float64Array,
  basis: Int32Array,
  m: number,
  tolerance = EPSILON,
): number {
  let leaving = -1;
  let ratio = Number.POSITIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    const a = column[i] as number;
    if (a <= tolerance) continue;
    const r = (values[i] as number) / a;
    if (r < ratio - EPSILON || (r <= ratio + EPSILON && (basis[i] as number) < (basis[leaving] as number))) {
      ratio = r;
      leaving = i;
    }
  }
  return leaving;
}

/** Devex weights of {@link iterate}, reused from one call to the next (see {@link scratchRow}). */
let weightScratch = new Float64Array(0);

/**
 * Runs simplex iterations maximising the objective row (`z - c·x`, last entry the value); columns
 * from `dropFrom` on are zeroed when they leave the basis (phase 1's artificials, which never enter).
 */
function iterate(
  rows: Float64Array[],
  objective: Float64Array,
  basis: Int32Array,
  allowed: Uint8Array,
  owned: Uint8Array | null,
  buffers: RowStore,
  limit = 50 * (rows.length + objective.length) + 1000,
  steps = Number.POSITIVE_INFINITY,
  stopAt = Number.POSITIVE_INFINITY,
  n = 0,
  dropFrom = Number.POSITIVE_INFINITY,
): "optimal" | "unbounded" | "stalled" | "reached" {
  const rhs = objective.length - 1;
  if (columnRows.length < rows.length) columnRows = new Int32Array(rows.length);
  const candidates = columnRows;
  if (weightScratch.length !== rhs) weightScratch = new Float64Array(rhs);
  const weights = weightScratch.fill(1);
  for (let step = 0; ; step++) {
    if (step >= steps) return "stalled";
    if ((objective[rhs] as number) >= stopAt && integralBasics(rows, basis, n)) return "reached";
    // Devex pricing for speed; Bland's rule after `limit` steps, which cannot cycle.
    const entering = enteringColumn(objective, allowed, weights, rhs, step > limit);
    if (entering < 0) return "optimal";
    let leaving = -1;
    let ratio = Number.POSITIVE_INFINITY;
    let candidateCount = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Float64Array;
      const a = row[entering] as number;
      if (a > -EPSILON && a < EPSILON) continue;
      candidates[candidateCount++] = i;
      if (a <= EPSILON) continue;
      const r = (row[rhs] as number) / a;
      if (r < ratio - EPSILON || (r <= ratio + EPSILON && (basis[i] as number) < (basis[leaving] as number))) {
        ratio = r;
        leaving = i;
      }
    }
    if (leaving < 0) return "unbounded";
    const leavingColumn = basis[leaving] as number;
    const count = pivot(rows, objective, basis, leaving, entering, owned, buffers, candidates, candidateCount);
    const pivotRow = rows[leaving] as Float64Array;
    const reference = weights[entering] as number;
    for (let k = 0; k < count; k++) {
      const j = scratch[k] as number;
      if (j >= rhs) continue;
      const a = pivotRow[j] as number;
      const w = a * a * reference;
      if (w > (weights[j] as number)) weights[j] = w;
    }
    if ((weights[leavingColumn] as number) < 1) weights[leavingColumn] = 1;
    // Phase 1 (`dropFrom`, the first artificial): an artificial that leaves never enters again, so
    // its column is dropped (zeroed); its entries would only fill the rows in and every later pivot
    // would carry them (bench:joint, six seeds of 2,000 records: the dense simplex's row updates
    // 316 -> 221 million entries, the same hidden cells; CPU time within noise, 15.1/14.6 s ->
    // 15.7/14.6 s, as those updates are a few per cent of it).
    if (leavingColumn >= dropFrom) {
      for (let i = 0; i < rows.length; i++) (rows[i] as Float64Array)[leavingColumn] = 0;
      objective[leavingColumn] = 0;
    }
  }
}

/** Whether the first `n` variables are integral at the current basis (within 1e-6, as witnesses are read). */
function integralBasics(rows: readonly Float64Array[], basis: Int32Array, n: number): boolean {
  for (let i = 0; i < rows.length; i++) {
    if ((basis[i] as number) >= n) continue;
    const row = rows[i] as Float64Array;
    const v = row[row.length - 1] as number;
    if (Math.abs(v - Math.round(v)) > 1e-6) return false;
  }
  return true;
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

/** The values of a tableau's own variables at its own basis (from its product form when it has one). */
export function tableauPoint(tableau: FeasibleTableau): Float64Array {
  const { productForm } = tableau;
  if (productForm === undefined) return basicSolution(tableau.n, tableau.rows, tableau.basis);
  const point = new Float64Array(tableau.n);
  tableau.basis.forEach((column, i) => {
    if (column < tableau.n) point[column] = productForm.rhs[i] as number;
  });
  return point;
}

/**
 * Tableaux with this many rows or more run phase 1 in product form over sparse rows (see
 * sparsePhaseOne.ts); smaller ones keep the dense tableau. bench:joint, 2,000 records: with 300
 * here, the dives' restrictions (300 to 460 rows, each branched from) took 5.5 s instead of 2.7 s
 * dense; the suppression rounds' programmes have about 2,000 rows.
 */
const SPARSE_PHASE_ONE_ROWS = 1000;
const sparsePhaseOneRows = testSetting(SPARSE_PHASE_ONE_ROWS);

/** Tests only: phase 1 in product form from this many rows on (0: always); returns the previous setting. */
export function sparsePhaseOneFrom(rows: number): number {
  return sparsePhaseOneRows.set(rows);
}

/**
 * Phase 1: finds a feasible basis, or `null` when the rows are infeasible. The artificial columns are
 * dropped afterwards (they never enter again, and every pivot would update them), and spare columns
 * are added for the slacks of bound rows. Columns are the `n` variables, then a slack per `<=` row
 * in row order, then the artificials. Large tableaux start phase 1 from the `crash` columns (a
 * basis of similar rows; see sparsePhaseOne.ts).
 */
export function feasibleTableau(
  n: number,
  lpRows: readonly LpRow[],
  duals = false,
  crash?: Crash,
): FeasibleTableau | null {
  const slackCount = lpRows.filter((row) => row.type === "le").length;
  // A row needs an artificial unless it is `<=` with a non-negative right-hand side.
  const artificialCount = lpRows.filter((row) => row.type === "eq" || row.rhs < 0).length;
  const columns = n + slackCount + artificialCount;
  const firstArtificial = n + slackCount;
  // Per row: its sign (a negative right-hand side flips it), its slack and artificial columns (-1
  // when none), and its column in the first basis.
  const signs = new Int8Array(lpRows.length);
  const slackOf = new Int32Array(lpRows.length).fill(-1);
  const artificialOf = new Int32Array(lpRows.length).fill(-1);
  const basis = new Int32Array(lpRows.length);
  let slack = n;
  let artificial = firstArtificial;
  lpRows.forEach((source, i) => {
    const flip = source.rhs < 0 ? -1 : 1;
    signs[i] = flip;
    if (source.type === "le") {
      slackOf[i] = slack;
      if (flip === 1) basis[i] = slack;
      slack++;
    }
    if (source.type === "eq" || flip === -1) {
      artificialOf[i] = artificial;
      basis[i] = artificial;
      artificial++;
    }
  });
  // A row's dual is the reduced cost of its identity column: the slack of an unflipped `<=` row,
  // otherwise its artificial (kept, never entering, when duals are asked for).
  const dualColumnOf = (i: number) =>
    ((signs[i] as number) === 1 && (slackOf[i] as number) >= 0 ? slackOf[i] : artificialOf[i]) as number;
  const firstSpare = firstArtificial + (duals ? artificialCount : 0);
  const layout = { n, firstArtificial, firstSpare };
  const found =
    lpRows.length >= sparsePhaseOneRows.value
      ? sparsePhaseOne(
          sparseRows(lpRows, columns, basis, layout, signs, slackOf, artificialOf),
          firstSpare,
          firstSpare + SPARE_COLUMNS + 1,
          crash,
        )
      : densePhaseOne(lpRows, columns, basis, layout, signs, slackOf, artificialOf);
  if (found === null) return null;
  const tableau = tableauOf(layout, found);
  if (!duals) return tableau;
  // A redundant row was dropped: it needs no multiplier.
  const kept = new Set(found.keptFrom);
  const dualColumns = Int32Array.from(lpRows, (_, i) => (kept.has(i) ? dualColumnOf(i) : -1));
  return { ...tableau, dualColumns, dualSigns: signs };
}

/** Where a tableau's columns start: atoms, then slacks, artificials (kept with duals) and spares. */
interface Layout {
  readonly n: number;
  readonly firstArtificial: number;
  readonly firstSpare: number;
}

/** The rows of phase 1 in sparse form (see sparsePhaseOne.ts), each with its slack and artificial. */
function sparseRows(
  lpRows: readonly LpRow[],
  width: number,
  basis: Int32Array,
  layout: Layout,
  signs: Int8Array,
  slackOf: Int32Array,
  artificialOf: Int32Array,
): SparseRows {
  let size = 0;
  for (const row of lpRows) size += row.columns.length + 2;
  const starts = new Int32Array(lpRows.length + 1);
  const columns = new Int32Array(size);
  const values = new Float64Array(size);
  const rhs = new Float64Array(lpRows.length);
  let k = 0;
  lpRows.forEach((source, i) => {
    const flip = signs[i] as number;
    source.columns.forEach((column, c) => {
      columns[k] = column;
      values[k++] = flip * (source.values[c] as number);
    });
    if ((slackOf[i] as number) >= 0) {
      columns[k] = slackOf[i] as number;
      values[k++] = flip;
    }
    if ((artificialOf[i] as number) >= 0) {
      columns[k] = artificialOf[i] as number;
      values[k++] = 1;
    }
    rhs[i] = flip * source.rhs;
    starts[i + 1] = k;
  });
  return {
    width,
    starts,
    columns: columns.subarray(0, k),
    values: values.subarray(0, k),
    rhs,
    basis,
    firstArtificial: layout.firstArtificial,
  };
}

/** Phase 1 on a dense tableau: the rows of its feasible basis, compacted as {@link tableauOf} expects. */
function densePhaseOne(
  lpRows: readonly LpRow[],
  columns: number,
  basis: Int32Array,
  layout: Layout,
  signs: Int8Array,
  slackOf: Int32Array,
  artificialOf: Int32Array,
): PhaseOneRows | null {
  const { firstArtificial } = layout;
  const rows = lpRows.map((source, i) => {
    const flip = signs[i] as number;
    const row = new Float64Array(columns + 1);
    const { columns: at, values } = source;
    for (let k = 0; k < at.length; k++) row[at[k] as number] = flip * (values[k] as number);
    row[columns] = flip * source.rhs;
    if ((slackOf[i] as number) >= 0) row[slackOf[i] as number] = flip;
    if ((artificialOf[i] as number) >= 0) row[artificialOf[i] as number] = 1;
    return row;
  });
  if (firstArtificial < columns) {
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
    const allowed = new Uint8Array(columns).fill(1).fill(0, firstArtificial);
    iterate(
      rows,
      objective,
      basis,
      allowed,
      null,
      null,
      undefined,
      undefined,
      undefined,
      undefined,
      // Kept for the duals (their reduced costs), artificials stay whole.
      layout.firstSpare === firstArtificial ? firstArtificial : Number.POSITIVE_INFINITY,
    );
    if ((objective[columns] as number) < -1e-7) return null;
    // Drive remaining (zero) artificials out of the basis, or drop their redundant rows.
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
  }
  return compact(layout, rows, basis);
}

/** The rows without artificial columns (or the rows they still hold: redundant) and with spare columns. */
function compact(layout: Layout, rows: readonly Float64Array[], basis: Int32Array): PhaseOneRows {
  const { firstArtificial, firstSpare } = layout;
  const columns = firstSpare + SPARE_COLUMNS;
  const keptRows: Float64Array[] = [];
  const keptBasis: number[] = [];
  const keptFrom: number[] = [];
  rows.forEach((row, i) => {
    const column = basis[i] as number;
    if (column >= firstArtificial) return;
    const kept = new Float64Array(columns + 1);
    kept.set(row.subarray(0, firstSpare));
    kept[columns] = row[row.length - 1] as number;
    keptRows.push(kept);
    keptBasis.push(column);
    keptFrom.push(i);
  });
  return { rows: keptRows, basis: Int32Array.from(keptBasis), keptFrom };
}

/** The feasible tableau of phase 1's rows: artificial columns never enter, spare ones wait for bound rows. */
function tableauOf(layout: Layout, found: PhaseOneRows): FeasibleTableau {
  const { n, firstArtificial, firstSpare } = layout;
  const columns = firstSpare + SPARE_COLUMNS;
  const allowed = new Uint8Array(columns).fill(1).fill(0, firstArtificial);
  const { product } = found;
  if (product === undefined) {
    return { n, columns, rows: found.rows ?? [], basis: found.basis, spareUsed: 0, allowed, firstSpare };
  }
  // In product form the dense rows are built on first use (branching; the root optima never need them).
  let rows: Float64Array[] | null = null;
  return {
    n,
    columns,
    get rows() {
      rows ??= product.denseRows();
      return rows;
    },
    basis: found.basis,
    spareUsed: 0,
    allowed,
    firstSpare,
    productForm: product,
  };
}

/**
 * The basis `from` with one more row, `x[column] <= bound` (`le`) or `>= bound` (`ge`), written in
 * the basis's terms (its slack, a spare column, is basic); the row may be violated, which the dual
 * simplex of {@link maximise} repairs. `null` when no spare column is left. With `last`, the caller
 * promises never to use `from` again, and the rows it owns pass to the new basis.
 */
export function withBound(
  tableau: FeasibleTableau,
  from: Basis,
  column: number,
  sense: "le" | "ge",
  bound: number,
  last = false,
): Basis | null {
  if (from.spareUsed >= SPARE_COLUMNS) return null;
  const slack = tableau.firstSpare + from.spareUsed;
  const sign = sense === "le" ? 1 : -1;
  const row = new Float64Array(tableau.columns + 1);
  row[column] = sign;
  row[tableau.columns] = sign * bound;
  // Eliminate the column's basic entry: subtract (or add) the row where it is basic.
  const at = from.basis.indexOf(column);
  if (at >= 0) {
    const basic = from.rows[at] as Float64Array;
    for (let j = 0; j <= tableau.columns; j++) row[j] = (row[j] as number) - sign * (basic[j] as number);
    row[column] = 0;
  }
  row[slack] = 1;
  const basis = new Int32Array(from.basis.length + 1);
  basis.set(from.basis);
  basis[from.basis.length] = slack;
  const owned = new Uint8Array(from.basis.length + 1);
  if (last && from.owned !== undefined) owned.set(from.owned);
  owned[from.basis.length] = 1;
  return { rows: [...from.rows, row], basis, spareUsed: from.spareUsed + 1, owned };
}

/**
 * Steps of a branch's simplex before Bland's rule, and before the branch stalls (its caller keeps
 * the parent's bound, which is safe). A branch adds one bound row, which 1 to 30 dual steps repair
 * on bench:joint; degenerate ones cycled instead, each through 10 steps per row and then the primal
 * simplex through 50 per row and column (500 records: 10 s and then minutes for one branch).
 */
const NODE_BLAND_AFTER = 50;
const NODE_STEPS = 300;

/**
 * Dual simplex: restores primal feasibility while the objective row stays optimal; `stalled` after
 * NODE_STEPS steps, or after more than `patience` steps in a row that leave the value where it was.
 */
function dualIterate(
  rows: Float64Array[],
  objective: Float64Array,
  basis: Int32Array,
  allowed: Uint8Array,
  owned: Uint8Array,
  arena: RowArena,
  patience: number,
): "optimal" | "infeasible" | "stalled" {
  const rhs = objective.length - 1;
  let lastValue = objective[rhs] as number;
  let flat = 0;
  for (let step = 0; step < NODE_STEPS; step++) {
    // The most violated row for speed; then Bland's rule (the violated row of the smallest basic
    // column, the smallest column among ties), which cannot cycle.
    const bland = step > NODE_BLAND_AFTER;
    let leaving = -1;
    let worst = -1e-9;
    for (let i = 0; i < rows.length; i++) {
      const value = (rows[i] as Float64Array)[rhs] as number;
      if (bland ? value < -1e-9 && (leaving < 0 || (basis[i] as number) < (basis[leaving] as number)) : value < worst) {
        worst = value;
        leaving = i;
      }
    }
    if (leaving < 0) return "optimal";
    // Degenerate steps (the value does not fall) are where the search crawled under Bland's rule.
    const value = objective[rhs] as number;
    if (value < lastValue - EPSILON) {
      lastValue = value;
      flat = 0;
    } else if (++flat > patience) return "stalled";
    const row = rows[leaving] as Float64Array;
    let entering = -1;
    let ratio = Number.POSITIVE_INFINITY;
    for (let j = 0; j < rhs; j++) {
      const a = row[j] as number;
      if (allowed[j] === 0 || a > -EPSILON) continue;
      const r = Math.max(objective[j] as number, 0) / -a;
      if (bland ? r < ratio - EPSILON : r < ratio) {
        ratio = r;
        entering = j;
      }
    }
    if (entering < 0) return "infeasible";
    pivot(rows, objective, basis, leaving, entering, owned, arena);
  }
  return "stalled";
}

/** Per tableau, the rows that optimisations from the tableau's own basis copy into (see {@link maximise}). */
const rowBuffers = new WeakMap<FeasibleTableau, Float64Array[]>();

/** Per tableau, the rows of branch nodes (see {@link releaseBranchRows}). */
const arenas = new WeakMap<FeasibleTableau, RowArena>();

function arenaOf(tableau: FeasibleTableau): RowArena {
  let arena = arenas.get(tableau);
  if (arena === undefined) {
    arena = { spare: [], lent: [] };
    arenas.set(tableau, arena);
  }
  return arena;
}

/**
 * Gives the rows that branches from this tableau copied into back for the next search: every basis
 * branched from the tableau (with bound rows) must be dropped first. Branch nodes copied a row of
 * 2,343 entries 58 times each on bench:joint (1.2 GB of new arrays per protectTables at 100
 * records, much of the garbage collector's time). At most two rows per tableau row are kept.
 */
export function releaseBranchRows(tableau: FeasibleTableau): void {
  const arena = arenas.get(tableau);
  if (arena === undefined) return;
  const room = 2 * tableau.basis.length + 2 * SPARE_COLUMNS - arena.spare.length;
  for (let k = 0; k < arena.lent.length && k < room; k++) arena.spare.push(arena.lent[k] as Float64Array);
  arena.lent = [];
}

/**
 * Where an optimisation from `from` copies the rows it changes: reused buffers when it starts from
 * the tableau's own basis (most optimisations do, one per objective: allocating a row of a
 * 1,000-row tableau for each of the thousands of copies was a third of protectTables' time, much of
 * it garbage collection), new arrays otherwise.
 */
function buffersOf(tableau: FeasibleTableau, from: Basis, reuse: boolean): Float64Array[] | null {
  if (from !== tableau && !reuse) return null;
  let buffers = rowBuffers.get(tableau);
  if (buffers === undefined) {
    buffers = [];
    rowBuffers.set(tableau, buffers);
  }
  return buffers;
}

/**
 * The objective row and the columns that may enter, one of each reused by every optimisation (none
 * keeps them): a new typed array of a row's length per optimisation and per branch node was
 * external memory the garbage collector ran for (bench:joint, 100 records: about 4,000 of 19 KB).
 */
let objectiveScratch = new Float64Array(0);
let allowedScratch = new Uint8Array(0);

/** The objective row's scratch, zeroed, of `length` entries. */
function scratchRow(length: number): Float64Array {
  if (objectiveScratch.length !== length) objectiveScratch = new Float64Array(length);
  else objectiveScratch.fill(0);
  return objectiveScratch;
}

/**
 * Phase 2: maximises `objective·x` from a feasible basis (the tableau's own, or `from`, an optimum of
 * an earlier objective: a warm start). A `from` with violated bound rows must be optimal for this
 * objective (a branch of its own optimum); the dual simplex then repairs it. Bases are not changed:
 * rows are copied on write. An optimum from the tableau's own basis holds rows in buffers that the
 * next optimisation from that basis reuses: its `at` (and the bases branched from it) must not be
 * used after that one starts. With `reuse`, `from` is such an optimum (no bound rows) that the caller
 * gives up: its rows are changed in place and the optimisation keeps using the buffers (a warm start).
 * A branch (`from` with bound rows) copies into the tableau's arena: see {@link releaseBranchRows}.
 * With `stopAt` (root bases only), the primal simplex stops early, `reached`, at a vertex whose
 * value is at least `stopAt` and whose variables are integral: a witness for proving, which needs
 * no maximum (the value is then attained, not an upper bound); with `integralStop` false, at the
 * first such vertex whether integral or not (a start for a search for witnesses near it). With `patience` (branches), the dual
 * simplex gives up, `stalled`, after that many steps in a row that leave the value where it was.
 */
export function maximise(
  tableau: FeasibleTableau,
  objective: readonly number[],
  from: Basis = tableau,
  reuse = false,
  stopAt = Number.POSITIVE_INFINITY,
  patience = NODE_STEPS,
  integralStop = true,
): LpResult {
  const rows = from.rows.slice();
  const owned = from.owned?.slice() ?? new Uint8Array(rows.length);
  const basis = Int32Array.from(from.basis);
  const z = scratchRow(tableau.columns + 1);
  for (let j = 0; j < objective.length; j++) z[j] = -(objective[j] as number);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Float64Array;
    const c = z[basis[i] as number] as number;
    if (c === 0) continue;
    for (let j = 0; j <= tableau.columns; j++) z[j] = (z[j] as number) - c * (row[j] as number);
  }
  // Spare columns enter once a bound row made their slack basic.
  if (allowedScratch.length !== tableau.allowed.length) allowedScratch = new Uint8Array(tableau.allowed.length);
  const allowed = allowedScratch;
  allowed.set(tableau.allowed);
  allowed.fill(1, tableau.firstSpare, tableau.firstSpare + from.spareUsed);
  if (from.spareUsed > 0) {
    const repaired = dualIterate(rows, z, basis, allowed, owned, arenaOf(tableau), patience);
    if (repaired !== "optimal") return { status: repaired };
  }
  const branch = from.spareUsed > 0;
  const status = branch
    ? iterate(rows, z, basis, allowed, owned, arenaOf(tableau), NODE_BLAND_AFTER, NODE_STEPS)
    : iterate(
        rows,
        z,
        basis,
        allowed,
        owned,
        buffersOf(tableau, from, reuse),
        undefined,
        undefined,
        stopAt,
        // No variable checked: any vertex reaching stopAt stops.
        integralStop ? tableau.n : 0,
      );
  if (status !== "optimal" && status !== "reached") return { status };
  const { dualColumns, dualSigns } = tableau;
  // Root bases only: bound rows of a branch are not rows of the LP the multipliers are checked on.
  const duals =
    dualColumns === undefined || dualSigns === undefined || from.spareUsed > 0 || status === "reached"
      ? undefined
      : Float64Array.from(dualColumns, (column, i) =>
          column < 0 ? 0 : (dualSigns[i] as number) * (z[column] as number),
        );
  return {
    status,
    value: z[tableau.columns] as number,
    point: basicSolution(tableau.n, rows, basis),
    at: { rows, basis, spareUsed: from.spareUsed, owned },
    ...(duals === undefined ? {} : { duals }),
  };
}
