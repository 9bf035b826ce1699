// Multi-valued dimensions of width 2-8 (issue 18): values no subtotal combines are held as per-value
// counts in the reader model, values a subtotal combines as subsets. Random persons, random linked
// tables (cycles included), rounding, attacked by the independent attacker of test/attacker.ts,
// which holds every subset of values.
import { generateSyntheticCtdcCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formsDimension } from "../test/dimensionFixtures.js";
import { expectProtected } from "../test/expectProtected.js";
import { rawTableOf } from "../test/rawTable.js";
import { aggregate } from "./aggregate.js";
import { auditTables } from "./auditTable.js";
import { protectTables, publishTables } from "./protectTable.js";
import type { Dimension, StatTable } from "./statTable.js";

interface Person {
  readonly region: number;
  readonly sex: number;
  /** Known values as a bit mask; 0 = "none" (recorded, no value applies); -1 = not recorded. */
  readonly values: number;
}

type Key = "region" | "sex" | "forms";

const REGIONS = ["north", "south", "east"];
const SEXES = ["female", "male"];

function dimensionOf(key: Key, width: number, subtotal: boolean): Dimension {
  if (key === "forms") return formsDimension(width, subtotal);
  const codes = key === "region" ? REGIONS : SEXES;
  const categories = codes.map((code) => ({ code, label: code, unknown: false }));
  return { name: key, label: key, kind: "category", multiValued: false, categories };
}

function codesOf(person: Person, key: Key, width: number): string[] {
  if (key === "region") return [REGIONS[person.region] as string];
  if (key === "sex") return [SEXES[person.sex] as string];
  if (person.values < 0) return ["unknown"];
  if (person.values === 0) return ["none"];
  return Array.from({ length: width }, (_, v) => `v${String(v)}`).filter((_, v) => (person.values & (1 << v)) !== 0);
}

/** Counts persons into a raw table (independent of aggregate and of the reader model). */
function rawTable(persons: readonly Person[], keys: readonly Key[], width: number, subtotal: boolean): StatTable {
  const dimensions = keys.map((key) => dimensionOf(key, width, subtotal));
  return rawTableOf(persons, dimensions, (person, d) => codesOf(person, keys[d] as Key, width));
}

const LAYOUTS: readonly (readonly Key[])[] = [
  ["region", "forms"],
  ["forms"],
  ["forms", "sex"],
  ["region", "sex"],
  ["region"],
];

const scenario = fc.integer({ min: 2, max: 8 }).chain((width) =>
  fc.record({
    width: fc.constant(width),
    persons: fc.array(
      fc.record({
        region: fc.integer({ min: 0, max: 2 }),
        sex: fc.integer({ min: 0, max: 1 }),
        values: fc.oneof(fc.constantFrom(-1, 0), fc.integer({ min: 1, max: (1 << width) - 1 })),
      }),
      { minLength: 5, maxLength: 50 },
    ),
    // The attacker holds every subset of values: three-way cycles only for the narrower widths.
    layouts: fc.uniqueArray(fc.integer({ min: 0, max: width <= 5 ? 4 : 1 }), { minLength: 1, maxLength: 3 }),
    subtotal: fc.boolean(),
    threshold: fc.integer({ min: 3, max: 6 }),
    markers: fc.constantFrom<"uniform" | "distinct">("uniform", "distinct"),
    base: fc.constantFrom(null, null, 3),
  }),
);

describe("protectTables", () => {
  it("leaves no hidden cell narrower than the protection level when multi-valued dimensions have 2-8 values", () => {
    fc.assert(
      fc.property(scenario, ({ width, persons, layouts, subtotal, threshold, markers, base }) => {
        const raws = layouts.map((layout) => rawTable(persons, LAYOUTS[layout] as Key[], width, subtotal));
        const published = protectTables(raws, {
          threshold,
          markers,
          ...(base === null ? {} : { rounding: { kind: "nearest" as const, base } }),
        });
        expectProtected(raws, published);
        // The joint audit of the output agrees with the audits protection reported.
        if (published.every((table) => table.disclosure.audit?.passed === true) && base === null) {
          expect(auditTables(published, raws).every((report) => report.passed)).toBe(true);
        }
      }),
      { numRuns: 40, seed: 20261218 },
    );
  }, 300_000);
});

describe("publishTables", () => {
  it("protects a 19-value means-of-control table beside gender and period tables jointly when records are CTDC-like", () => {
    const records = generateSyntheticCtdcCases({ count: 150, seed: 40 });
    const raws = [
      aggregate(records, { dimensions: ["period", "meansOfControl"], period: "year" }),
      aggregate(records, { dimensions: ["meansOfControl", "gender"] }),
      aggregate(records, { dimensions: ["period", "gender"], period: "year" }),
    ];
    const width = raws[0]?.dimensions[1]?.categories.filter((c) => c.members === undefined).length ?? 0;
    expect(width).toBeGreaterThan(17);
    const published = publishTables(raws);
    expect(published.every((table) => table.disclosure.audit?.passed === true)).toBe(true);
    expect(auditTables(published, raws).every((report) => report.passed && report.consistent !== false)).toBe(true);
  }, 120_000);
});
