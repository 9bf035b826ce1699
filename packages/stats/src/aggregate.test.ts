import {
  type CaseRecord,
  CONTROL_MEANS,
  caseValueStatus,
  defineCaseFields,
  EXPLOITATION_TYPES,
  isChildAgeBand,
  isFieldRecorded,
  MULTI_VALUED_CASE_FIELDS,
  type MultiValuedCaseField,
  NrmkitError,
} from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import type { DimensionName } from "./dimensions.js";
import { encodeCases } from "./encodeCases.js";
import type { StatTable } from "./statTable.js";
import { cellAt } from "./tableGrid.js";

type Granularity = "month" | "quarter" | "year";

/** The values a record takes along a dimension, computed the slow, obvious way. */
function valuesOf(record: CaseRecord, name: DimensionName, period?: Granularity): string[] {
  // Per value, as core reads it: the values present; else "none" when the field is recorded, "unknown" when not.
  const statusOf = (field: MultiValuedCaseField, map: (value: string) => string = (value) => value) => {
    const present = (MULTI_VALUED_CASE_FIELDS[field] as readonly string[])
      .filter((value) => caseValueStatus(record, field, value as never) === "present")
      .map(map);
    if (present.length > 0) return [...new Set(present)];
    return [isFieldRecorded(record, field) ? "none" : "unknown"];
  };
  switch (name) {
    case "period": {
      const date = record.registrationDate;
      if (period === "month") return [date.slice(0, 7)];
      if (period === "quarter") return [`${date.slice(0, 4)}-Q${String(Math.ceil(Number(date.slice(5, 7)) / 3))}`];
      return [date.slice(0, 4)];
    }
    case "ageGroup":
      if (record.ageBand === "unknown") {
        return [
          record.majorityStatus === undefined ? "unknown" : record.majorityStatus === "minor" ? "child" : "adult",
        ];
      }
      return [isChildAgeBand(record.ageBand) ? "child" : "adult"];
    case "migration":
      if (record.citizenship === "unknown" || record.exploitationCountry === "unknown") return ["unknown"];
      return [record.citizenship === record.exploitationCountry ? "internal" : "transnational"];
    case "exploitation":
      return statusOf("exploitation");
    case "exploitationGroup":
      return statusOf("exploitation", (type) =>
        type === "sexual_exploitation"
          ? "sexual"
          : ["forced_labour", "domestic_servitude", "servitude", "slavery_practices", "child_labour"].includes(type)
            ? "labour"
            : "other",
      );
    case "meansOfControl":
    case "assistance":
    case "labourSectors":
    case "sexualExploitationForms":
    case "recruiterRelations":
      return statusOf(name);
    case "abduction":
      return [record.abduction === undefined ? "unknown" : String(record.abduction)];
    default: {
      if (name.startsWith("extra.")) {
        const value = record.extra?.[name.slice(6)];
        return [value === undefined ? "unknown" : String(value)];
      }
      const value = record[name as "regionId"];
      return [value ?? "unknown"];
    }
  }
}

/** Reference counts: every key with a value or null (total) per dimension, counting persons. */
function referenceCounts(
  records: readonly CaseRecord[],
  names: readonly DimensionName[],
  period?: Granularity,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    let keys: (string | null)[][] = [[]];
    for (const name of names) {
      const options = [...valuesOf(record, name, period), null];
      keys = keys.flatMap((key) => options.map((option) => [...key, option]));
    }
    for (const key of keys) counts.set(JSON.stringify(key), (counts.get(JSON.stringify(key)) ?? 0) + 1);
  }
  return counts;
}

function expectMatchesReference(
  table: StatTable,
  records: readonly CaseRecord[],
  names: readonly DimensionName[],
  period?: Granularity,
): void {
  const reference = referenceCounts(records, names, period);
  for (const cell of [...table.cells, ...table.totals]) {
    expect(cell.value, JSON.stringify(cell.key)).toBe(reference.get(JSON.stringify(cell.key)) ?? 0);
  }
  // Every non-zero reference count appears in the table.
  for (const [key, count] of reference) {
    expect(cellAt(table, JSON.parse(key) as (string | null)[])?.value, key).toBe(count);
  }
}

