import { NrmkitError } from "@nrmkit/core";
import type { Dimension, StatCell, StatTable } from "../../statTable.js";

/**
 * How the reader model holds one multi-valued dimension (see the guide, "Multi-valued dimensions
 * of any width").
 *
 * A person holds a set S of known values, or one exclusive value ("none", "not recorded"). A
 * published count of a union of two or more known values (a subtotal, or the total of a table that
 * shows only some values) needs to know which persons touch the union. Values are grouped by the
 * unions they belong to (`groups`: values in exactly the same unions share a group, so every
 * union is a union of whole groups), and the model has one atom per subset T of groups: the
 * persons whose values touch exactly the groups in T. A group of one value is that value; in a
 * group of several, each value v has a count n(v) beside the atoms, and per combination x of the
 * other coordinates, with P_g(x) the persons touching group g (the atoms whose T holds g), integer
 * counts are those of some table of persons exactly when `n(x,v) <= P_g(x)` for every v in g and
 * `sum_{v in g} n(x,v) >= P_g(x)` (give each of the P_g persons one value of g in turn, round a
 * circle; groups are independent). Values in no union (`counted`) are counts too, of the persons
 * with any known value: the atom T = ∅ holds the persons whose known values are all counted ones,
 * and with N(x) the persons holding some known value, `n(x,v) <= N(x)` and
 * `sum_v n(x,v) >= m(x,∅)` (the lemma in the guide). These rows are {@link valueCountRows}. With
 * every group a single value and no counted value, the model is the old one of every non-empty set.
 */
export interface MultiValuedPlan {
  /** Known values, in first-seen order, without those published as held by nobody. */
  readonly known: readonly string[];
  /** Exclusive values ("none", "not recorded"): one atom each. */
  readonly exclusive: readonly string[];
  /** Known values in some union (the values of `groups`, in group order). */
  readonly combined: readonly string[];
  /** Groups of known values that belong to the same unions: one subset bit each. */
  readonly groups: readonly (readonly string[])[];
  /** Known values in no union, held as per-value counts of the persons with any known value. */
  readonly counted: readonly string[];
}

/** Groups of values above this many would need more than 4,096 atoms per other coordinate. */
export const MAX_COMBINED_VALUES = 12;

/**
 * One table's use of a dimension. With `exact`, the reader reads the table's shown entries as the
 * exact values of that table (the stronger reader that proving protection uses, see
 * `readerKnowledge`), so a shown rounded 0 there is an exact 0 too.
 */
export interface DimensionUse {
  readonly table: StatTable;
  readonly dimension: Dimension;
  readonly exact?: StatTable | undefined;
}

