import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 } from "./belarus2014/index.js";
import type { Person } from "./person.js";
import { positionsOn } from "./positions.js";

const person: Person = {
  id: "p",
  positions: [
    { organizationId: "a", title: { en: "Head" }, startDate: "2010-01-01", endDate: "2012-12-31" },
    { organizationId: "b", title: { en: "Deputy" }, startDate: "2012-06-01" },
    { organizationId: "c", title: { en: "Member" } },
  ],
};

describe("positionsOn", () => {
  it.each([
    ["2009-12-31", ["c"]],
    ["2010-01-01", ["a", "c"]],
    ["2012-07-01", ["a", "b", "c"]],
    ["2013-01-01", ["b", "c"]],
  ])("lists the positions held on %s", (date, expected) => {
    expect(positionsOn(person, date).map((position) => position.organizationId)).toEqual(expected);
  });

  it("gives Sergey Koltun his three concurrent positions at both meetings", () => {
    const koltun = belarusTaskForces2014.people.find((candidate) => candidate.id === "person-koltun");
    if (koltun === undefined) throw new Error("missing");
    for (const date of ["2014-04-16", "2014-05-14"]) expect(positionsOn(koltun, date)).toHaveLength(3);
  });
});
