import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { attackOnce } from "../../../test/attacker.js";
import { expectNoDisclosure } from "../../../test/expectProtected.js";
import { aggregate } from "../../aggregate.js";
import { protectTables } from "../../protectTable.js";
import type { StatTable } from "../../statTable.js";
import { quantityBounds, quickOpenGoalCount } from "./atomBounds.js";
import { readerKnowledge } from "./readerKnowledge.js";
import { readerModel } from "./readerModel.js";
import { largeGaussStartFrom, scoredSearchUpTo } from "./suppressCells.js";

// Two tables of 40 records over a multi-valued dimension, rounded to base 5: a model where the
// first dive of a quick proof misses some goals (found by a search over seeds).
const records = generateSyntheticCases({ count: 40, seed: 11, from: "2014-01-01", to: "2015-12-31" });
const region = { name: "regionId", subtotals: [{ code: "west", members: ["BY-BR", "BY-HR"] }] } as const;
const raws = [
  aggregate(records, { dimensions: [region, "gender"] }),
  aggregate(records, { dimensions: [region, "exploitation"] }),
];
const options = { rounding: { kind: "nearest", base: 5 } } as const;

describe("quick proofs", () => {
  // Quick proofs are for models beyond the scored search; this small one is searched as such, from
  // primary suppression (GaussSuppression's pattern leaves fewer cells to prove).
  const previous = scoredSearchUpTo(0);
  const previousGauss = largeGaussStartFrom(Number.POSITIVE_INFINITY);
  const before = quickOpenGoalCount();
  let published: StatTable[];
  try {
    published = protectTables(raws, options);
  } finally {
    scoredSearchUpTo(previous);
    largeGaussStartFrom(previousGauss);
  }
  const opened = quickOpenGoalCount() - before;
  // The attacker's exact intervals, computed once for both tests that read them.
  const intervalsOf = attackOnce(published);

  it("leave goals open in the rounds of suppression on this model, and the tables pass their own audit", () => {
    expect(opened).toBeGreaterThan(0);
    expect(published.every((table) => table.disclosure.audit?.passed === true)).toBe(true);
  });

  it("leave nothing the independent attacker can narrow below the level", () => {
    expectNoDisclosure(raws, published, intervalsOf());
  }, 180_000);

  it("bound every hidden cell outside the attacker's exact interval and prove values inside it", () => {
    const model = readerModel(published);
    const targets = new Map<number, { table: number; key: string }>();
    model.layouts.forEach((layout, t) => {
      const positions = layout.table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
      for (const cell of [...layout.table.cells, ...layout.table.totals]) {
        if (cell.status !== "suppressed") continue;
        let at = 0;
        cell.key.forEach((code, j) => {
          const position = code === null ? layout.table.dimensions[j]?.categories.length : positions[j]?.get(code);
          at += (position ?? 0) * (layout.strides[j] as number);
        });
        targets.set(layout.quantity[at] as number, { table: t, key: JSON.stringify(cell.key) });
      }
    });
    const intervals = intervalsOf();
    if (intervals === "infeasible") throw new Error("the attacker found the tables inconsistent");
    const start = quickOpenGoalCount();
    // The reader of the published (rounded) tables, weaker than suppression's, at every level up to
    // the tables' own: at some, the first dives miss and goals stay open.
    const level = published[0]?.disclosure.protectionLevel ?? 1;
    for (let width = 1; width <= level; width++) {
      const bounds = quantityBounds(model, readerKnowledge(model), [...targets.keys()], width, { quick: true });
      for (const [q, where] of targets) {
        const exact = intervals.find(
          (interval) => interval.table === where.table && JSON.stringify(interval.key) === where.key,
        );
        if (exact === undefined) throw new Error(`no attacker interval for ${where.key}`);
        const upper = exact.upper ?? Number.POSITIVE_INFINITY;
        // Witnessed values lie inside the exact interval; where they span less than the width (the
        // goals that failed or stayed open), the outer bounds never cut into it.
        if ((bounds.provenUpper[q] as number) - (bounds.provenLower[q] as number) < width) {
          expect(bounds.lower[q]).toBeLessThanOrEqual(exact.lower);
          expect(bounds.upper[q]).toBeGreaterThanOrEqual(upper);
        }
        expect(bounds.provenLower[q]).toBeGreaterThanOrEqual(exact.lower);
        expect(bounds.provenUpper[q]).toBeLessThanOrEqual(upper);
      }
    }
    expect(quickOpenGoalCount()).toBeGreaterThan(start);
    expect(targets.size).toBeGreaterThan(0);
  }, 180_000);
});
