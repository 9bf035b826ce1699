import type { LocalConstraint } from "./localRestriction.js";

/**
 * A system of constraints over `n` non-negative columns with its unit equations substituted out:
 * an equation over one column fixes it, an equation over two columns with coefficients ±1 makes
 * one follow the other. Each original column is `sign * z + offset` of one reduced column `z`
 * (non-negative like every column), or the constant `offset` when fixed. Points correspond one to
 * one, integer to integer (the substitutions are unimodular), so a witness of the reduced system
 * is one of the original. A dive's restriction shrinks so: bench:joint, 2,000 records, a third of
 * its rows were link equations between two blocks over two atoms.
 */
export interface Presolved {
  /** Reduced columns. */
  readonly n: number;
  /** The constraints over the reduced columns: the rest, and the bounds the followers set. */
  readonly constraints: readonly LocalConstraint[];
  /** Per original column: the reduced column it follows, or -1 when fixed. */
  readonly follows: Int32Array;
  readonly sign: Int8Array;
  readonly offset: Float64Array;
}

/** Round-off allowed when checking a constraint left without columns. */
const TOLERANCE = 1e-9;

/** Columns as affine images of their representatives, with path compression. */
class Aliases {
  readonly parent: Int32Array;
  readonly sign: Int8Array;
  readonly offset: Float64Array;
  /** Per representative, its fixed value (NaN: free). */
  readonly fixed: Float64Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, c) => c);
    this.sign = new Int8Array(n).fill(1);
    this.offset = new Float64Array(n);
    this.fixed = new Float64Array(n).fill(Number.NaN);
  }

  /** The representative of `c`; afterwards `c = sign[c] * x(representative) + offset[c]`. */
  find(c: number): number {
    const p = this.parent[c] as number;
    if (p === c) return c;
    const root = this.find(p);
    // c = s1 * p + o1 and p = s2 * root + o2.
    const s2 = this.sign[p] as number;
    const o2 = this.offset[p] as number;
    this.offset[c] = (this.sign[c] as number) * o2 + (this.offset[c] as number);
    this.sign[c] = (this.sign[c] as number) * s2;
    this.parent[c] = root;
    return root;
  }
}

/**
 * Sums of columns in terms of other columns, accumulated in scratch arrays (a map per constraint
 * per pass was half of a restriction's presolve): `add` the terms, then `count` entries of `at`
 * (their coefficients in `coefficient`, zeros already left out) and `constant`.
 */
class Accumulator {
  readonly coefficient: Float64Array;
  readonly at: Int32Array;
  count = 0;
  constant = 0;
  private readonly listed: Uint8Array;

  constructor(n: number) {
    this.coefficient = new Float64Array(n);
    this.at = new Int32Array(n);
    this.listed = new Uint8Array(n);
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) {
      const z = this.at[k] as number;
      this.coefficient[z] = 0;
      this.listed[z] = 0;
    }
    this.count = 0;
    this.constant = 0;
  }

  add(z: number, value: number): void {
    if (this.listed[z] === 0) {
      this.listed[z] = 1;
      this.at[this.count++] = z;
    }
    this.coefficient[z] = (this.coefficient[z] as number) + value;
  }

  /** Leaves the zero coefficients out of `at`. */
  settle(): void {
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const z = this.at[k] as number;
      if (this.coefficient[z] === 0) this.listed[z] = 0;
      else this.at[kept++] = z;
    }
    this.count = kept;
  }
}

/** A constraint's sum in representatives: coefficients per free representative, and the constant. */
function reduce(constraint: LocalConstraint, aliases: Aliases, sum: Accumulator): void {
  sum.clear();
  const { columns, coefficients } = constraint;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as number;
    const a = coefficients === undefined ? 1 : (coefficients[i] as number);
    const root = aliases.find(c);
    const s = c === root ? 1 : (aliases.sign[c] as number);
    const o = c === root ? 0 : (aliases.offset[c] as number);
    const value = aliases.fixed[root] as number;
    if (Number.isNaN(value)) {
      sum.constant += a * o;
      sum.add(root, a * s);
    } else sum.constant += a * (s * value + o);
  }
  sum.settle();
}

