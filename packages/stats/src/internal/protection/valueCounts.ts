import { NrmkitError } from "@nrmkit/core";
import type { Dimension, StatCell, StatTable } from "../../statTable.js";

/**
 * How the reader model holds one multi-valued dimension (see the guide, "Multi-valued dimensions
 * of any width").
 *
 * A person holds a set S of known values, or one exclusive value ("none", "not recorded"). Values
 * that some subtotal combines (`combined`, a union of two or more known values) need the sets
 * themselves: one atom per subset T of them. The other values (`counted`) need no sets: one count
 * variable per value, n(v) = persons holding v, and the atom T = ∅ holds the persons whose known
 * values are all counted ones. Per combination x of the other coordinates, with N(x) the persons
 * holding some known value (the sum over T), integer counts are those of some table of persons
 * exactly when `n(x,v) <= N(x)` for every counted v and `sum_v n(x,v) >= m(x,∅)` (the lemma in the
 * guide); these rows are {@link valueCountRows}. With no counted value the model is the old one of
 * every non-empty set.
 */
export interface MultiValuedPlan {
  /** Known values, in first-seen order, without those published as held by nobody. */
  readonly known: readonly string[];
  /** Exclusive values ("none", "not recorded"): one atom each. */
  readonly exclusive: readonly string[];
  /** Known values some subtotal combines: one atom per subset of them. */
  readonly combined: readonly string[];
  /** Known values held as per-value counts. */
  readonly counted: readonly string[];
}

/** Values combined by subtotals above this many would need more than 4,096 atoms per other coordinate. */
export const MAX_COMBINED_VALUES = 12;

/** Whether some table shows the one-way margin of `code` (every other dimension totalled) as an exact 0. */
function shownZero(uses: readonly { table: StatTable; dimension: Dimension }[], code: string): boolean {
  return uses.some(({ table, dimension }) => {
    const j = table.dimensions.indexOf(dimension);
    return [...table.cells, ...table.totals].some(
      (cell: StatCell) =>
        cell.value === 0 &&
        cell.status === "published" &&
        cell.key.every((k, i) => (i === j ? k === code : k === null)),
    );
  });
}

/** The leaf codes a category covers. */
function leavesOf(dimension: Dimension, code: string, depth = 0): string[] {
  const category = dimension.categories.find((c) => c.code === code);
  if (category === undefined || depth > dimension.categories.length) return [];
  if (category.members === undefined) return [code];
  return category.members.flatMap((member) => leavesOf(dimension, member, depth + 1));
}

/** Plans a multi-valued dimension: which values need subsets and which per-value counts. */
export function multiValuedPlan(uses: readonly { table: StatTable; dimension: Dimension }[]): MultiValuedPlan {
  const known: string[] = [];
  const exclusive: string[] = [];
  for (const { dimension } of uses) {
    for (const c of dimension.categories) {
      if (c.members !== undefined) continue;
      // A value whose margin is shown as 0 has nobody: it needs no atom, and the reader knows that zero.
      if (shownZero(uses, c.code)) continue;
      // "Not recorded" and "none" (recorded, no value applies) exclude every other value.
      const list = c.unknown || c.code === "none" ? exclusive : known;
      if (!list.includes(c.code)) list.push(c.code);
    }
  }
  const combined = new Set<string>();
  for (const { dimension } of uses) {
    for (const c of dimension.categories) {
      if (c.members === undefined) continue;
      const members = [...new Set(leavesOf(dimension, c.code))].filter((code) => known.includes(code));
      if (members.length >= 2) for (const code of members) combined.add(code);
    }
  }
  // A table whose dimension lacks some known value has a total that is a union of its own values
  // only: then every value needs the subsets.
  const everyUseWhole = uses.every(({ dimension }) =>
    known.every((code) => dimension.categories.some((c) => c.code === code && c.members === undefined)),
  );
  if (!everyUseWhole) for (const code of known) combined.add(code);
  return {
    known,
    exclusive,
    combined: known.filter((code) => combined.has(code)),
    counted: known.filter((code) => !combined.has(code)),
  };
}

