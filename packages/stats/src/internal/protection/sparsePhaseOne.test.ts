import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { pointSystems } from "../../../test/pointSystems.js";
import { etaMaximise, etaStart, rowMultipliers } from "./etaSimplex.js";
import {
  type FeasibleTableau,
  feasibleTableau,
  type LpRow,
  maximise,
  sparsePhaseOneFrom,
  tableauPoint,
} from "./simplex.js";
import { type Crash, crashRepairCount } from "./sparsePhaseOne.js";

// Systems around a known non-negative point: each sum between its value less `below` and its value
// plus `above` (an equation when both are 0, a `>=` row written as `-sum <= -lower`, which phase 1
// needs an artificial for), and, when `contradict` is set, one sum also held one above its upper
// bound (infeasible).
const systems = pointSystems(2, 12, (n) =>
  fc.record({
    objectives: fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: 4,
    }),
    contradict: fc.boolean(),
  }),
).map(({ n, point, sums, extra }) => {
  const rows: LpRow[] = [];
  for (const { columns, value, below, above } of sums) {
    const ones = columns.map(() => 1);
    if (below === 0 && above === 0) {
      rows.push({ columns, values: ones, type: "eq", rhs: value });
      continue;
    }
    rows.push({ columns, values: ones, type: "le", rhs: value + above });
    rows.push({ columns, values: columns.map(() => -1), type: "le", rhs: -(value - below) });
  }
  const first = sums[0];
  if (extra.contradict && first !== undefined) {
    rows.push({
      columns: first.columns,
      values: first.columns.map(() => -1),
      type: "le",
      rhs: -(first.value + first.above + 1),
    });
  }
  return { n, point, rows, objectives: extra.objectives, feasible: !extra.contradict };
});

/** Phase 1 in product form (every size), or dense (no size reaches this); `crash` columns to start from. */
function phaseOne(
  n: number,
  rows: readonly LpRow[],
  sparse: boolean,
  duals = false,
  crash?: Crash,
): FeasibleTableau | null {
  const previous = sparsePhaseOneFrom(sparse ? 0 : Number.POSITIVE_INFINITY);
  try {
    return feasibleTableau(n, rows, duals, crash);
  } finally {
    sparsePhaseOneFrom(previous);
  }
}

/** Phase 1 on rows with a known feasible point, which must find them feasible. */
function tableauOf(n: number, rows: readonly LpRow[], sparse: boolean, duals = false): FeasibleTableau {
  const tableau = phaseOne(n, rows, sparse, duals);
  if (tableau === null) throw new Error("the point is feasible");
  return tableau;
}

const feasibleSystems = systems.filter((system) => system.feasible);

function meetsRows(point: ArrayLike<number>, rows: readonly LpRow[]): boolean {
  return rows.every((row) => {
    const lhs = row.columns.reduce((sum, c, k) => sum + (row.values[k] as number) * (point[c] as number), 0);
    return row.type === "eq" ? Math.abs(lhs - row.rhs) < 1e-6 : lhs <= row.rhs + 1e-6;
  });
}

/** A crashed tableau meets the rows and gives the dense simplex's optima (and points meeting the rows). */
function expectDenseOptima(
  crashed: FeasibleTableau,
  n: number,
  rows: readonly LpRow[],
  objectives: readonly (readonly number[])[],
): void {
  expect(meetsRows(tableauPoint(crashed), rows)).toBe(true);
  const dense = tableauOf(n, rows, false);
  for (const objective of objectives) {
    const expected = maximise(dense, objective);
    const product = etaMaximise(etaStart(crashed), objective);
    expect(product.status).toBe(expected.status);
    if (expected.status === "optimal" && product.status === "optimal") {
      expect(product.value).toBeCloseTo(expected.value, 6);
      expect(meetsRows(product.point, rows)).toBe(true);
    }
  }
}

