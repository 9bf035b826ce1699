import { describe, expect, it } from "vitest";
import type { Mou } from "./mou.js";
import { isMouPartyOn, mouPartiesOn } from "./mouParties.js";

const mou: Mou = {
  id: "mou",
  title: {},
  effectiveDate: "2020-01-01",
  clauses: [],
  parties: [
    { organizationId: "a", signedDate: "2020-01-01" },
    { organizationId: "b", signedDate: "2020-06-01", withdrawnDate: "2021-01-01" },
    { organizationId: "b", signedDate: "2022-01-01" },
  ],
};

describe("isMouPartyOn", () => {
  it.each([
    ["a", "2019-12-31", false],
    ["a", "2020-01-01", true],
    ["b", "2020-05-31", false],
    ["b", "2020-06-01", true],
    ["b", "2020-12-31", true],
    ["b", "2021-01-01", false],
    ["b", "2022-01-01", true],
    ["c", "2022-01-01", false],
  ])("answers whether %s is a party on %s", (organizationId, date, expected) => {
    expect(isMouPartyOn(mou, organizationId, date)).toBe(expected);
  });
});

describe("mouPartiesOn", () => {
  it.each([
    ["2019-12-31", []],
    ["2020-07-01", ["a", "b"]],
    ["2021-06-01", ["a"]],
    ["2023-01-01", ["a", "b"]],
  ])("lists the parties on %s", (date, expected) => {
    expect(mouPartiesOn(mou, date)).toEqual(expected);
  });
});
