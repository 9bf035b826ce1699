// An independent attacker for tests only: it reads published tables as a reader would, builds its
// own model of the persons behind them, and computes exact integer bounds of every hidden cell with
// its own exact (BigInt, fraction-free) simplex and branch and bound. It shares no code with the
// production reader model or solver on purpose: a bug there must not hide itself here.
import type { Category, Dimension, StatCell, StatTable } from "../src/statTable.js";

/** A person type: one coordinate per dimension name (an index into that dimension's atoms). */
type Atom = readonly number[];

/** One dimension as the attacker sees it across all tables. */
interface AtomAxis {
  readonly name: string;
  /** Descriptions of the per-dimension atoms (for debugging only). */
  readonly labels: string[];
  /** Per table: category code (or "" for the total) → the atom indexes it counts. */
  readonly members: Map<StatTable, Map<string, Set<number>>>;
  /**
   * Wide multi-valued axes, read as counts rather than person classes. Values are grouped by the
   * tables that show them (one group when every table shows every value; a table of some values
   * makes two). Atom `types[t].atom` counts the persons whose known values fall in exactly the
   * groups `types[t].groups`; atom `groups[g][i]` counts the persons holding the i-th value of group
   * g; `values` lists every such count atom. A reader's integer bounds are the same as over every
   * subset of values: per combination x of the other axes and per group, with N the persons whose
   * types touch the group, counts n(v) come from real persons exactly when n(v) <= N and the n(v)
   * add up to at least N (place the values one after another around a circle of the N persons);
   * groups hold disjoint values, so they are independent given the types.
   */
  readonly perValue?: {
    readonly types: readonly { readonly atom: number; readonly groups: readonly number[] }[];
    readonly groups: readonly (readonly number[])[];
    readonly values: readonly number[];
    /** Per table: the groups whose values it shows. */
    readonly shown: ReadonlyMap<StatTable, ReadonlySet<number>>;
  };
}

function dayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function leavesOf(dimension: Dimension, category: Category, seen = new Set<string>()): Category[] {
  if (category.members === undefined) return [category];
  if (seen.has(category.code)) return [];
  seen.add(category.code);
  return category.members.flatMap((code) => {
    const member = dimension.categories.find((candidate) => candidate.code === code);
    return member === undefined ? [] : leavesOf(dimension, member, seen);
  });
}

