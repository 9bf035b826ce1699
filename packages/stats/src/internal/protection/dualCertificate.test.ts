import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certifiedUpperBound } from "./dualCertificate.js";
import type { LpRow } from "./simplex.js";

const le = (columns: number[], values: number[], rhs: number): LpRow => ({ columns, values, type: "le", rhs });

describe("certifiedUpperBound", () => {
  it("proves the bound that valid multipliers give, rounded down", () => {
    // max x0 + x1 + x2 with each pair at most 1: the LP optimum 1.5 (all halves) bounds the integer optimum 1.
    const rows = [le([0, 1], [1, 1], 1), le([1, 2], [1, 1], 1), le([0, 2], [1, 1], 1)];
    expect(certifiedUpperBound(3, rows, [1, 1, 1], [0.5, 0.5, 0.5])).toBe(1);
    expect(certifiedUpperBound(3, rows, [1, 1, 1], [1, 0, 1])).toBe(2);
  });

  it("refuses multipliers that leave a column uncovered or have the wrong sign", () => {
    const rows = [le([0, 1], [1, 1], 7), le([0], [1], 3)];
    expect(certifiedUpperBound(2, rows, [1, 1], [1, 0])).toBe(7);
    expect(certifiedUpperBound(2, rows, [1, 1], [0, 1])).toBeNull();
    expect(certifiedUpperBound(2, rows, [1, 1], [-1, 2])).toBeNull();
    // An equality row may take any sign.
    const eq: LpRow = { columns: [0, 1], values: [-1, -1], type: "eq", rhs: -7 };
    expect(certifiedUpperBound(2, [eq], [1, 1], [-1])).toBe(7);
  });

  it("never certifies less than the integer optimum a brute-force search finds", () => {
    // Random small integer programs over a box, random (often wrong) multipliers.
    const program = fc.record({
      rows: fc.array(
        fc.record({
          values: fc.array(fc.integer({ min: -2, max: 3 }), { minLength: 3, maxLength: 3 }),
          rhs: fc.integer({ min: 0, max: 9 }),
          eq: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      objective: fc.array(fc.integer({ min: -2, max: 3 }), { minLength: 3, maxLength: 3 }),
      duals: fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -3, max: 3, noNaN: true })), {
        minLength: 7,
        maxLength: 7,
      }),
    });
    fc.assert(
      fc.property(program, ({ rows, objective, duals }) => {
        const lpRows: LpRow[] = rows.map(({ values, rhs, eq }) => ({
          columns: [0, 1, 2],
          values,
          type: eq ? "eq" : "le",
          rhs,
        }));
        // A box keeps the brute force finite: x_j <= 6.
        for (let j = 0; j < 3; j++) lpRows.push(le([j], [1], 6));
        const bound = certifiedUpperBound(3, lpRows, objective, duals.slice(0, lpRows.length));
        if (bound === null) return;
        for (let a = 0; a <= 6; a++)
          for (let b = 0; b <= 6; b++)
            for (let c = 0; c <= 6; c++) {
              const x = [a, b, c];
              const feasible = lpRows.every((row) => {
                const sum = row.columns.reduce((s, j, k) => s + (row.values[k] as number) * (x[j] as number), 0);
                return row.type === "eq" ? sum === row.rhs : sum <= row.rhs;
              });
              if (feasible)
                expect(x.reduce((sum, v, j) => sum + (objective[j] ?? 0) * v, 0)).toBeLessThanOrEqual(bound);
            }
      }),
      { numRuns: 300, seed: 20261210 },
    );
  });
});
