import { certifiedUpperBound } from "./dualCertificate.js";
import { type EtaBasis, etaMaximise, etaStart, MAX_ETAS, rowMultipliers } from "./etaSimplex.js";
import { constraintsByColumn, type LocalConstraint, lpRows, nearColumns, restrictTo } from "./localRestriction.js";
import { expanded, reducedObjective } from "./presolve.js";
import type { ReaderModel } from "./readerModel.js";
import { withoutRedundantRows } from "./redundantRows.js";
import {
  type Basis,
  type FeasibleTableau,
  type LpResult,
  type LpRow,
  maximise,
  pivotCount,
  releaseBranchRows,
  tableauPoint,
  withBound,
} from "./simplex.js";
import { cachedTableau } from "./tableauCache.js";
import { testSetting } from "./testSetting.js";
import { trusted, witnessPool } from "./witnessPool.js";

/** What a reader knows about each quantity before combining them: an interval per quantity. */
export interface QuantityKnowledge {
  readonly lower: Float64Array;
  /** `Infinity` when unbounded. */
  readonly upper: Float64Array;
}

/** Bounds of the targets: outer (what the reader cannot exceed) and proven (attained by witness tables). */
export interface QuantityBounds {
  /** Per quantity (targets only are meaningful): the smallest value consistent with the knowledge. */
  readonly lower: Float64Array;
  /**
   * Per quantity: the largest value consistent with the knowledge (`Infinity` when unbounded). Proving
   * runs (with a level) may stop a bounded goal's search at a witness reaching the level: there it
   * (and `lower`) is finite and attained by a witness, not an outer bound (read it for finiteness
   * only; the proven values judge protection).
   */
  readonly upper: Float64Array;
  /**
   * Per quantity: the smallest and largest values attained by integer witness tables checked in
   * exact integer arithmetic against every constraint. `provenUpper - provenLower` is a proven lower
   * bound on the width; it equals `upper - lower` whenever the bounds were resolved exactly.
   */
  readonly provenLower: Float64Array;
  readonly provenUpper: Float64Array;
  /**
   * Per quantity: outer bounds proven in exact integer arithmetic (bound propagation over integers,
   * and a dual certificate checked with BigInt fractions for each linear programme); `NaN` where no
   * certificate was found (then `lower`/`upper` rest on the floating-point simplex). Exact-interval
   * runs only (without a level); proving runs leave them `NaN`.
   */
  readonly certifiedLower: Float64Array;
  readonly certifiedUpper: Float64Array;
  /** Whether the knowledge is consistent (some table of non-negative integer counts fits it). */
  readonly consistent: boolean;
  /**
   * Proving only, per target whose linear programme stays short of its goal: the quantities whose
   * published bounds hold it there (see {@link IntegerMax}'s `blocking`), the partners that
   * suppression tries first.
   */
  readonly blockers?: ReadonlyMap<number, readonly number[]>;
}

/** Per quantity, the interval that atom bound propagation proves (an outer approximation). */
export function propagatedBounds(
  model: ReaderModel,
  known: QuantityKnowledge,
): QuantityKnowledge & { consistent: boolean } {
  const { lb, ub, consistent } = propagateAtoms(model, known);
  const lower = new Float64Array(model.quantities.length);
  const upper = new Float64Array(model.quantities.length);
  model.quantities.forEach((atoms, q) => {
    let low = 0;
    let high = 0;
    for (const a of atoms) {
      low += lb[a] as number;
      high += ub[a] as number;
    }
    lower[q] = Math.max(low, known.lower[q] as number);
    upper[q] = Math.min(high, known.upper[q] as number);
  });
  return { lower, upper, consistent };
}

interface AtomState {
  readonly lb: Float64Array;
  readonly ub: Float64Array;
  readonly consistent: boolean;
}

