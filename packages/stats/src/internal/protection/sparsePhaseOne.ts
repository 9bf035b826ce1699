import { countPivot, enteringColumn, leavingRow } from "./simplex.js";

const EPSILON = 1e-9;

/**
 * The rows of phase 1 before any pivot, sparse: row `i` holds `values[k]` in column `columns[k]` for
 * `k` from `starts[i]` to `starts[i + 1]`, its slack and artificial included; `basis` is each row's
 * identity column (its slack or its artificial).
 */
export interface SparseRows {
  readonly width: number;
  readonly starts: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
  readonly rhs: Float64Array;
  readonly basis: Int32Array;
  /** Columns from here on are artificial: they never enter, and phase 1 drives them to 0. */
  readonly firstArtificial: number;
}

/**
 * The tableau of a feasible basis, kept as the first rows and the pivots that lead to it (see
 * {@link sparsePhaseOne}): its dense rows are built only when asked for.
 */
export interface ProductForm {
  /** Per row of the tableau, its basic value. */
  readonly rhs: Float64Array;
  /** Column `j` of the tableau into `out` (an entry per row). */
  column(j: number, out: Float64Array): void;
  /**
   * The rows of the tableau times `weights` (an entry per row) into `out` (the right-hand side
   * excluded); with `touched`, lists there the columns it wrote (each once) and returns how many.
   */
  combine(weights: Float64Array, out: Float64Array, touched?: Int32Array): number;
  /** Every row of the tableau, dense, its right-hand side last. */
  denseRows(): Float64Array[];
  /** `weights` (an entry per row of the tableau) as weights of the first rows (an entry per row of the problem). */
  firstRows(weights: Float64Array): Float64Array;
}

/** The feasible basis phase 1 found: its tableau's dense rows, or its product form. */
export interface PhaseOneRows {
  readonly rows?: Float64Array[];
  readonly product?: ProductForm;
  readonly basis: Int32Array;
  /** Per kept row, the row of the problem it is (rows still holding an artificial are redundant, dropped). */
  readonly keptFrom: number[];
}

/**
 * Pivots written down instead of carried out (the product form): pivot `t` replaced row
 * `rowOf[t]` by itself over `alpha[t]`, and subtracted `entries` times it from the other rows.
 */
class EtaFile {
  count = 0;
  rowOf = new Int32Array(256);
  alpha = new Float64Array(256);
  /** Where each pivot's entries start in `at` and `values` (`count + 1` entries). */
  starts = new Int32Array(257);
  at = new Int32Array(4096);
  values = new Float64Array(4096);

  /** Adds a pivot on `row` with the entering column `column` (dense, in the current basis). */
  push(row: number, column: Float64Array, nonZero: Int32Array, nonZeroCount: number): void {
    const t = this.count;
    if (t + 1 >= this.rowOf.length) {
      this.rowOf = grownInts(this.rowOf, 2 * this.rowOf.length);
      this.alpha = grownFloats(this.alpha, 2 * this.alpha.length);
      this.starts = grownInts(this.starts, 2 * this.starts.length + 1);
    }
    let end = this.starts[t] as number;
    if (end + nonZeroCount > this.at.length) {
      const size = Math.max(2 * this.at.length, end + nonZeroCount);
      this.at = grownInts(this.at, size);
      this.values = grownFloats(this.values, size);
    }
    for (let k = 0; k < nonZeroCount; k++) {
      const i = nonZero[k] as number;
      this.at[end] = i;
      this.values[end] = column[i] as number;
      end++;
    }
    this.rowOf[t] = row;
    this.alpha[t] = column[row] as number;
    this.starts[t + 1] = end;
    this.count = t + 1;
  }

  /** `x` in the current basis (in place): every pivot from `from` on applied to a column of the first tableau. */
  forward(x: Float64Array, from = 0): void {
    this.forwardListed(x, null, null, 0, from);
  }

