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
