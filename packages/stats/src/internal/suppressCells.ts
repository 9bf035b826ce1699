import type { CellStatus } from "../statTable.js";
import { type Disclosed, initialKnowledge, type Knowledge, lpBounds, propagate } from "./feasibleBounds.js";

/** The protection settings suppression needs: what readers are told, except the secondary count it decides. */
type Settings = Omit<Disclosed, "suppressedSecondary" | "secondary">;

import type { TableModel } from "./tableModel.js";

/** Marks per variable: 0 shown, 1 primary, 2 secondary. */
type Marks = Uint8Array;

/**
 * What a reader of the table with these marks would know. Uniform markers publish neither the
 * kind of a hidden entry nor the secondary count, so every hidden entry reads as `"suppressed"`;
 * distinct markers publish both.
 */
function knowledgeOf(model: TableModel, exact: readonly number[], marks: Marks, settings: Settings): Knowledge {
  const uniform = settings.markers === "uniform";
  let suppressedSecondary = 0;
  for (const mark of marks) if (mark === 2) suppressedSecondary++;
  const statuses: (CellStatus | undefined)[] = model.statuses.map((status, v) => {
    if (status === undefined) return undefined;
    if (marks[v] !== 0 && uniform) return "suppressed";
    if (marks[v] === 1) return "suppressed_primary";
    if (marks[v] === 2) return "suppressed_secondary";
    return "published";
  });
  return initialKnowledge(
    { ...model, values: exact, statuses },
    { ...settings, secondary: true, suppressedSecondary: uniform ? null : suppressedSecondary },
  );
}

/** Hidden variables whose interval is narrower than the level, narrowest first. */
function failing(model: TableModel, marks: Marks, bounds: Knowledge, level: number): number[] {
  const result: { v: number; width: number }[] = [];
  for (let v = 0; v < model.size; v++) {
    if (marks[v] === 0 || model.statuses[v] === undefined) continue;
    const width = (bounds.upper[v] as number) - (bounds.lower[v] as number);
    if (width < level) result.push({ v, width });
  }
  return result.sort((a, b) => a.width - b.width || a.v - b.v).map((entry) => entry.v);
}

/** The best shown cell of one relation: fewest total coordinates, then smallest value; -1 if none. */
function cheapestIn(
  model: TableModel,
  variables: readonly number[],
  marks: Marks,
  exact: readonly number[],
  allowZero: boolean,
): number {
  let best = -1;
  for (const v of variables) {
    if (marks[v] !== 0 || model.statuses[v] === undefined || (!allowZero && (exact[v] as number) === 0)) continue;
    if (
      best < 0 ||
      (model.levels[v] as number) < (model.levels[best] as number) ||
      ((model.levels[v] as number) === (model.levels[best] as number) && (exact[v] as number) < (exact[best] as number))
    ) {
      best = v;
    }
  }
  return best;
}

/**
 * Picks a shown cell to hide with `target`. The relations searched come in rings: first those of
 * `target`, then those of the hidden entries they hold, and so on (a cell whose own lines are all
 * hidden can still be pinned down by totals further out). Within the first ring that has a shown
 * cell: the relation with the fewest hidden entries (a singleton line gives it away first), the
 * cell with the fewest total coordinates (inner cells before totals, the grand total last), then
 * the smallest value (least information lost). A zero is picked only when the ring has no non-zero
 * cell and `zeros` allows it (uniform markers, whose readers then allow every hidden cell to be
 * 0). With `nearOnly`, only the first ring is searched. Returns -1 when nothing is left to hide.
 */
function partnerFor(
  model: TableModel,
  target: number,
  marks: Marks,
  exact: readonly number[],
  zeros: boolean,
  nearOnly: boolean,
): number {
  const seen = new Set<number>(model.relationsOf[target] ?? []);
  const reached = new Set<number>([target]);
  let ring = [...seen];
  while (ring.length > 0) {
    const ordered = ring
      .map((r) => {
        const relation = model.relations[r] as (typeof model.relations)[number];
        const hiddenCount = relation.variables.filter((v) => marks[v] !== 0).length;
        return { relation, hiddenCount };
      })
      .sort((a, b) => a.hiddenCount - b.hiddenCount);
    for (const allowZero of zeros ? [false, true] : [false]) {
      for (const { relation } of ordered) {
        const best = cheapestIn(model, relation.variables, marks, exact, allowZero);
        if (best >= 0) return best;
      }
    }
    if (nearOnly) return -1;
    const next: number[] = [];
    for (const { relation } of ordered) {
      for (const v of relation.variables) {
        if (marks[v] === 0 || reached.has(v)) continue;
        reached.add(v);
        for (const r of model.relationsOf[v] ?? []) {
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
 * Primary suppression below the threshold, then greedy secondary suppression until every hidden
 * entry's feasible interval is at least `level` wide. Interval propagation finds failures fast (its
 * intervals are never narrower than the exact ones, so a failure it finds is real); linear
 * programming confirms protection before returning. When no shown cell is left to hide near any
 * failing entry, the pattern is returned as is and the audit reports the failure.
 */
export function suppressCells(model: TableModel, exact: readonly number[], settings: Settings, level: number): Marks {
  const { threshold, zerosSensitive, markers } = settings;
  const zeros = markers === "uniform";
  const marks = new Uint8Array(model.size);
  let any = false;
  for (let v = 0; v < model.size; v++) {
    if (model.statuses[v] === undefined) continue;
    const value = exact[v] as number;
    if ((value > 0 && value < threshold) || (zerosSensitive && value === 0)) {
      marks[v] = 1;
      any = true;
    }
  }
  if (!any) return marks;
  for (;;) {
    const knowledge = knowledgeOf(model, exact, marks, { ...settings, rounding: null });
    let failures = failing(model, marks, propagate(model, knowledge), level);
    if (failures.length === 0) {
      const hidden: number[] = [];
      for (let v = 0; v < model.size; v++) if (marks[v] !== 0) hidden.push(v);
      failures = failing(model, marks, lpBounds(model, knowledge, hidden, level), level);
      if (failures.length === 0) return marks;
    }
    // One partner per failing cell from its own relations, but never two in one relation in the
    // same round. Only when none has such a partner, one cell further out (several failing cells
    // often share that cause, so one at a time).
    let added = false;
    const touched = new Set<number>();
    for (const target of failures) {
      if ((model.relationsOf[target] ?? []).some((r) => touched.has(r))) continue;
      const partner = partnerFor(model, target, marks, exact, zeros, true);
      if (partner >= 0) {
        marks[partner] = 2;
        added = true;
        for (const r of model.relationsOf[partner] ?? []) touched.add(r);
      }
    }
    for (const target of added ? [] : failures) {
      const partner = partnerFor(model, target, marks, exact, zeros, false);
      if (partner >= 0) {
        marks[partner] = 2;
        added = true;
        break;
      }
    }
    // Nothing left to hide: the table is too small for this threshold; the audit will say so.
    if (!added) return marks;
  }
}