  /**
   * {@link forward}, and with `marked` for a sparse `x` whose non-zero entries are listed in `touched`
   * (the first `count`, each marked): lists the entries it makes non-zero too and returns the new
   * count, so that the caller visits and clears only those.
   */
  forwardListed(
    x: Float64Array,
    marked: Uint8Array | null,
    touched: Int32Array | null,
    count: number,
    from = 0,
  ): number {
    const { rowOf, alpha, starts, at, values } = this;
    let listed = count;
    for (let t = from; t < this.count; t++) {
      const r = rowOf[t] as number;
      const xr = x[r] as number;
      if (xr === 0) continue;
      const scale = xr / (alpha[t] as number);
      x[r] = scale;
      for (let k = starts[t] as number, end = starts[t + 1] as number; k < end; k++) {
        const i = at[k] as number;
        x[i] = (x[i] as number) - (values[k] as number) * scale;
        if (marked !== null && marked[i] === 0) {
          marked[i] = 1;
          (touched as Int32Array)[listed++] = i;
        }
      }
    }
    return listed;
  }

  /**
   * `v` times every pivot, last first (in place): with `v` the unit vector of row `r`, the weights of
   * the first tableau's rows whose sum is row `r` of the current one.
   */
  backward(v: Float64Array): void {
    const { rowOf, alpha, starts, at, values } = this;
    for (let t = this.count - 1; t >= 0; t--) {
      const r = rowOf[t] as number;
      let sum = v[r] as number;
      for (let k = starts[t] as number, end = starts[t + 1] as number; k < end; k++) {
        sum -= (v[at[k] as number] as number) * (values[k] as number);
      }
      v[r] = sum / (alpha[t] as number);
    }
  }
}

function grownInts(from: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}

function grownFloats(from: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const to = new Float64Array(size);
  to.set(from);
  return to;
}

/** The same rows by column (to read a column without touching every row). */
function byColumn(problem: SparseRows): { starts: Int32Array; rows: Int32Array; values: Float64Array } {
  const { width, starts, columns, values } = problem;
  const counts = new Int32Array(width + 1);
  for (let k = 0; k < columns.length; k++) {
    const j = (columns[k] as number) + 1;
    counts[j] = (counts[j] as number) + 1;
  }
  for (let j = 0; j < width; j++) counts[j + 1] = (counts[j + 1] as number) + (counts[j] as number);
  const at = counts.slice(0, width);
  const rows = new Int32Array(columns.length);
  const byValue = new Float64Array(columns.length);
  const m = starts.length - 1;
  for (let i = 0; i < m; i++) {
    for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
      const j = columns[k] as number;
      const slot = at[j] as number;
      rows[slot] = i;
      byValue[slot] = values[k] as number;
      at[j] = slot + 1;
    }
  }
  return { starts: counts, rows, values: byValue };
}

/**
 * A basis of sparse rows in product form: the pivots from the identity basis (see {@link EtaFile}),
 * each row's basic column and the basic values. Reads a row or a column of its tableau without
 * building the tableau.
 */
class ProductBasis {
  readonly m: number;
  readonly byColumns: { starts: Int32Array; rows: Int32Array; values: Float64Array };
  etas = new EtaFile();
  /** The entries of `etas` when it was last reinverted (-1: never), see {@link finish}. */
  reinvertedEntries = -1;
  readonly basis: Int32Array;
  readonly beta: Float64Array;
  /** The column last read (see {@link readColumn}) and its non-zero rows. */
  readonly column: Float64Array;
  readonly nonZero: Int32Array;
  /** The row last read (see {@link readRow}), its non-zero columns, and its weights of the first rows. */
  readonly row: Float64Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  readonly weights: Float64Array;
  private readonly seen: Uint8Array;

  constructor(readonly problem: SparseRows) {
    const m = problem.rhs.length;
    this.m = m;
    this.byColumns = byColumn(problem);
    this.basis = Int32Array.from(problem.basis);
    this.beta = Float64Array.from(problem.rhs);
    this.column = new Float64Array(m);
    this.nonZero = new Int32Array(m);
    this.weights = new Float64Array(m);
    this.row = new Float64Array(problem.width);
    this.touched = new Int32Array(problem.width);
    this.seen = new Uint8Array(problem.width);
  }

