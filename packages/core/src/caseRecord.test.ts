import { describe, expect, it } from "vitest";
import {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  EXPLOITATION_TYPES,
  GENDERS,
  RECRUITER_RELATIONS,
  TRAFFICKING_STATUSES,
} from "./caseRecord.js";

const lists = {
  GENDERS,
  EXPLOITATION_TYPES,
  CONTROL_MEANS,
  RECRUITER_RELATIONS,
  ASSISTANCE_KINDS,
  TRAFFICKING_STATUSES,
  CASE_STATUSES,
};

describe.each(Object.entries(lists))("%s", (_name, list) => {
  it("holds distinct snake_case codes when read", () => {
    expect(new Set(list).size).toBe(list.length);
    for (const code of list) expect(code).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });

  it("cannot be changed in place when frozen", () => {
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown as string[]).push("x")).toThrow(TypeError);
  });
});

describe("documented examples", () => {
  it.each([
    [GENDERS, "female", 4],
    [EXPLOITATION_TYPES, "forced_labour", 8],
    [CONTROL_MEANS, "debt_bondage", 11],
    [RECRUITER_RELATIONS, "intimate_partner", 6],
    [ASSISTANCE_KINDS, "accommodation", 10],
    [TRAFFICKING_STATUSES, "presumed", 2],
    [CASE_STATUSES, "active", 4],
  ] as const)("starts %j with %s and has %i codes", (list, first, length) => {
    expect([list[0], list.length]).toEqual([first, length]);
  });
});
