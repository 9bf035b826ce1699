import { type CaseRecord, NrmkitError } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AggregateSpec, aggregate } from "./aggregate.js";
import { emptyPartial, mergePartials, type PartialAggregate, partialAggregate, partialTable } from "./partials.js";
import { publishTable } from "./protectTable.js";
import { createPseudonymiser } from "./pseudonym.js";
import { cellAt } from "./tableGrid.js";

const secret = "a shared secret of the MoU parties";
const byId = { key: (record: CaseRecord) => record.id, secret };
const spec: AggregateSpec = { dimensions: ["regionId", "exploitationGroup"], period: "year" };
const records = generateSyntheticCases({ count: 90, seed: 17 });

/** Three agencies with overlapping registers (some persons registered by two or three agencies). */
async function agencies(): Promise<PartialAggregate[]> {
  const slices = [records.slice(0, 40), records.slice(30, 70), records.slice(60, 90).concat(records.slice(0, 5))];
  return Promise.all(slices.map((slice) => partialAggregate(slice, spec, byId)));
}

describe("createPseudonymiser", () => {
  it("gives the same pseudonym for the same key and secret, and another with another secret", async () => {
    const first = await createPseudonymiser(secret);
    const second = await createPseudonymiser("another secret of at least 16 bytes");
    expect(await first("case-1")).toBe(await first("case-1"));
    expect(await first("case-1")).not.toBe(await first("case-2"));
    expect(await first("case-1")).not.toBe(await second("case-1"));
    expect(await first("case-1")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("throws invalid_argument when the secret is shorter than 16 bytes", async () => {
    await expect(createPseudonymiser("short")).rejects.toThrow(NrmkitError);
    await expect(createPseudonymiser("short")).rejects.toMatchObject({ code: "invalid_argument" });
  });
});

describe("partialAggregate", () => {
  it("lists each person once under a pseudonym, never the case key", async () => {
    const twice = [...records.slice(0, 10), ...records.slice(0, 10)];
    const partial = await partialAggregate(twice, spec, byId);
    expect(partial.persons.length).toBe(10);
    expect(JSON.stringify(partial)).not.toContain("SYN-");
    expect(partial.persons.map((person) => person.pseudonym)).toEqual(
      partial.persons.map((person) => person.pseudonym).sort(),
    );
  });

  it("places or notes every record, never both, when registration dates are coarse at random", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(4, 7, 10), { minLength: 1, maxLength: 60 }),
        fc.constantFrom("month", "quarter", "year" as const),
        async (precisions, period) => {
          const dated = generateSyntheticCases({
            count: precisions.length,
            seed: precisions.length,
            from: "2018-01-01",
            to: "2019-12-31",
          });
          const coarse = dated.map((record, i) => ({
            ...record,
            registrationDate: record.registrationDate.slice(0, precisions[i]),
          }));
          const partial = await partialAggregate(coarse, { dimensions: ["gender"], period }, byId);
          const placed = new Set(partial.persons.map((person) => person.pseudonym));
          expect(partial.unplaced.some((pseudonym) => placed.has(pseudonym))).toBe(false);
          expect(partial.persons.length + partial.unplaced.length).toBe(coarse.length);
          // Oracle: a date is placed when it is at least as precise as the periods need.
          const needs = period === "year" ? 4 : 7;
          expect(partial.unplaced.length).toBe(
            coarse.filter((record) => record.registrationDate.length < needs).length,
          );
          const table = partialTable(partial);
          const note = table.notes.find((text) => text.includes("could not be placed"));
          const noted = note === undefined ? 0 : Number(/^(\d+) person/.exec(note)?.[1]);
          expect((cellAt(table, [null, null])?.value ?? 0) + noted).toBe(coarse.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("mergePartials", () => {
  it("is associative, commutative and idempotent, with emptyPartial as identity", async () => {
    const parts = await agencies();
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 3, maxLength: 3 }), async (order) => {
        const pick = (i: number) => (i === 3 ? emptyPartial : (parts[i] as PartialAggregate));
        const [a, b, c] = order.map(pick) as [PartialAggregate, PartialAggregate, PartialAggregate];
        expect(mergePartials(mergePartials(a, b), c)).toEqual(mergePartials(a, mergePartials(b, c)));
        expect(mergePartials(a, b)).toEqual(mergePartials(b, a));
        expect(mergePartials(a, a)).toEqual(a);
        expect(mergePartials(a, emptyPartial)).toEqual(a);
        expect(mergePartials(emptyPartial, a)).toEqual(a);
      }),
      { numRuns: 24 },
    );
  });

  it("counts a person registered by several agencies once, as if the registers were one", async () => {
    const [a, b, c] = (await agencies()) as [PartialAggregate, PartialAggregate, PartialAggregate];
    const merged = mergePartials(mergePartials(a, b), c);
    expect(merged.persons.length).toBe(90);
    const table = partialTable(merged);
    const direct = aggregate(records, spec);
    expect(table.dimensions).toEqual(direct.dimensions);
    expect(table.cells).toEqual(direct.cells);
    expect(table.totals).toEqual(direct.totals);
  });

  it("gives the same table whatever the order of arrival when partials are random slices", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 4 }),
        async (slices) => {
          const parts = await Promise.all(
            slices.map(([start, length]) => partialAggregate(records.slice(start, start + length), spec, byId)),
          );
          const forward = parts.reduce(mergePartials, emptyPartial);
          const backward = [...parts].reverse().reduce(mergePartials, emptyPartial);
          expect(forward).toEqual(backward);
          const unique = new Set(
            slices.flatMap(([start, length]) => records.slice(start, start + length).map((record) => record.id)),
          );
          expect(cellAt(partialTable(forward), [null, null, null])?.value).toBe(unique.size);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("keeps the earliest period and drops not recorded when agencies disagree", async () => {
    const [record] = records as [CaseRecord];
    const { exploitation: _dropped, ...unrecorded } = record;
    const early = { ...unrecorded, registrationDate: "2013-05-01" };
    const late = { ...record, registrationDate: "2015-05-01", exploitation: ["forced_labour" as const] };
    const merged = mergePartials(
      await partialAggregate([late], spec, byId),
      await partialAggregate([early], spec, byId),
    );
    const table = partialTable(merged);
    expect(cellAt(table, ["2013", record.regionId ?? null, "labour"])?.value).toBe(1);
    expect(cellAt(table, ["2015", record.regionId ?? null, null])?.value).toBe(0);
    expect(cellAt(table, [null, null, "unknown"])?.value).toBe(0);
  });

  it("counts a person one agency could not place where another placed them", async () => {
    const [record] = records as [CaseRecord];
    const monthly: AggregateSpec = { dimensions: ["gender"], period: "month" };
    const coarse = await partialAggregate([{ ...record, registrationDate: "2014" }], monthly, byId);
    const dated = await partialAggregate([{ ...record, registrationDate: "2014-05-02" }], monthly, byId);
    expect([coarse.persons.length, coarse.unplaced.length]).toEqual([0, 1]);
    const merged = mergePartials(coarse, dated);
    expect([merged.persons.length, merged.unplaced.length]).toEqual([1, 0]);
    expect(partialTable(merged).notes.some((note) => note.includes("could not be placed"))).toBe(false);
  });

  it("keeps the values one agency recorded over another's none", async () => {
    const [record] = records as [CaseRecord];
    const none = await partialAggregate([{ ...record, exploitation: [] }], spec, byId);
    const labour = await partialAggregate([{ ...record, exploitation: ["forced_labour"] }], spec, byId);
    const table = partialTable(mergePartials(none, labour));
    expect(cellAt(table, [null, null, "labour"])?.value).toBe(1);
    expect(cellAt(table, [null, null, "none"])?.value).toBe(0);
  });

  it("throws invalid_argument when the specs differ", async () => {
    const a = await partialAggregate(records.slice(0, 5), spec, byId);
    const b = await partialAggregate(records.slice(0, 5), { dimensions: ["gender"] }, byId);
    expect(() => mergePartials(a, b)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("partialTable", () => {
  it("publishes a merged table with no agency dimension and protection on", async () => {
    const merged = (await agencies()).reduce(mergePartials, emptyPartial);
    const published = publishTable(partialTable(merged, "Registered victims, all agencies"));
    expect(published.dimensions.map((dimension) => dimension.name)).toEqual([
      "period",
      "regionId",
      "exploitationGroup",
    ]);
    expect(published.disclosure.audit?.passed).toBe(true);
    expect(published.notes.some((note) => note.includes("counted once"))).toBe(true);
  });

  it("throws invalid_argument when given the empty partial", () => {
    expect(() => partialTable(emptyPartial)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
