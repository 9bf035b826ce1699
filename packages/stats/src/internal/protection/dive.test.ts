import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import { attackOnce } from "../../../test/attacker.js";
import { expectNoDisclosure } from "../../../test/expectProtected.js";
import { aggregate } from "../../aggregate.js";
import { protectTables } from "../../protectTable.js";
import { diveWitnessCount, productFormFrom, productFormRunCount } from "./atomBounds.js";
import { readerModel } from "./readerModel.js";
import { runAudit } from "./runAudit.js";
import { sparsePhaseOneFrom } from "./simplex.js";
import { witnessPool } from "./witnessPool.js";

// Two tables over a multi-valued dimension, rounded: a joint model of a few hundred free atoms
// whose root optima are fractional, so protection proves cells with witnesses from dives.
const records = generateSyntheticCases({ count: 60, seed: 18, from: "2014-01-01", to: "2015-12-31" });
const raws = [
  aggregate(records, { dimensions: ["period", "exploitation"], period: "quarter" }),
  aggregate(records, { dimensions: ["regionId", "exploitation"] }),
];
const options = { rounding: { kind: "nearest", base: 5 } } as const;

/**
 * The checks, with phase 1 and root optima dense (this model's size) or in product form
 * (`productForm`, every tableau, restrictions included).
 */
function checks(productForm: boolean) {
  const withRootsIn = <T>(run: () => T): T => {
    const previous = productFormFrom(productForm ? 0 : Number.POSITIVE_INFINITY);
    const previousPhaseOne = sparsePhaseOneFrom(productForm ? 0 : Number.POSITIVE_INFINITY);
    try {
      return run();
    } finally {
      productFormFrom(previous);
      sparsePhaseOneFrom(previousPhaseOne);
    }
  };
  const before = { dives: diveWitnessCount(), productForm: productFormRunCount() };
  const published = withRootsIn(() => protectTables(raws, options));
  const dives = diveWitnessCount() - before.dives;
  const productFormRuns = productFormRunCount() - before.productForm;
  // The attacker's exact intervals, computed once for both tests that read them.
  const intervalsOf = attackOnce(published);

  it("are taken on this model", () => {
    expect(dives).toBeGreaterThan(0);
    if (productForm) expect(productFormRuns).toBeGreaterThan(0);
    else expect(productFormRuns).toBe(0);
    expect(published.every((table) => table.disclosure.audit?.passed === true)).toBe(true);
  });

  it("leave nothing the independent attacker can narrow below the level", () => {
    expectNoDisclosure(raws, published, intervalsOf());
  }, 120_000);

  it("are tables the attacker cannot rule out: every proven value lies in its exact interval", () => {
    const intervals = intervalsOf();
    if (intervals === "infeasible") throw new Error("the attacker found the tables inconsistent");
    // A pool of no witnesses for the audit to adopt: it proves from scratch, diving again.
    witnessPool(readerModel(raws));
    const start = diveWitnessCount();
    const reports = withRootsIn(() => runAudit(published, { originals: raws, proveOnly: true }));
    expect(diveWitnessCount()).toBeGreaterThan(start);
    let checked = 0;
    reports.forEach((report, t) => {
      for (const cell of report.cells) {
        const exact = intervals.find(
          (interval) => interval.table === t && JSON.stringify(interval.key) === JSON.stringify(cell.key),
        );
        if (exact === undefined) throw new Error(`no attacker interval for ${JSON.stringify(cell.key)}`);
        expect(cell.lower).toBeGreaterThanOrEqual(exact.lower);
        if (exact.upper !== null && cell.upper !== null) expect(cell.upper).toBeLessThanOrEqual(exact.upper);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
}

describe("witnesses from dives", () => checks(false));

// The joint models of real releases have 1,000 rows and more, where phase 1 (sparsePhaseOne.ts) and
// root optima (etaSimplex.ts) run in product form; here the same checks hold with both on this
// smaller model.
describe("witnesses from dives, phase 1 and root optima in product form", () => checks(true));
