import { type CaseRecord, isNrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AggregateSpec, aggregate } from "../aggregate.js";
import type { DimensionName } from "../dimensions.js";
import type { StatCell, StatTable } from "../statTable.js";
import { createPrivacyLedger, privacySpent } from "./privacyLedger.js";
import { seededRandom } from "./randomSource.js";
import { releaseTables } from "./releaseTables.js";

const REGIONS = ["BY-BR", "BY-HM", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "unknown"];
const SINGLE: readonly DimensionName[] = ["gender", "ageGroup", "ageBand", "migration", "dataSource"];
const MULTI: readonly DimensionName[] = ["exploitationGroup", "meansOfControl", "exploitation", "assistance"];

const keyOf = (key: readonly (string | null)[]) => JSON.stringify(key);

function byKey(table: StatTable): Map<string, StatCell> {
  return new Map([...table.cells, ...table.totals].map((cell) => [keyOf(cell.key), cell]));
}

/** Every count whole and non-negative, and every total over a single-valued dimension the sum of what it totals. */
function expectConsistent(table: StatTable): void {
  const counts = byKey(table);
  for (const cell of counts.values()) {
    expect(Number.isInteger(cell.value)).toBe(true);
    expect(cell.value).toBeGreaterThanOrEqual(0);
  }
  for (const cell of table.totals) {
    for (const [d, dimension] of table.dimensions.entries()) {
      if (cell.key[d] !== null || dimension.multiValued) continue;
      const parts = dimension.categories.map((category) => {
        const key = [...cell.key];
        key[d] = category.code;
        return counts.get(keyOf(key))?.value ?? Number.NaN;
      });
      expect(
        parts.reduce((sum, value) => sum + value, 0),
        `${keyOf(cell.key)} over ${dimension.name}`,
      ).toBe(cell.value);
    }
  }
}

const specArb: fc.Arbitrary<AggregateSpec> = fc
  .record({
    single: fc.subarray([...SINGLE], { minLength: 0, maxLength: 2 }),
    multi: fc.option(fc.constantFrom(...MULTI), { nil: undefined }),
    region: fc.boolean(),
  })
  .filter(({ single, multi, region }) => single.length + (multi === undefined ? 0 : 1) + (region ? 1 : 0) > 0)
  .map(({ single, multi, region }) => ({
    dimensions: [
      ...(region ? [{ name: "regionId" as const, categories: REGIONS }] : []),
      ...single,
      ...(multi === undefined ? [] : [multi]),
    ],
  }));

