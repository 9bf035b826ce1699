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

/** A constraint's sum in representatives: coefficient per free representative, and the constant. */
function reduced(constraint: LocalConstraint, aliases: Aliases): { terms: Map<number, number>; constant: number } {
  const terms = new Map<number, number>();
  let constant = 0;
  constraint.columns.forEach((c, i) => {
    const a = constraint.coefficients?.[i] ?? 1;
    const root = aliases.find(c);
    const s = aliases.sign[c] as number;
    const o = c === root ? 0 : (aliases.offset[c] as number);
    const value = aliases.fixed[root] as number;
    if (Number.isNaN(value)) {
      constant += a * o;
      const sum = (terms.get(root) ?? 0) + a * (c === root ? 1 : s);
      if (sum === 0) terms.delete(root);
      else terms.set(root, sum);
    } else constant += a * ((c === root ? 1 : s) * value + o);
  });
  return { terms, constant };
}

/**
 * The system with its unit equations substituted out (see {@link Presolved}); `null` when the
 * substitutions show it infeasible (a fixed column below 0, bounds that cross, a constraint left
 * without columns that fails).
 */
export function presolved(n: number, constraints: readonly LocalConstraint[]): Presolved | null {
  const aliases = new Aliases(n);
  const used = new Uint8Array(constraints.length);
  for (let changed = true; changed; ) {
    changed = false;
    constraints.forEach((constraint, k) => {
      if (used[k] === 1 || constraint.lower !== constraint.upper) return;
      const { terms, constant } = reduced(constraint, aliases);
      const rhs = constraint.upper - constant;
      const entries = [...terms];
      if (entries.length === 1) {
        const [root, a] = entries[0] as [number, number];
        if (Math.abs(a) !== 1) return;
        aliases.fixed[root] = rhs * a;
      } else if (entries.length === 2) {
        const [[r1, a], [r2, b]] = entries as [[number, number], [number, number]];
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
  for (let k = 0; k < constraints.length; k++) {
    if (used[k] === 1) continue;
    const constraint = constraints[k] as LocalConstraint;
    const coefficientOf = new Map<number, number>();
    let constant = 0;
    constraint.columns.forEach((c, i) => {
      const a = constraint.coefficients?.[i] ?? 1;
      constant += a * (offset[c] as number);
      const z = follows[c] as number;
      if (z >= 0) coefficientOf.set(z, (coefficientOf.get(z) ?? 0) + a * (sign[c] as number));
    });
    const columns: number[] = [];
    const coefficients: number[] = [];
    for (const [z, a] of coefficientOf) {
      if (a === 0) continue;
      columns.push(z);
      coefficients.push(a);
    }
    const lower = constraint.lower - constant;
    const upper = constraint.upper - constant;
    if (columns.length === 0) {
      if (lower > TOLERANCE || upper < -TOLERANCE) return null;
      continue;
    }
    rest.push({
      columns,
      ...(coefficients.every((a) => a === 1) ? {} : { coefficients }),
      lower,
      upper,
    });
  }
  return { n: size, constraints: [...rest, ...bounds], follows, sign, offset };
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
