import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meets, pointSystems } from "../../../test/pointSystems.js";
import { type LocalConstraint, lpRows } from "./localRestriction.js";
import { expanded, type Presolved, presolved, reducedObjective } from "./presolve.js";
import { feasibleTableau, maximise } from "./simplex.js";

/** The reduced point of an original one (read off the columns that follow a reduced column). */
function compressed(system: Presolved, point: readonly number[]): number[] {
  const z = new Array<number>(system.n).fill(0);
  point.forEach((x, c) => {
    const at = system.follows[c] as number;
    if (at >= 0) z[at] = (x - (system.offset[c] as number)) * (system.sign[c] as number);
  });
  return z;
}

// Systems with a known integer point: sums shown exactly or as intervals, equations over two columns
// (a sum or a difference, as a link between blocks writes them), some over one column, and a few
// perturbed so that the system may be infeasible.
const systems = pointSystems(2, 9, (n) =>
  fc.record({
    pairs: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        difference: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    singles: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }),
    shift: fc.option(fc.integer({ min: -3, max: 3 }), { freq: 4 }),
    objective: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
  }),
).map(({ n, point, sums, extra: { pairs, singles, shift, objective } }) => {
  const constraints: LocalConstraint[] = sums.map(({ columns, value, below, above }) => ({
    columns,
    lower: value - below,
    upper: value + above,
  }));
  for (const { a, b, difference } of pairs) {
    const coefficients = [1, difference ? -1 : 1];
    const value = (point[a] as number) + (coefficients[1] as number) * (point[b] as number);
    constraints.push({ columns: [a, b], coefficients, lower: value, upper: value });
  }
  for (const c of singles) constraints.push({ columns: [c], lower: point[c] as number, upper: point[c] as number });
  // A shifted equation: the point no longer meets it (the system may have no point at all).
  const last = constraints.length - 1;
  const moved = constraints[last] as LocalConstraint;
  if (shift !== null && moved.lower === moved.upper) {
    constraints[last] = { ...moved, lower: moved.lower + shift, upper: moved.upper + shift };
  }
  return { n, point, constraints, objective, feasible: meets(point, constraints) };
});

