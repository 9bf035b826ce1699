import { NrmkitError } from "@nrmkit/core";
import type { Category, CellStatus, Dimension, StatCell, StatTable } from "../../statTable.js";
import { type AxisCost, type Block, blocksOf } from "./joinTree.js";
import {
  allCombined,
  type DimensionUse,
  hasValueCounts,
  MAX_COMBINED_VALUES,
  type MultiValuedAxis,
  type MultiValuedPlan,
  multiValuedAxis,
  multiValuedPlan,
  valueCountRows,
} from "./valueCounts.js";

/**
 * The reader model: the person types ("atoms") behind one or more tables of the same records, and
 * every published number as the count of persons of a set of atoms.
 *
 * A person has, per dimension name, one atom: a leaf category (single-valued dimensions); a
 * non-empty set of known values, or one "not recorded" value (multi-valued dimensions; values that
 * no subtotal combines are held as per-value counts instead of sets, see {@link MultiValuedPlan}); a run of
 * days that no period start or end cuts (period dimensions with dates: nested and overlapping
 * periods then share atoms). A dimension shown whole (every person in a category) has no atom
 * beyond its categories, so a count that several tables show (a region's total beside age bands
 * and beside age groups, a grand total) is one quantity, as it is to a reader. Only when every
 * table that shows a dimension leaves persons out (`Dimension.filtered`) and some other table
 * lacks it do those persons get an "other" atom, since that table counts them. The atoms of a person are the product
 * of the per-dimension ones. Every cell, subtotal, margin and total of every table is then the sum
 * of the counts of the atoms it covers; the counts are non-negative integers. Every relation a
 * reader can derive (subtotals, nested periods, multi-valued margins, unknowns, the same count in
 * two tables) follows from that one construction.
 */
export interface ReaderModel {
  /** Number of atoms (person types). */
  readonly atomCount: number;
  /** The distinct published quantities: each a sorted set of atoms. */
  readonly quantities: readonly Int32Array[];
  /** Rows between atoms: equalities between blocks, inequalities of per-value counts. */
  readonly links: readonly Link[];
  /** Per table, its entries in the extended row-major space (see {@link TableLayout}). */
  readonly layouts: readonly TableLayout[];
}

/**
 * A linear row over atoms: `sum(coefficient * count) = 0` (`eq`: two blocks count the same persons
 * over their shared dimensions) or `<= 0` (`le`: per-value counts of a multi-valued dimension are
 * those of some table of persons, see {@link valueCountRows}).
 */
export interface Link {
  readonly atoms: Int32Array;
  readonly coefficients: Int8Array;
  readonly kind: "eq" | "le";
}

/** One table's entries: every cell and total indexed in the extended row-major space. */
export interface TableLayout {
  readonly table: StatTable;
  /** Per dimension, its category count plus one (the total coordinate). */
  readonly extents: readonly number[];
  readonly strides: readonly number[];
  readonly size: number;
  /** Per extended index: the quantity id, or -1 when the table lacks the entry. */
  readonly quantity: Int32Array;
  /** Per extended index: the shown value (`null` when hidden or absent). */
  readonly values: readonly (number | null)[];
  /** Per extended index: the status (`undefined` when absent). */
  readonly statuses: readonly (CellStatus | undefined)[];
  /** Per extended index: how many coordinates are totals. */
  readonly levels: Uint8Array;
}

/** A cap on the model's size, so that memory stays bounded. */
const MAX_ATOMS = 200_000;

const DAY = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

interface Axis {
  readonly size: number;
  /** Per table using the dimension: per category code (and "" for its total), a 0/1 mask over the atoms. */
  readonly masks: Map<StatTable, Map<string, Uint8Array>>;
  /** The coordinates that partition the persons (all but per-value counts), in order. */
  readonly everyone: readonly number[];
  /** The layout of per-value counts, when the axis has some. */
  readonly perValue: MultiValuedAxis | null;
}

