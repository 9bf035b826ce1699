import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 as data } from "./belarus2014/index.js";
import type { NrmDataset } from "./dataset.js";
import { amendmentFromDecision } from "./decisionEffects.js";
import { updateDecisionStatus } from "./decisionStatus.js";
import { isNrmkitError } from "./error.js";
import { openDecisions } from "./openDecisions.js";

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id.replace(/^decision-/, ""));
const range = (prefix: string, ordinals: number[]) => ordinals.map((n) => `${prefix}-${String(n).padStart(2, "0")}`);
const G = "gomel-2014-04-16";
const V = "vitebsk-2014-05-14";
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("openDecisions", () => {
  it.each([
    ["before any meeting", { asOf: "2014-04-15" }, []],
    ["between the meetings", { asOf: "2014-04-16" }, range(G, all)],
    ["after both meetings", { asOf: "2014-06-01" }, [...range(G, all), ...range(V, all)]],
    ["for the Vitebsk task force", { asOf: "2014-06-01", taskForceId: "task-force-vitebsk" }, range(V, all)],
    [
      "for the Gomel bar association",
      { asOf: "2014-06-01", organizationId: "org-by-ho-bar" },
      range(G, [1, 2, 3, 4, 5, 6, 7, 9, 10]),
    ],
    ["for Gomel BYWCA, not yet a party", { asOf: "2014-06-01", organizationId: "org-by-ho-bywca" }, range(G, [8])],
    [
      "for the Vitebsk department on citizenship and migration",
      { asOf: "2014-06-01", organizationId: "org-by-vi-migration" },
      range(V, [2]),
    ],
  ])("lists the open decisions %s", (_name, options, expected) => {
    expect(ids(openDecisions(data, options))).toEqual(expected);
  });

  it("counts a new party's all-parties decisions once the membership amendment applies", () => {
    const widen = data.decisions.find((decision) => decision.id === `decision-${G}-10`);
    if (widen === undefined) throw new Error("missing");
    const amended: NrmDataset = { ...data, mouAmendments: [amendmentFromDecision(widen, { date: "2014-05-01" })] };
    expect(ids(openDecisions(amended, { asOf: "2014-06-01", organizationId: "org-by-ho-bywca" }))).toEqual(
      range(G, [1, 2, 3, 4, 6, 7, 8, 9, 10]),
    );
  });

  it("leaves out decisions done or dropped by the date", () => {
    const decisions = data.decisions.map((decision) =>
      decision.id === `decision-${G}-01`
        ? updateDecisionStatus(decision, { status: "done", date: "2014-05-01" })
        : decision,
    );
    const result = ids(openDecisions({ ...data, decisions }, { asOf: "2014-05-01", taskForceId: "task-force-gomel" }));
    expect(result).toEqual(range(G, [2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it("throws not_found when a decision's meeting is missing", () => {
    let caught: unknown;
    try {
      openDecisions({ ...data, meetings: [] }, { asOf: "2014-06-01" });
    } catch (error) {
      caught = error;
    }
    expect(isNrmkitError(caught, "not_found")).toBe(true);
  });
});