  /** Row `r` of the current tableau into `row` (its non-zero columns listed in `touched`). */
  readRow(r: number): void {
    const { row, touched, seen, weights } = this;
    const { starts, columns, values } = this.problem;
    for (let k = 0; k < this.touchedCount; k++) {
      const j = touched[k] as number;
      row[j] = 0;
      seen[j] = 0;
    }
    let count = 0;
    weights.fill(0);
    weights[r] = 1;
    this.etas.backward(weights);
    for (let i = 0; i < this.m; i++) {
      const weight = weights[i] as number;
      if (weight === 0) continue;
      for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
        const j = columns[k] as number;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[count++] = j;
        }
        row[j] = (row[j] as number) + weight * (values[k] as number);
      }
    }
    this.touchedCount = count;
  }

  /** Column `j` in the current basis into `column`; returns how many non-zero rows but `skip` it lists in `nonZero`. */
  readColumn(j: number, skip: number): number {
    const { column, nonZero, byColumns } = this;
    column.fill(0);
    for (let k = byColumns.starts[j] as number; k < (byColumns.starts[j + 1] as number); k++) {
      column[byColumns.rows[k] as number] = byColumns.values[k] as number;
    }
    this.etas.forward(column);
    let count = 0;
    for (let i = 0; i < this.m; i++) {
      if (i === skip) continue;
      const a = column[i] as number;
      if (a > EPSILON || a < -EPSILON) nonZero[count++] = i;
      else column[i] = 0;
    }
    return count;
  }

  /** Pivots on (`leaving`, `entering`) with `column` read for `entering` (its `count` non-zeros but `leaving`). */
  pivot(leaving: number, entering: number, count: number): void {
    const pushed = this.etas.count;
    this.etas.push(leaving, this.column, this.nonZero, count);
    this.etas.forward(this.beta, pushed);
    this.basis[leaving] = entering;
    countPivot();
  }

  /** Drives the artificials still basic (at 0) out of the basis; a row with no other column is redundant. */
  driveOutArtificials(): void {
    const { firstArtificial } = this.problem;
    for (let i = 0; i < this.m; i++) {
      if ((this.basis[i] as number) < firstArtificial) continue;
      this.readRow(i);
      let entering = -1;
      for (let k = 0; k < this.touchedCount && entering < 0; k++) {
        const j = this.touched[k] as number;
        if (j < firstArtificial && Math.abs(this.row[j] as number) > 1e-7) entering = j;
      }
      if (entering >= 0) this.pivot(i, entering, this.readColumn(entering, i));
    }
  }

  /**
   * The tableau in product form (see {@link ProductForm}) after a reinversion, its basic values
   * from the first rows again (not from the pivots' running values); rows whose artificial is
   * still basic are dropped (redundant).
   */
  finish(keptColumns: number, rowLength: number): PhaseOneRows {
    const { m, basis, byColumns, problem } = this;
    const { width, starts, columns, values, rhs, firstArtificial } = problem;
    // A crash reinverted already: the few pivots since (crossovers, artificials driven out) add
    // little to it, and reinverting again took 20 to 30 ms of each later suppression round.
    const entries = this.etas.starts[this.etas.count] as number;
    const fresh = this.reinvertedEntries >= 0 && entries <= FRESH_GROWTH * this.reinvertedEntries;
    const etas = fresh ? this.etas : (reinverted(byColumns, m, basis) ?? this.etas);
    const values0 = Float64Array.from(rhs);
    etas.forward(values0);
    const keptFrom: number[] = [];
    for (let i = 0; i < m; i++) if ((basis[i] as number) < firstArtificial) keptFrom.push(i);
    const kept = keptFrom.length;
    const keptRhs = Float64Array.from(keptFrom, (i) => {
      const value = values0[i] as number;
      return value > -1e-9 && value < 0 ? 0 : value;
    });
    const basic = new Uint8Array(width);
    for (let i = 0; i < m; i++) basic[basis[i] as number] = 1;
    const x = new Float64Array(m);
    const seen = new Uint8Array(keptColumns);
    const product: ProductForm = {
      rhs: keptRhs,
      column(j, out) {
        x.fill(0);
        for (let k = byColumns.starts[j] as number; k < (byColumns.starts[j + 1] as number); k++) {
          x[byColumns.rows[k] as number] = byColumns.values[k] as number;
        }
        etas.forward(x);
        for (let k = 0; k < kept; k++) out[k] = x[keptFrom[k] as number] as number;
      },
      combine(weights, out, touched) {
        x.fill(0);
        for (let k = 0; k < kept; k++) x[keptFrom[k] as number] = weights[k] as number;
        etas.backward(x);
        out.fill(0);
        let count = 0;
        for (let i = 0; i < m; i++) {
          const weight = x[i] as number;
          if (weight === 0) continue;
          for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
            const j = columns[k] as number;
            if (j >= keptColumns) continue;
            if (touched !== undefined && seen[j] === 0) {
              seen[j] = 1;
              touched[count++] = j;
            }
            out[j] = (out[j] as number) + weight * (values[k] as number);
          }
        }
        for (let k = 0; k < count; k++) seen[touched?.[k] as number] = 0;
        return count;
      },
      firstRows(weights) {
        const out = new Float64Array(m);
        for (let k = 0; k < kept; k++) out[keptFrom[k] as number] = weights[k] as number;
        etas.backward(out);
        return out;
      },
      denseRows() {
        // Basic columns exactly 1 in their row and 0 elsewhere, round-off below 1e-11 dropped.
        const unit = new Float64Array(kept);
        return keptFrom.map((i, k) => {
          const out = new Float64Array(rowLength);
          unit.fill(0);
          unit[k] = 1;
          product.combine(unit, out);
          for (let j = 0; j < keptColumns; j++) {
            const a = out[j] as number;
            if (basic[j] === 1 || (a < 1e-11 && a > -1e-11)) out[j] = 0;
          }
          out[basis[i] as number] = 1;
          out[rowLength - 1] = keptRhs[k] as number;
          return out;
        });
      },
    };
    return { basis: Int32Array.from(keptFrom, (i) => basis[i] as number), keptFrom, product };
  }
}

