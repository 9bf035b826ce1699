// protectTables with rounding (issue 18): suppression and the first proof read shown counts exactly,
// a reader stronger than one of the rounded tables. When that proof fails, the reader of what is
// published decides; these records (found by a search over small linked sets) take that path.
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { attack } from "../test/attacker.js";
import { expectNoDisclosure } from "../test/expectProtected.js";
import { aggregate } from "./aggregate.js";
import { auditTables } from "./auditTable.js";
import { runAudit } from "./internal/protection/runAudit.js";
import { protectTables, publishTables } from "./protectTable.js";

const records = generateSyntheticCases({ count: 40, seed: 28, from: "2014-01-01", to: "2015-12-31" });
const raws = [
  aggregate(records, { dimensions: ["period", "regionId", "gender"], period: "quarter" }),
  aggregate(records, { dimensions: ["period", "ageGroup"], period: "year" }),
  aggregate(records, { dimensions: ["gender", "ageGroup"] }),
];
const options = { rounding: { kind: "nearest", base: 5 } } as const;

describe("protectTables with rounding", () => {
  const published = protectTables(raws, options);

  it("fails the proof that reads shown counts exactly on these records", () => {
    const exact = runAudit(published, { originals: raws, proveOnly: true });
    expect(exact.every((report) => report.passed)).toBe(false);
  });

  it("passes its own audit and auditTables' (the rounded reader's), and publishTables publishes", () => {
    expect(published.every((table) => table.disclosure.audit?.passed === true)).toBe(true);
    expect(auditTables(published, raws).every((report) => report.passed)).toBe(true);
    expect(() => publishTables(raws, options)).not.toThrow();
  });

  it("leaves nothing the independent attacker can narrow below the level", () => {
    expectNoDisclosure(raws, published, attack(published));
  }, 120_000);
});
