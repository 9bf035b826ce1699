// Publishing tables of the same records one by one, or with a ledger: every way either protects the
// tables together or refuses. Checked with the independent attacker over everything published.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { expectNoDisclosure } from "../test/expectProtected.js";
import { LINKED_FAMILIES, linkedRecords } from "../test/linkedFamilies.js";
import { aggregate } from "./aggregate.js";
import { crossTab } from "./crossTab.js";
import { protectTable, protectTables, publishTable, publishTables } from "./protectTable.js";
import { forgetPublishedTables } from "./publicationHistory.js";
import type { StatTable } from "./statTable.js";

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe("publishing tables of the same records one by one", () => {
  for (const [family, specs, options] of LINKED_FAMILIES) {
    it(`protects each table against those published before, or refuses: ${family}`, () => {
      for (const seed of [1, 2, 3]) {
        forgetPublishedTables();
        const data = linkedRecords(seed);
        const raws: StatTable[] = [];
        const published: StatTable[] = [];
        for (const spec of specs) {
          const raw = aggregate(data, spec);
          try {
            published.push(publishTable(raw, options));
            raws.push(raw);
          } catch (error) {
            // A refusal is allowed; a table that went out is not.
            expect(codeOf(error)).toBe("disclosure_risk");
          }
        }
        expect(published.length).toBeGreaterThan(0);
        expectNoDisclosure(raws, published);
      }
    });
  }

  it("gives the reproducer of the issue (age band, then age group, 150 records, seed 950) no exact total", () => {
    const data = generateSyntheticCases({ count: 150, seed: 950 });
    const raws = [crossTab(data, "regionId", "ageBand"), crossTab(data, "regionId", "ageGroup")];
    const published = raws.map((raw) => publishTable(raw));
    expectNoDisclosure(raws, published);
  });

  it("returns the table that went out when the same table is published again with the same options", () => {
    const data = linkedRecords(4);
    const first = publishTable(crossTab(data, "regionId", "ageGroup"));
    const again = publishTable(crossTab(linkedRecords(4), "regionId", "ageGroup"));
    expect(again).toBe(first);
  });

  it("protects the same table published again with other options against the first", () => {
    const data = linkedRecords(5);
    const raw = crossTab(data, "regionId", "ageBand");
    const first = publishTable(raw, { threshold: 11 });
    let second: StatTable | undefined;
    try {
      second = publishTable(crossTab(data, "regionId", "ageBand"), { threshold: 5 });
    } catch (error) {
      expect(codeOf(error)).toBe("disclosure_risk");
    }
    if (second !== undefined) expectNoDisclosure([raw, raw], [first, second]);
  });

  it("refuses a table whose cells earlier publications show exactly but that must now be hidden", () => {
    const data = linkedRecords(6);
    const low = publishTable(crossTab(data, "regionId", "ageBand"), { threshold: 3 });
    const small = low.cells.some((cell) => cell.value !== null && cell.value > 0 && cell.value < 11);
    expect(small).toBe(true);
    expect(() => publishTable(crossTab(data, "regionId", "ageBand"), { threshold: 11 })).toThrow(
      /published before in this process/,
    );
  });

  it("links tables by the records' content, in any order, not by their ids", () => {
    const data = linkedRecords(7);
    const first = publishTable(crossTab(data, "regionId", "ageBand"), { threshold: 3 });
    expect(first.disclosure.audit?.passed).toBe(true);
    // Same records in another order: the same set, so the earlier table is the ledger.
    expect(() => publishTable(crossTab([...data].reverse(), "regionId", "ageBand"), { threshold: 11 })).toThrow(
      /published before/,
    );
    // Other records with the same ids (another seed): not linked.
    expect(publishTable(crossTab(linkedRecords(8), "regionId", "ageBand")).disclosure.audit?.passed).toBe(true);
  });

  it("forgets every publication on request", () => {
    const data = linkedRecords(9);
    publishTable(crossTab(data, "regionId", "ageBand"), { threshold: 3 });
    forgetPublishedTables();
    expect(publishTable(crossTab(data, "regionId", "ageBand")).disclosure.audit?.passed).toBe(true);
  });

  it("does not remember what only protectTable returned", () => {
    const data = linkedRecords(10);
    protectTable(crossTab(data, "regionId", "ageBand"), { threshold: 3 });
    expect(publishTable(crossTab(data, "regionId", "ageBand")).disclosure.audit?.passed).toBe(true);
  });
});

describe("the published-tables ledger", () => {
  it("throws instead of returning tables whose joint audit fails", () => {
    const data = linkedRecords(11);
    const [low] = protectTables([crossTab(data, "regionId", "ageBand")], { threshold: 3 });
    const raw = crossTab(data, "regionId", "ageBand");
    expect(() => protectTable(raw, { published: [low as StatTable] })).toThrow(
      expect.objectContaining({ code: "disclosure_risk" }),
    );
    expect(() => protectTables([raw], { published: [low as StatTable] })).toThrow(/published table/);
  });

  it("returns protected tables that hold with the ledger under the attacker", () => {
    for (const [, specs, options] of LINKED_FAMILIES) {
      const data = linkedRecords(12);
      const [firstSpec, ...rest] = specs;
      if (firstSpec === undefined) continue;
      const firstRaw = aggregate(data, firstSpec);
      const [first] = protectTables([firstRaw], options);
      const raws = rest.map((spec) => aggregate(data, spec));
      let later: StatTable[] = [];
      try {
        later = publishTables(raws, { ...options, published: [first as StatTable] });
      } catch (error) {
        expect(codeOf(error)).toBe("disclosure_risk");
        continue;
      }
      expectNoDisclosure([firstRaw, ...raws], [first as StatTable, ...later]);
    }
  });
});