describe("releaseTables", () => {
  it("releases whole, non-negative counts whose margins add up, in every table, when tables and budgets are random", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(specArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0.01, 0.5, 4),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        (count, seed, specs, budget, pure, cap) => {
          const records = generateSyntheticCases({ count, seed });
          const release = releaseTables(records, specs, {
            ...(pure ? { epsilon: budget } : { rho: budget }),
            ...(cap === undefined ? {} : { maxValuesPerPerson: cap }),
            random: seededRandom(seed),
          });
          expect(release.tables).toHaveLength(specs.length);
          for (const table of release.tables) {
            expect(table.disclosure.method).toBe("differential_privacy");
            expectConsistent(table);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sets the noise for every count a person can change: adding one person moves the raw counts by no more than the sensitivity", () => {
    // The independent side: the raw counts with and without one person, from aggregate.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(specArb, { minLength: 1, maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        (seed, specs, cap) => {
          const records = generateSyntheticCases({ count: 60, seed });
          const release = releaseTables(records, specs, {
            rho: 1,
            ...(cap === undefined ? {} : { maxValuesPerPerson: cap }),
            random: seededRandom(seed),
          });
          const sensitivity = release.tables[0]?.disclosure.privacy?.sensitivity ?? 0;
          for (const person of records.slice(0, 10)) {
            // A capped person's values as the release counts them: at most `cap` of each field.
            const capped = cap === undefined ? person : capRecord(person, cap);
            const without = records.filter((record) => record !== person);
            let moved = 0;
            for (const spec of specs) {
              const before = byKey(aggregate(without, spec));
              const after = byKey(aggregate([...without, capped], spec));
              for (const [key, cell] of after) moved += Math.abs((cell.value ?? 0) - (before.get(key)?.value ?? 0));
            }
            expect(moved).toBeLessThanOrEqual(sensitivity);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("holds the true count in each count's interval at least as often as the stated level", () => {
    const records = generateSyntheticCases({ count: 300, seed: 11 });
    const spec: AggregateSpec = { dimensions: [{ name: "regionId", categories: REGIONS }, "ageGroup", "gender"] };
    const truth = byKey(aggregate(records, spec));
    let inside = 0;
    let all = 0;
    for (let run = 0; run < 60; run++) {
      const [table] = releaseTables(records, [spec], { rho: 0.2, random: seededRandom(run) }).tables;
      for (const cell of [...(table as StatTable).cells, ...(table as StatTable).totals]) {
        const [low, high] = cell.interval ?? [Number.NaN, Number.NaN];
        const real = truth.get(keyOf(cell.key))?.value ?? 0;
        all += 1;
        if (low <= real && real <= high) inside += 1;
      }
    }
    expect(inside / all).toBeGreaterThanOrEqual(0.95);
  });

  it("comes closer to the true counts than the noise alone, because every margin informs the fit", () => {
    const records = generateSyntheticCases({ count: 500, seed: 5 });
    const spec: AggregateSpec = { dimensions: [{ name: "regionId", categories: REGIONS }, "ageBand"] };
    const truth = byKey(aggregate(records, spec));
    let squared = 0;
    let counted = 0;
    let sigma = 0;
    for (let run = 0; run < 30; run++) {
      const [table] = releaseTables(records, [spec], { rho: 0.5, random: seededRandom(100 + run) }).tables;
      sigma = (table as StatTable).disclosure.privacy?.noiseScale ?? 0;
      for (const cell of [...(table as StatTable).cells, ...(table as StatTable).totals]) {
        squared += ((cell.value ?? 0) - (truth.get(keyOf(cell.key))?.value ?? 0)) ** 2;
        counted += 1;
      }
    }
    expect(Math.sqrt(squared / counted)).toBeLessThan(sigma);
  });

  it("refuses a release past the ledger's budget and leaves the ledger as it was", () => {
    const records = generateSyntheticCases({ count: 100, seed: 3 });
    const specs: AggregateSpec[] = [{ dimensions: ["gender"] }];
    let ledger = createPrivacyLedger({ rho: 1 });
    for (const quarter of ["Q1", "Q2", "Q3", "Q4"]) {
      ledger =
        releaseTables(records, specs, { rho: 0.25, ledger, label: quarter, random: seededRandom(1) }).ledger ?? ledger;
    }
    expect(privacySpent(ledger)).toBe(1);
    expect(ledger.releases.map((charge) => charge.label)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
    const over = () => releaseTables(records, specs, { rho: 0.001, ledger, random: seededRandom(1) });
    expect(over).toThrow(expect.objectContaining({ code: "privacy_budget_exceeded" }));
    expect(ledger.releases).toHaveLength(4);
    // An ε-DP release costs ε²/2.
    const yearly = createPrivacyLedger({ rho: 0.5 });
    const once = releaseTables(records, specs, { epsilon: 1, ledger: yearly, random: seededRandom(1) });
    expect(privacySpent(once.ledger ?? yearly)).toBe(0.5);
    expect(() => releaseTables(records, specs, { epsilon: 0.1, ledger: once.ledger ?? yearly })).toThrow(
      expect.objectContaining({ code: "privacy_budget_exceeded" }),
    );
  });

  it.each([
    ["an open dimension without its categories", [{ dimensions: ["regionId"] }], { rho: 1 }, "specs[0].dimensions[0]"],
    [
      "subtotals",
      [{ dimensions: [{ name: "ageBand", subtotals: [{ code: "child", members: ["0-8", "9-17"] }] }] }],
      { rho: 1 },
      "subtotals",
    ],
    ["calendar periods without from and to", [{ dimensions: ["gender"], period: "year" }], { rho: 1 }, "from and to"],
    ["both rho and epsilon", [{ dimensions: ["gender"] }], { rho: 1, epsilon: 1 }, "exactly one of rho"],
    ["no budget", [{ dimensions: ["gender"] }], {}, "exactly one of rho"],
    ["a negative rho", [{ dimensions: ["gender"] }], { rho: -1 }, "options.rho"],
    ["a cap of 0", [{ dimensions: ["gender"] }], { rho: 1, maxValuesPerPerson: 0 }, "maxValuesPerPerson"],
    ["a level of 1", [{ dimensions: ["gender"] }], { rho: 1, confidenceLevel: 1 }, "confidenceLevel"],
  ] as const)("refuses %s with invalid_argument naming it", (_name, specs, options, named) => {
    const records = generateSyntheticCases({ count: 20, seed: 1 });
    try {
      releaseTables(records, specs as unknown as AggregateSpec[], options);
      expect.unreachable();
    } catch (error) {
      expect(isNrmkitError(error, "invalid_argument")).toBe(true);
      expect((error as Error).message).toContain(named);
    }
  });

  it("releases periods, listed regions and a multi-valued dimension in the table's language, with no record-counting note", () => {
    const records = generateSyntheticCases({ count: 200, seed: 9 });
    const [table] = releaseTables(
      records,
      [{ dimensions: ["gender", "exploitationGroup"], period: "year", from: "2015-01-01", to: "2024-12-31" }],
      { rho: 1, random: seededRandom(2) },
    ).tables;
    const periods = table?.dimensions.find((dimension) => dimension.name === "period");
    expect(periods?.categories.map((category) => category.code)).toEqual(
      Array.from({ length: 10 }, (_, index) => String(2015 + index)),
    );
    expect(table?.notes).toEqual([]);
    expect(table?.disclosure.note).toMatch(/differential privacy.*ρ = 1.*±\d+/);
    expectConsistent(table as StatTable);
  });
});

/** A record with at most `cap` values per multi-valued field: the worst case of what the release counts. */
function capRecord(record: CaseRecord, cap: number): CaseRecord {
  const copy: Record<string, unknown> = { ...record };
  for (const field of [
    "exploitation",
    "labourSectors",
    "sexualExploitationForms",
    "meansOfControl",
    "recruiterRelations",
    "assistance",
  ]) {
    const values = copy[field];
    if (Array.isArray(values)) copy[field] = values.slice(0, cap);
  }
  return copy as unknown as CaseRecord;
}
