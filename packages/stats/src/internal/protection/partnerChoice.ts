import { protectionDeficit } from "./protectionDeficit.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/**
 * Whether a quantity may be hidden as a secondary cell now: never a grand total, nor a quantity no
 * person type can be in (a count the structure fixes at zero could never be protected).
 */
export function hideable(input: SuppressInput, marks: Marks, q: number, allowZero: boolean): boolean {
  return (
    marks[q] === 0 &&
    input.grandTotals[q] !== 1 &&
    (input.model.quantities[q]?.length ?? 0) > 0 &&
    input.isNew[q] === 1 &&
    input.ledgerShown[q] !== 1 &&
    (allowZero || (input.exact[q] as number) !== 0)
  );
}

/** Per suppression input, 1 for each quantity in a relation whose counts are all zero (see {@link cheapestIn}). */
const zeroLines = new WeakMap<SuppressInput, Uint8Array>();

function inZeroLine(input: SuppressInput): Uint8Array {
  let marks = zeroLines.get(input);
  if (marks === undefined) {
    const flags = new Uint8Array(input.model.quantities.length);
    for (const relation of input.relations) {
      if (relation.every((q) => (input.exact[q] as number) === 0)) for (const q of relation) flags[q] = 1;
    }
    marks = flags;
    zeroLines.set(input, marks);
  }
  return marks;
}

/**
 * The best shown quantity of one relation: fewest total coordinates, then lowest cost; -1 if none.
 * Never a zero in a line of zeros: unless the line's total is hidden as well, the line's other
 * counts hold it within the rounding of 0, so it fails in turn and takes another zero of the line as
 * its partner (bench:joint at 2,000 records, seed 5: a cascade of some 250 hidden zeros, 1,006 hidden
 * cells and 6.8 s; without it 744 cells and 3.5 s).
 */
export function cheapestIn(
  input: SuppressInput,
  variables: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
  allowZero: boolean,
): number {
  let best = -1;
  const zeroLine = allowZero ? inZeroLine(input) : null;
  for (const q of variables) {
    if (!hideable(input, marks, q, allowZero)) continue;
    if (zeroLine !== null && zeroLine[q] === 1 && (input.exact[q] as number) === 0) continue;
    if (
      best < 0 ||
      (input.levels[q] as number) < (input.levels[best] as number) ||
      ((input.levels[q] as number) === (input.levels[best] as number) &&
        (settings.cost[q] as number) < (settings.cost[best] as number))
    ) {
      best = q;
    }
  }
  return best;
}

/**
 * The finest shown non-zero quantity of `variables` (the fewest person types, then the lowest cost,
 * then the lowest id), or -1: the partner among the counts that hold a failing cell's programme
 * short of the level. Linked tables make their `levels` (total coordinates) incomparable: a
 * quarter's total counts one total coordinate in a quarter × exploitation table and a month's total
 * two in a month × region × sex table, so the fewest total coordinates hid the quarter, then the
 * year that holds it (bench:joint, 2,000 records, seed 18: 10 of the 12 entries of year × age group,
 * year totals of 988 and 1,012 among them, and a round more); a total holds every person type of
 * its parts, so by person types the sibling month goes first.
 */
export function finestIn(
  input: SuppressInput,
  variables: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
): number {
  let best = -1;
  let bestTypes = 0;
  for (const q of variables) {
    if (!hideable(input, marks, q, false)) continue;
    const types = (input.model.quantities[q] as Int32Array).length;
    if (
      best < 0 ||
      types < bestTypes ||
      (types === bestTypes &&
        ((settings.cost[q] as number) < (settings.cost[best] as number) ||
          ((settings.cost[q] as number) === (settings.cost[best] as number) && q < best)))
    ) {
      best = q;
      bestTypes = types;
    }
  }
  return best;
}

/**
 * The cheapest shown quantity in the relations of `target` itself (the relation with the fewest
 * hidden entries first), or -1: the quick partner of large models, where scoring every candidate
 * costs a bound computation each.
 */
export function nearPartner(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  target: number,
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
): number {
  return cheapestInRing(input, byHiddenCount(input, relationsOf[target] ?? [], marks), marks, settings, zeros);
}