describe("presolved", () => {
  it("keeps exactly the points of the original system, integer to integer", () => {
    fc.assert(
      fc.property(systems, ({ n, point, constraints, feasible }) => {
        const system = presolved(n, constraints);
        if (!feasible) return;
        expect(system).not.toBeNull();
        if (system === null) return;
        const z = compressed(system, point);
        expect(z.every(Number.isInteger)).toBe(true);
        expect(meets(z, system.constraints)).toBe(true);
        expect(expanded(system, z)).toEqual(point);
      }),
      { numRuns: 300 },
    );
  });

  it("has the original's optimum and feasibility (the dense simplex on both as the oracle)", () => {
    fc.assert(
      fc.property(systems, ({ n, constraints, objective }) => {
        const system = presolved(n, constraints);
        const whole = feasibleTableau(n, lpRows(n, constraints));
        if (system === null) {
          expect(whole).toBeNull();
          return;
        }
        const reducedTableau = feasibleTableau(system.n, lpRows(system.n, system.constraints));
        expect(reducedTableau === null).toBe(whole === null);
        if (whole === null || reducedTableau === null) return;
        const reduced = reducedObjective(system, objective);
        const a = maximise(reducedTableau, reduced.objective);
        const b = maximise(whole, objective);
        expect(a.status).toBe(b.status);
        if (a.status !== "optimal" || b.status !== "optimal") return;
        expect(a.value + reduced.constant).toBeCloseTo(b.value, 6);
        // The reduced optimum, expanded, is a point of the original with the same value.
        const x = expanded(system, a.point);
        expect(meets(x, constraints)).toBe(true);
        expect(x.reduce((sum, v, c) => sum + v * (objective[c] as number), 0)).toBeCloseTo(b.value, 6);
      }),
      { numRuns: 300 },
    );
  });

  it("substitutes unit equations out and leaves the others", () => {
    // x0 + x1 = 5, x1 - x2 = 1, x3 = 2, and 2 x0 + x2 = 4 (not unit: kept).
    const system = presolved(4, [
      { columns: [0, 1], lower: 5, upper: 5 },
      { columns: [1, 2], coefficients: [1, -1], lower: 1, upper: 1 },
      { columns: [3], lower: 2, upper: 2 },
      { columns: [0, 2], coefficients: [2, 1], lower: 4, upper: 4 },
    ]);
    expect(system).not.toBeNull();
    if (system === null) return;
    // x1 = 5 - x0 and x2 = x1 - 1 = 4 - x0, so the last reads x0 + 4 = 4 once substituted: every
    // column is fixed, at 0, 5, 4, 2.
    expect(system.n).toBe(0);
    expect([...system.follows]).toEqual([-1, -1, -1, -1]);
    expect(expanded(system, [])).toEqual([0, 5, 4, 2]);
    // Not unit: 2 x0 + x1 = 4 stays a row.
    const kept = presolved(2, [{ columns: [0, 1], coefficients: [2, 1], lower: 4, upper: 4 }]);
    expect(kept?.n).toBe(2);
    expect(kept?.constraints).toHaveLength(1);
  });

  it("reads constraints over one column as its bounds: shifted to the lower, one row for the upper", () => {
    // 3 <= x0 <= 7, -x1 >= -4 (x1 <= 4), x0 >= 1, and 5 <= x0 + x1 <= 9.
    const system = presolved(2, [
      { columns: [0], lower: 3, upper: 7 },
      { columns: [1], coefficients: [-1], lower: -4, upper: Number.POSITIVE_INFINITY },
      { columns: [0], lower: 1, upper: Number.POSITIVE_INFINITY },
      { columns: [0, 1], lower: 5, upper: 9 },
    ]);
    expect(system).not.toBeNull();
    if (system === null) return;
    expect(system.n).toBe(2);
    // x0 = 3 + z0: z0 <= 4, x1 = z1 <= 4, and 2 <= z0 + z1 <= 6.
    expect([...system.offset]).toEqual([3, 0]);
    expect(system.constraints).toEqual([
      { columns: [0, 1], lower: 2, upper: 6 },
      { columns: [0], lower: Number.NEGATIVE_INFINITY, upper: 4 },
      { columns: [1], lower: Number.NEGATIVE_INFINITY, upper: 4 },
    ]);
    expect(expanded(system, [4, 2])).toEqual([7, 2]);
    // Bounds that cross: 3 <= x0 and x0 <= 2.
    expect(
      presolved(1, [
        { columns: [0], lower: 3, upper: Number.POSITIVE_INFINITY },
        { columns: [0], lower: Number.NEGATIVE_INFINITY, upper: 2 },
      ]),
    ).toBeNull();
  });

  // Each infeasible, and shown so by the substitutions alone.
  const infeasible: { readonly why: string; readonly n: number; readonly constraints: LocalConstraint[] }[] = [
    {
      why: "x0 = x1 + 3 and x0 = 1 give x1 = -2",
      n: 2,
      constraints: [
        { columns: [0, 1], coefficients: [1, -1], lower: 3, upper: 3 },
        { columns: [0], lower: 1, upper: 1 },
      ],
    },
    {
      why: "x0 = 1 fails 2 <= x0 <= 3 once substituted",
      n: 1,
      constraints: [
        { columns: [0], lower: 1, upper: 1 },
        { columns: [0], lower: 2, upper: 3 },
      ],
    },
    {
      why: "x0 - x1 = 3 bounds x0 below by 3, x2 = 2 - x0 above by 2",
      n: 3,
      constraints: [
        { columns: [0, 1], coefficients: [1, -1], lower: 3, upper: 3 },
        { columns: [0, 2], lower: 2, upper: 2 },
      ],
    },
    {
      why: "x0 = 2 fails x0 <= 1",
      n: 1,
      constraints: [
        { columns: [0], lower: 2, upper: 2 },
        { columns: [0], lower: 0, upper: 1 },
      ],
    },
  ];
  it.each(infeasible)("finds crossing bounds and failed constraints infeasible: $why", ({ n, constraints }) => {
    expect(presolved(n, constraints)).toBeNull();
  });
});
