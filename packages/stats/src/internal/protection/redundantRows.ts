import type { LpRow } from "./simplex.js";

/** A term's share of a left-hand side's hash (a sum over terms, so the order of the terms does not count). */
function termHash(column: number, value: number): number {
  let h = Math.imul(column ^ 0x5bd1e995, 0x85ebca6b) ^ Math.imul(Math.round(value * 1048576) | 0, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return h ^ (h >>> 16);
}

/** The hash of a row's left-hand side times `sign`. */
function hashOf(row: LpRow, sign: 1 | -1): number {
  let h = row.columns.length;
  for (let k = 0; k < row.columns.length; k++) {
    h = (h + termHash(row.columns[k] as number, sign * (row.values[k] as number))) | 0;
  }
  return h;
}

/** Whether `a`'s left-hand side equals `b`'s times `sign` (the same terms in any order). */
function sameLeft(a: LpRow, b: LpRow, sign: 1 | -1): boolean {
  if (a.columns.length !== b.columns.length) return false;
  for (let k = 0; k < a.columns.length; k++) {
    const at = b.columns.indexOf(a.columns[k] as number);
    if (at < 0 || (a.values[k] as number) !== sign * (b.values[at] as number)) return false;
  }
  return true;
}

/** Rows by the hash of their left-hand side; `find` returns the first whose left-hand side is `row`'s times `sign`. */
class LeftSides {
  private readonly byHash = new Map<number, number[]>();

  constructor(private readonly rows: readonly LpRow[]) {}

  add(at: number, hash: number): void {
    const list = this.byHash.get(hash);
    if (list === undefined) this.byHash.set(hash, [at]);
    else list.push(at);
  }

  find(row: LpRow, hash: number, sign: 1 | -1, accept: (at: number) => boolean = () => true): number {
    for (const at of this.byHash.get(hash) ?? []) {
      if (sameLeft(row, this.rows[at] as LpRow, sign) && accept(at)) return at;
    }
    return -1;
  }
}

/**
 * The rows without those that others imply: a `<=` row that `x >= 0` meets (no positive
 * coefficient, right-hand side at least 0), whose left-hand side another `<=` row repeats with a
 * right-hand side as small or smaller, or that an equation on the same sum (or its negation)
 * implies, and an equation that another repeats. Linked tables share their margins, so a
 * joint model writes the same sum once per table: a third of the rows of the CTDC bench, each a
 * row and a slack column more in every tableau. The rows kept describe the same polytope, and they
 * are a subset of the rows given, so a dual certificate over them is one over the full system.
 * Left-hand sides are compared by a hash of their terms, then term by term (as text, sorted and
 * joined, they took a sixth of a dive's restriction on bench:joint).
 */
export function withoutRedundantRows(rows: readonly LpRow[]): LpRow[] {
  const hashes = Int32Array.from(rows, (row) => hashOf(row, 1));
  // The first equation on each left-hand side (two on one sum with different values are kept both:
  // phase 1 finds them infeasible).
  const equations = new LeftSides(rows);
  rows.forEach((row, i) => {
    if (row.type === "eq" && equations.find(row, hashes[i] as number, 1) < 0) equations.add(i, hashes[i] as number);
  });
  const implied = (row: LpRow, hash: number, sign: 1 | -1) => {
    const at = equations.find(row, hash, sign);
    return at >= 0 && sign * (rows[at] as LpRow).rhs <= row.rhs;
  };
  const kept: LpRow[] = [];
  // Kept equations and `<=` rows by left-hand side, as indices into `kept`.
  const keptRows = new LeftSides(kept);
  rows.forEach((row, i) => {
    const hash = hashes[i] as number;
    if (row.type === "eq") {
      const same = keptRows.find(
        row,
        hash,
        1,
        (at) => (kept[at] as LpRow).type === "eq" && (kept[at] as LpRow).rhs === row.rhs,
      );
      if (same >= 0) return;
      keptRows.add(kept.length, hash);
      kept.push(row);
      return;
    }
    // No positive coefficient and a right-hand side of at least 0: every point with `x >= 0` meets it.
    if (row.rhs >= 0 && row.values.every((v) => v <= 0)) return;
    if (implied(row, hash, 1) || implied(row, hashOf(row, -1), -1)) return;
    const at = keptRows.find(row, hash, 1, (k) => (kept[k] as LpRow).type === "le");
    if (at < 0) {
      keptRows.add(kept.length, hash);
      kept.push(row);
    } else if (row.rhs < (kept[at] as LpRow).rhs) {
      kept[at] = row;
    }
  });
  return kept;
}
