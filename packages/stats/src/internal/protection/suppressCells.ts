import { propagatedBounds, type QuantityBounds, type QuantityKnowledge, quantityBounds } from "./atomBounds.js";
import { knowledgeOf, targetsOf } from "./patternProof.js";
import { protectionDeficit } from "./protectionDeficit.js";
import { prunePattern } from "./prunePattern.js";
import type { ReaderModel } from "./readerModel.js";

/** The protection settings suppression needs. */
export interface SuppressSettings {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly markers: "uniform" | "distinct";
  readonly level: number;
  /** Per quantity, the information lost by hiding it (the greedy search prefers cheap cells). */
  readonly cost: Float64Array;
}

/** What suppression works on: the model, true values, and what earlier publications fix. */
export interface SuppressInput {
  readonly model: ReaderModel;
  /** Per quantity: its true value (NaN for quantities only earlier publications show). */
  readonly exact: Float64Array;
  /** Per quantity: 1 when a table being protected shows it. */
  readonly isNew: Uint8Array;
  /** Per quantity: what earlier publications already tell (0 to infinity where they say nothing). */
  readonly ledger: QuantityKnowledge;
  /** Per quantity: 1 when earlier publications hid it (it stays hidden and must stay protected). */
  readonly ledgerHidden: Uint8Array;
  /** Per quantity: 1 when earlier publications showed its exact value (it stays shown). */
  readonly ledgerShown: Uint8Array;
  /** Lines of the tables (quantity ids that add up), to search partners along. */
  readonly relations: readonly (readonly number[])[];
  /** Per quantity: fewest total coordinates among its entries. */
  readonly levels: Uint8Array;
  /** Per quantity: 1 when it is the grand total of a table (never hidden as a secondary cell). */
  readonly grandTotals: Uint8Array;
}

/** Marks per quantity: 0 shown, 1 primary, 2 secondary. */
export type Marks = Uint8Array;

/** A pattern to repair instead of starting from primary suppression alone (benchmarks compare methods so). */
export interface SuppressStart {
  /** Quantities hidden as secondary cells from the start (grand totals and ledger-shown ones are skipped). */
  readonly secondary: readonly number[];
  /** Whether to show again what the others make unnecessary; `false` measures the repair alone. */
  readonly prune: boolean;
}

/** Hidden quantities narrower than the level, narrowest first. */
function failing(targets: readonly number[], lower: Float64Array, upper: Float64Array, level: number): number[] {
  return targets
    .map((q) => ({ q, width: (upper[q] as number) - (lower[q] as number) }))
    .filter((entry) => entry.width < level)
    .sort((a, b) => a.width - b.width || a.q - b.q)
    .map((entry) => entry.q);
}

/**
 * Whether a quantity may be hidden as a secondary cell now: never a grand total, nor a quantity no
 * person type can be in (a count the structure fixes at zero could never be protected).
 */
function candidate(input: SuppressInput, marks: Marks, q: number, allowZero: boolean): boolean {
  return (
    marks[q] === 0 &&
    input.grandTotals[q] !== 1 &&
    (input.model.quantities[q]?.length ?? 0) > 0 &&
    input.isNew[q] === 1 &&
    input.ledgerShown[q] !== 1 &&
    (allowZero || (input.exact[q] as number) !== 0)
  );
}

