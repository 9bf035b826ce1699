import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 as data } from "./belarus2014/index.js";
import { commonDecisions } from "./commonDecisions.js";
import type { NrmDataset } from "./dataset.js";
import type { Decision, DecisionCategory } from "./decision.js";
import { isNrmkitError } from "./error.js";

const G = "decision-gomel-2014-04-16-";
const V = "decision-vitebsk-2014-05-14-";

describe("commonDecisions", () => {
  it("groups the Vitebsk decisions with the Gomel ones they repeat", () => {
    expect(commonDecisions(data)).toEqual(
      [
        ["information_sharing", "01", "01"],
        ["prevention", "04", "03"],
        ["media", "07", "07"],
        ["social_contracting", "08", "08"],
        ["mou_amendment", "09", "09"],
        ["mou_membership", "10", "10"],
      ].map(([category, gomel, vitebsk]) => ({
        category,
        decisionIds: [`${G}${gomel}`, `${V}${vitebsk}`],
        taskForceIds: ["task-force-gomel", "task-force-vitebsk"],
      })),
    );
  });

  it("finds the same groups from wording alone when the links are removed", () => {
    const unlinked: NrmDataset = { ...data, decisions: data.decisions.map((decision) => ({ ...decision, links: [] })) };
    const groups = commonDecisions(unlinked, { threshold: 0.3 }).map((group) => group.decisionIds);
    expect(groups).toContainEqual([`${G}01`, `${V}01`]);
    expect(groups).toContainEqual([`${G}09`, `${V}09`]);
    expect(groups).toContainEqual([`${G}07`, `${V}07`]);
  });

  const decision = (id: string, meetingId: string, category: DecisionCategory, en: string): Decision => ({
    id,
    meetingId,
    ordinal: 1,
    category,
    text: { en },
    responsibleIds: [],
    statusHistory: [],
    links: [],
  });
  const meeting = (id: string, taskForceId: string, date: string) => ({
    ...(data.meetings[0] ?? ({} as never)),
    id,
    taskForceId,
    date,
  });
  const tiny: NrmDataset = {
    ...data,
    meetings: [
      meeting("m1", "tf-1", "2020-01-01"),
      meeting("m2", "tf-2", "2020-02-01"),
      meeting("m3", "tf-1", "2020-03-01"),
    ],
    decisions: [
      decision("a", "m1", "media", "To engage journalists in prevention"),
      decision("b", "m2", "media", "To engage the journalists into prevention!"),
      decision("c", "m2", "prevention", "To engage journalists in prevention"),
      decision("d", "m3", "media", "To engage journalists in prevention"),
    ],
  };

  it.each([
    [0.5, [["a", "b", "d"]]],
    [1, [["a", "b", "d"]]],
  ])("matches only same-category decisions of other task forces at threshold %s", (threshold, expected) => {
    expect(commonDecisions(tiny, { threshold }).map((group) => group.decisionIds)).toEqual(expected);
  });

  it("returns nothing when wording overlaps less than the threshold", () => {
    const different: NrmDataset = {
      ...tiny,
      decisions: [decision("a", "m1", "media", "Train journalists"), decision("b", "m2", "media", "Publish a leaflet")],
    };
    expect(commonDecisions(different)).toEqual([]);
  });

  it("leaves out decisions that match nothing when minTaskForces is 1", () => {
    expect(commonDecisions(tiny, { minTaskForces: 1 }).map((group) => group.decisionIds)).toEqual([["a", "b", "d"]]);
  });

  it("groups a task force's decisions that continue one another when minTaskForces is 1", () => {
    const chain: NrmDataset = {
      ...tiny,
      decisions: [
        decision("a", "m1", "media", "Train journalists"),
        {
          ...decision("b", "m3", "prevention", "Publish a leaflet"),
          links: [{ decisionId: "a", relation: "continues" }],
        },
        decision("c", "m2", "volunteers", "Recruit volunteers"),
      ],
    };
    expect(commonDecisions(chain, { minTaskForces: 1 })).toEqual([
      { category: "media", decisionIds: ["a", "b"], taskForceIds: ["tf-1"] },
    ]);
    expect(commonDecisions(chain)).toEqual([]);
  });

  it("joins decisions of other task forces through repeats and continues links whatever their wording", () => {
    const linked: NrmDataset = {
      ...tiny,
      decisions: [
        decision("a", "m1", "media", "Train journalists"),
        { ...decision("b", "m2", "other", "Publish a leaflet"), links: [{ decisionId: "a", relation: "repeats" }] },
        { ...decision("d", "m3", "volunteers", "Recruit"), links: [{ decisionId: "b", relation: "continues" }] },
      ],
    };
    expect(commonDecisions(linked).map((group) => group.decisionIds)).toEqual([["a", "b", "d"]]);
  });

  it("reads each decision's text once when every pair of decisions is compared", () => {
    const reads = new Map<string, number>();
    const counted = (id: string, meetingId: string, en: string): Decision => ({
      ...decision(id, meetingId, "media", en),
      text: {
        get en() {
          reads.set(id, (reads.get(id) ?? 0) + 1);
          return en;
        },
      },
    });
    // Distinct wording, alternating task forces: no pair matches, so all 30 × 29 / 2 pairs are compared.
    const many = Array.from({ length: 30 }, (_, index) =>
      counted(`d${index}`, index % 2 === 0 ? "m1" : "m2", `word${index} other${index}`),
    );
    expect(commonDecisions({ ...tiny, decisions: many })).toEqual([]);
    expect([...reads.values()]).toEqual(many.map(() => 1));
  });

  it.each([0, 1.5, Number.NaN])("throws invalid_argument when threshold is %s", (threshold) => {
    let caught: unknown;
    try {
      commonDecisions(data, { threshold });
    } catch (error) {
      caught = error;
    }
    expect(isNrmkitError(caught, "invalid_argument")).toBe(true);
  });
});
