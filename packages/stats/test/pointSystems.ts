// Linear systems with a known feasible point, for property tests of the protection engine's linear
// programmes: sums of random column sets around their value at a random non-negative integer point.
import fc from "fast-check";

/** A sum of `columns` whose value at the point is `value`; `below` and `above` are room around it. */
export interface PointSum {
  readonly columns: number[];
  readonly value: number;
  readonly below: number;
  readonly above: number;
}

/** A system over `n` columns, its point, its sums, and what else the test draws for that `n`. */
export interface PointSystem<T> {
  readonly n: number;
  readonly point: number[];
  readonly sums: PointSum[];
  readonly extra: T;
}

/** Systems of `minColumns` to `maxColumns` columns and 1 to 8 sums (room 0 to 3 either side). */
export function pointSystems<T>(
  minColumns: number,
  maxColumns: number,
  extra: (n: number) => fc.Arbitrary<T>,
): fc.Arbitrary<PointSystem<T>> {
  return fc
    .integer({ min: minColumns, max: maxColumns })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        point: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }),
        sums: fc.array(
          fc.record({
            columns: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
            below: fc.integer({ min: 0, max: 3 }),
            above: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        extra: extra(n),
      }),
    )
    .map(({ n, point, sums, extra: drawn }) => ({
      n,
      point,
      sums: sums.map((sum) => ({
        ...sum,
        value: sum.columns.reduce((total, c) => total + (point[c] as number), 0),
      })),
      extra: drawn,
    }));
}

/** A constraint `lower <= sum(coefficient * x) <= upper` over some columns (all coefficients 1 when absent). */
export interface SystemConstraint {
  readonly columns: readonly number[];
  readonly coefficients?: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** Whether a point meets every constraint (within round-off) and is non-negative. */
export function meets(point: ArrayLike<number>, constraints: readonly SystemConstraint[]): boolean {
  for (let c = 0; c < point.length; c++) if ((point[c] as number) < -1e-7) return false;
  return constraints.every(({ columns, coefficients, lower, upper }) => {
    let sum = 0;
    columns.forEach((c, i) => {
      sum += (coefficients?.[i] ?? 1) * (point[c] as number);
    });
    return sum >= lower - 1e-7 && sum <= upper + 1e-7;
  });
}
