import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { mouArb } from "../test/arbitraries.js";
import { changed, describeParsers } from "../test/describeParsers.js";
import { parseMou, safeParseMou } from "./mouSchema.js";

const base = {
  id: "mou-gomel",
  title: { en: "MoU" },
  effectiveDate: "2013-03-01",
  parties: [{ organizationId: "org-by-ho-interior", signedDate: "2013-03-01", withdrawnDate: "2015-01-01" }],
  clauses: [{ number: "1", topic: "purpose", text: { en: "Purpose" } }],
};

describeParsers({
  parseName: "parseMou",
  safeParseName: "safeParseMou",
  parse: parseMou,
  safeParse: safeParseMou,
  valid: [["an MoU", base], ...belarusTaskForces2014.mous.map((mou) => [`bundled ${mou.id}`, mou] as const)],
  invalid: [
    ["the effective date is missing", changed(base, ["effectiveDate"], undefined), "invalid_type", ["effectiveDate"]],
    [
      "a party's signing date is malformed",
      changed(base, ["parties", 0, "signedDate"], "01.03.2013"),
      "invalid_date",
      ["parties", 0, "signedDate"],
    ],
    [
      "a clause topic is unknown",
      changed(base, ["clauses", 0, "topic"], "money"),
      "invalid_value",
      ["clauses", 0, "topic"],
    ],
    ["a clause number is empty", changed(base, ["clauses", 0, "number"], ""), "too_small", ["clauses", 0, "number"]],
  ],
  arbitrary: mouArb,
});