function axisOf(name: string, tables: readonly StatTable[], everyTableHasIt: boolean, perValueAbove: number): AtomAxis {
  const uses = tables.flatMap((table) => {
    const dimension = table.dimensions.find((candidate) => candidate.name === name);
    return dimension === undefined ? [] : [{ table, dimension }];
  });
  const labels: string[] = [];
  const members = new Map<StatTable, Map<string, Set<number>>>();
  const dated =
    uses.every(({ dimension }) =>
      dimension.categories.every(
        (c) => c.unknown || c.members !== undefined || (c.from !== undefined && c.to !== undefined),
      ),
    ) && uses.some(({ dimension }) => dimension.kind === "period");
  const multi = uses.some(({ dimension }) => dimension.multiValued);
  // Each atom is described by a predicate on a category leaf.
  let inLeaf: (atom: number, leaf: Category) => boolean;
  let perValue: AtomAxis["perValue"];
  if (dated) {
    // Day segments cut at every period start and after every period end; "unknown" leaves apart.
    const cuts = new Set<number>();
    const unknownCodes = new Set<string>();
    for (const { dimension } of uses) {
      for (const c of dimension.categories) {
        if (c.members !== undefined) continue;
        if (c.unknown || c.from === undefined || c.to === undefined) unknownCodes.add(c.code);
        else {
          cuts.add(dayOf(c.from));
          cuts.add(dayOf(c.to) + 1);
        }
      }
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: { from: number; to: number }[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] as number;
      const to = (sorted[i + 1] as number) - 1;
      const covered = uses.some(({ dimension }) =>
        dimension.categories.some(
          (c) => c.from !== undefined && c.to !== undefined && dayOf(c.from) <= from && to <= dayOf(c.to),
        ),
      );
      if (covered) segments.push({ from, to });
    }
    const unknowns = [...unknownCodes];
    for (const s of segments) labels.push(`days ${String(s.from)}-${String(s.to)}`);
    for (const code of unknowns) labels.push(code);
    inLeaf = (atom, leaf) => {
      if (atom >= segments.length) return leaf.code === unknowns[atom - segments.length];
      const segment = segments[atom] as { from: number; to: number };
      return (
        leaf.from !== undefined &&
        leaf.to !== undefined &&
        dayOf(leaf.from) <= segment.from &&
        segment.to <= dayOf(leaf.to)
      );
    };
  } else if (multi) {
    // Persons carry a non-empty set of known values, or exactly one "not recorded" value.
    // A value whose one-way margin is published as 0 has nobody: its sets are left out.
    const zero = (code: string) =>
      uses.some(({ table, dimension }) => {
        const j = table.dimensions.indexOf(dimension);
        return [...table.cells, ...table.totals].some(
          (cell) =>
            cell.value === 0 &&
            cell.status === "published" &&
            cell.key.every((k, i) => (i === j ? k === code : k === null)),
        );
      });
    const known = [
      ...new Set(
        uses.flatMap(({ dimension }) =>
          dimension.categories
            .filter((c) => c.members === undefined && !c.unknown && c.code !== "none" && !zero(c.code))
            .map((c) => c.code),
        ),
      ),
    ];
    const unknowns = [
      ...new Set(
        uses.flatMap(({ dimension }) =>
          dimension.categories
            .filter((c) => c.members === undefined && (c.unknown || c.code === "none"))
            .map((c) => c.code),
        ),
      ),
    ];
    const combined = uses.some(({ dimension }) => dimension.categories.some((c) => c.members !== undefined));
    // Values grouped by the tables that show them.
    const signature = (code: string) =>
      uses.flatMap(({ dimension }, u) => (dimension.categories.some((c) => c.code === code) ? [u] : [])).join(",");
    const bySignature = new Map<string, string[]>();
    for (const code of known) bySignature.set(signature(code), [...(bySignature.get(signature(code)) ?? []), code]);
    const grouped = [...bySignature.entries()];
    if (known.length > perValueAbove && !combined && grouped.length <= 6) {
      const types: { atom: number; groups: number[] }[] = [];
      for (let mask = 1; mask < 1 << grouped.length; mask++) {
        const groups = grouped.flatMap((_, g) => ((mask & (1 << g)) !== 0 ? [g] : []));
        types.push({ atom: labels.length, groups });
        labels.push(`persons with known values in groups ${groups.join("+")}`);
      }
      const groups = grouped.map(([, codes]) =>
        codes.map((code) => {
          labels.push(`holding ${code}`);
          return labels.length - 1;
        }),
      );
      for (const code of unknowns) labels.push(code);
      const shown = new Map<StatTable, Set<number>>();
      uses.forEach(({ table }, u) => {
        const sig = (key: string) => key.split(",").includes(String(u));
        shown.set(table, new Set(grouped.flatMap(([key], g) => (sig(key) ? [g] : []))));
      });
      perValue = { types, groups, values: groups.flat(), shown };
      inLeaf = (atom, leaf) => labels[atom] === `holding ${leaf.code}` || labels[atom] === leaf.code;
    } else {
      const sets: string[][] = [];
      for (let mask = 1; mask < 1 << known.length; mask++) sets.push(known.filter((_, i) => (mask & (1 << i)) !== 0));
      for (const code of unknowns) sets.push([code]);
      for (const set of sets) labels.push(`{${set.join(",")}}`);
      inLeaf = (atom, leaf) => (sets[atom] as string[]).includes(leaf.code);
    }
  } else {
    const codes = [
      ...new Set(
        uses.flatMap(({ dimension }) => dimension.categories.filter((c) => c.members === undefined).map((c) => c.code)),
      ),
    ];
    for (const code of codes) labels.push(code);
    inLeaf = (atom, leaf) => codes[atom] === leaf.code;
  }
  // Persons outside every category shown, when some table counts them anyway: only possible when
  // every table that shows the dimension says it leaves persons out; otherwise a reader knows
  // each person is in one of its categories.
  const base = labels.length;
  const leavesOut = uses.every(({ dimension }) => dimension.filtered === true);
  if (!everyTableHasIt && leavesOut) labels.push("other");
  for (const { table, dimension } of uses) {
    const byCode = new Map<string, Set<number>>();
    const total = new Set<number>();
    for (const category of dimension.categories) {
      const leaves = leavesOf(dimension, category);
      const set = new Set<number>();
      for (let atom = 0; atom < base; atom++) if (leaves.some((leaf) => inLeaf(atom, leaf))) set.add(atom);
      byCode.set(category.code, set);
      if (category.members === undefined) for (const atom of set) total.add(atom);
    }
    if (perValue !== undefined) {
      // A total counts each person once: those with a known value the table shows, "none" and "not recorded".
      for (const atom of perValue.values) total.delete(atom);
      const groups = perValue.shown.get(table) ?? new Set<number>();
      for (const type of perValue.types) if (type.groups.some((g) => groups.has(g))) total.add(type.atom);
    }
    byCode.set("", total);
    members.set(table, byCode);
  }
  return { name, labels, members, ...(perValue === undefined ? {} : { perValue }) };
}

