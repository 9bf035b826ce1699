import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutRedundantRows } from "./redundantRows.js";
import type { LpRow } from "./simplex.js";

const le = (columns: number[], values: number[], rhs: number): LpRow => ({ columns, values, type: "le", rhs });
const eq = (columns: number[], values: number[], rhs: number): LpRow => ({ columns, values, type: "eq", rhs });

describe("withoutRedundantRows", () => {
  it.each([
    [
      "a repeated inequality, keeping the tighter",
      [le([0, 1], [1, 1], 5), le([1, 0], [1, 1], 3)],
      [le([1, 0], [1, 1], 3)],
    ],
    ["an inequality x >= 0 meets", [le([0, 1], [-1, 0], 0), le([2], [-3], 2), le([0], [1], 1)], [le([0], [1], 1)]],
    ["a repeated equation", [eq([0, 1], [1, 2], 4), eq([1, 0], [2, 1], 4)], [eq([0, 1], [1, 2], 4)]],
    ["an inequality an equation implies", [le([0, 1], [1, 1], 4), eq([0, 1], [1, 1], 4)], [eq([0, 1], [1, 1], 4)]],
    ["a lower bound an equation implies", [le([0, 1], [-1, -1], -2), eq([0, 1], [1, 1], 4)], [eq([0, 1], [1, 1], 4)]],
  ])("drops %s", (_, rows, expected) => {
    expect(withoutRedundantRows(rows)).toEqual(expected);
  });

  it.each([
    ["an inequality tighter than the equation", [le([0, 1], [1, 1], 3), eq([0, 1], [1, 1], 4)]],
    ["equations on one sum with different values", [eq([0], [1], 1), eq([0], [1], 2)]],
    ["an inequality x >= 0 does not meet", [le([0, 1], [-1, 0], -1), le([0, 1], [-1, 1], 0)]],
    ["rows on different sums", [le([0, 1], [1, 1], 3), le([0, 1], [1, 2], 3), le([0, 2], [1, 1], 3)]],
  ])("keeps %s", (_, rows) => {
    expect(withoutRedundantRows(rows)).toEqual(rows);
  });
});

/** The rule written out with left-hand sides as sorted text: the reference the hashed version must match. */
function reference(rows: readonly LpRow[]): LpRow[] {
  const text = (row: LpRow, sign: number) =>
    row.columns
      .map((c, k) => [c, sign * (row.values[k] as number)] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([c, v]) => `${String(c)}:${String(v === 0 ? 0 : v)}`)
      .join(" ");
  const equations = new Map<string, number>();
  for (const row of rows) if (row.type === "eq" && !equations.has(text(row, 1))) equations.set(text(row, 1), row.rhs);
  const implied = (key: string, rhs: number, sign: number) => {
    const value = equations.get(key);
    return value !== undefined && sign * value <= rhs;
  };
  const kept: LpRow[] = [];
  const keptEquations = new Set<string>();
  const inequalities = new Map<string, number>();
  for (const row of rows) {
    const key = text(row, 1);
    if (row.type === "eq") {
      if (keptEquations.has(`${key}=${String(row.rhs)}`)) continue;
      keptEquations.add(`${key}=${String(row.rhs)}`);
      kept.push(row);
      continue;
    }
    if (row.rhs >= 0 && row.values.every((v) => v <= 0)) continue;
    if (implied(key, row.rhs, 1) || implied(text(row, -1), row.rhs, -1)) continue;
    const at = inequalities.get(key);
    if (at === undefined) {
      inequalities.set(key, kept.length);
      kept.push(row);
    } else if (row.rhs < (kept[at] as LpRow).rhs) kept[at] = row;
  }
  return kept;
}

describe("withoutRedundantRows on random rows", () => {
  it("keeps exactly the rows the rule written out with sorted text keeps", () => {
    // Few columns and small coefficients, so that left-hand sides repeat, negated or reordered.
    const row = fc
      .record({
        terms: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: 2 })), {
          minLength: 1,
          maxLength: 3,
          selector: ([c]) => c,
        }),
        type: fc.constantFrom("le" as const, "eq" as const),
        rhs: fc.integer({ min: -3, max: 3 }),
      })
      .map(({ terms, type, rhs }) => ({ columns: terms.map(([c]) => c), values: terms.map(([, v]) => v), type, rhs }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        expect(withoutRedundantRows(rows)).toEqual(reference(rows));
      }),
      { numRuns: 500 },
    );
  });
});
