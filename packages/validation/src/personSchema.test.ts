import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { personArb } from "../test/arbitraries.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { parsePerson, safeParsePerson } from "./personSchema.js";

const base = {
  id: "person-1",
  name: { en: "A. Official", ru: "А. Чиновник" },
  positions: [
    { organizationId: "org-iom-belarus", title: { en: "National Project Coordinator" }, startDate: "2013-01-01" },
    { organizationId: "org-by-moi-department", title: { en: "Deputy chair" } },
  ],
};

describeParsers({
  parseName: "parsePerson",
  safeParseName: "safeParsePerson",
  parse: parsePerson,
  safeParse: safeParsePerson,
  valid: [
    ["a person with two positions", base],
    ["a person named only by post", { id: "person-2", positions: [] }],
    ...belarusTaskForces2014.people.map((person) => [`bundled ${person.id}`, person] as const),
  ],
  invalid: [
    ["positions are missing", changed(base, ["positions"], undefined), "invalid_type", ["positions"]],
    [
      "a start date is not a date",
      changed(base, ["positions", 0, "startDate"], "2013-02-30"),
      "invalid_date",
      ["positions", 0, "startDate"],
    ],
    [
      "a position lacks its title",
      changed(base, ["positions", 1, "title"], undefined),
      "invalid_type",
      ["positions", 1, "title"],
    ],
    [
      "a position has an unknown key",
      changed(base, ["positions", 1, "role"], "chair"),
      "unrecognized_keys",
      ["positions", 1, "role"],
    ],
    ["a position has __proto__", withProtoKey(base, ["positions", 0]), "forbidden_key", ["positions", 0, "__proto__"]],
  ],
  arbitrary: personArb,
});
