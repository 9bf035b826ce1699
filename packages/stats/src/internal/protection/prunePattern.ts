import { provenProtected } from "./patternProof.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/**
 * The hidden quantities that showing `shown` may narrow: those reached from it along relations
 * through hidden quantities (a relation whose other entries are all shown fixes nothing new).
 */
function reachedFrom(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  marks: Marks,
  shown: readonly number[],
): number[] {
  const hidden = (q: number) => marks[q] !== 0 || input.ledgerHidden[q] === 1;
  const seen = new Set<number>(shown);
  const usedRelations = new Set<number>();
  const queue = [...shown];
  const out: number[] = [];
  while (queue.length > 0) {
    const q = queue.pop() as number;
    for (const r of relationsOf[q] ?? []) {
      if (usedRelations.has(r)) continue;
      usedRelations.add(r);
      for (const other of input.relations[r] ?? []) {
        if (seen.has(other) || !hidden(other)) continue;
        seen.add(other);
        out.push(other);
        queue.push(other);
      }
    }
  }
  return out;
}

/**
 * Shows again every secondary quantity whose suppression the others make unnecessary, the most
 * expensive first (then totals before inner cells): each secondary quantity left is needed.
 * Protection only grows with what is hidden, so a run of quantities that can be shown together is
 * accepted in one proof and a run that cannot is split: the result is the one of trying them one
 * at a time, in fewer proofs. Each step proves only the hidden quantities its relations reach; the
 * final pattern is then proven whole, and if that fails (a relation between tables the lines do
 * not hold), the pattern given is returned unchanged.
 */
export function prunePattern(
  input: SuppressInput,
  relationsOf: readonly (readonly number[])[],
  marks: Marks,
  settings: SuppressSettings,
): Marks {
  const out = Uint8Array.from(marks);
  const order: number[] = [];
  for (let q = 0; q < out.length; q++) if (out[q] === 2 && input.ledgerHidden[q] !== 1) order.push(q);
  if (order.length === 0) return out;
  order.sort(
    (a, b) =>
      (settings.cost[b] as number) - (settings.cost[a] as number) ||
      (input.levels[b] as number) - (input.levels[a] as number) ||
      a - b,
  );
  const attempt = (from: number, to: number): boolean => {
    const shown = order.slice(from, to);
    for (const q of shown) out[q] = 0;
    if (provenProtected(input, out, settings, reachedFrom(input, relationsOf, out, shown))) return true;
    for (const q of shown) out[q] = 2;
    if (to - from === 1) return false;
    const middle = from + Math.ceil((to - from) / 2);
    attempt(from, middle);
    attempt(middle, to);
    return false;
  };
  // The run doubles after a success and restarts at one after a failure.
  let at = 0;
  let run = 1;
  while (at < order.length) {
    const to = Math.min(order.length, at + run);
    run = attempt(at, to) ? run * 2 : 1;
    at = to;
  }
  return provenProtected(input, out, settings) ? out : Uint8Array.from(marks);
}
