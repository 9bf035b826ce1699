import { describe, expect, it } from "vitest";
import {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  DATA_SOURCES,
  EXPLOITATION_TYPES,
  GENDERS,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "./caseCodes.js";

const lists = {
  GENDERS,
  EXPLOITATION_TYPES,
  CONTROL_MEANS,
  LABOUR_SECTORS,
  SEXUAL_EXPLOITATION_FORMS,
  RECRUITER_RELATIONS,
  MAJORITY_STATUSES,
  DATA_SOURCES,
  ASSISTANCE_KINDS,
  TRAFFICKING_STATUSES,
  STATUS_DECIDERS,
  CASE_STATUSES,
};
const multiValued = {
  EXPLOITATION_TYPES,
  CONTROL_MEANS,
  LABOUR_SECTORS,
  SEXUAL_EXPLOITATION_FORMS,
  RECRUITER_RELATIONS,
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

describe.each(Object.entries(multiValued))("%s", (_name, list) => {
  // Stats gives "not recorded" the code "unknown" beside a multi-valued field's codes.
  it("never holds unknown when multi-valued", () => {
    expect(list).not.toContain("unknown");
  });
});

describe("documented examples", () => {
  it.each([
    [GENDERS, "female", 8],
    [EXPLOITATION_TYPES, "forced_labour", 14],
    [CONTROL_MEANS, "debt_bondage", 19],
    [LABOUR_SECTORS, "agriculture", 13],
    [SEXUAL_EXPLOITATION_FORMS, "prostitution", 4],
    [RECRUITER_RELATIONS, "intimate_partner", 6],
    [MAJORITY_STATUSES, "minor", 2],
    [DATA_SOURCES, "case_management", 2],
    [ASSISTANCE_KINDS, "accommodation", 10],
    [TRAFFICKING_STATUSES, "presumed", 3],
    [STATUS_DECIDERS, "police", 5],
    [CASE_STATUSES, "active", 4],
  ] as const)("starts %j with %s and has %i codes", (list, first, length) => {
    expect([list[0], list.length]).toEqual([first, length]);
  });
});
