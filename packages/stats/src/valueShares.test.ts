import {
  type CaseRecord,
  type CaseValueStatus,
  caseValueStatus,
  EXPLOITATION_TYPES,
  type ExploitationType,
  SEXUAL_EXPLOITATION_FORMS,
  type SexualExploitationForm,
} from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { exploitationShares } from "./indicators.js";
import { publishTable } from "./protectTable.js";
import { valueShares } from "./valueShares.js";

const base = generateSyntheticCases({ count: 1, seed: 3 })[0] as CaseRecord;
const REGIONS = ["BY-HO", "BY-VI", "BY-MI"] as const;

/** One person's forms of sexual exploitation: 0 absent, 1 present, 2 not recorded, per form; or the field absent. */
const person = fc.record({
  region: fc.constantFrom(...REGIONS),
  forms: fc.option(fc.array(fc.constantFrom(0, 1, 2), { minLength: 4, maxLength: 4 }), { nil: undefined }),
});

function recordOf(p: { region: string; forms: number[] | undefined }, i: number): CaseRecord {
  const { sexualExploitationForms: _, notRecorded: __, ...rest } = base;
  const common = { ...rest, id: `P-${String(i)}`, regionId: p.region };
  if (p.forms === undefined) return common;
  const pick = (status: number) => SEXUAL_EXPLOITATION_FORMS.filter((_, f) => p.forms?.[f] === status);
  const named = pick(2);
  return {
    ...common,
    sexualExploitationForms: pick(1),
    ...(named.length === 0 ? {} : { notRecorded: { sexualExploitationForms: named } }),
  };
}

/** The counts a share is computed from, the slow way, with core's reading of each value. */
function oracle(records: readonly CaseRecord[], form: SexualExploitationForm, region: string | null) {
  const statuses = records
    .filter((record) => region === null || record.regionId === region)
    .map((record) => caseValueStatus(record, "sexualExploitationForms", form));
  const count = (status: CaseValueStatus) => statuses.filter((s) => s === status).length;
  return { present: count("present"), recorded: count("present") + count("absent") };
}

describe("valueShares", () => {
  it("divides by the persons for whom each value is recorded when statuses are random", () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 80 }), (persons) => {
        const records = persons.map(recordOf);
        const shares = valueShares(records, "sexualExploitationForms", { by: "regionId", protection: false });
        for (const row of shares.rows) {
          const [region, form] = row.key as [string | null, SexualExploitationForm];
          const { present, recorded } = oracle(records, form, region);
          expect(row.numerator, JSON.stringify(row.key)).toBe(present);
          expect(row.denominator, JSON.stringify(row.key)).toBe(recorded);
          if (recorded === 0) expect(row.status).toBe("not_applicable");
          else expect(row.value).toBeCloseTo((100 * present) / recorded, 10);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("reads a group present when one of its forms is and absent only when all are when the field is exploitationGroup", () => {
    const labour: readonly ExploitationType[] = [
      "forced_labour",
      "domestic_servitude",
      "servitude",
      "slavery_practices",
      "child_labour",
    ];
    const others = EXPLOITATION_TYPES.filter((type) => !labour.includes(type));
    const records: CaseRecord[] = [
      { ...base, exploitation: ["domestic_servitude"], notRecorded: { exploitation: ["forced_labour"] } },
      { ...base, exploitation: [], notRecorded: { exploitation: ["forced_labour"] } },
      { ...base, exploitation: [] },
      { ...base, exploitation: [], notRecorded: { exploitation: [...others] } },
    ];
    const [row] = valueShares(records, "exploitationGroup", { values: ["labour"], protection: false }).rows;
    // Present for the first; not recorded for the second; absent for the last two.
    expect(row).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it("withholds a share whose numerator or denominator minus numerator is below the threshold, and shows its denominator when the counts tell it", () => {
    const make = (count: number, forms: readonly SexualExploitationForm[], named: readonly SexualExploitationForm[]) =>
      Array.from(
        { length: count },
        (): CaseRecord => ({
          ...base,
          sexualExploitationForms: forms,
          ...(named.length === 0 ? {} : { notRecorded: { sexualExploitationForms: named } }),
        }),
      );
    const records = [
      ...make(3, ["prostitution", "pornography"], []),
      ...make(5, [], []),
      ...make(85, ["pornography"], ["prostitution"]),
    ];
    const shares = valueShares(records, "sexualExploitationForms", {
      values: ["prostitution", "pornography", "private_sexual_services"],
    });
    const [prostitution, pornography, privateServices] = shares.rows;
    // Prostitution: 3 present and 5 absent (both below 11), 85 not recorded: withheld, denominator 8.
    expect(prostitution).toMatchObject({ value: null, numerator: null, status: "suppressed", denominator: 8 });
    // Pornography: 88 present, 5 absent: withheld, since 100 % minus the share would tell the 5.
    expect(pornography).toMatchObject({ value: null, status: "suppressed" });
    // Private services: 0 present, 93 absent: a zero is shown, as in tables.
    expect(privateServices).toMatchObject({ value: 0, numerator: 0, denominator: 93, status: "published" });
    expect(shares.disclosure.audit?.passed).toBe(true);
    expect(shares.disclosure.suppressedCells).toBeGreaterThan(0);
  });

  it("shows no share with a numerator or rest from 1 to threshold − 1 when records are random", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 30, maxLength: 120 }),
        fc.integer({ min: 3, max: 11 }),
        (persons, threshold) => {
          const records = persons.map(recordOf);
          const shares = valueShares(records, "sexualExploitationForms", { by: "regionId", protection: { threshold } });
          const small = (n: number) => n > 0 && n < threshold;
          for (const row of shares.rows) {
            if (row.value === null) continue;
            expect(small(row.numerator ?? 0)).toBe(false);
            expect(small((row.denominator ?? 0) - (row.numerator ?? 0))).toBe(false);
          }
          expect(shares.disclosure.audit?.passed).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);

  it.each([
    { name: "a single-valued field", field: "gender", options: {} },
    { name: "a value not of the field", field: "sexualExploitationForms", options: { values: ["begging"] } },
    { name: "no values", field: "sexualExploitationForms", options: { values: [] } },
    { name: "a split by period", field: "sexualExploitationForms", options: { by: "period" } },
    {
      name: "a split by the field itself",
      field: "sexualExploitationForms",
      options: { by: "sexualExploitationForms" },
    },
  ])("throws invalid_argument when given $name", ({ field, options }) => {
    expect(() => valueShares([base], field as never, options as never)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("throws invalid_argument when a published table counts the same field", () => {
    const records = generateSyntheticCases({ count: 300, seed: 2 });
    const published = publishTable(aggregate(records, { dimensions: ["exploitationGroup"] }));
    expect(() => exploitationShares(records, { protection: { published: [published] } })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    const bySex = publishTable(aggregate(records, { dimensions: ["gender"] }));
    expect(exploitationShares(records, { protection: { published: [bySex] } }).rows.length).toBe(3);
  });
});
