import { NrmkitError } from "@nrmkit/core";
import type { CompiledDimension } from "./compileDimension.js";

/**
 * Counts over an "extended" cube: every dimension has its categories plus one last slot for the
 * total over it. Single-valued (index) dimensions get their total slot by summation afterwards;
 * multi-valued (mask) dimensions count each person once in the total slot directly, so totals
 * count persons, not mentions.
 */
export interface Cube {
  readonly counts: Uint32Array;
  /** Per dimension: categories + 1. */
  readonly extents: readonly number[];
  /** Row-major strides over the extents. */
  readonly strides: readonly number[];
}

const CHUNK = 1 << 14;
const MAX_CUBE = 1 << 24;
// Offsets of one record add up to less than MAX_CUBE, so one EXCLUDED keeps the sum negative,
// and up to 63 of them (the dimension limit) still fit in an Int32.
const EXCLUDED = -(1 << 25);

function stridesOf(extents: readonly number[]): number[] {
  const strides = new Array<number>(extents.length).fill(1);
  for (let j = extents.length - 2; j >= 0; j--) {
    strides[j] = (strides[j + 1] as number) * (extents[j + 1] as number);
  }
  return strides;
}

/** Fills the total slot of every index dimension by summing its categories, in dimension order. */
function sumTotals(cube: Cube, dimensions: readonly CompiledDimension[]): void {
  const { counts, extents, strides } = cube;
  dimensions.forEach((dimension, j) => {
    if (dimension.kind !== "index") return;
    const extent = extents[j] as number;
    const stride = strides[j] as number;
    const block = extent * stride;
    const size = dimension.size;
    for (let outer = 0; outer < counts.length; outer += block) {
      for (let inner = 0; inner < stride; inner++) {
        const base = outer + inner;
        let sum = 0;
        for (let c = 0; c < size; c++) sum += counts[base + c * stride] as number;
        counts[base + size * stride] = sum;
      }
    }
  });
}

/** Counts `count` records over the compiled dimensions. */
export function countCube(count: number, dimensions: readonly CompiledDimension[]): Cube {
  const extents = dimensions.map((dimension) => dimension.size + 1);
  const cells = extents.reduce((product, extent) => product * extent, 1);
  if (cells > MAX_CUBE || dimensions.length > 63) {
    throw new NrmkitError(
      "invalid_argument",
      `dimensions: expected at most ${String(MAX_CUBE)} cells with totals, received ${String(cells)}`,
    );
  }
  const strides = stridesOf(extents);
  const counts = new Uint32Array(cells);
  const indexDimensions: IndexColumn[] = [];
  const maskDimensions: MaskColumn[] = [];
  dimensions.forEach((dimension, j) => {
    const stride = strides[j] as number;
    if (dimension.kind === "index") {
      const offsets = Int32Array.from(dimension.index, (index) => (index < 0 ? EXCLUDED : index * stride));
      indexDimensions.push({ keys: dimension.keys, offsets });
    } else {
      maskDimensions.push({ keys: dimension.keys, masks: dimension.masks, stride, total: dimension.size * stride });
    }
  });
  if (indexDimensions.length <= 3 && maskDimensions.length <= 1) {
    countFused(count, indexDimensions, maskDimensions[0], counts);
    const cube = { counts, extents, strides };
    sumTotals(cube, dimensions);
    return cube;
  }
  const offset = new Int32Array(Math.min(CHUNK, Math.max(count, 1)));
  const bits = new Int32Array(maskDimensions.length);
  for (let start = 0; start < count; start += CHUNK) {
    const length = Math.min(CHUNK, count - start);
    offset.fill(0, 0, length);
    // One tight pass per dimension over a cache-sized chunk beats one loop that reads every column.
    for (const { keys, offsets } of indexDimensions) {
      for (let i = 0; i < length; i++)
        offset[i] = (offset[i] as number) + (offsets[keys[start + i] as number] as number);
    }
    if (maskDimensions.length === 0) {
      for (let i = 0; i < length; i++) {
        const at = offset[i] as number;
        if (at >= 0) counts[at] = (counts[at] as number) + 1;
      }
    } else if (maskDimensions.length === 1) {
      const { keys, masks, stride, total } = maskDimensions[0] as (typeof maskDimensions)[number];
      for (let i = 0; i < length; i++) {
        const at = offset[i] as number;
        if (at < 0) continue;
        let mask = masks[keys[start + i] as number] as number;
        if (mask === 0) continue;
        counts[at + total] = (counts[at + total] as number) + 1;
        while (mask !== 0) {
          const low = mask & -mask;
          const cell = at + (31 - Math.clz32(low)) * stride;
          counts[cell] = (counts[cell] as number) + 1;
          mask ^= low;
        }
      }
    } else {
      for (let i = 0; i < length; i++) {
        const at = offset[i] as number;
        if (at < 0) continue;
        let excluded = false;
        for (let m = 0; m < maskDimensions.length; m++) {
          const dimension = maskDimensions[m] as (typeof maskDimensions)[number];
          const mask = dimension.masks[dimension.keys[start + i] as number] as number;
          bits[m] = mask;
          if (mask === 0) excluded = true;
        }
        if (!excluded) addCombinations(counts, maskDimensions, bits, 0, at);
      }
    }
  }
  const cube = { counts, extents, strides };
  sumTotals(cube, dimensions);
  return cube;
}