/** The plan with every known value held as subsets (for a second wide dimension in one block). */
export function allCombined(plan: MultiValuedPlan): MultiValuedPlan {
  return { ...plan, combined: plan.known, counted: [] };
}

/** One multi-valued axis: its coordinates and each leaf's coordinates. */
export interface MultiValuedAxis {
  /** Subset atoms: atom `s` is the subset of `combined` with bit mask `s + (counted.length > 0 ? 0 : 1)`. */
  readonly sets: number;
  /** Coordinates of the per-value counts: `sets` up to `sets + counted.length` (exclusive). */
  readonly counted: number;
  /** Coordinate count before any "other" coordinate. */
  readonly size: number;
  /** The coordinates a leaf code covers (empty for a code nobody holds). */
  readonly leaf: (code: string) => number[];
}

/**
 * Lays out the coordinates of a multi-valued axis from its plan.
 *
 * @throws NrmkitError with code `invalid_argument` when subtotals combine more than
 * {@link MAX_COMBINED_VALUES} values.
 */
export function multiValuedAxis(name: string, plan: MultiValuedPlan): MultiValuedAxis {
  if (plan.combined.length > MAX_COMBINED_VALUES) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected at most ${String(MAX_COMBINED_VALUES)} values of a multi-valued dimension combined by subtotals (or in a table that lacks some of its values, or beside a wider multi-valued dimension in the same tables), received ${String(plan.combined.length)}; drop the subtotals that combine values, or publish the tables separately`,
    );
  }
  const counted = plan.counted.length;
  const start = counted > 0 ? 0 : 1;
  const sets = (1 << plan.combined.length) - start;
  const size = sets + counted + plan.exclusive.length;
  const leaf = (code: string): number[] => {
    const k = plan.combined.indexOf(code);
    if (k >= 0) {
      const out: number[] = [];
      for (let s = 0; s < sets; s++) if (((s + start) & (1 << k)) !== 0) out.push(s);
      return out;
    }
    const v = plan.counted.indexOf(code);
    if (v >= 0) return [sets + v];
    const u = plan.exclusive.indexOf(code);
    return u >= 0 ? [sets + counted + u] : [];
  };
  return { sets, counted, size, leaf };
}

/** One inequality between atoms: `sum(coefficient * count) <= 0`. */
export interface AtomRow {
  readonly atoms: Int32Array;
  readonly coefficients: Int8Array;
}

/**
 * The rows that make per-value counts those of some table of persons: per combination of the
 * block's other coordinates, `n(v) - N <= 0` for every counted value and `m(∅) - sum_v n(v) <= 0`.
 *
 * @param sizes - the block's axis sizes, in its order
 * @param at - the position of the multi-valued axis in the block
 * @param offset - the block's first atom
 */
export function valueCountRows(sizes: readonly number[], at: number, offset: number, axis: MultiValuedAxis): AtomRow[] {
  const strides = new Array<number>(sizes.length).fill(1);
  for (let j = sizes.length - 2; j >= 0; j--) strides[j] = (strides[j + 1] as number) * (sizes[j + 1] as number);
  const stride = strides[at] as number;
  const rows: AtomRow[] = [];
  const sets = Array.from({ length: axis.sets }, (_, s) => s * stride);
  const counts = Array.from({ length: axis.counted }, (_, v) => (axis.sets + v) * stride);
  const walk = (j: number, base: number) => {
    if (j === sizes.length) {
      for (const count of counts) {
        rows.push({
          atoms: Int32Array.from([base + count, ...sets.map((s) => base + s)]),
          coefficients: Int8Array.from([1, ...sets.map(() => -1)]),
        });
      }
      rows.push({
        atoms: Int32Array.from([base, ...counts.map((c) => base + c)]),
        coefficients: Int8Array.from([1, ...counts.map(() => -1)]),
      });
      return;
    }
    if (j === at) {
      walk(j + 1, base);
      return;
    }
    for (let c = 0; c < (sizes[j] as number); c++) walk(j + 1, base + c * (strides[j] as number));
  };
  walk(0, offset);
  return rows;
}