/**
 * The system with its unit equations substituted out (see {@link Presolved}); `null` when the
 * substitutions show it infeasible (a fixed column below 0, bounds that cross, a constraint left
 * without columns that fails).
 */
export function presolved(n: number, constraints: readonly LocalConstraint[]): Presolved | null {
  const aliases = new Aliases(n);
  const sum = new Accumulator(n);
  const used = new Uint8Array(constraints.length);
  for (let changed = true; changed; ) {
    changed = false;
    constraints.forEach((constraint, k) => {
      if (used[k] === 1 || constraint.lower !== constraint.upper) return;
      reduce(constraint, aliases, sum);
      const rhs = constraint.upper - sum.constant;
      if (sum.count === 1) {
        const root = sum.at[0] as number;
        const a = sum.coefficient[root] as number;
        if (Math.abs(a) !== 1) return;
        aliases.fixed[root] = rhs * a;
      } else if (sum.count === 2) {
        const r1 = sum.at[0] as number;
        const r2 = sum.at[1] as number;
        const a = sum.coefficient[r1] as number;
        const b = sum.coefficient[r2] as number;
        if (Math.abs(a) !== 1 || Math.abs(b) !== 1) return;
        // a x1 + b x2 = rhs: x2 = rhs / b - (a / b) x1.
        aliases.parent[r2] = r1;
        aliases.sign[r2] = -a * b;
        aliases.offset[r2] = rhs * b;
      } else return;
      used[k] = 1;
      changed = true;
    });
  }
  // Per free representative: its bounds from the columns that follow it (each column is >= 0).
  const low = new Float64Array(n);
  const high = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let c = 0; c < n; c++) {
    const root = aliases.find(c);
    const value = aliases.fixed[root] as number;
    const s = c === root ? 1 : (aliases.sign[c] as number);
    const o = c === root ? 0 : (aliases.offset[c] as number);
    if (!Number.isNaN(value)) {
      if (s * value + o < -TOLERANCE) return null;
    } else if (s === 1) low[root] = Math.max(low[root] as number, -o);
    else high[root] = Math.min(high[root] as number, o);
  }
  // Reduced columns: the free representatives, shifted to start at their lower bound.
  const index = new Int32Array(n).fill(-1);
  let size = 0;
  const bounds: LocalConstraint[] = [];
  for (let c = 0; c < n; c++) {
    if (aliases.find(c) !== c || !Number.isNaN(aliases.fixed[c] as number)) continue;
    if ((low[c] as number) > (high[c] as number) + TOLERANCE) return null;
    index[c] = size;
    if (Number.isFinite(high[c] as number)) {
      bounds.push({
        columns: [size],
        lower: Number.NEGATIVE_INFINITY,
        upper: (high[c] as number) - (low[c] as number),
      });
    }
    size++;
  }
  const follows = new Int32Array(n).fill(-1);
  const sign = new Int8Array(n).fill(1);
  const offset = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const root = aliases.find(c);
    const s = c === root ? 1 : (aliases.sign[c] as number);
    const o = c === root ? 0 : (aliases.offset[c] as number);
    const value = aliases.fixed[root] as number;
    sign[c] = s;
    if (Number.isNaN(value)) {
      follows[c] = index[root] as number;
      offset[c] = s * (low[root] as number) + o;
    } else offset[c] = s * value + o;
  }
  const rest: LocalConstraint[] = [];
  const reduced = new Accumulator(size);
  for (let k = 0; k < constraints.length; k++) {
    if (used[k] === 1) continue;
    const constraint = constraints[k] as LocalConstraint;
    const { columns: all, coefficients: given } = constraint;
    reduced.clear();
    for (let i = 0; i < all.length; i++) {
      const c = all[i] as number;
      const a = given === undefined ? 1 : (given[i] as number);
      reduced.constant += a * (offset[c] as number);
      const z = follows[c] as number;
      if (z >= 0) reduced.add(z, a * (sign[c] as number));
    }
    reduced.settle();
    const lower = constraint.lower - reduced.constant;
    const upper = constraint.upper - reduced.constant;
    if (reduced.count === 0) {
      if (lower > TOLERANCE || upper < -TOLERANCE) return null;
      continue;
    }
    // Plain arrays and loops: a restriction presolves about 550 constraints (bench:joint, 2,000
    // records), and the closures and spreads of a functional style were most of its time.
    const columns = new Array<number>(reduced.count);
    let units = true;
    for (let i = 0; i < reduced.count; i++) {
      const z = reduced.at[i] as number;
      columns[i] = z;
      if (reduced.coefficient[z] !== 1) units = false;
    }
    if (units) rest.push({ columns, lower, upper });
    else {
      const coefficients = new Array<number>(reduced.count);
      for (let i = 0; i < reduced.count; i++) coefficients[i] = reduced.coefficient[columns[i] as number] as number;
      rest.push({ columns, coefficients, lower, upper });
    }
  }
  return asBounds(size, [...rest, ...bounds], follows, sign, offset);
}

