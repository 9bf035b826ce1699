// The three disclosures of issue 10, each checked by the independent attacker (test/attacker.ts):
// before the reader model was built from person types, every one of these tables passed
// publishTable and its own audit while a reader could recompute a hidden count exactly.
import type { CaseRecord } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { attack, narrowest } from "../test/attacker.js";
import { aggregate } from "./aggregate.js";
import { auditTable } from "./auditTable.js";
import { crossTab } from "./crossTab.js";
import { publishTable, publishTables } from "./protectTable.js";
import type { StatTable } from "./statTable.js";

function attackerWidth(tables: readonly StatTable[]): number | null {
  const intervals = attack(tables);
  if (intervals === "infeasible") throw new Error("the attacker found the published tables contradictory");
  return narrowest(intervals)?.width ?? null;
}

describe("publishTable", () => {
  it("protects nested custom periods when a reader subtracts one period from the one containing it", () => {
    const records = generateSyntheticCases({ count: 500, seed: 1500 });
    const raw = aggregate(records, {
      dimensions: ["period", "regionId"],
      period: [
        { id: "2013-2015", from: "2013-01-01", to: "2015-12-31" },
        { id: "2014", from: "2014-01-01", to: "2014-12-31" },
        { id: "2014H1", from: "2014-01-01", to: "2014-06-30" },
        { id: "2014H2", from: "2014-07-01", to: "2014-12-31" },
      ],
    });
    const published = publishTable(raw);
    const level = published.disclosure.protectionLevel ?? 1;
    const width = attackerWidth([published]);
    expect(width === null || width >= level).toBe(true);
    // The library's own audit agrees with the attacker on the narrowest interval.
    const audit = auditTable(published, raw);
    expect(audit.passed).toBe(true);
    expect(audit.minWidth).toBe(width);
  });

  it("protects the not-recorded count when a subtotal covers every known value of a multi-valued dimension", () => {
    const base = generateSyntheticCases({ count: 50, seed: 77 });
    const forms = (i: number): NonNullable<CaseRecord["exploitation"]> =>
      i < 20
        ? ["forced_labour"]
        : i < 36
          ? ["domestic_servitude"]
          : i < 46
            ? ["forced_labour", "domestic_servitude"]
            : [];
    const records = base.map((record, i) => ({ ...record, exploitation: forms(i) }));
    const raw = aggregate(records, {
      dimensions: [
        { name: "exploitation", subtotals: [{ code: "labour_any", members: ["forced_labour", "domestic_servitude"] }] },
      ],
    });
    const published = publishTable(raw);
    const level = published.disclosure.protectionLevel ?? 1;
    const width = attackerWidth([published]);
    expect(width === null || width >= level).toBe(true);
    expect(auditTable(published, raw).minWidth).toBe(width);
  });
});

describe("publishTables", () => {
  it("protects two tables of the same records so that together they do not give a hidden count", () => {
    const regionIds = Array.from({ length: 10 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`);
    const records = generateSyntheticCases({ count: 200, seed: 530, regionIds });
    const tables = publishTables([crossTab(records, "regionId", "gender"), crossTab(records, "regionId", "ageBand")]);
    const level = tables[0]?.disclosure.protectionLevel ?? 1;
    const width = attackerWidth(tables);
    expect(width === null || width >= level).toBe(true);
  });
});