const NAMES: DimensionName[] = [
  "regionId",
  "gender",
  "ageBand",
  "ageGroup",
  "citizenship",
  "exploitationCountry",
  "migration",
  "exploitation",
  "exploitationGroup",
  "meansOfControl",
  "assistance",
  "recruiterRelations",
  "referringAgencyKind",
  "traffickingStatus",
  "caseStatus",
  "registrationCountry",
  "dataSource",
  "majorityStatus",
  "majorityStatusAtExploitation",
  "majorityStatusAtEntry",
  "labourSectors",
  "sexualExploitationForms",
  "abduction",
  "traffickingStatusDecidedBy",
  "extra.district",
  "extra.stateProgramme",
];

const FIELDS = defineCaseFields([
  { name: "district", type: "code", codes: ["d1", "d2", "d3"] },
  { name: "stateProgramme", type: "boolean" },
]);

/**
 * Values of a multi-valued record field not recorded beside known ones (CTDC flags left empty): a
 * record drops its first value and names it with the next one of the vocabulary; every ninth one
 * names every value of an empty list (then not recorded at all).
 */
function partlyRecorded(record: CaseRecord, i: number): CaseRecord {
  const exploitation = record.exploitation;
  if (i % 9 === 4) return { ...record, meansOfControl: [], notRecorded: { meansOfControl: [...CONTROL_MEANS] } };
  if (i % 9 === 7) return { ...record, meansOfControl: [], notRecorded: { meansOfControl: CONTROL_MEANS.slice(0, 3) } };
  if (exploitation === undefined || i % 4 !== 1) return record;
  const [first] = exploitation;
  const next = EXPLOITATION_TYPES.find((type) => !exploitation.includes(type));
  const named = [...(first === undefined ? [] : [first]), ...(next === undefined ? [] : [next])];
  return { ...record, exploitation: exploitation.slice(1), notRecorded: { exploitation: named } };
}

/** Synthetic records made more like real data: regions missing, empty lists (none), values not recorded, user-defined values. */
function varied(records: readonly CaseRecord[]): CaseRecord[] {
  return records.map((record, i) => {
    const { regionId, ...rest } = record;
    const extra: Record<string, string | boolean> = {};
    if (i % 3 !== 0) extra.district = ["d1", "d2", "d3"][i % 3 === 1 ? (i >> 2) % 3 : 2] as string;
    if (i % 4 !== 0) extra.stateProgramme = i % 5 < 2;
    return partlyRecorded(
      {
        ...(i % 7 === 0 ? rest : record),
        ...(i % 5 === 0 ? { meansOfControl: [], recruiterRelations: [] } : {}),
        ...(i % 6 === 0 ? { exploitation: [] } : {}),
        extra,
      },
      i,
    );
  });
}

