import { NrmkitError } from "@nrmkit/core";
import type { Dimension, StatTable } from "../../statTable.js";
import type { CompiledDimension } from "./compileDimension.js";
import { countCube } from "./countCube.js";
import { cubeToTable } from "./cubeToTable.js";

/**
 * Counts pre-coded rows (one list of leaf category codes per dimension, e.g. merged partials) with
 * the columnar kernel, keyed by row number: single-valued dimensions as index dimensions, the
 * others as mask dimensions, so subtotals and multi-valued totals work as for records. Rows with
 * a code outside a dimension are left out.
 */
export function countRows(
  dimensions: readonly Dimension[],
  rows: readonly (readonly (readonly string[])[])[],
  title: string | undefined,
): StatTable {
  // Keys are row numbers in a Uint16Array, so count in blocks; the blocks' cubes add up (totals
  // by summation are linear too).
  let total: ReturnType<typeof countCube> | undefined;
  let compiled: CompiledDimension[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += BLOCK) {
    compiled = compileBlock(dimensions, rows.slice(start, start + BLOCK));
    const cube = countCube(Math.min(BLOCK, rows.length - start), compiled);
    if (total === undefined) total = cube;
    else
      for (let i = 0; i < cube.counts.length; i++)
        total.counts[i] = (total.counts[i] as number) + (cube.counts[i] as number);
  }
  return cubeToTable(total as ReturnType<typeof countCube>, compiled, false, title);
}

const BLOCK = 0xffff;

function compileBlock(
  dimensions: readonly Dimension[],
  rows: readonly (readonly (readonly string[])[])[],
): CompiledDimension[] {
  return dimensions.map((dimension, j): CompiledDimension => {
    const size = dimension.categories.length;
    const keys = Uint16Array.from(rows, (_, r) => r);
    const hasSubtotals = dimension.categories.some((category) => category.members !== undefined);
    if (!dimension.multiValued && !hasSubtotals) {
      const position = new Map(dimension.categories.map((category, i) => [category.code, i]));
      const index = Int32Array.from(rows, (row) => {
        const codes = row[j] ?? [];
        return codes.length === 1 ? (position.get(codes[0] as string) ?? -1) : -1;
      });
      return { dimension, size, kind: "index", keys, index, masks: new Uint32Array(0), filters: false };
    }
    if (size > 31) throw new NrmkitError("invalid_argument", `${dimension.name}: expected at most 31 categories`);
    const bit = new Map(dimension.categories.map((category, i) => [category.code, 1 << i]));
    // Subtotals (members may be earlier subtotals) cover the leaf bits of their members.
    const covers = new Map<number, number>();
    dimension.categories.forEach((category, i) => {
      if (category.members === undefined) return;
      let cover = 0;
      for (const member of category.members) {
        const index = dimension.categories.findIndex((other) => other.code === member);
        cover |= covers.get(index) ?? bit.get(member) ?? 0;
      }
      covers.set(i, cover);
    });
    const masks = Uint32Array.from(rows, (row) => {
      let mask = 0;
      for (const code of row[j] ?? []) {
        const b = bit.get(code);
        if (b === undefined) return 0;
        mask |= b;
      }
      for (const [i, cover] of covers) if ((mask & cover) !== 0) mask |= 1 << i;
      return mask;
    });
    return { dimension, size, kind: "mask", keys, index: new Int32Array(0), masks, filters: false };
  });
}