/**
 * The system with its constraints over one column (coefficient ±1) read as that column's bounds:
 * each column is shifted to start at its lower bound, and its upper bound stays one row with a
 * right-hand side of at least 0. Such a row written as `-z <= -lower` needs an artificial column
 * in phase 1: bench:joint, 2,000 records, 29% of a dive's rows were over one column, and 22% had a
 * negative right-hand side. The integer points are the same, and with integer bounds the linear
 * programme too (`null`: bounds that cross).
 */
function asBounds(
  n: number,
  constraints: readonly LocalConstraint[],
  follows: Int32Array,
  sign: Int8Array,
  offset: Float64Array,
): Presolved | null {
  const low = new Float64Array(n);
  const high = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const isBound = (constraint: LocalConstraint) =>
    constraint.columns.length === 1 && Math.abs(constraint.coefficients?.[0] ?? 1) === 1;
  for (const constraint of constraints) {
    if (!isBound(constraint)) continue;
    const z = constraint.columns[0] as number;
    const a = constraint.coefficients?.[0] ?? 1;
    const lower = a > 0 ? constraint.lower : -constraint.upper;
    const upper = a > 0 ? constraint.upper : -constraint.lower;
    // Columns are integers: a fractional bound rounds inwards.
    low[z] = Math.max(low[z] as number, Math.ceil(lower - TOLERANCE));
    high[z] = Math.min(high[z] as number, Math.floor(upper + TOLERANCE));
  }
  const rows: LocalConstraint[] = [];
  for (const constraint of constraints) {
    if (isBound(constraint)) continue;
    let shift = 0;
    constraint.columns.forEach((z, i) => {
      shift += (constraint.coefficients?.[i] ?? 1) * (low[z] as number);
    });
    rows.push(
      shift === 0 ? constraint : { ...constraint, lower: constraint.lower - shift, upper: constraint.upper - shift },
    );
  }
  for (let z = 0; z < n; z++) {
    if ((low[z] as number) > (high[z] as number) + TOLERANCE) return null;
    if (Number.isFinite(high[z] as number)) {
      rows.push({ columns: [z], lower: Number.NEGATIVE_INFINITY, upper: (high[z] as number) - (low[z] as number) });
    }
  }
  for (let c = 0; c < follows.length; c++) {
    const z = follows[c] as number;
    if (z >= 0) offset[c] = (offset[c] as number) + (sign[c] as number) * (low[z] as number);
  }
  return { n, constraints: rows, follows, sign, offset };
}

/** The original columns' values at a point of the reduced system. */
export function expanded(system: Presolved, point: ArrayLike<number>): number[] {
  const values = new Array<number>(system.follows.length);
  for (let c = 0; c < values.length; c++) {
    const z = system.follows[c] as number;
    values[c] = (system.offset[c] as number) + (z < 0 ? 0 : (system.sign[c] as number) * (point[z] as number));
  }
  return values;
}

/** An objective over the original columns as one over the reduced columns plus a constant. */
export function reducedObjective(
  system: Presolved,
  objective: readonly number[],
): { readonly objective: number[]; readonly constant: number } {
  const out = new Array<number>(system.n).fill(0);
  let constant = 0;
  objective.forEach((w, c) => {
    if (w === 0) return;
    constant += w * (system.offset[c] as number);
    const z = system.follows[c] as number;
    if (z >= 0) out[z] = (out[z] as number) + w * (system.sign[c] as number);
  });
  return { objective: out, constant };
}
