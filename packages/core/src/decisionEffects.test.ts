import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 as data } from "./belarus2014/index.js";
import { amendmentFromDecision, applyDecisionEffects } from "./decisionEffects.js";
import { isNrmkitError } from "./error.js";
import type { Mou } from "./mou.js";
import { mouPartiesOn } from "./mouParties.js";

function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`missing ${id}`);
  return found;
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("amendmentFromDecision", () => {
  it("copies the effects and points back to the decision", () => {
    const decision = find(data.decisions, "decision-vitebsk-2014-05-14-10");
    expect(amendmentFromDecision(decision, { date: "2014-06-01", id: "am-v" })).toEqual({
      id: "am-v",
      mouId: "mou-vitebsk",
      date: "2014-06-01",
      operations: decision.effects?.operations,
      decisionId: "decision-vitebsk-2014-05-14-10",
    });
    expect(amendmentFromDecision(decision, { date: "2014-06-01" }).id).toBe("amendment-decision-vitebsk-2014-05-14-10");
  });

  it("throws invalid_argument when the decision has no effects", () => {
    const error = catchError(() =>
      amendmentFromDecision(find(data.decisions, "decision-gomel-2014-04-16-01"), { date: "2014-04-16" }),
    );
    expect(isNrmkitError(error, "invalid_argument")).toBe(true);
  });
});

describe("applyDecisionEffects", () => {
  it.each([
    ["gomel-2014-04-16", "mou-gomel", 5, 5],
    ["vitebsk-2014-05-14", "mou-vitebsk", 8, 6],
  ])("adds three clauses and the new members when applying both MoU decisions of %s", (key, mouId, parties, added) => {
    let mou: Mou = find(data.mous, mouId);
    for (const ordinal of ["09", "10"]) {
      mou = applyDecisionEffects(mou, find(data.decisions, `decision-${key}-${ordinal}`), "2014-06-01").mou;
    }
    expect(mou.clauses.map((clause) => clause.topic).slice(-3)).toEqual([
      "state_programme",
      "international_convention",
      "confidentiality",
    ]);
    expect(mouPartiesOn(mou, "2014-05-31")).toHaveLength(parties);
    expect(mouPartiesOn(mou, "2014-06-01")).toHaveLength(parties + added);
  });

  it("throws invalid_argument when the decision targets another MoU", () => {
    const error = catchError(() =>
      applyDecisionEffects(
        find(data.mous, "mou-gomel"),
        find(data.decisions, "decision-vitebsk-2014-05-14-10"),
        "2014-06-01",
      ),
    );
    expect(isNrmkitError(error, "invalid_argument")).toBe(true);
  });

  it("throws invalid_operation when a member is added twice", () => {
    const decision = find(data.decisions, "decision-gomel-2014-04-16-10");
    const once = applyDecisionEffects(find(data.mous, "mou-gomel"), decision, "2014-06-01").mou;
    expect(
      isNrmkitError(
        catchError(() => applyDecisionEffects(once, decision, "2014-07-01")),
        "invalid_operation",
      ),
    ).toBe(true);
  });
});
