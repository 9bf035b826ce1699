import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointSystems } from "../../../test/pointSystems.js";
import { etaMaximise, etaStart } from "./etaSimplex.js";
import { feasibleTableau, type LpRow, maximise } from "./simplex.js";

// Feasible systems: sums of columns held at (no room above), or below, their value at a random
// non-negative point.
const programmes = pointSystems(2, 8, (n) =>
  fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 }),
).map(({ n, sums, extra: objectives }) => {
  const rows: LpRow[] = sums.map(({ columns, value, above }) =>
    above === 0
      ? { columns, values: columns.map(() => 1), type: "eq", rhs: value }
      : { columns, values: columns.map(() => 1), type: "le", rhs: value + above },
  );
  return { n, rows, objectives };
});

describe("etaMaximise", () => {
  it("reaches the dense simplex's status and optimum, from the tableau and warm from its own optima", () => {
    fc.assert(
      fc.property(programmes, ({ n, rows, objectives }) => {
        const tableau = feasibleTableau(n, rows);
        if (tableau === null) throw new Error("the point is feasible");
        let warm = etaStart(tableau);
        for (const objective of objectives) {
          const dense = maximise(tableau, objective);
          const eta = etaMaximise(warm, objective);
          expect(eta.status).toBe(dense.status);
          if (eta.status === "optimal" && dense.status === "optimal") {
            expect(eta.value).toBeCloseTo(dense.value, 6);
            // The point attains the value and meets every row.
            const at = Array.from(eta.point);
            expect(objective.reduce((sum, c, j) => sum + c * (at[j] as number), 0)).toBeCloseTo(eta.value, 6);
            for (const row of rows) {
              const lhs = row.columns.reduce((sum, c, k) => sum + (row.values[k] as number) * (at[c] as number), 0);
              if (row.type === "eq") expect(lhs).toBeCloseTo(row.rhs, 6);
              else expect(lhs).toBeLessThanOrEqual(row.rhs + 1e-6);
            }
            for (const v of at) expect(v).toBeGreaterThanOrEqual(-1e-9);
            if (eta.state !== undefined) warm = eta.state;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stops at the first vertex reaching stopAt, whose value it reports", () => {
    fc.assert(
      fc.property(programmes, ({ n, rows, objectives }) => {
        const tableau = feasibleTableau(n, rows);
        if (tableau === null) throw new Error("the point is feasible");
        const objective = objectives[0] as number[];
        const full = etaMaximise(etaStart(tableau), objective);
        if (full.status !== "optimal") return;
        const stopAt = full.value - 1;
        const early = etaMaximise(etaStart(tableau), objective, stopAt);
        expect(early.status === "reached" || early.status === "optimal").toBe(true);
        if (early.status === "reached" || early.status === "optimal") {
          expect(early.value).toBeGreaterThanOrEqual(stopAt - 1e-9);
          expect(early.value).toBeLessThanOrEqual(full.value + 1e-9);
          const at = Array.from(early.point);
          expect(objective.reduce((sum, c, j) => sum + c * (at[j] as number), 0)).toBeCloseTo(early.value, 6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not pivot on round-off: an entry far below 1e-7 where the exact tableau has a zero", () => {
    // A phase-1 product form of thousands of rows carries round-off of about 1e-8 where the exact
    // tableau (integer rows) has zeros. On a row at 0 (degenerate), such an entry won the ratio test
    // and the pivot blew the objective row up (to 1e29 on a 2,540-row programme); here it would pin
    // x2 at 0 instead of 3.
    const rows: LpRow[] = [
      { columns: [0, 1], values: [1, 1], type: "le", rhs: 0 },
      { columns: [2], values: [1], type: "le", rhs: 3 },
    ];
    const tableau = feasibleTableau(3, rows);
    if (tableau === null) throw new Error("feasible");
    for (const noise of [1e-9 + 1e-12, 5e-8, 9e-8]) {
      const first = Float64Array.from(tableau.rows[0] as Float64Array);
      first[2] = noise;
      const rounded = { ...tableau, rows: [first, ...tableau.rows.slice(1)] };
      const eta = etaMaximise(etaStart(rounded), [0, 0, 1]);
      expect(eta.status).toBe("optimal");
      if (eta.status === "optimal") expect(eta.value).toBeCloseTo(3, 6);
    }
  });

  it("gives a dense basis to branch from that matches the dense simplex's rows", () => {
    const rows: LpRow[] = [
      { columns: [0, 1], values: [1, 1], type: "le", rhs: 3.5 },
      { columns: [1], values: [1], type: "le", rhs: 1 },
    ];
    const tableau = feasibleTableau(2, rows);
    if (tableau === null) throw new Error("feasible");
    const eta = etaMaximise(etaStart(tableau), [2, 1]);
    const dense = maximise(tableau, [2, 1]);
    if (eta.status !== "optimal" || dense.status !== "optimal") throw new Error("optimal");
    expect(Array.from(eta.at.basis)).toEqual(Array.from(dense.at.basis));
    eta.at.rows.forEach((row, i) => {
      expect(Array.from(row).map((v) => Math.round(v * 1e9) / 1e9)).toEqual(
        Array.from(dense.at.rows[i] as Float64Array).map((v) => Math.round(v * 1e9) / 1e9),
      );
    });
  });
});
