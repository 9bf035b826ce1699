import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { datasetArb } from "../test/arbitraries.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { parseDataset, safeParseDataset } from "./datasetSchema.js";

const bundled = JSON.parse(JSON.stringify(belarusTaskForces2014)) as unknown;

describeParsers({
  parseName: "parseDataset",
  safeParseName: "safeParseDataset",
  parse: parseDataset,
  safeParse: safeParseDataset,
  valid: [
    ["the bundled Belarus 2014 dataset", bundled],
    [
      "an empty dataset",
      {
        regions: [],
        organizations: [],
        people: [],
        taskForces: [],
        mous: [],
        mouAmendments: [],
        meetings: [],
        decisions: [],
      },
    ],
  ],
  invalid: [
    ["a collection is missing", changed(bundled, ["mouAmendments"], undefined), "invalid_type", ["mouAmendments"]],
    ["a collection is unknown", changed(bundled, ["cases"], []), "unrecognized_keys", ["cases"]],
    [
      "a nested meeting field is wrong",
      changed(bundled, ["meetings", 1, "attendance", 2, "capacity"], "x"),
      "invalid_value",
      ["meetings", 1, "attendance", 2, "capacity"],
    ],
    ["the root has __proto__", withProtoKey(bundled, []), "forbidden_key", ["__proto__"]],
    [
      "a decision has __proto__",
      withProtoKey(bundled, ["decisions", 3]),
      "forbidden_key",
      ["decisions", 3, "__proto__"],
    ],
    ["the input is null", null, "invalid_type", []],
  ],
  arbitrary: datasetArb,
});

describe("safeParseDataset", () => {
  it("reports every issue of every entity at once when several entities are broken", () => {
    let input = changed(bundled, ["meetings", 0, "date"], "2014-02-30");
    input = changed(input, ["decisions", 19, "ordinal"], -1);
    input = changed(input, ["organizations", 2, "kind"], "agency");
    const result = safeParseDataset(input);
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ["organizations", 2, "kind"],
      ["meetings", 0, "date"],
      ["decisions", 19, "ordinal"],
    ]);
  });
});
