// GaussSuppression's first pattern on the reader model: no hidden quantity is left a linear
// combination of shown ones, and every secondary cell it hides would make one so if shown. Checked
// with an exact rank written here (BigInt elimination over dense atom vectors), not the production
// elimination.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressionInput } from "../../../test/suppressionInput.js";
import { table2 } from "../../../test/tableFixtures.js";
import { aggregate } from "../../aggregate.js";
import type { StatTable } from "../../statTable.js";
import { gaussStart } from "./gaussStart.js";

/** Rank of integer vectors, by fraction-free elimination in BigInt. */
function rank(vectors: readonly (readonly number[])[]): number {
  const rows = vectors.map((v) => v.map(BigInt));
  let r = 0;
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    const pivot = rows.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as bigint[], rows[r] as bigint[]];
    const p = rows[r] as bigint[];
    for (let i = r + 1; i < rows.length; i++) {
      const row = rows[i] as bigint[];
      const k = row[c] as bigint;
      if (k === 0n) continue;
      rows[i] = row.map((x, j) => x * (p[c] as bigint) - k * (p[j] as bigint));
    }
    r++;
  }
  return r;
}

/** Whether `target` lies in the span of `basis`. */
function inSpan(basis: readonly (readonly number[])[], target: readonly number[]): boolean {
  return rank([...basis, target]) === rank(basis);
}

function runGauss(raw: StatTable, threshold: number) {
  const { input, settings } = suppressionInput(raw, threshold, 1);
  const size = input.model.quantities.length;
  const marks = new Uint8Array(size);
  input.exact.forEach((value, q) => {
    if (value > 0 && value < threshold) marks[q] = 1;
  });
  const primary = Uint8Array.from(marks);
  expect(gaussStart(input, marks, settings, true)).toBe(true);
  const dense = (q: number) => {
    const v = new Array<number>(input.model.atomCount).fill(0);
    for (const atom of input.model.quantities[q] ?? []) v[atom] = 1;
    return v;
  };
  const quantities = Array.from({ length: size }, (_, q) => q);
  return {
    shown: quantities.filter((q) => marks[q] === 0).map(dense),
    primary: quantities.filter((q) => primary[q] === 1).map(dense),
    secondary: quantities.filter((q) => marks[q] === 2).map(dense),
  };
}

// No inner cell of 1: the singleton rule then hides nothing, and each secondary cell is hidden
// because it would determine a primary one.
const matrices = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 5 })).chain(([rows, columns]) =>
  fc.array(fc.array(fc.constantFrom(0, 2, 3, 5, 8, 13, 20), { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  }),
);

describe("gaussStart", () => {
  it("leaves no primary quantity a linear combination of the shown ones, and hides only what would make one so", () => {
    fc.assert(
      fc.property(matrices, fc.constantFrom(4, 6, 11), (matrix, threshold) => {
        const { shown, primary, secondary } = runGauss(table2(matrix), threshold);
        for (const p of primary) expect(inSpan(shown, p)).toBe(false);
        for (const s of secondary) expect(primary.some((p) => inSpan([...shown, s], p))).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it("leaves no primary quantity determined in a three-way table of synthetic records", () => {
    const raw = aggregate(generateSyntheticCases({ count: 600, seed: 3 }), {
      dimensions: ["regionId", "gender", "ageGroup"],
    });
    const { shown, primary, secondary } = runGauss(raw, 11);
    expect(primary.length).toBeGreaterThan(0);
    expect(secondary.length).toBeGreaterThan(0);
    for (const p of primary) expect(inSpan(shown, p)).toBe(false);
  });
});
