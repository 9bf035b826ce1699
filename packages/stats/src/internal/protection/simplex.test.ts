import { describe, expect, it } from "vitest";
import { feasibleTableau, type LpRow, maximise, pivotCount, withBound } from "./simplex.js";

// x0 + x1 <= 3.5 and x1 <= 1: maximising 2 x0 + x1 ends at x0 = 3.5, x1 = 0; the branch x0 <= 3
// needs a dual simplex step to reach x0 = 3, x1 = 0.5 (value 6.5).
const rows: LpRow[] = [
  { columns: [0, 1], values: [1, 1], type: "le", rhs: 3.5 },
  { columns: [1], values: [1], type: "le", rhs: 1 },
];
const objective = [2, 1];

function branchFromOptimum() {
  const tableau = feasibleTableau(2, rows);
  if (tableau === null) throw new Error("infeasible");
  const root = maximise(tableau, objective);
  if (root.status !== "optimal") throw new Error(root.status);
  const from = withBound(tableau, root.at, 0, "le", 3);
  if (from === null) throw new Error("no spare column");
  return { tableau, root, from };
}

describe("maximise", () => {
  it("solves a branch by the dual simplex when it may take its steps", () => {
    const { tableau, root, from } = branchFromOptimum();
    expect(root.value).toBeCloseTo(7);
    const result = maximise(tableau, objective, from);
    expect(result.status).toBe("optimal");
    if (result.status === "optimal") {
      expect(result.value).toBeCloseTo(6.5);
      expect(Array.from(result.point)).toEqual([3, 0.5]);
    }
  });

  it("reports a branch as stalled, never as an optimum, when the dual simplex runs out of patience", () => {
    const { tableau, from } = branchFromOptimum();
    // No step may leave the value where it is: the first (degenerate or not) is already one too many.
    expect(maximise(tableau, objective, from, false, undefined, 0).status).toBe("stalled");
  });
});

describe("pivotCount", () => {
  it("grows when an optimisation pivots, not when it is read", () => {
    const { tableau, from } = branchFromOptimum();
    const before = pivotCount();
    expect(pivotCount()).toBe(before);
    maximise(tableau, objective, from);
    expect(pivotCount()).toBeGreaterThan(before);
  });
});
