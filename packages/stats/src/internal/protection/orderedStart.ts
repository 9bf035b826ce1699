import { propagatedBounds } from "./atomBounds.js";
import { hideable } from "./partnerChoice.js";
import { knowledgeOf } from "./patternProof.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/**
 * A first pattern built the other way round, as GaussSuppression builds its own: every publishable
 * cell hidden, then each shown again in turn (zeros first, since they cannot absorb a change
 * downwards, then the largest cost) unless bound propagation then finds a primary quantity
 * narrower than the level. Only the primary quantities are checked: asking the secondary ones to be
 * protected from the start keeps far more of them hidden; the search that follows protects them.
 * Never a proof: the search repairs what linear programming finds too narrow. Changes `marks`.
 */
export function orderedStart(input: SuppressInput, marks: Marks, settings: SuppressSettings, zeros: boolean): void {
  const primary: number[] = [];
  const order: number[] = [];
  for (let q = 0; q < marks.length; q++) {
    if (marks[q] !== 0 || input.ledgerHidden[q] === 1) primary.push(q);
    else if (hideable(input, marks, q, zeros)) order.push(q);
  }
  for (const q of order) marks[q] = 2;
  order.sort(
    (a, b) =>
      Number(input.exact[b] === 0) - Number(input.exact[a] === 0) ||
      (settings.cost[b] as number) - (settings.cost[a] as number) ||
      (input.levels[b] as number) - (input.levels[a] as number) ||
      a - b,
  );
  for (const q of order) {
    marks[q] = 0;
    const { lower, upper } = propagatedBounds(input.model, knowledgeOf(input, marks, settings));
    if (primary.some((p) => (upper[p] as number) - (lower[p] as number) < settings.level)) marks[q] = 2;
  }
}
