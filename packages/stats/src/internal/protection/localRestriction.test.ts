import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meets, pointSystems } from "../../../test/pointSystems.js";
import { constraintsByColumn, type LocalConstraint, lpRows, nearColumns, restrictTo } from "./localRestriction.js";
import { expanded, reducedObjective } from "./presolve.js";
import { basicSolution, feasibleTableau, maximise } from "./simplex.js";

// Systems with a known integer point: sums of random column sets, shown exactly or as an interval
// around the point's value, and per-value rows `x_a - x_b <= slack` as the reader model writes them.
const systems = pointSystems(3, 9, (n) =>
  fc.record({
    differences: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 3,
    }),
    chosen: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
    objective: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
  }),
).map(({ n, point, sums, extra: { differences, chosen, objective } }) => {
  const constraints: LocalConstraint[] = sums.map(({ columns, value, below, above }) => ({
    columns,
    lower: value - below,
    upper: value + above,
  }));
  for (const [a, b] of differences) {
    if (a === b) continue;
    const slack = (point[a] as number) - (point[b] as number);
    constraints.push({ columns: [a, b], coefficients: [1, -1], lower: Number.NEGATIVE_INFINITY, upper: slack });
  }
  return { n, point, constraints, chosen, objective };
});

describe("restrictTo", () => {
  it("gives points that, beside the held columns, meet every constraint of the whole", () => {
    fc.assert(
      fc.property(systems, ({ n, point, constraints, chosen }) => {
        const byColumn = constraintsByColumn(n, constraints);
        const restriction = restrictTo(chosen, point, constraints, byColumn);
        expect(restriction).not.toBeNull();
        if (restriction === null) return;
        const { system } = restriction;
        const local = expanded(system, basicSolution(system.n, restriction.tableau.rows, restriction.tableau.basis));
        const whole = point.slice();
        chosen.forEach((c, i) => {
          whole[c] = local[i] as number;
        });
        expect(meets(whole, constraints)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is the whole programme when every column is chosen (the same optimum)", () => {
    fc.assert(
      fc.property(systems, ({ n, point, constraints, objective }) => {
        const all = Array.from({ length: n }, (_, c) => c);
        const restriction = restrictTo(all, point, constraints, constraintsByColumn(n, constraints));
        const whole = feasibleTableau(n, lpRows(n, constraints));
        expect(restriction).not.toBeNull();
        expect(whole).not.toBeNull();
        if (restriction === null || whole === null) return;
        const reduced = reducedObjective(restriction.system, objective);
        const a = maximise(restriction.tableau, reduced.objective);
        const b = maximise(whole, objective);
        expect(a.status).toBe(b.status);
        if (a.status === "optimal" && b.status === "optimal")
          expect(a.value + reduced.constant).toBeCloseTo(b.value, 6);
      }),
      { numRuns: 200 },
    );
  });

  it("never exceeds the whole programme's optimum, and reaches the held point's value", () => {
    fc.assert(
      fc.property(systems, ({ n, point, constraints, chosen, objective }) => {
        const restriction = restrictTo(chosen, point, constraints, constraintsByColumn(n, constraints));
        const whole = feasibleTableau(n, lpRows(n, constraints));
        if (restriction === null || whole === null) throw new Error("the held point is feasible");
        const reduced = reducedObjective(
          restriction.system,
          chosen.map((c) => objective[c] as number),
        );
        const solved = maximise(restriction.tableau, reduced.objective);
        const local = solved.status === "optimal" ? { ...solved, value: solved.value + reduced.constant } : solved;
        const full = maximise(whole, objective);
        const held = objective.reduce((sum, w, c) => sum + (chosen.includes(c) ? 0 : w * (point[c] as number)), 0);
        const atPoint = objective.reduce((sum, w, c) => sum + w * (point[c] as number), 0);
        if (full.status === "optimal") {
          expect(local.status).toBe("optimal");
          if (local.status === "optimal") {
            expect(local.value + held).toBeLessThanOrEqual(full.value + 1e-6);
            expect(local.value + held).toBeGreaterThanOrEqual(atPoint - 1e-6);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("nearColumns", () => {
  // Columns 0..5: a line {0, 1, 2}, a line {2, 3}, a wide sum over everything, and {4, 5} apart.
  const constraints: LocalConstraint[] = [
    { columns: [0, 1, 2], lower: 3, upper: 3 },
    { columns: [2, 3], lower: 1, upper: 1 },
    { columns: Array.from({ length: 60 }, (_, c) => c % 6), lower: 0, upper: 100 },
    { columns: [4, 5], lower: 2, upper: 2 },
  ];
  const byColumn = constraintsByColumn(6, constraints);

  it("starts from the seeds and follows small constraints breadth first", () => {
    expect(nearColumns([0], constraints, byColumn, 10)).toEqual([0, 1, 2, 3]);
  });

  it("stops at the size asked for", () => {
    expect(nearColumns([0], constraints, byColumn, 2)).toEqual([0, 1]);
  });

  it("does not follow a wide sum to columns that no small constraint reaches", () => {
    expect(nearColumns([3], constraints, byColumn, 10)).not.toContain(4);
  });
});