/** The leaves a category covers (itself for a leaf; its members' leaves for a subtotal). */
function leafCodes(dimension: Dimension, category: Category): string[] {
  const byCode = new Map(dimension.categories.map((c) => [c.code, c]));
  const out = new Set<string>();
  const visit = (c: Category, depth: number) => {
    if (depth > dimension.categories.length) return;
    if (c.members === undefined) {
      out.add(c.code);
      return;
    }
    for (const code of c.members) {
      const member = byCode.get(code);
      if (member !== undefined) visit(member, depth + 1);
    }
  };
  visit(category, 0);
  return [...out];
}

function isDated(dimension: Dimension): boolean {
  return (
    dimension.kind === "period" &&
    dimension.categories.every(
      (c) => c.unknown || c.members !== undefined || (c.from !== undefined && c.to !== undefined),
    )
  );
}

/** Builds the atoms of one dimension name across the tables and each category's atom mask. */
function buildAxis(
  name: string,
  uses: readonly { table: StatTable; dimension: Dimension }[],
  other: boolean,
  plan: MultiValuedPlan | null,
): Axis {
  // For each leaf code in any table: which atoms it covers. Built per kind of dimension.
  let size: number;
  let perValue: MultiValuedAxis | null = null;
  let valueLayout: MultiValuedAxis | null = null;
  let leafMask: (dimension: Dimension, leaf: Category) => Uint8Array;
  if (uses.every(({ dimension }) => isDated(dimension))) {
    const cuts = new Set<number>();
    const unknownCodes: string[] = [];
    const ranges: [number, number][] = [];
    for (const { dimension } of uses) {
      for (const c of dimension.categories) {
        if (c.members !== undefined) continue;
        if (c.from === undefined || c.to === undefined) {
          if (!unknownCodes.includes(c.code)) unknownCodes.push(c.code);
          continue;
        }
        const from = dayNumber(c.from);
        const to = dayNumber(c.to) + 1;
        cuts.add(from);
        cuts.add(to);
        ranges.push([from, to]);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: [number, number][] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      if (ranges.some(([f, t]) => f <= from && to <= t)) segments.push([from, to]);
    }
    size = segments.length + unknownCodes.length;
    leafMask = (_dimension, leaf) => {
      const mask = new Uint8Array(size + (other ? 1 : 0));
      if (leaf.from === undefined || leaf.to === undefined) {
        const u = unknownCodes.indexOf(leaf.code);
        if (u >= 0) mask[segments.length + u] = 1;
        return mask;
      }
      const from = dayNumber(leaf.from);
      const to = dayNumber(leaf.to) + 1;
      segments.forEach(([f, t], s) => {
        if (from <= f && t <= to) mask[s] = 1;
      });
      return mask;
    };
  } else if (plan !== null) {
    const layout = multiValuedAxis(name, plan);
    size = layout.size;
    valueLayout = layout;
    perValue = layout.counted > 0 || layout.members > 0 ? layout : null;
    leafMask = (_dimension, leaf) => {
      const mask = new Uint8Array(size + (other ? 1 : 0));
      for (const a of layout.leaf(leaf.code)) mask[a] = 1;
      return mask;
    };
  } else {
    const codes: string[] = [];
    for (const { dimension } of uses) {
      for (const c of dimension.categories) if (c.members === undefined && !codes.includes(c.code)) codes.push(c.code);
    }
    size = codes.length;
    leafMask = (_dimension, leaf) => {
      const mask = new Uint8Array(size + (other ? 1 : 0));
      const at = codes.indexOf(leaf.code);
      if (at >= 0) mask[at] = 1;
      return mask;
    };
  }
  const full = size + (other ? 1 : 0);
  const masks = new Map<StatTable, Map<string, Uint8Array>>();
  for (const { table, dimension } of uses) {
    const byCode = new Map<string, Uint8Array>();
    const leafMasks = new Map<string, Uint8Array>();
    for (const c of dimension.categories) if (c.members === undefined) leafMasks.set(c.code, leafMask(dimension, c));
    // The persons in any of some leaves: a union of whole groups of values is the atoms touching
    // them (the sum of their counts would count a person once per value); other leaves add their own.
    const unionMask = (codes: readonly string[]): Uint8Array => {
      const mask = new Uint8Array(full);
      const atoms = valueLayout?.union(codes);
      if (atoms !== undefined) for (const a of atoms) mask[a] = 1;
      for (const code of codes) {
        if (atoms !== undefined && plan?.combined.includes(code)) continue;
        const leaf = leafMasks.get(code);
        if (leaf !== undefined) for (let a = 0; a < full; a++) if (leaf[a] === 1) mask[a] = 1;
      }
      return mask;
    };
    const shown = [...leafMasks.keys()];
    const total = unionMask(shown);
    if (perValue !== null && (plan?.known ?? []).every((code) => shown.includes(code))) {
      // Over per-value counts a table of every value totals every person holding a known value
      // (all subset atoms, the empty one too), never the counts themselves.
      for (let a = 0; a < perValue.sets; a++) total[a] = 1;
      for (let a = perValue.sets; a < perValue.sets + perValue.counted + perValue.members; a++) total[a] = 0;
    }
    for (const c of dimension.categories) byCode.set(c.code, unionMask(leafCodes(dimension, c)));
    byCode.set("", total);
    masks.set(table, byCode);
  }
  const everyone: number[] = [];
  for (let a = 0; a < full; a++) {
    if (perValue === null || a < perValue.sets || a >= perValue.sets + perValue.counted + perValue.members) {
      everyone.push(a);
    }
  }
  return { size: full, masks, everyone, perValue };
}

function layoutOf(table: StatTable): Omit<TableLayout, "quantity"> {
  const extents = table.dimensions.map((dimension) => dimension.categories.length + 1);
  const strides = new Array<number>(extents.length).fill(1);
  for (let j = extents.length - 2; j >= 0; j--) strides[j] = (strides[j + 1] as number) * (extents[j + 1] as number);
  const size = extents.reduce((product, extent) => product * extent, 1);
  const values = new Array<number | null>(size).fill(null);
  const statuses = new Array<CellStatus | undefined>(size).fill(undefined);
  const levels = new Uint8Array(size);
  const positions = table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
  const place = (cell: StatCell) => {
    const at = extendedIndex(table, positions, cell.key, strides);
    values[at] = cell.value;
    statuses[at] = cell.status;
    levels[at] = cell.key.filter((code) => code === null).length;
  };
  table.cells.forEach(place);
  table.totals.forEach(place);
  return { table, extents, strides, size, values, statuses, levels };
}

/** The extended index of a key (`null` → the total coordinate). */
export function extendedIndex(
  table: StatTable,
  positions: readonly Map<string, number>[],
  key: readonly (string | null)[],
  strides: readonly number[],
): number {
  if (key.length !== table.dimensions.length) {
    throw new NrmkitError(
      "invalid_argument",
      `table: expected keys of its dimensions, received ${JSON.stringify(key)}`,
    );
  }
  let at = 0;
  key.forEach((code, j) => {
    const dimension = table.dimensions[j];
    const position = code === null ? dimension?.categories.length : positions[j]?.get(code);
    if (dimension === undefined || position === undefined) {
      throw new NrmkitError(
        "invalid_argument",
        `table: expected keys of its dimensions, received ${JSON.stringify(key)}`,
      );
    }
    at += position * (strides[j] as number);
  });
  return at;
}

/** About how many atom coordinates an axis gets (to choose blocks; {@link buildAxis} decides). */
function sizeEstimate(uses: readonly { dimension: Dimension }[], plan: MultiValuedPlan | null): number {
  if (plan !== null) {
    const sets = 2 ** Math.min(plan.groups.length, MAX_COMBINED_VALUES);
    const members = plan.groups.reduce((sum, group) => sum + (group.length > 1 ? group.length : 0), 0);
    return sets + plan.counted.length + members + plan.exclusive.length;
  }
  let most = 1;
  for (const { dimension } of uses) {
    let leaves = 0;
    for (const c of dimension.categories) if (c.members === undefined) leaves++;
    most = Math.max(most, leaves);
  }
  return most;
}

/**
 * Builds the reader model of tables that count the same records. With `exact` (per table, optionally
 * its raw table), the model is that of a reader who reads shown entries as their exact values (see
 * `readerKnowledge`): a value whose margin that reader knows is 0 gets no atoms, as in the model of
 * the raw tables, so proving protection after suppression works on the model suppression used.
 */
export function readerModel(tables: readonly StatTable[], exact?: readonly (StatTable | undefined)[]): ReaderModel {
  const names: string[] = [];
  for (const table of tables) {
    const own = new Set<string>();
    for (const dimension of table.dimensions) {
      if (own.has(dimension.name)) {
        throw new NrmkitError("duplicate_id", `table.dimensions: duplicate dimension ${dimension.name}`);
      }
      own.add(dimension.name);
      if (!names.includes(dimension.name)) names.push(dimension.name);
    }
  }
  const uses = names.map((name) =>
    tables.flatMap((table, t): DimensionUse[] => {
      const dimension = table.dimensions.find((d) => d.name === name);
      return dimension === undefined ? [] : [{ table, dimension, exact: exact?.[t] }];
    }),
  );
  const tableAxes = tables.map((table) => table.dimensions.map((d) => names.indexOf(d.name)));
  const plans = uses.map((use) =>
    use.every(({ dimension }) => isDated(dimension)) || !use.some(({ dimension }) => dimension.multiValued)
      ? null
      : multiValuedPlan(use),
  );
  const counted = (axis: number) => {
    const plan = plans[axis];
    return plan !== null && plan !== undefined && hasValueCounts(plan);
  };
  // Per-value counts are exact per combination of the other coordinates of one block: a dimension
  // held so must lie in one block only (never in a separator, where only its counts would agree).
  const costs: AxisCost[] = uses.map((use, axis) => ({
    size: sizeEstimate(use, plans[axis] ?? null),
    counted: counted(axis),
  }));
  const blocks = blocksOf(tableAxes, names.length, costs);
  // One dimension of per-value counts per block: the widest keeps them, the others take subsets.
  for (const block of blocks) {
    const wide = block.axes
      .filter(counted)
      .sort((a, b) => (plans[b]?.known.length ?? 0) - (plans[a]?.known.length ?? 0));
    for (const axis of wide.slice(1)) plans[axis] = allCombined(plans[axis] as MultiValuedPlan);
  }
  const axes = names.map((name, i) => {
    const use = uses[i] as { table: StatTable; dimension: Dimension }[];
    // A table without the dimension counts persons of every category; only when every table that
    // shows it leaves persons out do those persons need an atom of their own ("other").
    const other = use.length < tables.length && use.every(({ dimension }) => dimension.filtered === true);
    return buildAxis(name, use, other, plans[i] ?? null);
  });
  const axisSizes = axes.map((axis) => axis.size);
  // Atoms: per block, the product of its axes (row-major in axis order), blocks one after another.
  const offsets: number[] = [];
  let atomCount = 0;
  for (const block of blocks) {
    offsets.push(atomCount);
    atomCount += block.axes.reduce((product, axis) => product * (axisSizes[axis] as number), 1);
    if (atomCount > MAX_ATOMS) {
      throw new NrmkitError(
        "invalid_argument",
        `tables: expected at most ${String(MAX_ATOMS)} combinations of categories to protect together, received more; protect fewer or smaller tables together`,
      );
    }
  }
  /** The atoms of `block` whose coordinates lie in `allowed` (per global axis; null = any). */
  const atomsOf = (b: number, allowed: readonly (readonly number[] | null)[]): number[] => {
    const block = blocks[b] as Block;
    const strides = new Array<number>(block.axes.length).fill(1);
    for (let j = block.axes.length - 2; j >= 0; j--) {
      strides[j] = (strides[j + 1] as number) * (axisSizes[block.axes[j + 1] as number] as number);
    }
    const out: number[] = [];
    const walk = (j: number, base: number) => {
      if (j === block.axes.length) {
        out.push(base);
        return;
      }
      const axis = block.axes[j] as number;
      const values = allowed[axis] ?? (axes[axis] as Axis).everyone;
      for (const value of values) walk(j + 1, base + value * (strides[j] as number));
    };
    walk(0, offsets[b] as number);
    return out;
  };
  const links: Link[] = [];
  blocks.forEach((block, b) => {
    if (block.parent < 0) return;
    // The parent and the block count the same persons over the axes they share (all persons when none).
    const shared = block.separator;
    const walk = (j: number, allowed: (number[] | null)[]) => {
      if (j === shared.length) {
        const mine = atomsOf(b, allowed);
        const theirs = atomsOf(block.parent, allowed);
        links.push({
          atoms: Int32Array.from([...mine, ...theirs]),
          coefficients: Int8Array.from([...mine.map(() => 1), ...theirs.map(() => -1)]),
          kind: "eq",
        });
        return;
      }
      const axis = shared[j] as number;
      for (const value of (axes[axis] as Axis).everyone) {
        const next = [...allowed];
        next[axis] = [value];
        walk(j + 1, next);
      }
    };
    walk(0, new Array<number[] | null>(names.length).fill(null));
  });
  blocks.forEach((block, b) => {
    const at = block.axes.findIndex((axis) => (axes[axis] as Axis).perValue !== null);
    if (at < 0) return;
    const sizes = block.axes.map((axis) => axisSizes[axis] as number);
    const layout = (axes[block.axes[at] as number] as Axis).perValue as MultiValuedAxis;
    for (const row of valueCountRows(sizes, at, offsets[b] as number, layout)) links.push({ ...row, kind: "le" });
  });
  const quantities: Int32Array[] = [];
  const byKey = new Map<string, number>();
  const layouts: TableLayout[] = tables.map((table, t) => {
    const layout = layoutOf(table);
    const quantity = new Int32Array(layout.size).fill(-1);
    const axisOf = table.dimensions.map((d) => names.indexOf(d.name));
    const codes = table.dimensions.map((d) => [...d.categories.map((c) => c.code), ""]);
    const coordinate = new Array<number>(table.dimensions.length).fill(0);
    const b = blocks.findIndex((block) => block.tables.includes(t));
    for (let at = 0; at < layout.size; at++) {
      let rest = at;
      for (let j = 0; j < coordinate.length; j++) {
        coordinate[j] = Math.floor(rest / (layout.strides[j] as number));
        rest %= layout.strides[j] as number;
      }
      if (layout.statuses[at] === undefined) continue;
      // Per axis, the atom values allowed for the entry; axes the table lacks allow every value.
      const allowed: (number[] | null)[] = new Array<number[] | null>(names.length).fill(null);
      table.dimensions.forEach((_, j) => {
        const axis = axes[axisOf[j] as number] as Axis;
        const code = (codes[j] as string[])[coordinate[j] as number] as string;
        const mask = axis.masks.get(table)?.get(code) as Uint8Array;
        const values: number[] = [];
        mask.forEach((bit, a) => {
          if (bit === 1) values.push(a);
        });
        const whole = values.length === axis.everyone.length && values.every((v, i) => v === axis.everyone[i]);
        allowed[axisOf[j] as number] = whole ? null : values;
      });
      // The same persons in any table are one quantity, whichever block holds it (the links make
      // every block that could hold it agree).
      const key = allowed.map((values) => (values === null ? "*" : values.join("."))).join("|");
      let id = byKey.get(key);
      if (id === undefined) {
        id = quantities.length;
        byKey.set(key, id);
        quantities.push(Int32Array.from(atomsOf(b, allowed)));
      }
      quantity[at] = id;
    }
    return { ...layout, quantity };
  });
  return { atomCount, quantities, links, layouts };
}