/** How much a reinverted eta file may grow before phase 1's end reinverts it again (see finish). */
const FRESH_GROWTH = 1.1;

/**
 * Phase 1 in product form over sparse rows: maximises minus the sum of the artificials from the
 * identity basis, each pivot reading its entering column and its pivot row through the pivots so
 * far instead of updating a dense tableau. A dense pivot changes every row with a non-zero in the
 * entering column, and the tableau fills in as it goes (bench:joint at 2,000 records: about 1,400
 * pivots of about 1 ms per suppression round, two thirds of protectTables' time; here about 0.2 ms).
 * Then the artificials left basic (at 0) are driven out, and the basis is written again as fewer
 * pivots (see {@link reinverted}; 150,000 to 290,000 entries to 25,000 to 34,000 there). The
 * tableau is returned in product form, its dense rows built only when asked for: the root optima
 * of proving read a column or a combination of rows per pivot (see etaSimplex.ts), and building
 * all 2,000 dense rows took 0.3 to 0.8 s a round. `rowLength` entries per dense row, columns below
 * `keptColumns` in place and the right-hand side last. `null` when the rows are infeasible.
 */
export function sparsePhaseOne(
  problem: SparseRows,
  keptColumns: number,
  rowLength: number,
  crash?: Crash,
): PhaseOneRows | null {
  const start = crash === undefined ? null : crashed(problem, crash);
  if (start !== null) {
    // A crash that ends infeasible may be round-off: phase 1 from the identity basis decides.
    const found = phaseOne(start, keptColumns, rowLength);
    if (found !== null) return found;
  }
  return phaseOne(new ProductBasis(problem), keptColumns, rowLength);
}

/**
 * Columns to start phase 1 from (see {@link crashed}), with their values at a point of similar rows
 * (the previous round's vertex). The first `leading` go into the basis before the others: the
 * previous round's columns with a positive value, since those at 0 can be left out without moving
 * its point, which stays feasible for rows that were only taken away.
 */
export interface Crash {
  readonly columns: readonly number[];
  readonly values: readonly number[];
  readonly leading: number;
}

let crashRepairs = 0;

/** Tests only: how many crashes came out with negative basic values (repaired by one more artificial). */
export function crashRepairCount(): number {
  return crashRepairs;
}

/**
 * A start for phase 1 from `crash` (columns of a feasible basis of similar rows, such as the
 * previous suppression round's): the columns that are independent, the leading ones first, each
 * row none takes on its own slack or artificial; columns left out that had a value are crossed
 * over (see {@link crossedOver}). Where the basic values still come out negative, one more
 * artificial column (minus the sum of those rows' basic columns: -1 on each of them in this basis)
 * enters on the most negative row, which makes every basic value non-negative; phase 1 then drives
 * it out with the other artificials. `null` when the crash basis is numerically singular.
 */