/** Multi-valued axes with more known values than this are read as per-value counts (2^k subsets below). */
export const PER_VALUE_ABOVE = 8;

/** What the attacker knows about one published entry. */
export interface AttackEntry {
  readonly table: number;
  readonly key: readonly (string | null)[];
  readonly atoms: readonly number[];
  readonly lower: number;
  /** `null` when unbounded. */
  readonly upper: number | null;
  readonly hidden: boolean;
}

/** The attacker's reader model: atoms and the entries over them. */
export interface AttackModel {
  readonly atomCount: number;
  readonly entries: readonly AttackEntry[];
  /** Rows `sum(coefficient * atom) <= 0` of per-value axes (see {@link AtomAxis.perValue}). */
  readonly perValueRows: readonly (readonly (readonly [atom: number, coefficient: number])[])[];
}

function readCell(table: StatTable, cell: StatCell): { lower: number; upper: number | null; hidden: boolean } {
  const d = table.disclosure;
  const hidden =
    cell.status === "suppressed" || cell.status === "suppressed_primary" || cell.status === "suppressed_secondary";
  if (hidden) {
    const t = d.threshold ?? 1;
    const low = d.zerosSensitive ? 0 : 1;
    if (cell.status === "suppressed_primary") return { lower: low, upper: t - 1, hidden };
    if (cell.status === "suppressed_secondary") return { lower: t, upper: null, hidden };
    // Uniform: a hidden entry may be a zero unless nothing but primary suppression hid entries.
    const secondaryMayHideZeros = d.secondary !== "none" && d.suppressedSecondary !== 0;
    return { lower: d.zerosSensitive || secondaryMayHideZeros ? 0 : 1, upper: null, hidden };
  }
  if (cell.value === null) return { lower: 0, upper: null, hidden: false };
  if (cell.status === "rounded" && d.rounding !== null) {
    const b = d.rounding.base;
    if (d.rounding.kind === "down") return { lower: cell.value, upper: cell.value + b - 1, hidden };
    // x rounds (half up) to v exactly when v - b/2 <= x < v + b/2.
    return { lower: Math.max(0, Math.ceil(cell.value - b / 2)), upper: Math.ceil(cell.value + b / 2) - 1, hidden };
  }
  return { lower: cell.value, upper: cell.value, hidden };
}

/** Builds the attacker's model of everything the tables show about the same persons. */
export function attackModel(tables: readonly StatTable[], perValueAbove = PER_VALUE_ABOVE): AttackModel {
  const names = [...new Set(tables.flatMap((table) => table.dimensions.map((dimension) => dimension.name)))];
  const axes = names.map((name) =>
    axisOf(
      name,
      tables,
      tables.every((table) => table.dimensions.some((dimension) => dimension.name === name)),
      perValueAbove,
    ),
  );
  const atoms: Atom[] = [[]];
  let all: Atom[] = atoms;
  for (const axis of axes) {
    const next: Atom[] = [];
    for (const atom of all) for (let i = 0; i < axis.labels.length; i++) next.push([...atom, i]);
    all = next;
  }
  const entries: AttackEntry[] = [];
  tables.forEach((table, t) => {
    for (const cell of [...table.cells, ...table.totals]) {
      if (cell.status === "not_applicable") continue;
      const sets = cell.key.map((code, j) => {
        const dimension = table.dimensions[j] as Dimension;
        const axis = axes[names.indexOf(dimension.name)] as AtomAxis;
        return {
          axis: names.indexOf(dimension.name),
          set: axis.members.get(table)?.get(code ?? "") ?? new Set<number>(),
        };
      });
      // A table without a per-value axis counts persons there, never the per-value counts.
      axes.forEach((axis, j) => {
        if (axis.perValue === undefined || table.dimensions.some((d) => d.name === axis.name)) return;
        const counts = new Set(axis.perValue.values);
        sets.push({ axis: j, set: new Set(axis.labels.map((_, i) => i).filter((i) => !counts.has(i))) });
      });
      const inside: number[] = [];
      all.forEach((atom, a) => {
        if (sets.every(({ axis, set }) => set.has(atom[axis] as number))) inside.push(a);
      });
      entries.push({ table: t, key: cell.key, atoms: inside, ...readCell(table, cell) });
    }
  });
  const perValueRows: [number, number][][] = [];
  axes.forEach((axis, j) => {
    const perValue = axis.perValue;
    if (perValue === undefined) return;
    const index = new Map(all.map((atom, a) => [atom.join(","), a]));
    const anchor = perValue.types[0]?.atom;
    all.forEach((atom) => {
      if (atom[j] !== anchor) return;
      const at = (label: number) => index.get(atom.map((c, i) => (i === j ? label : c)).join(",")) as number;
      perValue.groups.forEach((values, g) => {
        // The persons whose known values touch group g.
        const persons = perValue.types.filter((type) => type.groups.includes(g)).map((type) => at(type.atom));
        const counts = values.map(at);
        for (const count of counts)
          perValueRows.push([[count, 1], ...persons.map((person): [number, number] => [person, -1])]);
        perValueRows.push([
          ...persons.map((person): [number, number] => [person, 1]),
          ...counts.map((count): [number, number] => [count, -1]),
        ]);
      });
    });
  });
  return { atomCount: all.length, entries, perValueRows };
}