/** Relations ordered by how many hidden entries they hold, fewest first. */
function byHiddenCount(input: SuppressInput, ring: readonly number[], marks: Marks): (readonly number[])[] {
  return ring
    .map((r) => {
      const relation = input.relations[r] as readonly number[];
      return { relation, hiddenCount: relation.filter((q) => marks[q] !== 0 || input.ledgerHidden[q] === 1).length };
    })
    .sort((a, b) => a.hiddenCount - b.hiddenCount)
    .map(({ relation }) => relation);
}

/** The cheapest shown quantity of the first relation (in order) that has one; zeros only when allowed and nothing else. */
function cheapestInRing(
  input: SuppressInput,
  ordered: readonly (readonly number[])[],
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
): number {
  for (const allowZero of zeros ? [false, true] : [false]) {
    for (const relation of ordered) {
      const best = cheapestIn(input, relation, marks, settings, allowZero);
      if (best >= 0) return best;
    }
  }
  return -1;
}

/**
 * The fallback when no cell near the failures helps: a shown quantity to hide with `target`,
 * searching relations in rings: those of `target`,
 * then those of the hidden quantities they hold, and so on. Within the first ring with a candidate:
 * the relation with the fewest hidden entries, then the cell with fewest total coordinates and the
 * lowest cost. A zero is picked only when the ring has nothing else and `zeros` allows it.
 */
export function partnerFor(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  target: number,
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
): number {
  const seen = new Set<number>(relationsOf[target] ?? []);
  const reached = new Set<number>([target]);
  let ring = [...seen];
  while (ring.length > 0) {
    const ordered = byHiddenCount(input, ring, marks);
    const best = cheapestInRing(input, ordered, marks, settings, zeros);
    if (best >= 0) return best;
    const next: number[] = [];
    for (const relation of ordered) {
      for (const q of relation) {
        if ((marks[q] === 0 && input.ledgerHidden[q] !== 1) || reached.has(q)) continue;
        reached.add(q);
        for (const r of relationsOf[q] ?? []) {
          if (!seen.has(r)) {
            seen.add(r);
            next.push(r);
          }
        }
      }
    }
    ring = next;
  }
  return -1;
}

/**
 * The shown quantities to hide next, near the failing ones: candidates ranked by how many failing
 * quantities share a relation with them, then fewer total coordinates, then lower cost, and the
 * one whose hiding brings the hidden quantities closest to the level wins
 * ({@link protectionDeficit}; the first ranked of equal gain), so a cell at the crossing of two
 * failing lines is hidden once. Zeros are tried only when no other cell helps. Empty when no
 * candidate near the failures helps.
 */
export function bestPartners(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  targets: readonly number[],
  failures: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
  exact: boolean,
): number[] {
  const touches = new Map<number, number>();
  for (const target of failures) {
    const near = new Set<number>();
    for (const r of relationsOf[target] ?? []) for (const q of input.relations[r] ?? []) near.add(q);
    for (const q of near) touches.set(q, (touches.get(q) ?? 0) + 1);
  }
  const ranked = [...touches.keys()].sort(
    (a, b) =>
      (touches.get(b) as number) - (touches.get(a) as number) ||
      (input.levels[a] as number) - (input.levels[b] as number) ||
      (settings.cost[a] as number) - (settings.cost[b] as number) ||
      a - b,
  );
  const allowed = zeros ? [false, true] : [false];
  const usable = (q: number, allowZero: boolean) =>
    hideable(input, marks, q, allowZero) && (!allowZero || input.exact[q] === 0);
  const goal = exact ? failures : targets;
  const before = protectionDeficit(input, marks, settings, goal, exact);
  for (const allowZero of allowed) {
    let best = -1;
    let bestGain = 0;
    for (const q of ranked) {
      if (!usable(q, allowZero)) continue;
      marks[q] = 2;
      const gain = before - protectionDeficit(input, marks, settings, [...goal, q], exact);
      marks[q] = 0;
      // Ranked order breaks ties: the first of equal gain wins.
      if (gain > bestGain) {
        best = q;
        bestGain = gain;
      }
    }
    if (best >= 0) return [best];
  }
  return [];
}