function crashed(problem: SparseRows, crash: Crash): ProductBasis | null {
  const first = new ProductBasis(problem);
  const { m, basis, beta } = first;
  const etas = reinverted(first.byColumns, m, basis, crash.columns, true, crash.leading);
  if (etas === null) return null;
  first.etas = etas;
  first.reinvertedEntries = etas.starts[etas.count] as number;
  const { byColumns } = first;
  // Columns with a value that the rows left out (dependent on the others here): the basic values
  // are read with them at that value, then each goes to 0 or into the basis (see crossedOver).
  const inBasis = new Set(basis);
  const outside: [column: number, value: number][] = [];
  crash.columns.forEach((j, k) => {
    const value = crash.values[k] as number;
    if (value <= EPSILON || inBasis.has(j)) return;
    outside.push([j, value]);
    for (let s = byColumns.starts[j] as number; s < (byColumns.starts[j + 1] as number); s++) {
      const r = byColumns.rows[s] as number;
      beta[r] = (beta[r] as number) - value * (byColumns.values[s] as number);
    }
  });
  etas.forward(beta);
  for (const [j, value] of outside) crossedOver(first, j, value);
  let worst = -1;
  const sum = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    if ((beta[i] as number) >= -EPSILON) continue;
    if (worst < 0 || (beta[i] as number) < (beta[worst] as number)) worst = i;
    const j = basis[i] as number;
    for (let k = byColumns.starts[j] as number; k < (byColumns.starts[j + 1] as number); k++) {
      const r = byColumns.rows[k] as number;
      sum[r] = (sum[r] as number) - (byColumns.values[k] as number);
    }
  }
  if (worst < 0) return first;
  crashRepairs++;
  const at = new ProductBasis(withColumn(problem, sum));
  at.etas = etas;
  at.reinvertedEntries = first.reinvertedEntries;
  at.basis.set(basis);
  at.beta.set(beta);
  const count = at.readColumn(problem.width, worst);
  if (Math.abs((at.column[worst] as number) + 1) > 1e-6) return null;
  at.pivot(worst, problem.width, count);
  return at;
}

/**
 * Column `j`, outside the basis at `value` (the basic values `beta` read with it there), brought to
 * 0 as in a crossover: as it decreases, the basic values move along its column; where one reaches 0
 * first, `j` takes its place in the basis instead. Non-negative basic values stay non-negative.
 * bench:joint, 2,000 records: without it, the second round's crash left 167 to 272 rows negative
 * (the columns left out had been positive at the previous vertex), and phase 1 took 190 to 260
 * pivots to repair them.
 */
function crossedOver(at: ProductBasis, j: number, value: number): void {
  const { m, beta, column } = at;
  at.readColumn(j, -1);
  let leaving = -1;
  let step = value;
  for (let i = 0; i < m; i++) {
    const d = column[i] as number;
    if (d >= -EPSILON) continue;
    const ratio = Math.max(0, beta[i] as number) / -d;
    if (ratio < step) {
      step = ratio;
      leaving = i;
    }
  }
  // The basic values with `j` at 0; a pivot then sets it to `value - step`.
  for (let i = 0; i < m; i++) beta[i] = (beta[i] as number) + value * (column[i] as number);
  if (leaving >= 0) at.pivot(leaving, j, at.readColumn(j, leaving));
}

/** The rows with one more artificial column (`entries`, an entry per row) after the others. */
function withColumn(problem: SparseRows, entries: Float64Array): SparseRows {
  const m = problem.rhs.length;
  let extra = 0;
  for (let i = 0; i < m; i++) if ((entries[i] as number) !== 0) extra++;
  const starts = new Int32Array(m + 1);
  const columns = new Int32Array(problem.columns.length + extra);
  const values = new Float64Array(problem.columns.length + extra);
  let k = 0;
  for (let i = 0; i < m; i++) {
    for (let s = problem.starts[i] as number; s < (problem.starts[i + 1] as number); s++) {
      columns[k] = problem.columns[s] as number;
      values[k++] = problem.values[s] as number;
    }
    if ((entries[i] as number) !== 0) {
      columns[k] = problem.width;
      values[k++] = entries[i] as number;
    }
    starts[i + 1] = k;
  }
  return { ...problem, width: problem.width + 1, starts, columns, values };
}

