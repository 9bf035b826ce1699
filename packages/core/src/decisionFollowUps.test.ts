import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 as data } from "./belarus2014/index.js";
import type { NrmDataset } from "./dataset.js";
import { indexDataset } from "./datasetIndex.js";
import type { Decision, DecisionRelation } from "./decision.js";
import { decisionFollowUps } from "./decisionFollowUps.js";

const G = "decision-gomel-2014-04-16-";
const V = "decision-vitebsk-2014-05-14-";

describe("decisionFollowUps", () => {
  it("turns each Vitebsk repeat into a follow-up of the Gomel decision it repeats", () => {
    const followUps = decisionFollowUps(indexDataset(data));
    for (const [gomel, vitebsk] of [
      ["01", "01"],
      ["04", "03"],
      ["07", "07"],
      ["08", "08"],
      ["09", "09"],
      ["10", "10"],
    ]) {
      expect(followUps.get(`${G}${gomel}`)?.followedBy).toEqual([
        { decisionId: `${V}${vitebsk}`, relation: "repeats" },
      ]);
    }
    expect(followUps.get(`${G}02`)).toEqual({ follows: [], followedBy: [] });
    expect(followUps.get(`${V}03`)?.follows).toEqual([{ decisionId: `${G}04`, relation: "repeats" }]);
  });

  it("keeps a link to a missing decision in follows and adds nothing for it", () => {
    const dangling: NrmDataset = {
      ...data,
      decisions: data.decisions.map((decision, index) =>
        index === 0 ? { ...decision, links: [{ decisionId: "nowhere", relation: "continues" }] } : decision,
      ),
    };
    const followUps = decisionFollowUps(dangling);
    expect(followUps.get(`${G}01`)?.follows).toEqual([{ decisionId: "nowhere", relation: "continues" }]);
    expect(followUps.has("nowhere")).toBe(false);
  });

  it("inverts every link between existing decisions exactly once, in both directions", () => {
    const relations: DecisionRelation[] = ["repeats", "continues", "supersedes"];
    const base = data.decisions.slice(0, 8);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.constantFrom(...relations)), { maxLength: 20 }),
        (edges) => {
          const decisions: Decision[] = base.map((decision, from) => {
            const links = edges
              .filter(([source, target]) => source === from && source !== target)
              .map(([, target, relation]) => ({ decisionId: base[target]?.id ?? "", relation }));
            const unique = links.filter(
              (link, i) =>
                links.findIndex((l) => l.decisionId === link.decisionId && l.relation === link.relation) === i,
            );
            return { ...decision, links: unique };
          });
          const followUps = decisionFollowUps({ ...data, decisions });
          const forward = decisions.flatMap((d) => d.links.map((l) => `${d.id}>${l.relation}>${l.decisionId}`)).sort();
          const backward = [...followUps].flatMap(([id, f]) =>
            f.followedBy.map((l) => `${l.decisionId}>${l.relation}>${id}`),
          );
          expect(backward.sort()).toEqual(forward);
        },
      ),
    );
  });
});
