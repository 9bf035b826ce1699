import type { StatTable } from "../../statTable.js";
import type { QuantityKnowledge } from "./atomBounds.js";
import { type Disclosed, knownInterval } from "./feasibleBounds.js";
import type { ReaderModel } from "./readerModel.js";

/** What a reader is told about a table's protection, from its metadata alone. */
export function disclosedOf(table: StatTable): Disclosed {
  const { threshold, zerosSensitive, rounding, markers, secondary, suppressedSecondary } = table.disclosure;
  return {
    threshold: threshold ?? 1,
    zerosSensitive,
    rounding,
    markers: markers ?? "distinct",
    secondary: secondary !== "none",
    suppressedSecondary: suppressedSecondary ?? null,
  };
}

/**
 * What a reader knows about every quantity: the intersection, over every entry showing it in any
 * table, of what the entry's value, status and its table's metadata tell. With `exact`, shown
 * entries of table `t` read as the exact value of `exact[t]` at the same key (a stronger reader, used
 * to prove protection: a table consistent with exact values is consistent with rounded ones).
 */
export function readerKnowledge(
  model: ReaderModel,
  exact?: readonly (readonly (number | null)[] | undefined)[],
  limit = model.layouts.length,
): QuantityKnowledge {
  const size = model.quantities.length;
  const lower = new Float64Array(size);
  const upper = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  model.layouts.forEach((layout, t) => {
    if (t >= limit) return;
    const disclosed = disclosedOf(layout.table);
    const exactValues = exact?.[t];
    for (let at = 0; at < layout.size; at++) {
      const q = layout.quantity[at] as number;
      const status = layout.statuses[at];
      if (q < 0 || status === undefined) continue;
      let interval = knownInterval(layout.values[at] ?? null, status, disclosed);
      const value = exactValues?.[at];
      if (
        exactValues !== undefined &&
        (status === "published" || status === "rounded") &&
        value !== undefined &&
        value !== null
      ) {
        interval = [value, value];
      }
      if (interval[0] > (lower[q] as number)) lower[q] = interval[0];
      if (interval[1] < (upper[q] as number)) upper[q] = interval[1];
    }
  });
  return { lower, upper };
}