/** Phase 1 from the basis `at` (see {@link sparsePhaseOne}). */
function phaseOne(at: ProductBasis, keptColumns: number, rowLength: number): PhaseOneRows | null {
  const { width, starts, columns, values, firstArtificial } = at.problem;
  const { m, basis, beta, column, row, touched } = at;
  // The objective row: +1 per artificial (maximising minus their sum), priced out by the basis
  // (the basic artificials' rows of the tableau, one combination of the first rows).
  const z = new Float64Array(width + 1);
  z.fill(1, firstArtificial, width);
  const priced = at.weights;
  priced.fill(0);
  for (let i = 0; i < m; i++) {
    if ((basis[i] as number) < firstArtificial) continue;
    priced[i] = -1;
    z[width] = (z[width] as number) - (beta[i] as number);
  }
  at.etas.backward(priced);
  for (let i = 0; i < m; i++) {
    const weight = priced[i] as number;
    if (weight === 0) continue;
    for (let k = starts[i] as number; k < (starts[i + 1] as number); k++) {
      const j = columns[k] as number;
      z[j] = (z[j] as number) + weight * (values[k] as number);
    }
  }
  const allowed = new Uint8Array(width).fill(1, 0, firstArtificial);
  const weights = new Float64Array(width).fill(1);
  const limit = 50 * (m + width) + 1000;
  for (let step = 0; (z[width] as number) < -EPSILON; step++) {
    // Bland's rule after many steps cannot cycle; the cap only stops a numerical failure.
    if (step > 2 * limit) return null;
    const entering = enteringColumn(z, allowed, weights, width, step > limit);
    if (entering < 0) break;
    at.readColumn(entering, -1);
    const leaving = leavingRow(column, beta, basis, m);
    if (leaving < 0) break;
    at.readRow(leaving);
    const count = at.readColumn(entering, leaving);
    // The objective row and the devex weights, updated by the pivot row.
    const alpha = column[leaving] as number;
    const scale = (z[entering] as number) / alpha;
    const reference = weights[entering] as number;
    for (let k = 0; k < at.touchedCount; k++) {
      const j = touched[k] as number;
      const a = row[j] as number;
      if (a === 0) continue;
      z[j] = (z[j] as number) - scale * a;
      const ratioA = a / alpha;
      const w = ratioA * ratioA * reference;
      if (w > (weights[j] as number)) weights[j] = w;
    }
    z[width] = (z[width] as number) - scale * (beta[leaving] as number);
    const leavingColumn = basis[leaving] as number;
    at.pivot(leaving, entering, count);
    if ((weights[leavingColumn] as number) < 1) weights[leavingColumn] = 1;
  }
  if ((z[width] as number) < -1e-7) return null;
  at.driveOutArtificials();
  return at.finish(keptColumns, rowLength);
}

/**
 * The basis written again as few, sparse pivots (a reinversion): the simplex's own pivots carry the
 * fill-in of every column they read. Here a row that only one remaining basic column touches takes
 * that column next (the triangular part of the basis, where a pivot adds no fill-in); otherwise the
 * sparsest remaining column goes, of the rows where its entry is at least a tenth of its largest,
 * on the one the fewest remaining columns touch (bench:joint, 2,000 records: 25,000 to 34,000
 * entries; 53,000 to 93,000 on the row of the largest entry). Reinverting during phase 1 as well
 * did not pay there (protectTables 7.6 s; every 100 pivots 7.3 s, within noise; every 50, 8.0 s).
 * The columns are `candidates` (the basis itself by default); with `crash`, a candidate that the
 * others make dependent is left out, and each row none takes keeps its own column from `basis` (its
 * slack or artificial: the pivots leave it a unit column). Writes each row's basic column into
 * `basis`; `null` when the columns are numerically singular (without `crash`).
 */