/** Whether some table shows the one-way margin of `code` (every other dimension totalled) as an exact 0. */
function shownZero(uses: readonly DimensionUse[], code: string): boolean {
  return uses.some(({ table, dimension, exact }) => {
    const j = table.dimensions.indexOf(dimension);
    const isMargin = (cell: StatCell) => cell.key.every((k, i) => (i === j ? k === code : k === null));
    const margin = [...table.cells, ...table.totals].find(isMargin);
    if (margin === undefined) return false;
    if (margin.value === 0 && margin.status === "published") return true;
    // Read exactly: a shown entry is its exact value, whatever rounding showed.
    if (exact === undefined || (margin.status !== "published" && margin.status !== "rounded")) return false;
    return [...exact.cells, ...exact.totals].find(isMargin)?.value === 0;
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
export function multiValuedPlan(uses: readonly DimensionUse[]): MultiValuedPlan {
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
  // The unions of two or more known values that some count shows: subtotals, and the total of a
  // table whose dimension lacks some known value (its persons are those holding one of its own).
  const unions: Set<string>[] = [];
  const addUnion = (codes: readonly string[]) => {
    const members = new Set(codes.filter((code) => known.includes(code)));
    if (members.size >= 2) unions.push(members);
  };
  for (const { dimension } of uses) {
    for (const c of dimension.categories) if (c.members !== undefined) addUnion(leavesOf(dimension, c.code));
    const shown = dimension.categories.filter((c) => c.members === undefined).map((c) => c.code);
    if (!known.every((code) => shown.includes(code))) addUnion(shown);
  }
  // Values in exactly the same unions form one group; values in none are counted.
  const bySignature = new Map<string, string[]>();
  const counted: string[] = [];
  for (const code of known) {
    const signature = unions.flatMap((union, u) => (union.has(code) ? [u] : [])).join(",");
    if (signature === "") {
      counted.push(code);
      continue;
    }
    const group = bySignature.get(signature);
    if (group === undefined) bySignature.set(signature, [code]);
    else group.push(code);
  }
  const groups = [...bySignature.values()];
  return { known, exclusive, combined: groups.flat(), groups, counted };
}

/** The plan with every known value a group of its own (for a second wide dimension in one block). */
export function allCombined(plan: MultiValuedPlan): MultiValuedPlan {
  return { ...plan, combined: plan.known, groups: plan.known.map((code) => [code]), counted: [] };
}

/** Whether the plan holds some values as counts (counted values, or groups of several values). */
export function hasValueCounts(plan: MultiValuedPlan): boolean {
  return plan.counted.length > 0 || plan.groups.some((group) => group.length > 1);
}

/** One multi-valued axis: its coordinates and each leaf's coordinates. */
export interface MultiValuedAxis {
  /** Subset atoms: atom `s` is the subset of `groups` with bit mask `s + (counted.length > 0 ? 0 : 1)`. */
  readonly sets: number;
  /** Coordinates of the counted values' counts: `sets` up to `sets + counted` (exclusive). */
  readonly counted: number;
  /** Coordinates of the counts of values in groups of several: `sets + counted` up to `sets + counted + members`. */
  readonly members: number;
  /** Per group of several values: its subset bit and the coordinates of its values' counts. */
  readonly groupCounts: readonly { readonly bit: number; readonly counts: readonly number[] }[];
  /** Coordinate count before any "other" coordinate. */
  readonly size: number;
  /** The coordinates whose sum is the persons holding a leaf code (empty for a code nobody holds). */
  readonly leaf: (code: string) => number[];
  /**
   * The subset atoms of the persons touching a union of leaf codes, when the union is one of whole
   * groups (then it is not the sum of its leaves' counts); `undefined` otherwise.
   */
  readonly union: (codes: readonly string[]) => number[] | undefined;
}

/**
 * Lays out the coordinates of a multi-valued axis from its plan.
 *
 * @throws NrmkitError with code `invalid_argument` when the values fall in more than
 * {@link MAX_COMBINED_VALUES} groups.
 */
export function multiValuedAxis(name: string, plan: MultiValuedPlan): MultiValuedAxis {
  if (plan.groups.length > MAX_COMBINED_VALUES) {
    throw new NrmkitError(
      "invalid_argument",
      `${name}: expected the values of a multi-valued dimension to fall in at most ${String(MAX_COMBINED_VALUES)} groups (values that subtotals and partial tables combine in different ways, or every value of a dimension beside a wider multi-valued dimension in the same tables), received ${String(plan.groups.length)}; drop some subtotals that combine values, or publish the tables separately`,
    );
  }
  const counted = plan.counted.length;
  const start = counted > 0 ? 0 : 1;
  const sets = (1 << plan.groups.length) - start;
  const touching = (bit: number): number[] => {
    const out: number[] = [];
    for (let s = 0; s < sets; s++) if (((s + start) & (1 << bit)) !== 0) out.push(s);
    return out;
  };
  // Each value of a group of several gets a count coordinate after the counted values'.
  const memberAt = new Map<string, number>();
  const groupCounts: { bit: number; counts: number[] }[] = [];
  const groupOf = new Map<string, number>();
  plan.groups.forEach((group, bit) => {
    for (const code of group) groupOf.set(code, bit);
    if (group.length < 2) return;
    const counts = group.map((code) => {
      const at = sets + counted + memberAt.size;
      memberAt.set(code, at);
      return at;
    });
    groupCounts.push({ bit, counts });
  });
  const members = memberAt.size;
  const size = sets + counted + members + plan.exclusive.length;
  const leaf = (code: string): number[] => {
    const member = memberAt.get(code);
    if (member !== undefined) return [member];
    const bit = groupOf.get(code);
    if (bit !== undefined) return touching(bit);
    const v = plan.counted.indexOf(code);
    if (v >= 0) return [sets + v];
    const u = plan.exclusive.indexOf(code);
    return u >= 0 ? [sets + counted + members + u] : [];
  };
  const union = (codes: readonly string[]): number[] | undefined => {
    const inGroups = codes.filter((code) => groupOf.has(code));
    // A single value's persons are its count; a union of whole groups is the atoms touching them.
    if (inGroups.length < 2) return undefined;
    const bits = new Set(inGroups.map((code) => groupOf.get(code) as number));
    for (const bit of bits) {
      if (!(plan.groups[bit] as readonly string[]).every((code) => codes.includes(code))) return undefined;
    }
    const out: number[] = [];
    for (let s = 0; s < sets; s++) if ([...bits].some((bit) => ((s + start) & (1 << bit)) !== 0)) out.push(s);
    return out;
  };
  return { sets, counted, members, groupCounts, size, leaf, union };
}

/** One inequality between atoms: `sum(coefficient * count) <= 0`. */
export interface AtomRow {
  readonly atoms: Int32Array;
  readonly coefficients: Int8Array;
}

/**
 * The rows that make per-value counts those of some table of persons: per combination of the
 * block's other coordinates, `n(v) - N <= 0` for every counted value and `m(∅) - sum_v n(v) <= 0`,
 * and per group of several values `n(v) - P_g <= 0` for each of its values and
 * `P_g - sum_{v in g} n(v) <= 0`.
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
  // Per group of several values: the atoms of the persons touching it, and its values' counts.
  const start = axis.counted > 0 ? 0 : 1;
  const groups = axis.groupCounts.map(({ bit, counts: members }) => ({
    touching: sets.filter((_, s) => ((s + start) & (1 << bit)) !== 0),
    members: members.map((c) => c * stride),
  }));
  const walk = (j: number, base: number) => {
    if (j === sizes.length) {
      for (const count of counts) {
        rows.push({
          atoms: Int32Array.from([base + count, ...sets.map((s) => base + s)]),
          coefficients: Int8Array.from([1, ...sets.map(() => -1)]),
        });
      }
      if (counts.length > 0) {
        rows.push({
          atoms: Int32Array.from([base, ...counts.map((c) => base + c)]),
          coefficients: Int8Array.from([1, ...counts.map(() => -1)]),
        });
      }
      for (const group of groups) {
        // n(v) <= P_g for each value of the group, and P_g <= the sum of its values' counts.
        for (const member of group.members) {
          rows.push({
            atoms: Int32Array.from([base + member, ...group.touching.map((s) => base + s)]),
            coefficients: Int8Array.from([1, ...group.touching.map(() => -1)]),
          });
        }
        rows.push({
          atoms: Int32Array.from([...group.touching.map((s) => base + s), ...group.members.map((c) => base + c)]),
          coefficients: Int8Array.from([...group.touching.map(() => 1), ...group.members.map(() => -1)]),
        });
      }
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
