/** A group of tables whose dimensions all lie in the block's axes, with its place in the join tree. */
export interface Block {
  readonly axes: readonly number[];
  readonly tables: number[];
  /** The block it is joined to (-1 for the first), and the axes they share. */
  readonly parent: number;
  readonly separator: readonly number[];
}

/** What choosing blocks needs to know of one axis. */
export interface AxisCost {
  /** Its estimated number of atom coordinates. */
  readonly size: number;
  /** Whether it holds per-value counts (it must then lie in no separator). */
  readonly counted: boolean;
}

/** The one block of every axis: always valid, often far larger than needed. */
function oneBlock(tableAxes: readonly (readonly number[])[], axisCount: number): Block[] {
  const all = Array.from({ length: axisCount }, (_, i) => i);
  return [{ axes: all, tables: tableAxes.map((_, t) => t), parent: -1, separator: [] }];
}

/**
 * Groups tables into blocks (each table in a block of its own axes) and joins the blocks in a tree
 * with the running intersection property: each block shares with the earlier ones only axes of one
 * earlier block, its parent. Then any per-block tables of counts that agree on the shared axes join
 * into one table of all persons (an integer transportation problem per shared cell is always
 * solvable), so the blocks and their links are exactly as strong as the product of all axes, and far
 * smaller. The tables' own axes are tried first; when they admit no such order (a cycle such as
 * A × B, B × C, A × C) or put per-value counts in a separator, blocks are widened by triangulating
 * the tables' axes (see {@link triangulated}); one block of every axis is the last resort.
 */
export function blocksOf(
  tableAxes: readonly (readonly number[])[],
  axisCount: number,
  costs: readonly AxisCost[],
): Block[] {
  const direct = joined(
    tableAxes,
    tableAxes.map((axes) => [...axes]),
  );
  if (direct !== null && valid(direct, costs)) return direct;
  return triangulated(tableAxes, axisCount, costs) ?? oneBlock(tableAxes, axisCount);
}

function valid(blocks: readonly Block[], costs: readonly AxisCost[]): boolean {
  return blocks.every((block) => block.separator.every((axis) => costs[axis]?.counted !== true));
}

/**
 * Tables grouped into the candidate blocks (largest first; a table goes to the first block holding
 * all its axes) and the blocks ordered greedily so that each shares with the earlier ones only axes
 * of one of them; `null` when no such order exists.
 */
function joined(tableAxes: readonly (readonly number[])[], candidates: readonly (readonly number[])[]): Block[] | null {
  const order = candidates.map((axes, t) => ({ axes, t })).sort((a, b) => b.axes.length - a.axes.length || a.t - b.t);
  const groups: { axes: number[]; tables: number[] }[] = [];
  for (const { axes } of order) {
    if (groups.some((group) => axes.every((axis) => group.axes.includes(axis)))) continue;
    groups.push({ axes: [...axes].sort((a, b) => a - b), tables: [] });
  }
  tableAxes.forEach((axes, t) => {
    const home = groups.find((group) => axes.every((axis) => group.axes.includes(axis)));
    home?.tables.push(t);
  });
  const chosen: Block[] = [];
  const remaining = groups.filter((group) => group.tables.length > 0);
  const seen = new Set<number>();
  while (remaining.length > 0) {
    let picked = -1;
    let parent = -1;
    let separator: number[] = [];
    for (let i = 0; i < remaining.length && picked < 0; i++) {
      const group = remaining[i] as { axes: number[]; tables: number[] };
      const shared = group.axes.filter((axis) => seen.has(axis));
      if (chosen.length === 0) {
        picked = i;
        break;
      }
      const home = chosen.findIndex((block) => shared.every((axis) => block.axes.includes(axis)));
      if (home >= 0) {
        picked = i;
        parent = home;
        separator = shared;
      }
    }
    if (picked < 0) return null;
    const group = remaining.splice(picked, 1)[0] as { axes: number[]; tables: number[] };
    for (const axis of group.axes) seen.add(axis);
    chosen.push({ axes: group.axes, tables: group.tables, parent, separator });
  }
  return chosen;
}

/** Orders of elimination are all tried up to this many axes (8! = 40,320 orders of a few steps each). */
const EXHAUSTIVE_AXES = 8;

/**
 * Blocks from a triangulation of the graph whose edges join axes some table shows together: the
 * maximal cliques of the graph filled in along an order of elimination always admit a join tree, and
 * every table's axes lie in one of them. The order whose blocks hold the fewest atoms (the sum over
 * blocks of the product of their axis sizes) and whose separators hold no per-value counts wins
 * (every order up to {@link EXHAUSTIVE_AXES} axes; beyond, only the tables' own order). A
 * five-table release over month × region × sex, quarter × exploitation, year × age group,
 * region × exploitation and sex × age group needs the product of all five axes without this
 * (20,160 atoms at 100 records) and three blocks of three with it.
 */
function triangulated(
  tableAxes: readonly (readonly number[])[],
  axisCount: number,
  costs: readonly AxisCost[],
): Block[] | null {
  if (axisCount > 30) return null;
  const adjacent = new Array<number>(axisCount).fill(0);
  for (const axes of tableAxes) {
    for (const a of axes) for (const b of axes) if (a !== b) adjacent[a] = (adjacent[a] as number) | (1 << b);
  }
  let best: { cost: number; blocks: Block[] } | null = null;
  const consider = (order: readonly number[]) => {
    const cliques = eliminationCliques(order, adjacent);
    const blocks = joined(
      tableAxes,
      cliques.map((mask) => axesOf(mask)),
    );
    if (blocks === null || !valid(blocks, costs)) return;
    let cost = 0;
    for (const block of blocks) cost += block.axes.reduce((product, axis) => product * (costs[axis]?.size ?? 1), 1);
    if (best === null || cost < best.cost) best = { cost, blocks };
  };
  const identity = Array.from({ length: axisCount }, (_, i) => i);
  if (axisCount <= EXHAUSTIVE_AXES) permutations(identity, consider);
  else consider(identity);
  return (best as { cost: number; blocks: Block[] } | null)?.blocks ?? null;
}

function axesOf(mask: number): number[] {
  const out: number[] = [];
  for (let axis = 0; mask >>> axis !== 0; axis++) if ((mask & (1 << axis)) !== 0) out.push(axis);
  return out;
}

/** The maximal cliques met when eliminating the axes in this order (neighbours joined on elimination). */
function eliminationCliques(order: readonly number[], adjacent: readonly number[]): number[] {
  const graph = [...adjacent];
  let left = 0;
  for (const axis of order) left |= 1 << axis;
  const cliques: number[] = [];
  for (const axis of order) {
    const neighbours = (graph[axis] as number) & left;
    const clique = neighbours | (1 << axis);
    if (!cliques.some((other) => (other & clique) === clique)) cliques.push(clique);
    for (const other of axesOf(neighbours)) graph[other] = (graph[other] as number) | (neighbours & ~(1 << other));
    left &= ~(1 << axis);
  }
  return cliques;
}

function permutations(items: number[], visit: (order: readonly number[]) => void, k = 0): void {
  if (k === items.length) {
    visit(items);
    return;
  }
  for (let i = k; i < items.length; i++) {
    [items[k], items[i]] = [items[i] as number, items[k] as number];
    permutations(items, visit, k + 1);
    [items[k], items[i]] = [items[i] as number, items[k] as number];
  }
}
