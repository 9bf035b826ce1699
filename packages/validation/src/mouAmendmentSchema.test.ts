import { mouAmendmentArb } from "../test/arbitraries.js";
import { changed, describeParsers } from "../test/describeParsers.js";
import { parseMouAmendment, safeParseMouAmendment } from "./mouAmendmentSchema.js";

const base = {
  id: "amendment-vitebsk-1",
  mouId: "mou-vitebsk",
  date: "2014-06-01",
  decisionId: "decision-vitebsk-2014-05-14-09",
  operations: [
    {
      op: "add_clause",
      clause: { number: "6", topic: "confidentiality", text: { en: "Confidentiality" } },
      after: "5",
    },
    { op: "amend_clause", number: "1", changes: { text: { en: "New purpose" } } },
    { op: "remove_clause", number: "2" },
    { op: "add_party", organizationId: "org-by-vi-court" },
    { op: "withdraw_party", organizationId: "org-by-vi-health" },
  ],
};

describeParsers({
  parseName: "parseMouAmendment",
  safeParseName: "safeParseMouAmendment",
  parse: parseMouAmendment,
  safeParse: safeParseMouAmendment,
  valid: [
    ["an amendment with every operation", base],
    ["an amendment without operations", { id: "a", mouId: "m", date: "2014-06-01", operations: [] }],
  ],
  invalid: [
    [
      "an operation is unknown",
      changed(base, ["operations", 2, "op"], "rename_clause"),
      "invalid_union",
      ["operations", 2, "op"],
    ],
    [
      "an operation has no op",
      changed(base, ["operations", 2, "op"], undefined),
      "invalid_union",
      ["operations", 2, "op"],
    ],
    [
      "an add_party lacks its organisation",
      changed(base, ["operations", 3, "organizationId"], undefined),
      "invalid_type",
      ["operations", 3, "organizationId"],
    ],
    [
      "a remove_clause carries a clause",
      changed(base, ["operations", 2, "clause"], {}),
      "unrecognized_keys",
      ["operations", 2, "clause"],
    ],
    [
      "an amend_clause changes the number",
      changed(base, ["operations", 1, "changes", "number"], "9"),
      "unrecognized_keys",
      ["operations", 1, "changes", "number"],
    ],
    [
      "an added clause has a bad topic",
      changed(base, ["operations", 0, "clause", "topic"], "x"),
      "invalid_value",
      ["operations", 0, "clause", "topic"],
    ],
    ["an operation is a string", changed(base, ["operations", 0], "add_party"), "invalid_type", ["operations", 0]],
  ],
  arbitrary: mouAmendmentArb,
});
