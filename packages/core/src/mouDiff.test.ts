import { describe, expect, it } from "vitest";
import type { Mou } from "./mou.js";
import { diffMou } from "./mouDiff.js";

const before: Mou = {
  id: "mou",
  title: { en: "MoU" },
  effectiveDate: "2020-01-01",
  parties: [
    { organizationId: "a", signedDate: "2020-01-01" },
    { organizationId: "b", signedDate: "2020-01-01" },
  ],
  clauses: [
    { number: "1", topic: "purpose", text: { en: "P" } },
    { number: "2", topic: "referral", text: { en: "R", ru: "Р" } },
  ],
};

describe("diffMou", () => {
  it.each<[string, Mou, Partial<Record<string, unknown>>]>([
    [
      "an added clause",
      { ...before, clauses: [...before.clauses, { number: "3", topic: "other", text: {} }] },
      { addedClauses: [{ number: "3", topic: "other", text: {} }] },
    ],
    [
      "a removed clause",
      { ...before, clauses: [before.clauses[1] ?? before.clauses[0]] } as Mou,
      {
        removedClauses: [before.clauses[0]],
      },
    ],
    [
      "a clause whose text lost a language",
      { ...before, clauses: [before.clauses[0], { number: "2", topic: "referral", text: { en: "R" } }] } as Mou,
      {
        changedClauses: [
          { number: "2", before: before.clauses[1], after: { number: "2", topic: "referral", text: { en: "R" } } },
        ],
      },
    ],
    [
      "a clause whose topic changed",
      { ...before, clauses: [{ number: "1", topic: "governance", text: { en: "P" } }, before.clauses[1]] } as Mou,
      {
        changedClauses: [
          { number: "1", before: before.clauses[0], after: { number: "1", topic: "governance", text: { en: "P" } } },
        ],
      },
    ],
    [
      "a new party",
      { ...before, parties: [...before.parties, { organizationId: "c", signedDate: "2021-01-01" }] },
      { addedPartyIds: ["c"] },
    ],
    [
      "a withdrawn party",
      { ...before, parties: [{ ...before.parties[0], withdrawnDate: "2021-01-01" }, before.parties[1]] } as Mou,
      { withdrawnPartyIds: ["a"] },
    ],
  ])("reports %s", (_name, after, expected) => {
    expect(diffMou(before, after)).toEqual({
      addedClauses: [],
      removedClauses: [],
      changedClauses: [],
      addedPartyIds: [],
      withdrawnPartyIds: [],
      isEmpty: false,
      ...expected,
    });
  });

  it("reports nothing when only the clause objects are copies", () => {
    expect(diffMou(before, structuredClone(before)).isEmpty).toBe(true);
  });
});