describe("aggregate", () => {
  it("matches a record-by-record reference count when dimensions and periods are random", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.nat(1000),
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom<Granularity>("month", "quarter", "year"), { nil: undefined }),
        (count, seed, names, period) => {
          const records = varied(generateSyntheticCases({ count, seed, from: "2014-01-01", to: "2015-06-30" }));
          const table = aggregate(
            records,
            period === undefined
              ? { dimensions: names, fields: FIELDS }
              : { dimensions: names, period, fields: FIELDS },
          );
          const all: DimensionName[] = period === undefined ? names : ["period", ...names];
          expect(table.dimensions.map((dimension) => dimension.name)).toEqual(all);
          expectMatchesReference(table, records, all, period);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("adds up cells to every total along single-valued dimensions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(1000), (count, seed) => {
        const records = generateSyntheticCases({ count, seed });
        const table = aggregate(records, { dimensions: ["regionId", "gender"], period: "year" });
        const [years, regions, sexes] = table.dimensions.map((dimension) =>
          dimension.categories.map((category) => category.code),
        ) as [string[], string[], string[]];
        for (const year of [...years, null]) {
          for (const region of [...regions, null]) {
            const sum = sexes.reduce((total, sex) => total + (cellAt(table, [year, region, sex])?.value ?? 0), 0);
            expect(cellAt(table, [year, region, null])?.value).toBe(sum);
          }
        }
        expect(cellAt(table, [null, null, null])?.value).toBe(count);
      }),
      { numRuns: 30 },
    );
  });

  it("counts persons, not mentions, in the totals of a multi-valued dimension", () => {
    const records = generateSyntheticCases({ count: 500, seed: 11 });
    const table = aggregate(records, { dimensions: ["exploitation"] });
    const mentions = table.cells.reduce((total, cell) => total + (cell.value ?? 0), 0);
    expect(cellAt(table, [null])?.value).toBe(500);
    expect(mentions).toBeGreaterThan(500);
    expect(table.dimensions[0]?.multiValued).toBe(true);
    expect(table.notes.length).toBe(1);
  });

  it("keeps not recorded apart from zero when values are unknown", () => {
    const records = generateSyntheticCases({ count: 2000, seed: 2 });
    const table = aggregate(records, { dimensions: ["gender"] });
    const unknown = table.dimensions[0]?.categories.find((category) => category.code === "unknown");
    expect(unknown?.unknown).toBe(true);
    expect(cellAt(table, ["unknown"])?.value).toBe(records.filter((record) => record.gender === "unknown").length);
    // A known category nobody has is a real zero, shown as 0, not left out.
    const none = aggregate(records.slice(0, 5), { dimensions: ["exploitation"] });
    expect(none.dimensions[0]?.categories.length).toBe(EXPLOITATION_TYPES.length + 2);
    expect(none.cells.some((cell) => cell.value === 0 && cell.key[0] !== "unknown")).toBe(true);
  });

  it("counts not recorded apart from every known value when records are random", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.nat(1000), (count, seed) => {
        const records = generateSyntheticCases({ count, seed });
        const table = aggregate(records, { dimensions: ["exploitation", "ageBand"] });
        const noForm = records.filter((record) => record.exploitation === undefined).length;
        const noAge = records.filter((record) => record.ageBand === "unknown").length;
        expect(cellAt(table, ["unknown", null])?.value).toBe(noForm);
        expect(cellAt(table, [null, "unknown"])?.value).toBe(noAge);
        // A known category is never merged into "not recorded": the known cells hold everyone else.
        const knownAges = table.cells.filter((cell) => cell.key[0] === "unknown" && cell.key[1] !== "unknown");
        expect(knownAges.reduce((sum, cell) => sum + (cell.value ?? 0), 0)).toBe(
          noForm - (cellAt(table, ["unknown", "unknown"])?.value ?? 0),
        );
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    {
      name: "present beside a value not recorded",
      exploitation: ["begging"],
      named: ["forced_labour"],
      cell: "begging",
    },
    { name: "none when the rest is absent", exploitation: [], named: ["forced_labour"], cell: "none" },
    { name: "unknown when every value is not recorded", exploitation: [], named: EXPLOITATION_TYPES, cell: "unknown" },
  ] as const)("counts a person $name", ({ exploitation, named, cell }) => {
    const [record] = generateSyntheticCases({ count: 1, seed: 1 }) as [CaseRecord];
    const table = aggregate([{ ...record, exploitation, notRecorded: { exploitation: named } }], {
      dimensions: ["exploitation"],
    });
    expect(table.cells.filter((entry) => entry.value === 1).map((entry) => entry.key[0])).toEqual([cell]);
    expect(cellAt(table, [null])?.value).toBe(1);
  });

  it("notes values not recorded beside known ones only when some record has them", () => {
    const records = generateSyntheticCases({ count: 50, seed: 6 });
    const plain = aggregate(records, { dimensions: ["exploitationGroup", "meansOfControl"] });
    const partly = aggregate(varied(records), { dimensions: ["exploitationGroup", "meansOfControl"] });
    const noted = (table: StatTable) => table.notes.filter((note) => note.includes("not recorded while")).length;
    expect(noted(plain)).toBe(0);
    expect(noted(partly)).toBe(2);
  });

  it("gives the same table when the input is encoded first", () => {
    const records = generateSyntheticCases({ count: 400, seed: 5 });
    const spec = { dimensions: ["regionId", "exploitationGroup"], period: "quarter" } as const;
    expect(aggregate(encodeCases(records), spec)).toEqual(aggregate(records, spec));
  });

  it("counts a person in every overlapping custom period when periods overlap", () => {
    const records = generateSyntheticCases({ count: 300, seed: 1, from: "2013-01-01", to: "2016-12-31" });
    const table = aggregate(records, {
      dimensions: ["period"],
      period: [
        { id: "sp-2013-2015", label: "State Programme 2013-2015", from: "2013-01-01", to: "2015-12-31" },
        { id: "y2014", from: "2014-01-01", to: "2014-12-31" },
      ],
    });
    const inProgramme = records.filter((record) => record.registrationDate <= "2015-12-31").length;
    const in2014 = records.filter((record) => record.registrationDate.startsWith("2014")).length;
    expect(table.dimensions[0]?.multiValued).toBe(true);
    expect(cellAt(table, ["sp-2013-2015"])?.value).toBe(inProgramme);
    expect(cellAt(table, ["y2014"])?.value).toBe(in2014);
    // 2016 is outside every period, so the total counts only the programme years.
    expect(cellAt(table, [null])?.value).toBe(inProgramme);
  });

  it("adds hierarchical subtotals that count persons in any member", () => {
    const records = generateSyntheticCases({ count: 600, seed: 3 });
    const table = aggregate(records, {
      dimensions: [{ name: "ageBand", subtotals: [{ code: "child", label: "Children", members: ["0-8", "9-17"] }] }],
    });
    const children = records.filter((record) => record.ageBand === "0-8" || record.ageBand === "9-17").length;
    expect(cellAt(table, ["child"])?.value).toBe(children);
    expect(table.dimensions[0]?.categories.at(-1)?.members).toEqual(["0-8", "9-17"]);
    expect(cellAt(table, [null])?.value).toBe(600);
  });

  it("leaves out records outside the chosen categories and dates", () => {
    const records = generateSyntheticCases({ count: 400, seed: 4 });
    const table = aggregate(records, {
      dimensions: [{ name: "regionId", categories: ["BY-HO", "BY-VI"] }],
      from: "2014-01-01",
      to: "2014-12-31",
    });
    const expected = records.filter(
      (record) => ["BY-HO", "BY-VI"].includes(record.regionId ?? "") && record.registrationDate.startsWith("2014"),
    ).length;
    expect(cellAt(table, [null])?.value).toBe(expected);
    expect(table.notes.some((note) => note.includes("Only records"))).toBe(true);
  });

  it.each([
    ["no dimension", { dimensions: [] }, "invalid_argument"],
    ["a repeated dimension", { dimensions: ["gender", "gender"] }, "invalid_argument"],
    ["period without a period option", { dimensions: ["period"] }, "invalid_argument"],
    ["an unknown dimension", { dimensions: ["shoeSize"] }, "invalid_argument"],
    [
      "a malformed custom period",
      { dimensions: ["gender"], period: [{ id: "x", from: "2014-13-01", to: "2014-12-31" }] },
      "invalid_date",
    ],
  ])("throws when the spec has %s", (_, spec, code) => {
    const records = generateSyntheticCases({ count: 10 });
    expect(() => aggregate(records, spec as never)).toThrow(NrmkitError);
    expect(() => aggregate(records, spec as never)).toThrow(expect.objectContaining({ code }));
  });

  it("throws invalid_argument when a value is outside its vocabulary", () => {
    const [record] = generateSyntheticCases({ count: 1 });
    const bad = { ...(record as CaseRecord), gender: "robot" } as unknown as CaseRecord;
    expect(() => aggregate([bad], { dimensions: ["gender"] })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