describe("phase 1 in product form", () => {
  afterEach(() => {
    sparsePhaseOneFrom(1000);
  });

  it("finds the rows feasible exactly when they are, at a vertex that meets every row", () => {
    fc.assert(
      fc.property(systems, ({ n, rows, feasible }) => {
        const sparse = phaseOne(n, rows, true);
        expect(sparse !== null).toBe(feasible);
        expect(phaseOne(n, rows, false) !== null).toBe(feasible);
        if (sparse === null) return;
        const point = tableauPoint(sparse);
        expect(meetsRows(point, rows)).toBe(true);
        for (const v of point) expect(v).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the dense simplex's optima, from its dense rows and in product form, warm or not", () => {
    fc.assert(
      fc.property(feasibleSystems, ({ n, rows, objectives }) => {
        const dense = tableauOf(n, rows, false);
        const sparse = tableauOf(n, rows, true);
        let warm = etaStart(sparse);
        for (const objective of objectives) {
          const expected = maximise(dense, objective);
          const fromRows = maximise(sparse, objective);
          const product = etaMaximise(warm, objective);
          expect(fromRows.status).toBe(expected.status);
          expect(product.status).toBe(expected.status);
          if (expected.status !== "optimal" || fromRows.status !== "optimal" || product.status !== "optimal") continue;
          expect(fromRows.value).toBeCloseTo(expected.value, 6);
          expect(product.value).toBeCloseTo(expected.value, 6);
          for (const point of [fromRows.point, product.point]) {
            expect(meetsRows(point, rows)).toBe(true);
            expect(objective.reduce((sum, c, j) => sum + c * (point[j] as number), 0)).toBeCloseTo(expected.value, 6);
          }
          if (product.state !== undefined) warm = product.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a row's multiplier column when duals are asked for", () => {
    fc.assert(
      fc.property(feasibleSystems, ({ n, rows, objectives }) => {
        const dense = tableauOf(n, rows, false, true);
        const sparse = tableauOf(n, rows, true, true);
        expect(Array.from(sparse.dualSigns ?? [])).toEqual(Array.from(dense.dualSigns ?? []));
        const objective = objectives[0] as number[];
        const a = maximise(dense, objective);
        const b = maximise(sparse, objective);
        expect(b.status).toBe(a.status);
        if (a.status !== "optimal" || b.status !== "optimal" || a.duals === undefined || b.duals === undefined) return;
        // Multipliers may differ at a degenerate optimum; both must bound the optimum (weak duality).
        for (const duals of [a.duals, b.duals]) {
          const bound = rows.reduce((sum, row, i) => sum + (duals[i] as number) * row.rhs, 0);
          expect(bound).toBeGreaterThanOrEqual(a.value - 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gives each row a multiplier at an optimum: dual feasible, and the dual value is the optimum", () => {
    fc.assert(
      fc.property(feasibleSystems, ({ n, rows, objectives }) => {
        const sparse = tableauOf(n, rows, true);
        for (const objective of objectives) {
          const result = etaMaximise(etaStart(sparse), objective);
          if (result.status !== "optimal" || result.state === undefined) continue;
          const stored = rowMultipliers(result.state, objective);
          if (stored === null) throw new Error("a product-form tableau has multipliers");
          // Rows with a negative right-hand side were stored negated: so is their multiplier.
          const u = rows.map((row, i) => (row.rhs < 0 ? -1 : 1) * (stored[i] as number));
          const dualValue = rows.reduce((sum, row, i) => sum + (u[i] as number) * row.rhs, 0);
          expect(dualValue).toBeCloseTo(result.value, 6);
          for (let j = 0; j < n; j++) {
            const priced = rows.reduce((sum, row, i) => {
              const k = row.columns.indexOf(j);
              return k < 0 ? sum : sum + (u[i] as number) * (row.values[k] as number);
            }, 0);
            expect(priced).toBeGreaterThanOrEqual((objective[j] as number) - 1e-6);
          }
          rows.forEach((row, i) => {
            if (row.type === "le") expect(u[i] as number).toBeGreaterThanOrEqual(-1e-6);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("starts from any crash columns (a basis of similar rows, or none) and ends where phase 1 does", () => {
    // Crash columns: any of the variables and slacks, dependent or not, at any values, feasible or not.
    const withCrash = systems.chain((system) => {
      const slacks = system.rows.filter((row) => row.type === "le").length;
      return fc
        .record({
          columns: fc.uniqueArray(fc.integer({ min: 0, max: system.n + slacks - 1 }), {
            maxLength: system.rows.length,
          }),
          values: fc.array(fc.integer({ min: 0, max: 6 }), {
            minLength: system.rows.length,
            maxLength: system.rows.length,
          }),
          leading: fc.nat({ max: system.rows.length }),
        })
        .map(({ columns, values, leading }) => ({
          ...system,
          crash: {
            columns,
            values: columns.map((_, k) => values[k] as number),
            leading: Math.min(leading, columns.length),
          },
        }));
    });
    fc.assert(
      fc.property(withCrash, ({ n, rows, objectives, feasible, crash }) => {
        const crashed = phaseOne(n, rows, true, false, crash);
        expect(crashed !== null).toBe(feasible);
        if (crashed === null) return;
        expectDenseOptima(crashed, n, rows, objectives);
      }),
      { numRuns: 300 },
    );
  });

  it("starts feasible from the columns of a point of the rows at their values: no repair, the same optima", () => {
    // The columns of a point that meets the rows, with their values (the slacks' too), in any order
    // and with any of them leading: the ones the basis leaves out are crossed over to 0 or in.
    const withPoint = feasibleSystems.chain((system) =>
      fc
        .record({ order: fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), leading: fc.nat() })
        .map(({ order, leading }) => {
          const entries: [number, number][] = system.point.map((v, c) => [c, v]);
          let slack = system.n;
          for (const row of system.rows) {
            if (row.type !== "le") continue;
            const lhs = row.columns.reduce(
              (sum, c, k) => sum + (row.values[k] as number) * (system.point[c] as number),
              0,
            );
            entries.push([slack++, row.rhs - lhs]);
          }
          const keys = entries.map(() => order.next().value as number);
          const sorted = entries.map((entry, k) => ({ entry, key: keys[k] as number })).sort((a, b) => a.key - b.key);
          const crash: Crash = {
            columns: sorted.map(({ entry }) => entry[0]),
            values: sorted.map(({ entry }) => entry[1]),
            leading: leading % (sorted.length + 1),
          };
          return { ...system, crash };
        }),
    );
    fc.assert(
      fc.property(withPoint, ({ n, rows, objectives, crash }) => {
        const repairs = crashRepairCount();
        const crashed = phaseOne(n, rows, true, false, crash);
        expect(crashRepairCount()).toBe(repairs);
        expect(crashed).not.toBeNull();
        if (crashed === null) return;
        expectDenseOptima(crashed, n, rows, objectives);
      }),
      { numRuns: 300 },
    );
  });
});