/** The best shown quantity of one relation: fewest total coordinates, then lowest cost; -1 if none. */
function cheapestIn(
  input: SuppressInput,
  variables: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
  allowZero: boolean,
): number {
  let best = -1;
  for (const q of variables) {
    if (!candidate(input, marks, q, allowZero)) continue;
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
 * The fallback when no cell near the failures helps: a shown quantity to hide with `target`,
 * searching relations in rings: those of `target`,
 * then those of the hidden quantities they hold, and so on. Within the first ring with a candidate:
 * the relation with the fewest hidden entries, then the cell with fewest total coordinates and the
 * lowest cost. A zero is picked only when the ring has nothing else and `zeros` allows it.
 */
function partnerFor(
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
    const ordered = ring
      .map((r) => {
        const relation = input.relations[r] as readonly number[];
        return { relation, hiddenCount: relation.filter((q) => marks[q] !== 0 || input.ledgerHidden[q] === 1).length };
      })
      .sort((a, b) => a.hiddenCount - b.hiddenCount);
    for (const allowZero of zeros ? [false, true] : [false]) {
      for (const { relation } of ordered) {
        const best = cheapestIn(input, relation, marks, settings, allowZero);
        if (best >= 0) return best;
      }
    }
    const next: number[] = [];
    for (const { relation } of ordered) {
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
 * The shown quantity, in a relation of a failing one, whose hiding brings the hidden quantities
 * closest to the level ({@link protectionDeficit}): a cell that protects two failing cells at once
 * wins over one that protects one. Ties go to fewer total coordinates, then the lower cost.
 * Zeros are tried only when no other cell helps. `undefined` when no candidate helps.
 */
function bestPartner(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  targets: readonly number[],
  failures: readonly number[],
  marks: Marks,
  settings: SuppressSettings,
  zeros: boolean,
  exact: boolean,
): number | undefined {
  const near = new Set<number>();
  for (const target of failures) {
    for (const r of relationsOf[target] ?? []) for (const q of input.relations[r] ?? []) near.add(q);
  }
  const goal = exact ? failures : targets;
  const before = protectionDeficit(input, marks, settings, goal, exact);
  for (const allowZero of zeros ? [false, true] : [false]) {
    let best = -1;
    let bestGain = 0;
    for (const q of near) {
      if (!candidate(input, marks, q, allowZero) || (allowZero && input.exact[q] !== 0)) continue;
      marks[q] = 2;
      const gain = before - protectionDeficit(input, marks, settings, [...goal, q], exact);
      marks[q] = 0;
      if (gain <= 0) continue;
      if (
        best < 0 ||
        gain > bestGain ||
        (gain === bestGain &&
          ((input.levels[q] as number) < (input.levels[best] as number) ||
            ((input.levels[q] as number) === (input.levels[best] as number) &&
              (settings.cost[q] as number) < (settings.cost[best] as number))))
      ) {
        best = q;
        bestGain = gain;
      }
    }
    if (best >= 0) return best;
  }
  return undefined;
}

/**
 * Primary suppression below the threshold, then secondary suppression, one cell at a time, until
 * every hidden quantity is proven (by integer witness tables) to span at least the level. Each
 * round hides the cell that brings the failing quantities closest to the level (see
 * {@link bestPartner}), so a cell at the crossing of two failing lines is hidden once. Atom bound
 * propagation finds failures fast (its intervals are never narrower than the exact ones, so a
 * failure it finds is real); linear programming with witnesses confirms protection. Then
 * {@link prunePattern} shows again every secondary quantity the others make unnecessary. A grand
 * total is never a secondary cell. When nothing is left to hide near a failing quantity, the
 * pattern is returned and the audit reports the failure.
 */
export function suppressCells(input: SuppressInput, settings: SuppressSettings, start?: SuppressStart): Marks {
  const { threshold, zerosSensitive, markers, level } = settings;
  const size = input.model.quantities.length;
  const zeros = markers === "uniform";
  const marks = new Uint8Array(size);
  let any = false;
  for (let q = 0; q < size; q++) {
    if (input.isNew[q] !== 1 || input.ledgerShown[q] === 1) continue;
    const value = input.exact[q] as number;
    if (input.ledgerHidden[q] === 1) {
      marks[q] = value > 0 && value < threshold ? 1 : 2;
      any = true;
    } else if ((value > 0 && value < threshold) || (zerosSensitive && value === 0)) {
      marks[q] = 1;
      any = true;
    }
  }
  for (const q of start?.secondary ?? []) {
    if (candidate(input, marks, q, true)) marks[q] = 2;
  }
  if (!any && !input.ledgerHidden.includes(1)) return marks;
  const relationsOf: number[][] = Array.from({ length: size }, () => []);
  input.relations.forEach((relation, r) => {
    for (const q of relation) (relationsOf[q] as number[]).push(r);
  });
  for (;;) {
    const knowledge = knowledgeOf(input, marks, settings);
    const targets = targetsOf(input, marks);
    const fast = propagatedBounds(input.model, knowledge);
    let failures = failing(targets, fast.lower, fast.upper, level);
    const exact = failures.length === 0;
    if (exact) {
      const proof: QuantityBounds = quantityBounds(input.model, knowledge, targets, level);
      failures = failing(targets, proof.provenLower, proof.provenUpper, level).filter((q) =>
        Number.isFinite(proof.upper[q] as number),
      );
      if (failures.length === 0) {
        return start?.prune === false ? marks : prunePattern(input, relationsOf, marks, settings);
      }
    }
    // The cell that helps most near the failures; when none helps there, the nearest one further out.
    const partner =
      bestPartner(input, relationsOf, targets, failures, marks, settings, zeros, exact) ??
      failures.map((target) => partnerFor(input, relationsOf, target, marks, settings, zeros)).find((q) => q >= 0);
    if (partner === undefined) return marks;
    marks[partner] = 2;
  }
}
