import { propagatedBounds, quantityBounds } from "./atomBounds.js";
import { knowledgeOf } from "./patternProof.js";
import type { Marks, SuppressInput, SuppressSettings } from "./suppressCells.js";

/**
 * How far the hidden quantities `targets` are from the level under these marks: the sum over them
 * of `level - width` where the width falls short. With `exact` the widths are the linear
 * programming ones (needed when bound propagation already finds every width wide enough but the
 * proof does not); otherwise bound propagation's, which are never narrower. A guide for choosing
 * what to hide, never a proof.
 */
export function protectionDeficit(
  input: SuppressInput,
  marks: Marks,
  settings: SuppressSettings,
  targets: readonly number[],
  exact: boolean,
): number {
  const knowledge = knowledgeOf(input, marks, settings);
  const { level } = settings;
  const { lower, upper } = exact
    ? quantityBounds(input.model, knowledge, targets, level)
    : propagatedBounds(input.model, knowledge);
  let deficit = 0;
  for (const q of targets) {
    const width = (upper[q] as number) - (lower[q] as number);
    if (width < level) deficit += level - width;
  }
  return deficit;
}
