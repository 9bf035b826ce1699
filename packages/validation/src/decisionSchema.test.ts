import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { decisionArb } from "../test/arbitraries.js";
import { changed, describeParsers } from "../test/describeParsers.js";
import { parseDecision, safeParseDecision } from "./decisionSchema.js";

const base = {
  id: "decision-1",
  meetingId: "meeting-1",
  ordinal: 9,
  category: "mou_membership",
  text: { en: "To widen the MoU parties" },
  responsibleIds: ["org-by-vi-executive-committee"],
  dueDate: "2014-12-31",
  statusHistory: [
    { status: "adopted", date: "2014-05-14" },
    { status: "done", date: "2014-09-01", note: { en: "Signed by the court" } },
  ],
  links: [{ decisionId: "decision-0", relation: "repeats" }],
  effects: { mouId: "mou-vitebsk", operations: [{ op: "add_party", organizationId: "org-by-vi-court" }] },
};

describeParsers({
  parseName: "parseDecision",
  safeParseName: "safeParseDecision",
  parse: parseDecision,
  safeParse: safeParseDecision,
  valid: [
    ["a decision with every field", base],
    ...belarusTaskForces2014.decisions.slice(0, 10).map((decision) => [`bundled ${decision.id}`, decision] as const),
  ],
  invalid: [
    ["the ordinal is zero", changed(base, ["ordinal"], 0), "too_small", ["ordinal"]],
    ["the ordinal is a fraction", changed(base, ["ordinal"], 1.5), "invalid_type", ["ordinal"]],
    ["the ordinal is a string", changed(base, ["ordinal"], "9"), "invalid_type", ["ordinal"]],
    ["the category is unknown", changed(base, ["category"], "budget"), "invalid_value", ["category"]],
    [
      "a status is unknown",
      changed(base, ["statusHistory", 1, "status"], "finished"),
      "invalid_value",
      ["statusHistory", 1, "status"],
    ],
    [
      "a status date is missing",
      changed(base, ["statusHistory", 0, "date"], undefined),
      "invalid_type",
      ["statusHistory", 0, "date"],
    ],
    [
      "a link relation is unknown",
      changed(base, ["links", 0, "relation"], "cites"),
      "invalid_value",
      ["links", 0, "relation"],
    ],
    [
      "an effect operation is unknown",
      changed(base, ["effects", "operations", 0, "op"], "merge"),
      "invalid_union",
      ["effects", "operations", 0, "op"],
    ],
  ],
  arbitrary: decisionArb,
});