/** Adds one person to every combination of its categories (and the total slot) over several mask dimensions. */
function addCombinations(
  counts: Uint32Array,
  dimensions: readonly { readonly stride: number; readonly total: number }[],
  bits: Int32Array,
  m: number,
  at: number,
): void {
  if (m === dimensions.length) {
    counts[at] = (counts[at] as number) + 1;
    return;
  }
  const { stride, total } = dimensions[m] as { readonly stride: number; readonly total: number };
  addCombinations(counts, dimensions, bits, m + 1, at + total);
  let mask = bits[m] as number;
  while (mask !== 0) {
    const low = mask & -mask;
    addCombinations(counts, dimensions, bits, m + 1, at + (31 - Math.clz32(low)) * stride);
    mask ^= low;
  }
}

interface IndexColumn {
  readonly keys: Uint16Array;
  readonly offsets: Int32Array;
}

interface MaskColumn {
  readonly keys: Uint16Array;
  readonly masks: Uint32Array;
  readonly stride: number;
  readonly total: number;
}

/** Adds one person to the total slot and to each category of its mask, along one mask dimension. */
function addBits(counts: Uint32Array, at: number, mask: number, stride: number, total: number): void {
  counts[at + total] = (counts[at + total] as number) + 1;
  let bits = mask;
  while (bits !== 0) {
    const low = bits & -bits;
    const cell = at + (31 - Math.clz32(low)) * stride;
    counts[cell] = (counts[cell] as number) + 1;
    bits ^= low;
  }
}

/**
 * The common shapes (up to three single-valued dimensions and one multi-valued) in one loop each.
 * Each shape has its own loop rather than one loop reading absent dimensions from a dummy column:
 * the dummy loads and index multiplications cost about a fifth of a two-dimension count (Q2 and
 * Q3 of the benchmark).
 */
function countFused(
  count: number,
  index: readonly IndexColumn[],
  mask: MaskColumn | undefined,
  counts: Uint32Array,
): void {
  const [a, b, c] = index;
  if (mask === undefined) {
    if (c !== undefined) count3(count, a as IndexColumn, b as IndexColumn, c, counts);
    else if (b !== undefined) count2(count, a as IndexColumn, b, counts);
    else if (a !== undefined) count1(count, a, counts);
    return;
  }
  if (c !== undefined) count3Mask(count, a as IndexColumn, b as IndexColumn, c, mask, counts);
  else if (b !== undefined) count2Mask(count, a as IndexColumn, b, mask, counts);
  else if (a !== undefined) count1Mask(count, a, mask, counts);
  else count0Mask(count, mask, counts);
}

function count1(count: number, a: IndexColumn, counts: Uint32Array): void {
  const { keys: keysA, offsets: offA } = a;
  for (let i = 0; i < count; i++) {
    const at = offA[keysA[i] as number] as number;
    if (at >= 0) counts[at] = (counts[at] as number) + 1;
  }
}

function count2(count: number, a: IndexColumn, b: IndexColumn, counts: Uint32Array): void {
  const { keys: keysA, offsets: offA } = a;
  const { keys: keysB, offsets: offB } = b;
  for (let i = 0; i < count; i++) {
    const at = (offA[keysA[i] as number] as number) + (offB[keysB[i] as number] as number);
    if (at >= 0) counts[at] = (counts[at] as number) + 1;
  }
}

function count3(count: number, a: IndexColumn, b: IndexColumn, c: IndexColumn, counts: Uint32Array): void {
  const { keys: keysA, offsets: offA } = a;
  const { keys: keysB, offsets: offB } = b;
  const { keys: keysC, offsets: offC } = c;
  for (let i = 0; i < count; i++) {
    const at =
      (offA[keysA[i] as number] as number) +
      (offB[keysB[i] as number] as number) +
      (offC[keysC[i] as number] as number);
    if (at >= 0) counts[at] = (counts[at] as number) + 1;
  }
}

function count0Mask(count: number, mask: MaskColumn, counts: Uint32Array): void {
  const { keys, masks, stride, total } = mask;
  for (let i = 0; i < count; i++) {
    const bits = masks[keys[i] as number] as number;
    if (bits !== 0) addBits(counts, 0, bits, stride, total);
  }
}

function count1Mask(count: number, a: IndexColumn, mask: MaskColumn, counts: Uint32Array): void {
  const { keys: keysA, offsets: offA } = a;
  const { keys, masks, stride, total } = mask;
  for (let i = 0; i < count; i++) {
    const at = offA[keysA[i] as number] as number;
    if (at < 0) continue;
    const bits = masks[keys[i] as number] as number;
    if (bits !== 0) addBits(counts, at, bits, stride, total);
  }
}

function count2Mask(count: number, a: IndexColumn, b: IndexColumn, mask: MaskColumn, counts: Uint32Array): void {
  const { keys: keysA, offsets: offA } = a;
  const { keys: keysB, offsets: offB } = b;
  const { keys, masks, stride, total } = mask;
  for (let i = 0; i < count; i++) {
    const at = (offA[keysA[i] as number] as number) + (offB[keysB[i] as number] as number);
    if (at < 0) continue;
    const bits = masks[keys[i] as number] as number;
    if (bits !== 0) addBits(counts, at, bits, stride, total);
  }
}

function count3Mask(
  count: number,
  a: IndexColumn,
  b: IndexColumn,
  c: IndexColumn,
  mask: MaskColumn,
  counts: Uint32Array,
): void {
  const { keys: keysA, offsets: offA } = a;
  const { keys: keysB, offsets: offB } = b;
  const { keys: keysC, offsets: offC } = c;
  const { keys, masks, stride, total } = mask;
  for (let i = 0; i < count; i++) {
    const at =
      (offA[keysA[i] as number] as number) +
      (offB[keysB[i] as number] as number) +
      (offC[keysC[i] as number] as number);
    if (at < 0) continue;
    const bits = masks[keys[i] as number] as number;
    if (bits !== 0) addBits(counts, at, bits, stride, total);
  }
}
