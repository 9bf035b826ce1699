// Property suite: random persons, random small tables of them (subtotals, nested periods,
// multi-valued dimensions, rounding, 1-3 tables published together), attacked by the independent
// attacker of test/attacker.ts. No hidden cell of a table whose audit passed may be narrower than
// the protection level, and every attacker interval must hold the true count.
import { type CaseRecord, SEXUAL_EXPLOITATION_FORMS } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, it } from "vitest";
import { HALVES, nestedPeriodDimension } from "../test/dimensionFixtures.js";
import { expectProtected } from "../test/expectProtected.js";
import { rawTableOf } from "../test/rawTable.js";
import { aggregate } from "./aggregate.js";
import type { DimensionName } from "./dimensions.js";
import { protectTables } from "./protectTable.js";
import type { Category, Dimension, StatTable } from "./statTable.js";

interface Person {
  readonly region: number;
  /** Known forms as a bit mask (bits 0, 1, 2), or 0 for "not recorded". */
  readonly forms: number;
  /** Day 0-2: 2014 H1, 2014 H2, 2015. */
  readonly half: number;
}

const REGIONS: Category[] = [
  { code: "north", label: "North", unknown: false },
  { code: "south", label: "South", unknown: false },
  { code: "east", label: "East", unknown: false },
];

const FORMS: Category[] = [
  { code: "labour", label: "Labour", unknown: false },
  { code: "sexual", label: "Sexual", unknown: false },
  { code: "other", label: "Other", unknown: false },
  { code: "unknown", label: "Not recorded", unknown: true },
];

type DimensionKey = "region" | "forms" | "period";

function dimensionOf(key: DimensionKey, subtotal: boolean): Dimension {
  if (key === "region") {
    const categories = subtotal
      ? [...REGIONS, { code: "north-south", label: "North and south", unknown: false, members: ["north", "south"] }]
      : REGIONS;
    return { name: "regionId", label: "Region", kind: "category", multiValued: false, categories };
  }
  if (key === "forms") {
    const categories = subtotal
      ? [...FORMS, { code: "labour-sexual", label: "Labour or sexual", unknown: false, members: ["labour", "sexual"] }]
      : FORMS;
    return { name: "exploitation", label: "Forms", kind: "category", multiValued: true, categories };
  }
  return nestedPeriodDimension();
}

/** The leaf codes a person has in one dimension. */
function codesOf(person: Person, key: DimensionKey): string[] {
  if (key === "region") return [(REGIONS[person.region] as Category).code];
  if (key === "period") return [...(HALVES[person.half] as string[])];
  if (person.forms === 0) return ["unknown"];
  return ["labour", "sexual", "other"].filter((_, bit) => (person.forms & (1 << bit)) !== 0);
}

/** Counts persons into a raw table over the given dimensions (independent of aggregate). */
function rawTable(persons: readonly Person[], keys: readonly DimensionKey[], subtotals: readonly boolean[]): StatTable {
  const dimensions = keys.map((key, j) => dimensionOf(key, subtotals[j] ?? false));
  return rawTableOf(persons, dimensions, (person, d) => codesOf(person, keys[d] as DimensionKey));
}

const person = fc.record({
  region: fc.integer({ min: 0, max: 2 }),
  forms: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 7 })),
  half: fc.integer({ min: 0, max: 2 }),
});

const LAYOUTS: readonly (readonly DimensionKey[])[] = [
  ["region", "forms"],
  ["period", "region"],
  ["forms"],
  ["region"],
  ["period"],
  ["period", "forms"],
];

const tableSpec = fc.record({
  layout: fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
  subtotals: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
});

const BASE = generateSyntheticCases({ count: 1, seed: 5 })[0] as CaseRecord;

/**
 * A case record whose forms of sexual exploitation are each present (1), absent (0) or not recorded
 * (2), as CTDC flags are, or whose field is not recorded at all (`undefined`).
 */
const partlyRecorded = fc
  .record({
    region: fc.constantFrom("BY-HO", "BY-VI", "BY-MI"),
    forms: fc.option(fc.array(fc.constantFrom(0, 0, 1, 2), { minLength: 4, maxLength: 4 }), { nil: undefined }),
  })
  .map(({ region, forms }): CaseRecord => {
    const { sexualExploitationForms: _, notRecorded: __, ...rest } = BASE;
    if (forms === undefined) return { ...rest, regionId: region };
    const pick = (status: number) => SEXUAL_EXPLOITATION_FORMS.filter((_, f) => forms[f] === status);
    const named = pick(2);
    return {
      ...rest,
      regionId: region,
      sexualExploitationForms: pick(1),
      ...(named.length === 0 ? {} : { notRecorded: { sexualExploitationForms: named } }),
    };
  });

const RECORD_LAYOUTS: readonly (readonly DimensionName[])[] = [
  ["regionId", "sexualExploitationForms"],
  ["sexualExploitationForms"],
  ["regionId"],
];

describe("protectTables", () => {
  it("leaves no hidden cell narrower than the protection level when records have values not recorded", () => {
    // The reader model counts a person by the set of values present, or as "none" (recorded, none
    // present) or "not recorded" (no value recorded): values not recorded beside others change
    // which of these a person is, never the model, so tables of such records stay protected.
    fc.assert(
      fc.property(
        fc.array(partlyRecorded, { minLength: 5, maxLength: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: RECORD_LAYOUTS.length - 1 }), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom<"uniform" | "distinct">("uniform", "uniform", "distinct"),
        (records, layouts, threshold, markers) => {
          const raws = layouts.map((layout) =>
            aggregate(records, { dimensions: RECORD_LAYOUTS[layout] as DimensionName[] }),
          );
          expectProtected(raws, protectTables(raws, { threshold, markers }));
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  }, 120_000);

  it("leaves no hidden cell narrower than the protection level against an independent attacker when tables are random", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 5, maxLength: 60 }),
        fc.array(tableSpec, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom<"uniform" | "distinct">("uniform", "uniform", "distinct"),
        fc.constantFrom(null, null, 3, 5),
        (persons, specs, threshold, markers, base) => {
          const raws = specs.map((spec) => rawTable(persons, LAYOUTS[spec.layout] as DimensionKey[], spec.subtotals));
          const published = protectTables(raws, {
            threshold,
            markers,
            ...(base === null ? {} : { rounding: { kind: "nearest" as const, base } }),
          });
          expectProtected(raws, published);
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
  }, 120_000);
});