/** Bound propagation over atoms: each quantity's interval tightens the bounds of its atoms. */
function propagateAtoms(model: ReaderModel, known: QuantityKnowledge, maxRounds = 100): AtomState {
  const lb = new Float64Array(model.atomCount);
  const ub = new Float64Array(model.atomCount).fill(Number.POSITIVE_INFINITY);
  let consistent = true;
  for (let round = 0; round < maxRounds && consistent; round++) {
    let changed = false;
    model.quantities.forEach((atoms, q) => {
      const lo = known.lower[q] as number;
      const hi = known.upper[q] as number;
      let sumLb = 0;
      let sumUb = 0;
      let infinite = 0;
      for (const a of atoms) {
        sumLb += lb[a] as number;
        const u = ub[a] as number;
        if (Number.isFinite(u)) sumUb += u;
        else infinite++;
      }
      if (sumLb > hi || (infinite === 0 && sumUb < lo)) {
        consistent = false;
        return;
      }
      for (const a of atoms) {
        const l = lb[a] as number;
        const u = ub[a] as number;
        if (Number.isFinite(hi)) {
          const cap = hi - (sumLb - l);
          if (cap < u) {
            ub[a] = cap;
            if (Number.isFinite(u)) sumUb -= u - cap;
            else {
              infinite--;
              sumUb += cap;
            }
            changed = true;
          }
        }
        const othersInfinite = infinite - (Number.isFinite(ub[a] as number) ? 0 : 1);
        if (othersInfinite === 0) {
          const own = ub[a] as number;
          const floor = lo - (sumUb - (Number.isFinite(own) ? own : 0));
          if (floor > l) {
            lb[a] = floor;
            sumLb += floor - l;
            changed = true;
          }
        }
        if ((lb[a] as number) > (ub[a] as number)) consistent = false;
      }
    });
    // Links between blocks: sum(c * x) = 0 with coefficients +1 and -1; rows of per-value counts:
    // sum(c * x) <= 0, which bound each term from above only.
    for (const { atoms, coefficients, kind } of model.links) {
      const equality = kind === "eq";
      let minSum = 0;
      let maxSum = 0;
      let minInfinite = 0;
      let maxInfinite = 0;
      atoms.forEach((a, i) => {
        const c = coefficients[i] as number;
        const low = c > 0 ? (lb[a] as number) : -(ub[a] as number);
        const high = c > 0 ? (ub[a] as number) : -(lb[a] as number);
        if (Number.isFinite(low)) minSum += low;
        else minInfinite++;
        if (Number.isFinite(high)) maxSum += high;
        else maxInfinite++;
      });
      if ((minInfinite === 0 && minSum > 0) || (equality && maxInfinite === 0 && maxSum < 0)) {
        consistent = false;
        break;
      }
      atoms.forEach((a, i) => {
        const c = coefficients[i] as number;
        const low = c > 0 ? (lb[a] as number) : -(ub[a] as number);
        const high = c > 0 ? (ub[a] as number) : -(lb[a] as number);
        // c * x = -(others): c * x <= -(others' minimum) and >= -(others' maximum).
        const othersMin =
          minInfinite - (Number.isFinite(low) ? 0 : 1) > 0
            ? Number.NEGATIVE_INFINITY
            : minSum - (Number.isFinite(low) ? low : 0);
        const othersMax =
          maxInfinite - (Number.isFinite(high) ? 0 : 1) > 0
            ? Number.POSITIVE_INFINITY
            : maxSum - (Number.isFinite(high) ? high : 0);
        const termHigh = -othersMin;
        const termLow = equality ? -othersMax : Number.NEGATIVE_INFINITY;
        const newUb = c > 0 ? termHigh : -termLow;
        const newLb = c > 0 ? termLow : -termHigh;
        if (newUb < (ub[a] as number)) {
          ub[a] = newUb;
          changed = true;
        }
        if (newLb > (lb[a] as number)) {
          lb[a] = newLb;
          changed = true;
        }
        if ((lb[a] as number) > (ub[a] as number)) consistent = false;
      });
      if (!consistent) break;
    }
    if (!changed) break;
  }
  return { lb, ub, consistent };
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

/** One constraint of a component over its (shifted) free atoms: `lower <= sum y <= upper`. */
type Constraint = LocalConstraint;

/** Whether an integer point satisfies every constraint and bound, checked in exact integer arithmetic. */
function verifies(point: ArrayLike<number>, constraints: readonly Constraint[], spans: readonly number[]): boolean {
  for (let c = 0; c < point.length; c++) {
    const v = point[c] as number;
    if (!Number.isSafeInteger(v) || v < 0 || v > (spans[c] as number)) return false;
  }
  for (const { columns, coefficients, lower, upper } of constraints) {
    let sum = 0;
    if (coefficients === undefined)
      for (let i = 0; i < columns.length; i++) sum += point[columns[i] as number] as number;
    else
      for (let i = 0; i < columns.length; i++)
        sum += (coefficients[i] as number) * (point[columns[i] as number] as number);
    if (sum < lower || sum > upper) return false;
  }
  return true;
}

function integral(point: Float64Array): number[] | null {
  const out: number[] = [];
  for (const v of point) {
    const r = Math.round(v);
    if (Math.abs(v - r) > 1e-6) return null;
    out.push(r);
  }
  return out;
}

/** The LP rows of the constraints and finite spans (built once per component, shared by every node). */
function rowsOf(n: number, constraints: readonly Constraint[], spans: readonly number[]): LpRow[] {
  const rows = lpRows(n, constraints);
  spans.forEach((span, c) => {
    if (!Number.isFinite(span)) return;
    rows.push({ columns: [c], values: [1], type: "le", rhs: span });
  });
  return rows;
}

/** Result of maximising an integer objective: an outer bound and the best verified integer witness. */
interface IntegerMax {
  /** Upper bound on the integer optimum (`Infinity` when unbounded). */
  readonly bound: number;
  /** A verified witness, if one was found. */
  readonly witness: readonly number[] | null;
  /** An upper bound on the integer optimum proven by a dual certificate in exact arithmetic (`null`: none). */
  readonly certified: number | null;
  /**
   * Proving only, when the relaxation stays below the goal: the constraints (indices) whose rows hold
   * its optimum there (a non-zero multiplier; large programmes only, see {@link rowMultipliers}).
   */
  readonly blocking?: readonly number[];
}

/**
 * One connected group of free atoms as a linear programme. Exact intervals start every objective
 * from the phase-1 basis: long chains of warm starts from one optimum to the next accumulate
 * round-off in the dense tableau until the primal simplex diverges. Proving chains a few (see
 * {@link rootOptimum}).
 */
interface Component {
  readonly n: number;
  readonly constraints: readonly Constraint[];
  readonly spans: readonly number[];
  readonly tableau: FeasibleTableau;
  /** The LP rows of the root (what dual certificates are checked against). */
  readonly rows: readonly LpRow[];
  /**
   * Proving only: the latest root optimum and how many optimisations chained up to it, the warm
   * start of the next objective (see {@link rootOptimum}); `null` to start from the phase-1 basis.
   */
  warm: { readonly at: Basis; readonly chained: number; readonly eta?: EtaBasis | null } | null;
  /** Per column, the constraints that hold it (built on the first dive, see {@link dive}). */
  byColumn: Int32Array[] | null;
  /** A restriction that a dive searches (it does not dive again). */
  readonly restricted?: boolean;
  /** Proving only: a goal whose first dive misses is left open (see {@link BoundsOptions.quick}). */
  readonly quick?: boolean;
}

const BRANCH_NODES = 40;
/** Nodes of the second search, for witnesses of cells whose first search fell short (see quantityBounds). */
const RETRY_NODES = 400;

/**
 * Proving only: pivots one search may spend (its root included), for the first search and for the
 * second. Pivots are counted, not timed, so the result is the same on every machine; a search out
 * of budget leaves its goal unproven, which is safe (suppression hides another cell). bench:joint,
 * 500 records: the root optima of linked tables have 100 to 200 fractional atoms, and a witness, when
 * branch and bound finds one, comes anywhere in the first 40 nodes (a third of them after 200
 * pivots), at about 1.5 ms a pivot on a 1,362-row tableau. protectTables there: 158 s with these,
 * 195 s and 1,258 instead of 1,171 hidden cells with 75 and 150 (more rounds of suppression), more
 * than 400 s with 400 and 800.
 */
const BRANCH_PIVOTS = 150;
const RETRY_PIVOTS = 300;

/**
 * Dual simplex steps in a row that leave a branch's value where it was before the branch is given
 * up as stalled (it keeps its parent's bound: a wider outer interval, never a narrower one).
 * bench:joint, 500 records, proving: a third of the branches ran into the 300-step limit under
 * Bland's rule, 0.5 s each, and took nine tenths of the pivots. Fewer is not better: stopping after
 * 8 such steps, a fifth of the searches that branched found their witness, against a half after 20;
 * nor more: after 40, protectTables there took over 300 s instead of 158 to 170 s. The exact
 * intervals too: auditTables at 100 records of bench:joint took 168 s with the step limit alone and
 * 84 s with this, every one of its 422 intervals certified either way.
 */
const NODE_PATIENCE = 20;

/** A branch not yet explored: its parent's optimal basis and the bound it adds. */
interface OpenNode {
  readonly from: Basis;
  /** The parent's other branch was explored first (depth first): this one may take its rows. */
  readonly last: boolean;
  readonly column: number;
  readonly sense: "le" | "ge";
  readonly bound: number;
}

/**
 * Root optimisations chained from one phase-1 basis before starting from it again. Each warm start
 * fills the tableau in (bench:joint, 100 records: pivots 35,806 -> 13,493 with chains of 30, but
 * 408 instead of 182 non-zeros per pivot row, no faster); chains of 4 took 19,110 pivots of 260.
 * In product form (no fill-in) longer chains were slower still: 2,000 records, 14.1 s with 4, 15.5 s
 * with 12, 17.3 s with 40 (each pivot applies every eta of the chain to its column).
 */
const WARM_CHAIN = 4;

/**
 * The linear programme's optimum. Proving only (`component.warm` set), it starts from the previous
 * objective's optimum, fewer pivots away for neighbouring goals than the phase-1 basis; a chain is
 * at most WARM_CHAIN long, so round-off cannot pile up, and a chained run that ends other than
 * optimal is solved again from the phase-1 basis. Proving uses exactly verified witnesses and the
 * status (unbounded or not), never the value, so a warm start cannot weaken it.
 */
function rootOptimum(component: Component, objective: readonly number[], stopAt: number): LpResult {
  const { tableau, warm } = component;
  if (warm === null) return maximise(tableau, objective);
  if (component.restricted !== true && tableau.basis.length >= productFormRows.value) {
    productFormRuns++;
    return etaRootOptimum(component, objective, stopAt);
  }
  const chained = warm.chained < WARM_CHAIN ? warm.chained + 1 : 0;
  // The whole programme stops at any vertex reaching the goal, a start for a dive (bench:joint, 500
  // records: 465 of 503 such dives found a witness, 43 s -> 25 s); a restriction only at an
  // integral one.
  const solved = (from: Basis) =>
    maximise(tableau, objective, from, from !== tableau, stopAt, undefined, component.restricted === true);
  let result = solved(chained === 0 ? tableau : warm.at);
  if (result.status !== "optimal" && result.status !== "reached" && chained > 0) result = solved(tableau);
  component.warm =
    result.status === "optimal" || result.status === "reached"
      ? { at: result.at, chained }
      : { at: tableau, chained: 0 };
  return result;
}

/**
 * Tableaux with fewer rows keep the dense simplex for their root optima: on them it is faster
 * (bench:ratios, three-way tables of about 240 entries: 430 and 640 ms a table dense, 690 and
 * 1,070 ms in product form); the joint models of bench:joint have 1,000 to 2,000 rows.
 */
const PRODUCT_FORM_ROWS = 300;
const productFormRows = testSetting(PRODUCT_FORM_ROWS);
let productFormRuns = 0;

/**
 * Tests only: root optima in product form from this many tableau rows on (0: always), returning the
 * previous setting; and how many root optimisations ran in product form so far.
 */
export function productFormFrom(rows: number): number {
  return productFormRows.set(rows);
}

/** See {@link productFormFrom}. */
export function productFormRunCount(): number {
  return productFormRuns;
}

/**
 * {@link rootOptimum} on the whole programme, in product form (see etaSimplex.ts): the tableau of
 * phase 1 is never copied or changed, so chains of warm starts cost only their pivots.
 */
function etaRootOptimum(component: Component, objective: readonly number[], stopAt: number): LpResult {
  const { tableau, warm } = component;
  const chained = warm !== null && warm.chained < WARM_CHAIN ? warm.chained + 1 : 0;
  const from =
    chained === 0 || warm?.eta === undefined || warm.eta === null || warm.eta.etas.length > MAX_ETAS ? null : warm.eta;
  let result = etaMaximise(from ?? etaStart(tableau), objective, stopAt);
  if (result.status !== "optimal" && result.status !== "reached" && from !== null) {
    result = etaMaximise(etaStart(tableau), objective, stopAt);
  }
  component.warm =
    (result.status === "optimal" || result.status === "reached") && "state" in result && result.state !== undefined
      ? { at: result.at, chained: from === null ? 0 : chained, eta: result.state }
      : { at: tableau, chained: 0, eta: null };
  return result as LpResult;
}

/**
 * Maximises `objective · y` over integer points: the linear relaxation gives the bound; an
 * integral optimal vertex (the rule for tables with margins) is the witness; otherwise a small
 * branch and bound looks for one, and the bound is the best one it proved. Each branch starts from
 * its parent's optimum with one bound row more (a few dual simplex pivots, not a new phase 1).
 */
function integerMax(
  component: Component,
  objective: readonly number[],
  onWitness: (point: readonly number[]) => void,
  goal = Number.POSITIVE_INFINITY,
  budget = BRANCH_NODES,
  early = false,
): IntegerMax {
  try {
    return searched(component, objective, onWitness, goal, budget, early);
  } finally {
    // The search's bases are dropped: their rows serve the next search.
    releaseBranchRows(component.tableau);
  }
}

/** The branch and bound of {@link integerMax}. */
function searched(
  component: Component,
  objective: readonly number[],
  onWitness: (point: readonly number[]) => void,
  goal: number,
  budget: number,
  early: boolean,
): IntegerMax {
  const { n, constraints, spans, tableau } = component;
  const value = (point: readonly number[]) => point.reduce((sum, v, c) => sum + v * (objective[c] as number), 0);
  // Proving only, with `early`: the first integral vertex reaching the goal is a witness, found in
  // fewer pivots than the optimum (bench:joint, 100 records: protectTables 3.1-3.4 s -> 2.2 s); on
  // the whole programme the first vertex reaching it, integral or not, is where a dive starts. A
  // witness's value is attained, not a bound; proving reads only whether the bound is finite, so
  // `early` is for objectives that are bounded anyway (see quantityBounds).
  const proving = component.warm !== null;
  const start = pivotCount();
  const stopAt = early && proving && Number.isFinite(goal) ? goal - 1e-6 : Number.POSITIVE_INFINITY;
  let first = rootOptimum(component, objective, stopAt);
  if (first.status === "reached") {
    const reached = integral(first.point);
    if (reached !== null && verifies(reached, constraints, spans)) {
      onWitness(reached);
      return { bound: value(reached), witness: reached, certified: null };
    }
    if (component.restricted !== true) {
      const dived = dive(component, objective, first.point, goal, onWitness);
      if (dived !== null) return { bound: value(dived), witness: dived, certified: null };
      // The relaxation reaches the goal, so no finite bound below it is proven here.
      if (component.quick === true) {
        quickOpenGoals++;
        return { bound: Number.POSITIVE_INFINITY, witness: null, certified: null };
      }
    }
    first = rootOptimum(component, objective, Number.POSITIVE_INFINITY);
  }
  if (first.status !== "optimal") return { bound: Number.POSITIVE_INFINITY, witness: null, certified: null };
  const rootBound = Math.floor(first.value + 1e-6);
  const certified = first.duals === undefined ? null : certifiedUpperBound(n, component.rows, objective, first.duals);
  const candidate = integral(first.point);
  if (candidate !== null && verifies(candidate, constraints, spans)) {
    onWitness(candidate);
    return { bound: rootBound, witness: candidate, certified };
  }
  // Proving only: no witness reaches a goal above the relaxation's bound, so the branches would only
  // spend their budget (bench:joint, 500 records: 107 of 267 searches).
  if (proving && rootBound < goal) {
    const blocking = blockingConstraints(component, first, objective);
    return { bound: rootBound, witness: null, certified, ...(blocking === undefined ? {} : { blocking }) };
  }
  if (proving && Number.isFinite(goal) && component.restricted !== true) {
    const dived = dive(component, objective, first.point, goal, onWitness);
    if (dived !== null) return { bound: rootBound, witness: dived, certified };
  }
  // Branch and bound on the fractional coordinates, depth first, with a node budget.
  let best: number[] | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  let openBound = Number.NEGATIVE_INFINITY;
  const stack: OpenNode[] = [];
  const branch = (point: Float64Array, from: Basis) => {
    let column = -1;
    for (let c = 0; c < n; c++) {
      const v = point[c] as number;
      if (Math.abs(v - Math.round(v)) > 1e-6) {
        column = c;
        break;
      }
    }
    if (column < 0) return;
    const low = Math.floor(point[column] as number);
    // A root optimum stays the warm start of the next objective: its rows are not handed on.
    stack.push({ from, last: from !== first.at, column, sense: "ge", bound: low + 1 });
    stack.push({ from, last: false, column, sense: "le", bound: low });
  };
  branch(first.point, first.at);
  let nodes = 0;
  const pivotBudget = !proving ? Number.POSITIVE_INFINITY : budget > BRANCH_NODES ? RETRY_PIVOTS : BRANCH_PIVOTS;
  while (stack.length > 0) {
    const node = stack.pop() as OpenNode;
    if (nodes++ >= budget || pivotCount() - start > pivotBudget) {
      openBound = rootBound;
      break;
    }
    const from = withBound(tableau, node.from, node.column, node.sense, node.bound, node.last);
    const result = from === null ? null : maximise(tableau, objective, from, false, undefined, NODE_PATIENCE);
    if (result === null || result.status === "stalled") {
      // A branch that could not be solved keeps the root's bound.
      openBound = rootBound;
      continue;
    }
    if (result.status === "unbounded") return { bound: Number.POSITIVE_INFINITY, witness: best, certified };
    if (result.status !== "optimal") continue;
    const bound = Math.floor(result.value + 1e-6);
    if (bound <= bestValue) continue;
    const point = integral(result.point);
    if (point !== null && verifies(point, constraints, spans)) {
      onWitness(point);
      best = point;
      bestValue = value(point);
      // Proving only: a witness reaching the goal is all that was asked.
      if (bestValue >= goal) {
        openBound = rootBound;
        break;
      }
      continue;
    }
    branch(result.point, result.at);
  }
  return { bound: Math.max(bestValue, openBound, best === null ? rootBound : bestValue), witness: best, certified };
}

/** The constraints whose rows have a non-zero multiplier at `optimum` (see {@link IntegerMax}'s `blocking`). */
function blockingConstraints(
  component: Component,
  optimum: LpResult,
  objective: readonly number[],
): readonly number[] | undefined {
  const state = (optimum as { readonly state?: EtaBasis }).state;
  const multipliers = state === undefined ? null : rowMultipliers(state, objective);
  if (multipliers === null) return undefined;
  const blocking = new Set<number>();
  multipliers.forEach((y, i) => {
    const source = component.rows[i]?.source;
    if (Math.abs(y) > 1e-9 && source !== undefined) blocking.add(source);
  });
  return [...blocking];
}

/** Goals that quick proofs left open so far (see {@link BoundsOptions.quick}); tests read differences. */
let quickOpenGoals = 0;

/** How many goals quick proofs have left open since the module was loaded. */
export function quickOpenGoalCount(): number {
  return quickOpenGoals;
}

/** Witnesses that dives found so far, all searches: tests read differences to see a dive was taken. */
let diveWitnesses = 0;

/** How many witnesses reaching their goal dives have found since the module was loaded (see {@link dive}). */
export function diveWitnessCount(): number {
  return diveWitnesses;
}

/**
 * Columns a dive searches: the fractional atoms of the optimum and, up to this many, their
 * neighbours (see {@link nearColumns}).
 */
const DIVE_COLUMNS = 160;

/**
 * Proving only: a witness near a fractional vertex of the whole programme (the first that reaches the
 * goal, or the optimum). Its integral atoms are held at their values and a small branch and bound
 * runs over the fractional ones and their neighbours (see {@link restrictTo}): a few hundred columns
 * instead of thousands, so each branch costs a fraction of a branch of the whole programme. Any
 * witness it finds is one of the whole component; when it finds none reaching the goal, the whole
 * programme goes on (to its optimum, then its own branch and bound).
 */
function dive(
  component: Component,
  objective: readonly number[],
  point: Float64Array,
  goal: number,
  onWitness: (point: readonly number[]) => void,
): number[] | null {
  const { n, constraints, spans } = component;
  const base = new Array<number>(n);
  const fractional: number[] = [];
  for (let c = 0; c < n; c++) {
    const v = point[c] as number;
    base[c] = Math.round(v);
    if (Math.abs(v - (base[c] as number)) > 1e-6) fractional.push(c);
  }
  if (fractional.length === 0) return null;
  component.byColumn ??= constraintsByColumn(n, constraints);
  const columns = nearColumns(fractional, constraints, component.byColumn, Math.max(DIVE_COLUMNS, fractional.length));
  if (columns.length >= n) return null;
  const restriction = restrictTo(columns, base, constraints, component.byColumn);
  if (restriction === null) return null;
  const inside = new Uint8Array(n);
  for (const c of columns) inside[c] = 1;
  let held = 0;
  for (let c = 0; c < n; c++) if (inside[c] === 0) held += (objective[c] as number) * (base[c] as number);
  // The restriction is over its presolved columns (see Presolved): its points are expanded first.
  const { system } = restriction;
  const reduced = reducedObjective(
    system,
    columns.map((c) => objective[c] as number),
  );
  const local: Component = {
    n: system.n,
    constraints: restriction.constraints,
    spans: new Array<number>(system.n).fill(Number.POSITIVE_INFINITY),
    tableau: restriction.tableau,
    rows: restriction.rows,
    warm: { at: restriction.tableau, chained: 0 },
    byColumn: null,
    restricted: true,
  };
  let found: number[] | null = null;
  const lifted = (localPoint: readonly number[]) => {
    const values = expanded(system, localPoint);
    const whole = base.slice();
    columns.forEach((c, i) => {
      whole[c] = values[i] as number;
    });
    // Held atoms keep their values, so every constraint holds; checked again all the same.
    if (!verifies(whole, constraints, spans)) return;
    onWitness(whole);
    if (whole.reduce((sum, v, c) => sum + v * (objective[c] as number), 0) >= goal) found = whole;
  };
  integerMax(local, reduced.objective, lifted, goal - held - reduced.constant, BRANCH_NODES, true);
  if (found !== null) diveWitnesses++;
  return found;
}

/** Options of {@link quantityBounds}. */
export interface BoundsOptions {
  /** Start from the witnesses of the latest model of the same structure (see {@link witnessPool}). */
  readonly adopt?: boolean;
  /**
   * The width proven intervals should reach (the protection level; defaults to `level`): a target
   * whose outer width reaches it but whose witnesses do not gets a longer search for witnesses.
   */
  readonly goalWidth?: number;
  /**
   * Proving only: a goal whose relaxation reaches it but whose first dive finds no witness is left
   * open (its upper bound infinite) instead of searched further, and no second search runs. For a
   * round of suppression that hides more cells anyway: the next round, with fewer shown counts,
   * often finds that goal's witness at once (see suppressCells.ts).
   */
  readonly quick?: boolean;
}

/**
 * Bounds of the target quantities under the knowledge: propagation fixes what it can, then each
 * connected group of free atoms is solved by linear programming, with integer witness tables
 * checked exactly. With `level`, a target whose witnesses already span `level` is not solved
 * further (its bounds are then the proven ones). Verified witnesses are kept per model and checked
 * again by the next call (see {@link witnessPool}).
 */
export function quantityBounds(
  model: ReaderModel,
  known: QuantityKnowledge,
  targets: readonly number[],
  level?: number,
  options: BoundsOptions = {},
): QuantityBounds {
  const size = model.quantities.length;
  const lower = new Float64Array(size);
  const upper = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const provenLower = new Float64Array(size);
  const provenUpper = new Float64Array(size);
  const certifiedLower = new Float64Array(size).fill(Number.NaN);
  const certifiedUpper = new Float64Array(size).fill(Number.NaN);
  const state = propagateAtoms(model, known);
  const { lb, ub } = state;
  if (!state.consistent)
    return { lower, upper, provenLower, provenUpper, certifiedLower, certifiedUpper, consistent: false };
  // Exact intervals asked for (no level): each linear programme's bound gets a dual certificate.
  const certify = level === undefined;
  const free = (a: number) => (lb[a] as number) < (ub[a] as number);
  const pool = witnessPool(model, options.adopt === true);
  const trust = trusted(pool, known);
  const blockers = new Map<number, number[]>();
  const kept: Int32Array[] = [];
  // Atoms that propagation fixed hold their value in every witness; the others are set per group.
  const fixed = new Int32Array(model.atomCount).fill(-1);
  for (let a = 0; a < model.atomCount; a++) {
    const value = lb[a] as number;
    if (!free(a) && Number.isSafeInteger(value) && value >= 0 && value <= 0x7fffffff) fixed[a] = value;
  }
  const active: number[] = [];
  model.quantities.forEach((atoms, q) => {
    let sumLb = 0;
    let anyFree = false;
    for (const a of atoms) {
      sumLb += lb[a] as number;
      if (free(a)) anyFree = true;
    }
    // A constraint that non-negativity alone implies adds nothing and must not link components. The
    // others are all kept: the atom bounds were derived from them, so they stand in for the bounds.
    if (anyFree && !((known.lower[q] as number) <= sumLb && !Number.isFinite(known.upper[q] as number))) active.push(q);
  });
  // Links get ids after the quantities; every link with a free atom is kept.
  const atomsOfRow = (id: number) =>
    id < size ? (model.quantities[id] as Int32Array) : (model.links[id - size] as ReaderModel["links"][number]).atoms;
  model.links.forEach((link, l) => {
    if (link.atoms.some(free)) active.push(size + l);
  });
  const linked = new UnionFind(model.atomCount);
  for (const q of active) {
    let first = -1;
    for (const a of atomsOfRow(q)) {
      if (!free(a)) continue;
      if (first < 0) first = a;
      else linked.union(first, a);
    }
  }
  let consistent = true;
  // Group targets' free atoms by component.
  const wanted = new Map<number, Set<number>>();
  // Per target, its smallest value by the atoms' lower bounds, and whether its free atoms lie in
  // more than one group (see floorOf).
  const baseOf = new Map<number, number>();
  const homeOf = new Map<number, number>();
  const split = new Set<number>();
  for (const q of targets) {
    let base = 0;
    for (const a of model.quantities[q] as Int32Array) {
      base += lb[a] as number;
      if (free(a)) {
        const root = linked.find(a);
        const home = homeOf.get(q);
        if (home === undefined) homeOf.set(q, root);
        else if (home !== root) split.add(q);
        let set = wanted.get(root);
        if (set === undefined) {
          set = new Set();
          wanted.set(root, set);
        }
        set.add(q);
      }
    }
    baseOf.set(q, base);
    lower[q] = base;
    upper[q] = base;
    provenLower[q] = base;
    provenUpper[q] = base;
    if (certify) {
      certifiedLower[q] = base;
      certifiedUpper[q] = base;
    }
  }
  const constraintsByRoot = new Map<number, number[]>();
  for (const q of active) {
    const atoms = atomsOfRow(q);
    let root = -1;
    for (const a of atoms) {
      if (free(a)) {
        root = linked.find(a);
        break;
      }
    }
    if (!wanted.has(root)) continue;
    const list = constraintsByRoot.get(root);
    if (list === undefined) constraintsByRoot.set(root, [q]);
    else list.push(q);
  }
  for (const [root, goals] of wanted) {
    // Columns: the component's free atoms (those of its constraints and of its targets).
    const columnOf = new Map<number, number>();
    const atomsOfColumn: number[] = [];
    const add = (a: number) => {
      if (free(a) && linked.find(a) === root && !columnOf.has(a)) {
        columnOf.set(a, atomsOfColumn.length);
        atomsOfColumn.push(a);
      }
    };
    const constraintIds = constraintsByRoot.get(root) ?? [];
    for (const q of constraintIds) for (const a of atomsOfRow(q)) add(a);
    for (const q of goals) for (const a of model.quantities[q] as Int32Array) add(a);
    const n = atomsOfColumn.length;
    // Atom upper bounds are implied by the kept constraints; leaving them out keeps the LP small.
    const spans = atomsOfColumn.map(() => Number.POSITIVE_INFINITY);
    const constraints: Constraint[] = constraintIds.map((q) => {
      if (q >= size) {
        const link = model.links[q - size] as ReaderModel["links"][number];
        let linkShift = 0;
        const linkColumns: number[] = [];
        const linkCoefficients: number[] = [];
        link.atoms.forEach((a, i) => {
          const c = link.coefficients[i] as number;
          linkShift += c * (lb[a] as number);
          const column = columnOf.get(a);
          if (column !== undefined) {
            linkColumns.push(column);
            linkCoefficients.push(c);
          }
        });
        const lowest = link.kind === "eq" ? -linkShift : Number.NEGATIVE_INFINITY;
        return { columns: linkColumns, coefficients: linkCoefficients, lower: lowest, upper: -linkShift };
      }
      let shift = 0;
      const columns: number[] = [];
      for (const a of model.quantities[q] as Int32Array) {
        shift += lb[a] as number;
        const c = columnOf.get(a);
        if (c !== undefined) columns.push(c);
      }
      return { columns, lower: (known.lower[q] as number) - shift, upper: (known.upper[q] as number) - shift };
    });
    const rootRows = withoutRedundantRows(rowsOf(n, constraints, spans));
    const tableau = cachedTableau(n, rootRows, certify, {
      model,
      atoms: atomsOfColumn,
      lower: atomsOfColumn.map((a) => lb[a] as number),
    });
    if (tableau === null) {
      consistent = false;
      continue;
    }
    const component: Component = {
      n,
      constraints,
      spans,
      tableau,
      rows: rootRows,
      warm: level === undefined ? null : { at: tableau, chained: 0 },
      byColumn: null,
      quick: options.quick === true && level !== undefined,
    };
    const goalColumns = new Map<number, number[]>();
    for (const q of goals) {
      const columns: number[] = [];
      for (const a of model.quantities[q] as Int32Array) {
        const c = columnOf.get(a);
        if (c !== undefined) columns.push(c);
      }
      goalColumns.set(q, columns);
    }
    // Per goal: the smallest and largest part values seen in verified witnesses of this component,
    // and the witnesses that attain them (kept for the next call on the same model).
    const seenMin = new Map<number, number>();
    const seenMax = new Map<number, number>();
    const extremes = new Map<number, ArrayLike<number>>();
    // The same extremes in arrays by goal position, read for every witness (the maps change only when
    // one improves): a pass over a thousand goals' maps per witness, for each of a thousand kept
    // witnesses checked again per call, was a tenth of protectTables' time on bench:joint.
    const goalIds = [...goalColumns.keys()];
    const columnsByGoal = goalIds.map((q) => Int32Array.from(goalColumns.get(q) as number[]));
    const lowest = new Float64Array(goalIds.length).fill(Number.POSITIVE_INFINITY);
    const highest = new Float64Array(goalIds.length).fill(Number.NEGATIVE_INFINITY);
    // `point` may be a scratch array: it is copied once, when it attains an extreme.
    const onWitness = (point: ArrayLike<number>) => {
      let kept: ArrayLike<number> | null = null;
      const keep = () => {
        kept ??= point instanceof Float64Array ? point.slice() : point;
        return kept;
      };
      for (let g = 0; g < goalIds.length; g++) {
        const columns = columnsByGoal[g] as Int32Array;
        let sum = 0;
        for (let k = 0; k < columns.length; k++) sum += point[columns[k] as number] as number;
        if (sum < (lowest[g] as number)) {
          const q = goalIds[g] as number;
          lowest[g] = sum;
          seenMin.set(q, sum);
          extremes.set(2 * q, keep());
        }
        if (sum > (highest[g] as number)) {
          const q = goalIds[g] as number;
          highest[g] = sum;
          seenMax.set(q, sum);
          extremes.set(2 * q + 1, keep());
        }
      }
    };
    const start = integral(tableauPoint(tableau));
    if (start !== null && verifies(start, constraints, spans)) onWitness(start);
    // Witnesses of earlier calls, checked again against this knowledge unless it is looser than the
    // one they were verified under (see trusted). Read into one scratch point, copied only when kept.
    const scratchPoint = new Float64Array(n);
    pooled: for (const vector of pool.vectors) {
      let inside = true;
      for (let c = 0; c < n; c++) {
        const a = atomsOfColumn[c] as number;
        const value = vector[a] as number;
        if (value < 0) continue pooled;
        scratchPoint[c] = value - (lb[a] as number);
        if (value < (lb[a] as number)) inside = false;
      }
      if ((trust && inside) || verifies(scratchPoint, constraints, spans)) onWitness(scratchPoint);
    }
    const objectiveOf = (q: number, sign: number) => {
      const objective = new Array<number>(n).fill(0);
      for (const c of goalColumns.get(q) as number[]) objective[c] = sign;
      return objective;
    };
    // Whether the goal's largest value is finite, as bound propagation shows (every atom bounded):
    // only then may its maximisation stop early (an unbounded one must still read as unbounded). A
    // minimisation is bounded by 0.
    const bounded = (q: number) => (model.quantities[q] as Int32Array).every((a) => Number.isFinite(ub[a] as number));
    const spanSeen = (q: number) => (seenMax.get(q) ?? 0) - (seenMin.get(q) ?? 0);
    // Per goal, the outer bounds of its part in this component; proving only, a goal whose witnesses
    // already span the level has none (its bounds are the proven ones).
    const partLower = new Map<number, number>();
    const partUpper = new Map<number, number>();
    const partCertified = new Map<number, readonly [lower: number, upper: number]>();
    const proving = level !== undefined;
    // Per goal, a lower bound of its part proven in integer arithmetic: the part counts the persons
    // of its free atoms above their lower bounds (0 or more), and when no other group holds free
    // atoms of the goal, the part is the goal's value less the bounds (at least the goal's lower
    // bound less them). A witness attaining it makes the minimum exact without a linear programme:
    // auditTables' exact intervals at 100 records of bench:joint hit this for all but 2 of 550 cells.
    const floorOf = (q: number) => {
      const floor = split.has(q) ? 0 : Math.max(0, (known.lower[q] as number) - (baseOf.get(q) as number));
      return Number.isSafeInteger(floor) ? floor : Number.NaN;
    };
    const atFloor = (q: number) => seenMin.get(q) === floorOf(q);
    const noteBlockers = (q: number, search: IntegerMax) => {
      for (const k of search.blocking ?? []) {
        const id = constraintIds[k] as number;
        if (id >= size) continue;
        const list = blockers.get(q);
        if (list === undefined) blockers.set(q, [id]);
        else if (!list.includes(id)) list.push(id);
      }
    };
    for (const q of goals) {
      // Proving only: the span of this part alone may already reach the level.
      if (proving && seenMin.has(q) && spanSeen(q) >= level) continue;
      const max = integerMax(
        component,
        objectiveOf(q, 1),
        onWitness,
        proving ? (seenMin.get(q) ?? 0) + level : undefined,
        undefined,
        bounded(q),
      );
      noteBlockers(q, max);
      let minBound = 0;
      let minCertified: number | null = null;
      if (proving && seenMin.has(q) && spanSeen(q) >= level) {
        minBound = -(seenMin.get(q) as number);
      } else if (atFloor(q)) {
        minBound = -floorOf(q);
        minCertified = minBound;
      } else {
        const goal = proving && seenMax.has(q) ? level - (seenMax.get(q) as number) : undefined;
        const min = integerMax(component, objectiveOf(q, -1), onWitness, goal, undefined, true);
        noteBlockers(q, min);
        minBound = min.bound;
        minCertified = min.certified;
      }
      partUpper.set(q, max.bound);
      partLower.set(q, Math.max(0, -minBound));
      if (max.certified !== null && minCertified !== null)
        partCertified.set(q, [Math.max(0, -minCertified), max.certified]);
    }
    // A second, longer search where the outer width reaches the width asked for but the witnesses
    // do not: for witnesses reaching the goal only, upwards from the smallest value seen, then
    // downwards from the largest. Without it a reader weaker than the one suppression proved against
    // (the audit's rounded intervals) could fail a cell only because the short search gave up.
    const wanted = options.goalWidth ?? level;
    if (wanted !== undefined && !component.quick) {
      for (const q of goals) {
        const outer = (partUpper.get(q) ?? 0) - (partLower.get(q) ?? 0);
        if (!partUpper.has(q) || outer < wanted || spanSeen(q) >= wanted) continue;
        integerMax(component, objectiveOf(q, 1), onWitness, (seenMin.get(q) ?? 0) + wanted, RETRY_NODES, bounded(q));
        if (spanSeen(q) >= wanted || atFloor(q)) continue;
        integerMax(component, objectiveOf(q, -1), onWitness, wanted - (seenMax.get(q) ?? 0), RETRY_NODES, true);
      }
    }
    for (const q of goals) {
      const low = seenMin.get(q) ?? 0;
      const high = seenMax.get(q) ?? 0;
      upper[q] = (upper[q] as number) + (partUpper.get(q) ?? high);
      lower[q] = (lower[q] as number) + (partLower.get(q) ?? low);
      provenLower[q] = (provenLower[q] as number) + low;
      provenUpper[q] = (provenUpper[q] as number) + high;
      // NaN (no certificate for some part) stays NaN.
      const certified = partCertified.get(q);
      certifiedLower[q] = (certifiedLower[q] as number) + (certified?.[0] ?? Number.NaN);
      certifiedUpper[q] = (certifiedUpper[q] as number) + (certified?.[1] ?? Number.NaN);
    }
    for (const point of new Set(extremes.values())) {
      const vector = fixed.slice();
      atomsOfColumn.forEach((a, c) => {
        vector[a] = (point[c] as number) + (lb[a] as number);
      });
      kept.push(vector);
    }
  }
  pool.vectors = kept;
  pool.verifiedUnder = { lower: known.lower.slice(), upper: known.upper.slice() };
  return { lower, upper, provenLower, provenUpper, certifiedLower, certifiedUpper, consistent, blockers };
}
