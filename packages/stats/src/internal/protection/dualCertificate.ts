import type { LpRow } from "./simplex.js";

/**
 * Dual certificates: an outer bound that the floating-point simplex found, proven in exact integer
 * arithmetic. For `max c·x` over `x >= 0` and rows `a·x <= b` / `a·x = b`, multipliers `y` (at
 * least 0 on `<=` rows, any sign on `=` rows) with `yᵀA >= c` in every column prove `c·x <= yᵀb`
 * for every feasible x (weak duality), so `floor(yᵀb)` bounds the integer optimum. The simplex
 * only proposes `y`; it is rounded to fractions with a common denominator and checked here with
 * BigInt, so no tolerance decides the bound.
 */

/** Largest denominator tried when rounding a dual value to a fraction. */
const MAX_DENOMINATOR = 1024;

/** The nearest fraction p/q with q <= MAX_DENOMINATOR to x (continued fractions). */
function fractionOf(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) return [0n, 1n];
  const sign = x < 0 ? -1n : 1n;
  let value = Math.abs(x);
  let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
  for (let step = 0; step < 40; step++) {
    const whole = Math.floor(value);
    const a = BigInt(whole);
    const [p2, q2] = [a * p1 + p0, a * q1 + q0];
    if (q2 > BigInt(MAX_DENOMINATOR)) break;
    [p0, q0, p1, q1] = [p1, q1, p2, q2];
    const rest = value - whole;
    if (rest < 1e-9) break;
    value = 1 / rest;
  }
  return q1 === 0n ? [0n, 1n] : [sign * p1, q1];
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Floor of a rational n/d (d > 0). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/**
 * The integer upper bound that multipliers `duals` (one per row, as the simplex proposes them)
 * prove for `max objective·x`, or `null` when they prove nothing (a sign or a column fails once
 * rounded to fractions). Every coefficient, right-hand side and objective entry must be an integer.
 */
export function certifiedUpperBound(
  n: number,
  rows: readonly LpRow[],
  objective: readonly number[],
  duals: ArrayLike<number>,
): number | null {
  const fractions = Array.from(duals, fractionOf);
  let denominator = 1n;
  for (const [, q] of fractions) denominator = (denominator / gcd(denominator, q)) * q;
  if (denominator > 1n << 40n) return null;
  const y = fractions.map(([p, q]) => p * (denominator / q));
  // Column sums yᵀA (scaled by the denominator), then the check yᵀA >= c per column.
  const columnSums = new Array<bigint>(n).fill(0n);
  let bound = 0n;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LpRow;
    const multiplier = y[i] as bigint;
    if (multiplier === 0n) continue;
    if (row.type === "le" && multiplier < 0n) return null;
    if (!Number.isSafeInteger(row.rhs)) return null;
    bound += multiplier * BigInt(row.rhs);
    for (let k = 0; k < row.columns.length; k++) {
      const value = row.values[k] as number;
      if (!Number.isSafeInteger(value)) return null;
      const j = row.columns[k] as number;
      columnSums[j] = (columnSums[j] as bigint) + multiplier * BigInt(value);
    }
  }
  for (let j = 0; j < n; j++) {
    const c = objective[j] ?? 0;
    if (!Number.isSafeInteger(c)) return null;
    if ((columnSums[j] as bigint) < BigInt(c) * denominator) return null;
  }
  const result = floorDiv(bound, denominator);
  return result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(result);
}
