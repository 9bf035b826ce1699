import { describe, expect, it } from "vitest";
import { type AxisCost, type Block, blocksOf } from "./joinTree.js";

const plain = (size: number): AxisCost => ({ size, counted: false });

/** Whether every block shares with the earlier ones only axes of its parent (the running intersection property). */
function runningIntersection(blocks: readonly Block[]): boolean {
  return blocks.every((block, b) => {
    const earlier = new Set(blocks.slice(0, b).flatMap((other) => other.axes));
    const shared = block.axes.filter((axis) => earlier.has(axis));
    const parent = blocks[block.parent];
    return b === 0
      ? block.parent === -1
      : parent !== undefined &&
          block.parent < b &&
          shared.every((axis) => parent.axes.includes(axis)) &&
          [...shared].sort().join() === [...block.separator].sort().join();
  });
}

describe("blocksOf", () => {
  // Axes: 0 month, 1 region, 2 sex, 3 exploitation (per-value counts), 4 age group.
  const release = [
    [0, 1, 2],
    [0, 3],
    [0, 4],
    [1, 3],
    [2, 4],
  ];
  const costs = [plain(24), plain(7), plain(4), { size: 10, counted: true }, plain(3)];

  it.each([
    [
      "a chain",
      [
        [0, 1],
        [1, 2],
      ],
      [plain(3), plain(4), plain(5)],
      2,
    ],
    [
      "a cycle of three",
      [
        [0, 1],
        [1, 2],
        [0, 2],
      ],
      [plain(3), plain(4), plain(5)],
      1,
    ],
    [
      "a cycle of four",
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 0],
      ],
      [plain(3), plain(4), plain(5), plain(6)],
      2,
    ],
    ["the five tables of bench:joint", release, costs, 3],
  ] as const)("joins blocks with the running intersection property for %s", (_, axes, axisCosts, count) => {
    const blocks = blocksOf(axes, axisCosts.length, axisCosts);
    expect(blocks).toHaveLength(count);
    expect(runningIntersection(blocks)).toBe(true);
    axes.forEach((tableAxes, t) => {
      const home = blocks.find((block) => block.tables.includes(t));
      expect(tableAxes.every((axis) => home?.axes.includes(axis))).toBe(true);
    });
  });

  it("keeps per-value counts out of separators when the tables form a cycle", () => {
    const blocks = blocksOf(release, costs.length, costs);
    expect(blocks.every((block) => !block.separator.includes(3))).toBe(true);
    // 24 × 7 × 10 + 24 × 7 × 4 + 24 × 4 × 3 atoms, not 24 × 7 × 4 × 10 × 3.
    const atoms = blocks.reduce(
      (sum, block) => sum + block.axes.reduce((product, axis) => product * (costs[axis]?.size ?? 1), 1),
      0,
    );
    expect(atoms).toBe(2640);
  });
});