function reinverted(
  byColumns: { starts: Int32Array; rows: Int32Array; values: Float64Array },
  m: number,
  basis: Int32Array,
  candidates: readonly number[] = Array.from(basis),
  crash = false,
  leading = 0,
): EtaFile | null {
  const etas = new EtaFile();
  const { starts, rows, values } = byColumns;
  const size = (j: number) => (starts[j + 1] as number) - (starts[j] as number);
  // Per row, the candidates touching it and how many of them are left.
  const touching: number[][] = Array.from({ length: m }, () => []);
  const left = new Int32Array(m);
  for (const j of candidates) {
    for (let k = starts[j] as number; k < (starts[j + 1] as number); k++) {
      const i = rows[k] as number;
      (touching[i] as number[]).push(j);
      left[i] = (left[i] as number) + 1;
    }
  }
  // With `leading`, the first candidates are placed before the others (see crashed).
  const first = new Set(candidates.slice(0, leading));
  let firstLeft = first.size;
  const group = (j: number) => (first.has(j) ? 0 : 1);
  const order = candidates.slice().sort((a, b) => group(a) - group(b) || size(a) - size(b) || a - b);
  let next = 0;
  const done = new Set<number>();
  const singletons: number[] = [];
  for (let i = 0; i < m; i++) if (left[i] === 1) singletons.push(i);
  const taken = new Uint8Array(m);
  const x = new Float64Array(m);
  const nonZero = new Int32Array(m);
  const assigned = Int32Array.from(basis);
  /** Pivots column `j` on `wanted` (or a row of its choice); false when no row is left for it. */
  // The column being placed is sparse: only its listed entries are visited and cleared (a pass over
  // every row per column made a reinversion cost the rows squared).
  const marked = new Uint8Array(m);
  const listed = new Int32Array(m);
  let listedCount = 0;
  const place = (j: number, wanted: number): boolean => {
    for (let k = 0; k < listedCount; k++) {
      const i = listed[k] as number;
      x[i] = 0;
      marked[i] = 0;
    }
    listedCount = 0;
    for (let k = starts[j] as number; k < (starts[j + 1] as number); k++) {
      const i = rows[k] as number;
      x[i] = values[k] as number;
      marked[i] = 1;
      listed[listedCount++] = i;
    }
    listedCount = etas.forwardListed(x, marked, listed, listedCount);
    let row = wanted >= 0 && Math.abs(x[wanted] as number) > 1e-7 ? wanted : -1;
    if (row < 0) {
      // Threshold pivoting: of the entries at least a tenth of the largest, the row that the fewest
      // remaining columns touch (it stays sparse longest); the lowest row among equals.
      let largest = 0;
      for (let k = 0; k < listedCount; k++) {
        const i = listed[k] as number;
        if (taken[i] === 0) largest = Math.max(largest, Math.abs(x[i] as number));
      }
      let fewest = Number.POSITIVE_INFINITY;
      for (let k = 0; k < listedCount; k++) {
        const i = listed[k] as number;
        const a = Math.abs(x[i] as number);
        if (taken[i] !== 0 || a <= 1e-7 || a < 0.1 * largest) continue;
        const f = left[i] as number;
        if (f < fewest || (f === fewest && i < row)) {
          fewest = f;
          row = i;
        }
      }
    }
    if (row < 0) return false;
    let count = 0;
    for (let k = 0; k < listedCount; k++) {
      const i = listed[k] as number;
      if (i === row) continue;
      const a = x[i] as number;
      if (a > EPSILON || a < -EPSILON) nonZero[count++] = i;
      else x[i] = 0;
    }
    etas.push(row, x, nonZero, count);
    taken[row] = 1;
    assigned[row] = j;
    return true;
  };
  for (let step = 0; step < candidates.length; step++) {
    let j = -1;
    let wanted = -1;
    const deferred: number[] = [];
    while (singletons.length > 0 && j < 0) {
      const i = singletons.pop() as number;
      if (taken[i] === 1 || left[i] !== 1) continue;
      for (const c of touching[i] as number[]) if (!done.has(c)) j = c;
      if (j >= 0 && firstLeft > 0 && !first.has(j)) {
        deferred.push(i);
        j = -1;
        continue;
      }
      wanted = i;
    }
    singletons.push(...deferred);
    if (j < 0) {
      while (done.has(order[next] as number)) next++;
      j = order[next] as number;
      wanted = -1;
    }
    if (!place(j, wanted) && !crash) return null;
    done.add(j);
    if (first.has(j)) firstLeft--;
    for (let k = starts[j] as number; k < (starts[j + 1] as number); k++) {
      const i = rows[k] as number;
      left[i] = (left[i] as number) - 1;
      if (left[i] === 1 && taken[i] === 0) singletons.push(i);
    }
  }
  for (let i = 0; i < m; i++) if (taken[i] === 0 && !place(basis[i] as number, i)) return null;
  basis.set(assigned);
  return etas;
}
