import type { RoundingMetadata } from "../disclosureMetadata.js";
import type { CellStatus } from "../statTable.js";
import { basicSolution, feasibleTableau, type LpRow, maximise } from "./simplex.js";
import type { Relation, TableModel } from "./tableModel.js";

/** What a reader knows about each entry before using the relations. */
export interface Knowledge {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/** What a reader is told about the protection: threshold, zeros, rounding, markers and secondary suppression. */
export interface Disclosed {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly rounding: RoundingMetadata | null;
  readonly markers: "uniform" | "distinct";
  /** Whether secondary suppression was applied at all (the metadata's `secondary` is not `"none"`). */
  readonly secondary: boolean;
  /**
   * How many entries secondary suppression hid, when the table shows it (the metadata's
   * `suppressedSecondary`); `null` when it does not, as under uniform markers.
   */
  readonly suppressedSecondary: number | null;
}

/**
 * Whether a reader must allow a hidden entry to be zero: when zeros are sensitive (primary
 * suppression hides them), or with uniform markers when secondary suppression may have hidden
 * one: it was applied and the table does not show that it hid nothing (a shown
 * `suppressedSecondary` of 0 tells the reader every hidden entry is primary, hence at least 1).
 * With distinct markers secondary suppression never hides zeros: a marked zero would be known to
 * be 0 or at least the threshold, which an interval cannot express.
 */
export function hiddenMayBeZero(disclosed: Disclosed): boolean {
  if (disclosed.zerosSensitive) return true;
  if (disclosed.markers !== "uniform" || !disclosed.secondary) return false;
  return disclosed.suppressedSecondary === null || disclosed.suppressedSecondary > 0;
}

/** What a reader can tell about one entry from its shown value and status alone. */
export function knownInterval(
  value: number | null,
  status: CellStatus | undefined,
  disclosed: Disclosed,
): readonly [number, number] {
  const { threshold, rounding, markers } = disclosed;
  const hiddenFloor = hiddenMayBeZero(disclosed) ? 0 : 1;
  if (status === "suppressed" || status === "suppressed_primary" || status === "suppressed_secondary") {
    // One marker for both (or a status that does not say which): a hidden cell is below the
    // threshold or at least at it, i.e. anything from hiddenFloor up.
    if (markers === "uniform" || status === "suppressed") return [hiddenFloor, Number.POSITIVE_INFINITY];
    // Distinct markers tell primary cells lie below the threshold, secondary ones at or above it.
    return status === "suppressed_primary" ? [hiddenFloor, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
  }
  if (value === null || status === undefined || status === "not_applicable") return [0, Number.POSITIVE_INFINITY];
  if (status === "rounded" && rounding !== null) {
    const base = rounding.base;
    if (rounding.kind === "down") return [value, value + base - 1];
    return [Math.max(0, Math.ceil(value - base / 2)), Math.ceil(value + base / 2) - 1];
  }
  return [value, value];
}

/** Starting knowledge for every variable of the model. */
export function initialKnowledge(model: TableModel, disclosed: Disclosed): Knowledge {
  const lower = new Float64Array(model.size);
  const upper = new Float64Array(model.size);
  for (let v = 0; v < model.size; v++) {
    const [lo, hi] = knownInterval(model.values[v] ?? null, model.statuses[v], disclosed);
    lower[v] = lo;
    upper[v] = hi;
  }
  return { lower, upper };
}

/**
 * Interval propagation: tightens each variable's bounds from each relation in turn until nothing
 * changes. Fast, but an outer approximation: it may leave intervals wider than the exact bounds.
 */
export function propagate(model: TableModel, knowledge: Knowledge, maxRounds = 200): Knowledge {
  const lower = Float64Array.from(knowledge.lower);
  const upper = Float64Array.from(knowledge.upper);
  for (let round = 0; round < maxRounds; round++) {
    let changed = false;
    for (const { variables, coefficients, kind } of model.relations) {
      // sum(a·x) (= | <=) 0: for each term, a_i·x_i (= | <=) -sum of the others. Infinite terms
      // are counted apart so that "infinity minus infinity" never happens.
      let minSum = 0;
      let minInfinite = 0;
      let maxSum = 0;
      let maxInfinite = 0;
      const termMin = (a: number, v: number) => (a > 0 ? a * (lower[v] as number) : a * (upper[v] as number));
      const termMax = (a: number, v: number) => (a > 0 ? a * (upper[v] as number) : a * (lower[v] as number));
      variables.forEach((v, i) => {
        const a = coefficients[i] as number;
        const low = termMin(a, v);
        const high = termMax(a, v);
        if (Number.isFinite(low)) minSum += low;
        else minInfinite++;
        if (Number.isFinite(high)) maxSum += high;
        else maxInfinite++;
      });
      variables.forEach((v, i) => {
        const a = coefficients[i] as number;
        const own = termMin(a, v);
        const ownMax = termMax(a, v);
        const othersMinInfinite = minInfinite - (Number.isFinite(own) ? 0 : 1);
        const othersMaxInfinite = maxInfinite - (Number.isFinite(ownMax) ? 0 : 1);
        const othersMin = othersMinInfinite > 0 ? Number.NEGATIVE_INFINITY : minSum - (Number.isFinite(own) ? own : 0);
        const othersMax =
          othersMaxInfinite > 0 ? Number.POSITIVE_INFINITY : maxSum - (Number.isFinite(ownMax) ? ownMax : 0);
        // a·x <= -othersMin always; a·x >= -othersMax only for equalities.
        const high = -othersMin;
        const low = kind === "eq" ? -othersMax : Number.NEGATIVE_INFINITY;
        let newLower = lower[v] as number;
        let newUpper = upper[v] as number;
        if (a > 0) {
          if (Number.isFinite(high)) newUpper = Math.min(newUpper, Math.floor(high / a + 1e-9));
          if (Number.isFinite(low)) newLower = Math.max(newLower, Math.ceil(low / a - 1e-9));
        } else {
          if (Number.isFinite(high)) newLower = Math.max(newLower, Math.ceil(high / a - 1e-9));
          if (Number.isFinite(low)) newUpper = Math.min(newUpper, Math.floor(low / a + 1e-9));
        }
        if (newLower > (lower[v] as number) || newUpper < (upper[v] as number)) {
          lower[v] = newLower;
          upper[v] = newUpper;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  return { lower, upper };
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[x] !== root) {
      const next = this.parent[x] as number;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Bounds of the linear relaxation for the `targets`, by linear programming over each connected
 * component of free (not exactly known) variables, rounded inwards to integers.
 *
 * Without `level` the bounds are exact. With `level`, it only proves widths: every optimal point
 * found is a feasible table, so a target whose values across those points already span `level`
 * gets that (narrower, inner) interval without solving its own problems; the others get exact bounds.
 */
export function lpBounds(
  model: TableModel,
  knowledge: Knowledge,
  targets: readonly number[],
  level?: number,
): Knowledge & { readonly consistent: boolean } {
  const lower = Float64Array.from(knowledge.lower);
  const upper = Float64Array.from(knowledge.upper);
  const free = (v: number) => (knowledge.lower[v] as number) < (knowledge.upper[v] as number);
  const components = new UnionFind(model.size);
  const active: number[] = [];
  let consistent = true;
  model.relations.forEach((relation, r) => {
    const frees = relation.variables.filter(free);
    if (frees.length === 0) {
      const sum = relation.variables.reduce(
        (total, v, i) => total + (relation.coefficients[i] as number) * (lower[v] as number),
        0,
      );
      if (relation.kind === "eq" ? Math.abs(sum) > 1e-9 : sum > 1e-9) consistent = false;
      return;
    }
    for (let i = 1; i < frees.length; i++) components.union(frees[0] as number, frees[i] as number);
    active.push(r);
  });
  const byComponent = new Map<number, number[]>();
  for (const r of active) {
    const root = components.find((model.relations[r] as Relation).variables.find(free) as number);
    const list = byComponent.get(root);
    if (list === undefined) byComponent.set(root, [r]);
    else list.push(r);
  }
  const wanted = new Map<number, number[]>();
  for (const target of targets) {
    if (!free(target)) continue;
    const root = components.find(target);
    const list = wanted.get(root);
    if (list === undefined) wanted.set(root, [target]);
    else list.push(target);
  }
  for (const [root, goals] of wanted) {
    const relationIds = byComponent.get(root) ?? [];
    const variables: number[] = [];
    const columns = new Map<number, number>();
    const addColumn = (v: number) => {
      if (free(v) && !columns.has(v)) {
        columns.set(v, variables.length);
        variables.push(v);
      }
    };
    for (const r of relationIds) for (const v of (model.relations[r] as Relation).variables) addColumn(v);
    for (const goal of goals) addColumn(goal);
    const n = variables.length;
    const rows: LpRow[] = [];
    // Shift x = lower + y so that y >= 0; finite upper bounds become rows.
    for (const r of relationIds) {
      const relation = model.relations[r] as Relation;
      const coefficients = new Array<number>(n).fill(0);
      let rhs = 0;
      relation.variables.forEach((v, i) => {
        const a = relation.coefficients[i] as number;
        rhs -= a * (knowledge.lower[v] as number);
        const column = columns.get(v);
        if (column !== undefined) coefficients[column] = (coefficients[column] as number) + a;
      });
      rows.push({ coefficients, type: relation.kind, rhs });
    }
    variables.forEach((v, column) => {
      const span = (knowledge.upper[v] as number) - (knowledge.lower[v] as number);
      if (!Number.isFinite(span)) return;
      const coefficients = new Array<number>(n).fill(0);
      coefficients[column] = 1;
      rows.push({ coefficients, type: "le", rhs: span });
    });
    const tableau = feasibleTableau(n, rows);
    if (tableau === null) {
      consistent = false;
      continue;
    }
    // Values seen in feasible points, per column (shifted).
    const seenMin = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const seenMax = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    const see = (point: Float64Array) => {
      for (let c = 0; c < n; c++) {
        const value = point[c] as number;
        if (value < (seenMin[c] as number)) seenMin[c] = value;
        if (value > (seenMax[c] as number)) seenMax[c] = value;
      }
    };
    see(basicSolution(n, tableau.rows, tableau.basis));
    for (const goal of goals) {
      const column = columns.get(goal) as number;
      const base = knowledge.lower[goal] as number;
      const spanSeen = () =>
        Math.floor((seenMax[column] as number) + 1e-6) - Math.ceil((seenMin[column] as number) - 1e-6);
      if (level !== undefined && spanSeen() >= level) {
        lower[goal] = base + Math.ceil((seenMin[column] as number) - 1e-6) + 0;
        upper[goal] = base + Math.floor((seenMax[column] as number) + 1e-6) + 0;
        continue;
      }
      const objective = new Array<number>(n).fill(0);
      objective[column] = 1;
      const max = maximise(tableau, objective);
      if (max.status === "optimal") see(max.point);
      if (level !== undefined && max.status === "optimal" && spanSeen() >= level) {
        lower[goal] = base + Math.ceil((seenMin[column] as number) - 1e-6) + 0;
        upper[goal] = base + Math.floor((seenMax[column] as number) + 1e-6) + 0;
        continue;
      }
      objective[column] = -1;
      const min = maximise(tableau, objective);
      if (min.status === "optimal") see(min.point);
      // Counts are integers: round the relaxation's bounds inwards.
      // "+ 0" turns a -0 from rounding a tiny negative into 0.
      upper[goal] = max.status === "optimal" ? Math.floor(base + max.value + 1e-6) + 0 : Number.POSITIVE_INFINITY;
      lower[goal] = min.status === "optimal" ? Math.ceil(base - min.value - 1e-6) + 0 : base;
    }
  }
  return { lower, upper, consistent };
}