// ---------------------------------------------------------------------------------------------
// Exact LP: integer-preserving (fraction-free) tableau simplex. Every tableau entry is an integer
// (a subdeterminant), every division is exact; all arithmetic is checked to stay within safe
// integers, and the attacker throws rather than round.

interface Row {
  readonly coefficients: Map<number, number>;
  readonly sense: "le" | "ge" | "eq";
  readonly rhs: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

function exactCombine(a: number, p: number, f: number, b: number, d: number): number {
  const left = a * p;
  const right = f * b;
  if (Math.abs(left) > SAFE || Math.abs(right) > SAFE || Math.abs(left - right) > SAFE) {
    throw new Error("attacker: tableau entries left the safe integers");
  }
  const difference = left - right;
  const q = difference / d;
  if (!Number.isInteger(q)) throw new Error("attacker: inexact division in the integer-preserving tableau");
  return q;
}

/** A feasible tableau after phase 1 (integer-preserving form: values are entries / denominator). */
interface Tableau {
  readonly n: number;
  readonly width: number;
  readonly allowedBelow: number;
  rows: number[][];
  basis: number[];
  denominator: number;
}

function pivotOn(t: Tableau, r: number, s: number, extra: number[][]): void {
  const p = (t.rows[r] as number[])[s] as number;
  const pivotRow = t.rows[r] as number[];
  // When the pivot equals the denominator, rows without the entering column and columns where the
  // pivot row is zero keep their entries: (a * p - 0) / p = a. Otherwise every entry is rescaled.
  const same = p === t.denominator;
  const nonzero: number[] = [];
  for (let j = 0; j <= t.width; j++) if ((pivotRow[j] as number) !== 0) nonzero.push(j);
  for (const line of [...t.rows, ...extra]) {
    if (line === pivotRow) continue;
    const f = line[s] as number;
    if (same) {
      if (f === 0) continue;
      for (const j of nonzero) line[j] = exactCombine(line[j] as number, p, f, pivotRow[j] as number, t.denominator);
      continue;
    }
    for (let j = 0; j <= t.width; j++)
      line[j] = exactCombine(line[j] as number, p, f, pivotRow[j] as number, t.denominator);
  }
  t.denominator = p;
  t.basis[r] = s;
}

/** Maximises the objective row (reduced costs, scaled by the denominator); Dantzig first, Bland later. */
function runSimplex(t: Tableau, z: number[], allowedBelow: number): "optimal" | "unbounded" {
  const m = t.rows.length;
  for (let step = 0; ; step++) {
    const bland = step > 20 * (m + t.width);
    let entering = -1;
    let most = 0;
    for (let j = 0; j < allowedBelow; j++) {
      const d = z[j] as number;
      if (d < most) {
        entering = j;
        if (bland) break;
        most = d;
      }
    }
    if (entering < 0) return "optimal";
    let leaving = -1;
    for (let i = 0; i < m; i++) {
      const a = (t.rows[i] as number[])[entering] as number;
      if (a <= 0) continue;
      if (leaving < 0) {
        leaving = i;
        continue;
      }
      const best = t.rows[leaving] as number[];
      // Ratios compared exactly: big products go through BigInt.
      const lhs = BigInt((t.rows[i] as number[])[t.width] as number) * BigInt(best[entering] as number);
      const rhs = BigInt(best[t.width] as number) * BigInt(a);
      if (lhs < rhs || (lhs === rhs && (t.basis[i] as number) < (t.basis[leaving] as number))) leaving = i;
    }
    if (leaving < 0) return "unbounded";
    pivotOn(t, leaving, entering, [z]);
  }
}

function phaseOne(n: number, rows: readonly Row[]): Tableau | null {
  const normal = rows.map((row): Row => {
    if (row.rhs >= 0) return row;
    const flipped = new Map<number, number>();
    for (const [j, a] of row.coefficients) flipped.set(j, -a);
    return {
      coefficients: flipped,
      sense: row.sense === "le" ? "ge" : row.sense === "ge" ? "le" : "eq",
      rhs: -row.rhs,
    };
  });
  const slackCount = normal.filter((row) => row.sense !== "eq").length;
  const artificialCount = normal.filter((row) => row.sense !== "le").length;
  const width = n + slackCount + artificialCount;
  const t: Tableau = { n, width, allowedBelow: n + slackCount, rows: [], basis: [], denominator: 1 };
  let slack = n;
  let artificial = n + slackCount;
  for (const row of normal) {
    const line = new Array<number>(width + 1).fill(0);
    for (const [j, a] of row.coefficients) line[j] = (line[j] as number) + a;
    line[width] = row.rhs;
    if (row.sense === "le") {
      line[slack] = 1;
      t.basis.push(slack++);
    } else {
      if (row.sense === "ge") line[slack++] = -1;
      line[artificial] = 1;
      t.basis.push(artificial++);
    }
    t.rows.push(line);
  }
  const z = new Array<number>(width + 1).fill(0);
  for (let j = t.allowedBelow; j < width; j++) z[j] = 1;
  t.rows.forEach((line, i) => {
    if ((t.basis[i] as number) < t.allowedBelow) return;
    for (let j = 0; j <= width; j++) z[j] = (z[j] as number) - (line[j] as number);
  });
  runSimplex(t, z, width);
  if ((z[width] as number) !== 0) return null;
  for (let i = 0; i < t.rows.length; i++) {
    if ((t.basis[i] as number) < t.allowedBelow) continue;
    const line = t.rows[i] as number[];
    const column = line.findIndex((a, j) => j < t.allowedBelow && a !== 0);
    if (column < 0) continue;
    // The row's right-hand side is 0 (a zero artificial), so negating it keeps it valid.
    if ((line[column] as number) < 0) for (let j = 0; j <= width; j++) line[j] = -(line[j] as number);
    pivotOn(t, i, column, []);
  }
  return t;
}

type LpOutcome =
  | { status: "unbounded" }
  | { status: "optimal"; num: number; den: number; x: { num: number; den: number }[] };

function phaseTwo(start: Tableau, objective: readonly number[]): LpOutcome {
  const t: Tableau = { ...start, rows: start.rows.map((row) => [...row]), basis: [...start.basis] };
  const z = new Array<number>(t.width + 1).fill(0);
  objective.forEach((c, j) => {
    z[j] = -c * t.denominator;
  });
  t.rows.forEach((line, i) => {
    const c = objective[t.basis[i] as number] ?? 0;
    if (c === 0) return;
    for (let j = 0; j <= t.width; j++) z[j] = (z[j] as number) + c * (line[j] as number);
  });
  if (runSimplex(t, z, t.allowedBelow) === "unbounded") return { status: "unbounded" };
  const x = Array.from({ length: t.n }, () => ({ num: 0, den: 1 }));
  t.basis.forEach((column, i) => {
    if (column < t.n) x[column] = { num: (t.rows[i] as number[])[t.width] as number, den: t.denominator };
  });
  return { status: "optimal", num: z[t.width] as number, den: t.denominator, x };
}

/** Exact integer maximum of `objective · x` over the rows and x >= 0 integer; `null` when unbounded, undefined when infeasible. */
function integerMax(
  n: number,
  rows: readonly Row[],
  root: Tableau,
  objective: readonly number[],
): number | null | undefined {
  let best: number | undefined;
  const stack: (Row[] | null)[] = [null];
  while (stack.length > 0) {
    const extra = stack.pop() as Row[] | null;
    const start = extra === null ? root : phaseOne(n, [...rows, ...extra]);
    if (start === null) continue;
    const outcome = phaseTwo(start, objective);
    if (outcome.status === "unbounded") return null;
    const bound = Math.floor(outcome.num / outcome.den);
    if (best !== undefined && bound <= best) continue;
    const fractional = outcome.x.findIndex((v) => v.num % v.den !== 0);
    if (fractional < 0) {
      best = bound;
      continue;
    }
    const v = outcome.x[fractional] as { num: number; den: number };
    const low = Math.floor(v.num / v.den);
    const branch = extra ?? [];
    stack.push([...branch, { coefficients: new Map([[fractional, 1]]), sense: "le", rhs: low }]);
    stack.push([...branch, { coefficients: new Map([[fractional, 1]]), sense: "ge", rhs: low + 1 }]);
  }
  return best;
}

/** The attacker's exact interval for one hidden entry. */
export interface AttackInterval {
  readonly table: number;
  readonly key: readonly (string | null)[];
  readonly lower: number;
  /** `null` when unbounded. */
  readonly upper: number | null;
}

/**
 * {@link attack} on first call, the same result after: tests that share one attack (seconds of
 * BigInt simplex) compute it once, and only if one of them runs.
 */
export function attackOnce(tables: readonly StatTable[]): () => AttackInterval[] | "infeasible" {
  let attacked: AttackInterval[] | "infeasible" | null = null;
  return () => {
    attacked ??= attack(tables);
    return attacked;
  };
}

/**
 * Exact integer bounds of every hidden entry across the tables, or `"infeasible"` when what is
 * published contradicts itself. Atoms that a published zero pins are removed first (presolve).
 */
export function attack(tables: readonly StatTable[], perValueAbove = PER_VALUE_ABOVE): AttackInterval[] | "infeasible" {
  const model = attackModel(tables, perValueAbove);
  const zero = new Set<number>();
  for (const entry of model.entries) if (entry.upper === 0) for (const a of entry.atoms) zero.add(a);
  const columns = new Map<number, number>();
  for (let a = 0; a < model.atomCount; a++) if (!zero.has(a)) columns.set(a, columns.size);
  const n = columns.size;
  const rows: Row[] = [];
  const unique = new Map<string, Row>();
  for (const entry of model.entries) {
    const coefficients = new Map<number, number>();
    for (const a of entry.atoms) {
      const column = columns.get(a);
      if (column !== undefined) coefficients.set(column, 1);
    }
    if (coefficients.size === 0) {
      if (entry.lower > 0) return "infeasible";
      continue;
    }
    const signature = [...coefficients.keys()].join(",");
    const add = (sense: Row["sense"], rhs: number) => {
      const id = `${signature}|${sense}|${String(rhs)}`;
      if (!unique.has(id)) unique.set(id, { coefficients, sense, rhs });
    };
    if (entry.upper !== null && entry.upper === entry.lower) add("eq", entry.lower);
    else {
      if (entry.lower > 0) add("ge", entry.lower);
      if (entry.upper !== null) add("le", entry.upper);
    }
  }
  rows.push(...unique.values());
  for (const terms of model.perValueRows) {
    const coefficients = new Map<number, number>();
    for (const [a, c] of terms) {
      const column = columns.get(a);
      if (column !== undefined) coefficients.set(column, c);
    }
    if (coefficients.size > 0) rows.push({ coefficients, sense: "le", rhs: 0 });
  }
  const root = phaseOne(n, rows);
  if (root === null) return "infeasible";
  const results: AttackInterval[] = [];
  for (const entry of model.entries) {
    if (!entry.hidden) continue;
    const objective = new Array<number>(n).fill(0);
    for (const a of entry.atoms) {
      const column = columns.get(a);
      if (column !== undefined) objective[column] = 1;
    }
    const max = integerMax(n, rows, root, objective);
    const negMin = integerMax(
      n,
      rows,
      root,
      objective.map((c) => -c),
    );
    if (max === undefined || negMin === undefined) return "infeasible";
    results.push({
      table: entry.table,
      key: entry.key,
      lower: negMin === null ? 0 : Number(-negMin),
      upper: max === null ? null : Number(max),
    });
  }
  return results;
}

/** The narrowest hidden entry the attacker finds, or `null` when nothing is hidden or all are unbounded. */
export function narrowest(intervals: readonly AttackInterval[]): (AttackInterval & { width: number }) | null {
  let best: (AttackInterval & { width: number }) | null = null;
  for (const interval of intervals) {
    if (interval.upper === null) continue;
    const width = interval.upper - interval.lower;
    if (best === null || width < best.width) best = { ...interval, width };
  }
  return best;
}
