import { propagatedBounds, type QuantityKnowledge, quantityBounds } from "./atomBounds.js";
import { knownInterval } from "./feasibleBounds.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/** What a reader of the tables with these marks (and of earlier publications) knows. */
export function knowledgeOf(input: SuppressInput, marks: Marks, settings: SuppressSettings): QuantityKnowledge {
  const size = input.model.quantities.length;
  const lower = Float64Array.from(input.ledger.lower);
  const upper = Float64Array.from(input.ledger.upper);
  let suppressedSecondary = 0;
  for (const mark of marks) if (mark === 2) suppressedSecondary++;
  const uniform = settings.markers === "uniform";
  const disclosed = {
    threshold: settings.threshold,
    zerosSensitive: settings.zerosSensitive,
    rounding: null,
    markers: settings.markers,
    secondary: true,
    suppressedSecondary: uniform ? null : suppressedSecondary,
  };
  for (let q = 0; q < size; q++) {
    if (input.isNew[q] !== 1) continue;
    const mark = marks[q] as number;
    const status =
      mark === 0 ? "published" : uniform ? "suppressed" : mark === 1 ? "suppressed_primary" : "suppressed_secondary";
    const [lo, hi] = knownInterval(input.exact[q] as number, status, disclosed);
    if (lo > (lower[q] as number)) lower[q] = lo;
    if (hi < (upper[q] as number)) upper[q] = hi;
  }
  return { lower, upper };
}

/** Hidden quantities (this release's and the ledger's): the ones that must stay protected. */
export function targetsOf(input: SuppressInput, marks: Marks): number[] {
  const out: number[] = [];
  for (let q = 0; q < marks.length; q++) if (marks[q] !== 0 || input.ledgerHidden[q] === 1) out.push(q);
  return out;
}

/**
 * Whether integer witness tables prove every hidden quantity of `only` (default: all) at least the
 * level wide under these marks. Bound propagation answers "no" first when it can (its intervals are
 * never narrower than the exact ones, so a failure it finds is real); only then does linear
 * programming prove.
 */
export function provenProtected(
  input: SuppressInput,
  marks: Marks,
  settings: SuppressSettings,
  only?: readonly number[],
): boolean {
  const knowledge = knowledgeOf(input, marks, settings);
  const targets = only ?? targetsOf(input, marks);
  const fast = propagatedBounds(input.model, knowledge);
  for (const q of targets) if ((fast.upper[q] as number) - (fast.lower[q] as number) < settings.level) return false;
  const proof = quantityBounds(input.model, knowledge, targets, settings.level);
  for (const q of targets) {
    if (!Number.isFinite(proof.upper[q] as number)) continue;
    if ((proof.provenUpper[q] as number) - (proof.provenLower[q] as number) < settings.level) return false;
  }
  return true;
}
