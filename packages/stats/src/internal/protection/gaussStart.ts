import { hideable } from "./partnerChoice.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/** A sparse integer vector over atoms: increasing atom ids and their non-zero coefficients. */
interface Sparse {
  atoms: number[];
  values: number[];
}

/** Greatest common divisor of two integers (non-negative; 0 when both are 0). */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Coefficients past this abandon the elimination: their products must stay exact in a double. */
const MAX_COEFFICIENT = 2 ** 24;

/**
 * `p·v − k·pivot`, with `p` the pivot's and `k` the vector's coefficient at `atom`, over the gcd of
 * what is left (fraction-free elimination, exact in doubles while coefficients stay below
 * MAX_COEFFICIENT); `v` unchanged when it has no coefficient at `atom`, `null` on overflow.
 */
function eliminated(v: Sparse, pivot: Sparse, atom: number): Sparse | null {
  const at = v.atoms.indexOf(atom);
  if (at < 0) return v;
  const k = v.values[at] as number;
  const p = pivot.values[pivot.atoms.indexOf(atom)] as number;
  const atoms: number[] = [];
  const values: number[] = [];
  let i = 0;
  let j = 0;
  let divisor = 0;
  while (i < v.atoms.length || j < pivot.atoms.length) {
    const a = i < v.atoms.length ? (v.atoms[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < pivot.atoms.length ? (pivot.atoms[j] as number) : Number.POSITIVE_INFINITY;
    const atomHere = Math.min(a, b);
    const value =
      (a === atomHere ? p * (v.values[i++] as number) : 0) - (b === atomHere ? k * (pivot.values[j++] as number) : 0);
    if (value === 0) continue;
    atoms.push(atomHere);
    values.push(value);
    divisor = gcd(divisor, value);
  }
  for (let n = 0; n < values.length; n++) {
    const value = (values[n] as number) / divisor;
    if (Math.abs(value) > MAX_COEFFICIENT) return null;
    values[n] = value;
  }
  return { atoms, values };
}

/** Whether `a` is a non-zero multiple of `b`. */
function proportional(a: Sparse, b: Sparse): boolean {
  if (a.atoms.length === 0 || a.atoms.length !== b.atoms.length) return false;
  const a0 = a.values[0] as number;
  const b0 = b.values[0] as number;
  for (let i = 0; i < a.atoms.length; i++) {
    if (a.atoms[i] !== b.atoms[i] || (a.values[i] as number) * b0 !== (b.values[i] as number) * a0) return false;
  }
  return true;
}

/** Per atom, its true count when some quantity is that atom alone (`NaN` otherwise). */
function atomValues(input: SuppressInput): Float64Array {
  const values = new Float64Array(input.model.atomCount).fill(Number.NaN);
  input.model.quantities.forEach((atoms, q) => {
    if (atoms.length === 1) values[atoms[0] as number] = input.exact[q] as number;
  });
  return values;
}

/**
 * A first pattern chosen as Statistics Norway's GaussSuppression chooses one (Langsrud 2024,
 * "Secondary cell suppression by Gaussian elimination", singleton method "anySum"): the publishable
 * quantities in turn (zeros first, then by cost, ties to those covering more), each reduced by
 * exact elimination against those shown before it, are shown unless showing one would make a hidden
 * quantity a linear combination of shown ones, or unless it reduces to a sum of atoms of one person
 * each (which would let a person of one of them find the others). What every table must show (grand
 * totals, counts earlier publications showed) and the equalities between blocks of the model are
 * eliminated first. Linear dependence only: the search that follows repairs whatever is narrower
 * than the level, as the method itself does not look at intervals. Changes `marks` and returns
 * `true`; returns `false`, with `marks` unchanged, when coefficients outgrow exact arithmetic.
 */
export function gaussStart(input: SuppressInput, marks: Marks, settings: SuppressSettings, zeros: boolean): boolean {
  const { quantities, links, atomCount } = input.model;
  // Elimination order of the atoms: singletons (one person) last, so a vector that leads with one
  // is made of singletons only.
  const single = atomValues(input);
  const order = Array.from({ length: atomCount }, (_, a) => a).sort(
    (a, b) => Number(single[a] === 1) - Number(single[b] === 1) || a - b,
  );
  const position = new Int32Array(atomCount);
  order.forEach((atom, i) => {
    position[atom] = i;
  });
  const firstSingleton = order.findIndex((atom) => single[atom] === 1);
  const singletonsFrom = firstSingleton < 0 ? atomCount : firstSingleton;
  const columnOf = (q: number): Sparse => {
    const atoms = Array.from(quantities[q] ?? [], (atom) => position[atom] as number).sort((a, b) => a - b);
    return { atoms, values: atoms.map(() => 1) };
  };
  let hidden: Sparse[] = [];
  const shownFirst: Sparse[] = [];
  const candidates: number[] = [];
  for (let q = 0; q < marks.length; q++) {
    if (marks[q] !== 0 || input.ledgerHidden[q] === 1) {
      const column = columnOf(q);
      // Hidden quantities of singletons only are the singleton rule's to protect.
      if ((column.atoms[0] ?? atomCount) < singletonsFrom) hidden.push(column);
    } else if (hideable(input, marks, q, zeros)) candidates.push(q);
    else if (input.isNew[q] === 1 || input.ledgerShown[q] === 1) shownFirst.push(columnOf(q));
  }
  for (const link of links) {
    if (link.kind !== "eq") continue;
    const terms = Array.from(link.atoms, (atom, i) => ({
      at: position[atom] as number,
      value: link.coefficients[i] as number,
    })).sort((a, b) => a.at - b.at);
    shownFirst.push({ atoms: terms.map((t) => t.at), values: terms.map((t) => t.value) });
  }
  // GaussSuppression's candidate order: cost (by default the value) + 1, ties to quantities over heavier atoms (an atom
  // weighs the values + 1 of the quantities that cover it); zeros before everything.
  const weight = new Float64Array(atomCount);
  quantities.forEach((atoms, q) => {
    for (const atom of atoms) weight[atom] = (weight[atom] as number) + (input.exact[q] || 0) + 1;
  });
  const score = new Map<number, number>();
  let maxTie = 0;
  const tieOf = (q: number) => {
    let sum = 0;
    for (const atom of quantities[q] ?? []) sum += weight[atom] as number;
    return sum;
  };
  for (const q of candidates) maxTie = Math.max(maxTie, tieOf(q));
  for (const q of candidates) {
    const first = input.exact[q] === 0 ? 1e15 : 0;
    score.set(q, first + (settings.cost[q] as number) + 1 + (0.99 * tieOf(q)) / (maxTie || 1));
  }
  candidates.sort((a, b) => (score.get(b) as number) - (score.get(a) as number) || a - b);
  // Shown first, then the candidates: each vector is eliminated at the leading atom of every vector
  // shown before it, so reduced vectors are canonical and a hidden one is determined by showing a
  // candidate exactly when the two are proportional.
  const vectors: Sparse[] = [...shownFirst, ...candidates.map(columnOf)];
  const usedSingletons = new Uint8Array(atomCount);
  const secondary: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const column = vectors[i] as Sparse;
    const lead = column.atoms[0];
    if (lead === undefined) continue; // already a combination of shown quantities
    const candidate = i - shownFirst.length;
    if (candidate >= 0 && hides(column, lead, hidden, singletonsFrom, usedSingletons)) {
      secondary.push(candidates[candidate] as number);
      continue;
    }
    for (let j = i + 1; j < vectors.length; j++) {
      const next = eliminated(vectors[j] as Sparse, column, lead);
      if (next === null) return false;
      vectors[j] = next;
    }
    const reduced: Sparse[] = [];
    for (const h of hidden) {
      const next = eliminated(h, column, lead);
      if (next === null) return false;
      if (next.atoms.length > 0) reduced.push(next);
    }
    hidden = reduced;
  }
  for (const q of secondary) marks[q] = 2;
  return true;
}

/**
 * Whether a reduced candidate must be hidden: it would determine a hidden quantity, or it is a sum
 * of singletons (a difference of singletons may be shown, once per singleton). Notes the
 * singletons such a difference uses.
 */
function hides(
  column: Sparse,
  lead: number,
  hidden: readonly Sparse[],
  singletonsFrom: number,
  usedSingletons: Uint8Array,
): boolean {
  if (lead >= singletonsFrom) {
    const mixed = column.values.some((v) => v > 0) && column.values.some((v) => v < 0);
    if (!mixed || column.atoms.some((a) => usedSingletons[a] === 1)) return true;
    for (const a of column.atoms) usedSingletons[a] = 1;
  }
  return hidden.some((h) => proportional(h, column));
}
