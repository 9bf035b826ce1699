import type { CellStatus } from "../statTable.js";
import { type Disclosed, initialKnowledge, type Knowledge, lpBounds, propagate } from "./feasibleBounds.js";
import type { TableModel } from "./tableModel.js";

/** Marks per variable: 0 shown, 1 primary, 2 secondary. */
type Marks = Uint8Array;

function knowledgeOf(model: TableModel, exact: readonly number[], marks: Marks, disclosed: Disclosed): Knowledge {
  const statuses: (CellStatus | undefined)[] = model.statuses.map((status, v) => {
    if (status === undefined) return undefined;
    if (marks[v] === 1) return "suppressed_primary";
    if (marks[v] === 2) return "suppressed_secondary";
    return "published";
  });
  return initialKnowledge({ ...model, values: exact, statuses }, disclosed);
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

/**
 * Picks a shown cell to hide with `target`: from the relation of `target` with the fewest hidden
 * entries (a singleton line gives it away first), the cell with the fewest total coordinates
 * (inner cells before totals, the grand total last), then the smallest value (least information
 * lost). Zeros are not candidates unless zeros are sensitive (they are then primary already).
 */
function partnerFor(model: TableModel, target: number, marks: Marks, exact: readonly number[]): number {
  const relations = [...(model.relationsOf[target] ?? [])]
    .map((r) => {
      const relation = model.relations[r] as (typeof model.relations)[number];
      const hiddenCount = relation.variables.filter((v) => marks[v] !== 0).length;
      return { relation, hiddenCount };
    })
    .sort((a, b) => a.hiddenCount - b.hiddenCount);
  for (const { relation } of relations) {
    let best = -1;
    for (const v of relation.variables) {
      if (marks[v] !== 0 || model.statuses[v] === undefined || (exact[v] as number) === 0) continue;
      if (
        best < 0 ||
        (model.levels[v] as number) < (model.levels[best] as number) ||
        ((model.levels[v] as number) === (model.levels[best] as number) &&
          (exact[v] as number) < (exact[best] as number))
      ) {
        best = v;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * Primary suppression below the threshold, then greedy secondary suppression until every hidden
 * entry's feasible interval is at least `level` wide. Interval propagation finds failures fast (its
 * intervals are never narrower than the exact ones, so a failure it finds is real); linear
 * programming confirms protection before returning. When no shown cell is left to hide, the
 * pattern is returned as is and the audit reports the failure.
 */
export function suppressCells(model: TableModel, exact: readonly number[], disclosed: Disclosed, level: number): Marks {
  const { threshold, zerosSensitive } = disclosed;
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
    const knowledge = knowledgeOf(model, exact, marks, { ...disclosed, rounding: null });
    let failures = failing(model, marks, propagate(model, knowledge), level);
    if (failures.length === 0) {
      const hidden: number[] = [];
      for (let v = 0; v < model.size; v++) if (marks[v] !== 0) hidden.push(v);
      failures = failing(model, marks, lpBounds(model, knowledge, hidden, level), level);
      if (failures.length === 0) return marks;
    }
    // One partner per failing cell, but never two in one relation in the same round.
    let added = false;
    const touched = new Set<number>();
    for (const target of failures) {
      if ((model.relationsOf[target] ?? []).some((r) => touched.has(r))) continue;
      const partner = partnerFor(model, target, marks, exact);
      if (partner >= 0) {
        marks[partner] = 2;
        added = true;
        for (const r of model.relationsOf[partner] ?? []) touched.add(r);
      }
    }
    // Nothing left to hide: the table is too small for this threshold; the audit will say so.
    if (!added) return marks;
  }
}
