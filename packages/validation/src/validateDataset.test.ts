import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb } from "../test/arbitraries.js";
import { checkIntegrity } from "./integrity.js";
import { ru } from "./locales/index.js";
import { validateDataset } from "./validateDataset.js";

const bundledJson = (): Record<string, Record<string, unknown>[]> => JSON.parse(JSON.stringify(belarusTaskForces2014));
const codesAndPaths = (input: unknown) => {
  const result = validateDataset(input);
  return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
};

describe("validateDataset", () => {
  it("returns the frozen dataset when the bundled Belarus 2014 data is given as JSON", () => {
    const result = validateDataset(bundledJson());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(belarusTaskForces2014);
    expect(Object.isFrozen(result.data.meetings[0])).toBe(true);
  });

  it("reports integrity issues when every entity passes its schema", () => {
    const input = bundledJson();
    (input.meetings?.[1]?.chairIds as string[])[0] = "org-iom";
    expect(codesAndPaths(input)).toEqual([["not_a_person", ["meetings", 1, "chairIds", 0]]]);
  });

  it("reports schema and integrity issues together, sorted by entity, when both kinds occur", () => {
    const input = bundledJson();
    const meetings = input.meetings ?? [];
    if (meetings[0] !== undefined) meetings[0].date = "2014-02-30";
    if (meetings[1] !== undefined) meetings[1].chairIds = ["org-iom"];
    if (input.decisions?.[0] !== undefined) input.decisions[0].ordinal = 2;
    expect(codesAndPaths(input)).toEqual([
      ["invalid_date", ["meetings", 0, "date"]],
      ["not_a_person", ["meetings", 1, "chairIds", 0]],
      ["duplicate_ordinal", ["decisions", 1, "ordinal"]],
    ]);
  });

  it("does not call a reference unknown when its target only failed its own schema", () => {
    const input = bundledJson();
    const meeting = input.meetings?.[0];
    if (meeting !== undefined) meeting.status = "postponed";
    // Ten decisions point at this meeting: none of them may report unknown_reference.
    expect(codesAndPaths(input)).toEqual([["invalid_value", ["meetings", 0, "status"]]]);
  });

  it("still counts a decision that failed its schema when ordinals are checked", () => {
    const input = bundledJson();
    const decision = input.decisions?.[3];
    if (decision !== undefined) decision.category = "budget";
    // Without it the Gomel meeting has 9 valid decisions, yet decision 10 must not be out of range.
    expect(codesAndPaths(input)).toEqual([["invalid_value", ["decisions", 3, "category"]]]);
  });

  it("does not judge MoU-party attendance when an amendment of that MoU failed its schema", () => {
    const input = bundledJson();
    const meeting = input.meetings?.[0];
    (meeting?.attendance as unknown[] | undefined)?.push({ organizationId: "org-by-ho-court", capacity: "mou_party" });
    input.mouAmendments = [
      { id: "a-1", mouId: "mou-gomel", date: "2014-01-01", operations: [{ op: "add_party", organizationId: 5 }] },
    ];
    expect(codesAndPaths(input)).toEqual([["invalid_type", ["mouAmendments", 0, "operations", 0, "organizationId"]]]);
  });

  it("skips references into a collection that is not an array", () => {
    const input: Record<string, unknown> = bundledJson();
    input.people = "none";
    expect(codesAndPaths(input)).toEqual([["invalid_type", ["people"]]]);
  });

  it("writes every message in Russian when asked", () => {
    const input = bundledJson();
    if (input.meetings?.[0] !== undefined) input.meetings[0].date = "2014-02-30";
    if (input.decisions?.[0] !== undefined) input.decisions[0].meetingId = "meeting-x";
    const result = validateDataset(input, { locale: ru });
    expect(result.success).toBe(false);
    for (const issue of result.success ? [] : result.issues) expect(issue.message).toMatch(/ожидалось: /);
  });

  it("agrees with checkIntegrity when datasets are random but schema-valid", () => {
    fc.assert(
      fc.property(datasetArb, (dataset: NrmDataset) => {
        const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
        expect(result.success).toBe(checkIntegrity(dataset).length === 0);
        const all = checkIntegrity(dataset, { warnings: true });
        expect(result.success ? result.warnings : result.issues).toEqual(all);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws when fed arbitrary JSON or values", () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => void validateDataset(input)));
    fc.assert(fc.property(fc.anything({ withNullPrototype: true }), (input) => void validateDataset(input)));
  });

  it("reports not_plain_data instead of throwing when reading an entity throws", () => {
    const input: Record<string, unknown> = bundledJson();
    const hostile = Object.defineProperty({}, "id", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    input.meetings = [hostile];
    const result = validateDataset(input);
    expect(result.success ? [] : result.issues.map((issue) => issue.code)).toContain("not_plain_data");
  });

  it("never throws when a dataset has random broken entities", () => {
    const damaged = fc.tuple(datasetArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue()), { maxLength: 4 }));
    fc.assert(
      fc.property(damaged, ([dataset, damages]) => {
        const input = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown[]>;
        const collections = Object.keys(input);
        for (const [which, position, value] of damages) {
          const items = input[collections[which % collections.length] ?? "regions"] ?? [];
          if (items.length > 0) items[position % items.length] = value;
        }
        const result = validateDataset(input);
        if (!result.success) for (const issue of result.issues) expect(issue.code).not.toBe("integrity_check_failed");
      }),
    );
  });
});
