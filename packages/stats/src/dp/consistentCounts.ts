// Post-processing of noisy counts (it costs no privacy): the noisy cells and margins of one table
// become whole, non-negative counts whose margins add up.
//
// A table is a set of slices. A multi-valued axis is an index, not a sum (its "total" counts
// persons, not mentions), so every combination of its categories and "all" is a slice of its own;
// inside a slice the single-valued axes are measured at every level, from the inner cells to the
// grand total. For that full set of margins with equal noise, the least-squares fit has a closed
// form: the normal matrix is the Kronecker product of (I + J) over the axes, whose inverse is the
// product of (I − J/(n + 1)), so x̂ = ∏(I − J/(nᵢ + 1)) Aᵀy. Every count of the fit (a cell or any
// margin) has variance σ² ∏ nᵢ/(nᵢ + 1). Negative cells are then set to 0 and the rest raked
// (iterative proportional fitting) back to the fitted margins, and cells are rounded by largest
// remainder to the fitted grand total; margins are the sums of the rounded cells.

/** The noisy measurements of one slice: by level (bit i set = axis i kept), the margin over the kept axes, row-major. */
export type SliceMeasurements = ReadonlyMap<number, Float64Array>;

/** The size of a margin that keeps the axes of `mask`. */
export function marginSize(sizes: readonly number[], mask: number): number {
  let size = 1;
  for (let axis = 0; axis < sizes.length; axis++) if (mask & (1 << axis)) size *= sizes[axis] ?? 1;
  return size;
}

/** For every inner cell, its index in the margin of `mask`. */
function projection(sizes: readonly number[], mask: number): Int32Array {
  const cells = marginSize(sizes, (1 << sizes.length) - 1);
  const out = new Int32Array(cells);
  const index = new Array<number>(sizes.length).fill(0);
  for (let cell = 0; cell < cells; cell++) {
    let projected = 0;
    for (let axis = 0; axis < sizes.length; axis++) {
      if (mask & (1 << axis)) projected = projected * (sizes[axis] ?? 1) + (index[axis] ?? 0);
    }
    out[cell] = projected;
    // Row-major: the last axis varies fastest.
    for (let axis = sizes.length - 1; axis >= 0; axis--) {
      index[axis] = (index[axis] ?? 0) + 1;
      if ((index[axis] ?? 0) < (sizes[axis] ?? 1)) break;
      index[axis] = 0;
    }
  }
  return out;
}

/** The margin of the inner cells `cells` over the kept axes of `mask`. */
export function marginOf(cells: ArrayLike<number>, sizes: readonly number[], mask: number): Float64Array {
  const map = projection(sizes, mask);
  const out = new Float64Array(marginSize(sizes, mask));
  for (let cell = 0; cell < map.length; cell++) {
    const at = map[cell] ?? 0;
    out[at] = (out[at] ?? 0) + (cells[cell] ?? 0);
  }
  return out;
}

/** The least-squares inner cells of a slice measured at every level. */
export function leastSquaresCells(sizes: readonly number[], measured: SliceMeasurements): Float64Array {
  const full = (1 << sizes.length) - 1;
  const cells = marginSize(sizes, full);
  const x = new Float64Array(cells);
  // Aᵀy: each cell collects every measured margin it belongs to.
  for (let mask = 0; mask <= full; mask++) {
    const y = measured.get(mask);
    if (y === undefined) throw new Error(`missing measurements of level ${mask}`);
    const map = projection(sizes, mask);
    for (let cell = 0; cell < cells; cell++) x[cell] = (x[cell] ?? 0) + (y[map[cell] ?? 0] ?? 0);
  }
  // (I − J/(n + 1)) along each axis in turn.
  for (let axis = 0; axis < sizes.length; axis++) {
    const keep = full & ~(1 << axis);
    const map = projection(sizes, keep);
    const sums = new Float64Array(marginSize(sizes, keep));
    for (let cell = 0; cell < cells; cell++) {
      const at = map[cell] ?? 0;
      sums[at] = (sums[at] ?? 0) + (x[cell] ?? 0);
    }
    const divisor = (sizes[axis] ?? 1) + 1;
    for (let cell = 0; cell < cells; cell++) x[cell] = (x[cell] ?? 0) - (sums[map[cell] ?? 0] ?? 0) / divisor;
  }
  return x;
}

/** The variance of every fitted count of a slice, as a multiple of the noise variance. */
export function fittedVarianceFactor(sizes: readonly number[]): number {
  return sizes.reduce((factor, size) => (factor * size) / (size + 1), 1);
}

const RAKING_ROUNDS = 50;

/** Whole, non-negative inner cells close to the fit, whose margins come near the fitted ones. */
export function wholeCells(sizes: readonly number[], fitted: Float64Array): Int32Array {
  const full = (1 << sizes.length) - 1;
  const cells = fitted.length;
  const x = Float64Array.from(fitted, (value) => Math.max(0, value));
  const masks: number[] = [];
  for (let mask = 0; mask < full; mask++) masks.push(mask);
  const maps = masks.map((mask) => projection(sizes, mask));
  const targets = masks.map((mask) => marginOf(fitted, sizes, mask).map((value) => Math.max(0, value)));
  for (let round = 0; round < RAKING_ROUNDS; round++) {
    let change = 0;
    for (let m = 0; m < masks.length; m++) {
      const map = maps[m] as Int32Array;
      const target = targets[m] as Float64Array;
      const current = new Float64Array(target.length);
      for (let cell = 0; cell < cells; cell++) {
        const at = map[cell] ?? 0;
        current[at] = (current[at] ?? 0) + (x[cell] ?? 0);
      }
      for (let cell = 0; cell < cells; cell++) {
        const have = current[map[cell] ?? 0] ?? 0;
        if (have <= 0) continue;
        const scaled = ((x[cell] ?? 0) * (target[map[cell] ?? 0] ?? 0)) / have;
        change = Math.max(change, Math.abs(scaled - (x[cell] ?? 0)));
        x[cell] = scaled;
      }
    }
    if (change < 1e-9) break;
  }
  // Largest remainder to the fitted grand total (bounded by what the cells can hold).
  const total = Math.max(0, Math.round(fitted.reduce((sum, value) => sum + value, 0)));
  const out = new Int32Array(cells);
  let floors = 0;
  for (let cell = 0; cell < cells; cell++) {
    out[cell] = Math.floor(x[cell] ?? 0);
    floors += out[cell] ?? 0;
  }
  const order = [...out.keys()].sort((a, b) => (x[b] ?? 0) - (out[b] ?? 0) - ((x[a] ?? 0) - (out[a] ?? 0)) || a - b);
  const extra = Math.min(Math.max(total - floors, 0), cells);
  for (let k = 0; k < extra; k++) out[order[k] ?? 0] = (out[order[k] ?? 0] ?? 0) + 1;
  return out;
}
