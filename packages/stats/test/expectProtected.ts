// The one check every disclosure suite makes: the independent attacker narrows no hidden entry of
// the published tables below the protection level, and each of its bounds holds the true count.
import { expect } from "vitest";
import type { StatTable } from "../src/statTable.js";
import { type AttackInterval, attack } from "./attacker.js";

/**
 * Asserts no disclosure in `published` (protected from `raws`, in the same order); `intervals`, the
 * attacker's on `published`, when the caller has them already.
 */
export function expectNoDisclosure(
  raws: readonly StatTable[],
  published: readonly StatTable[],
  intervals: AttackInterval[] | "infeasible" = attack(published),
): void {
  const level = published[0]?.disclosure.protectionLevel ?? 1;
  expect(intervals).not.toBe("infeasible");
  if (intervals === "infeasible") return;
  for (const interval of intervals) {
    const raw = raws[interval.table] as StatTable;
    const truth = [...raw.cells, ...raw.totals].find(
      (cell) => JSON.stringify(cell.key) === JSON.stringify(interval.key),
    )?.value;
    expect(truth).toBeGreaterThanOrEqual(interval.lower);
    if (interval.upper === null) continue;
    expect(truth).toBeLessThanOrEqual(interval.upper);
    expect({ key: interval.key, width: interval.upper - interval.lower >= level }).toEqual({
      key: interval.key,
      width: true,
    });
  }
}

/** As {@link expectNoDisclosure}, for tables whose own audit passed (the others make no claim). */
export function expectProtected(raws: readonly StatTable[], published: readonly StatTable[]): void {
  if (published.some((table) => table.disclosure.audit?.passed !== true)) return;
  expectNoDisclosure(raws, published);
}
