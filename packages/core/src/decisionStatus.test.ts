import { describe, expect, it } from "vitest";
import type { Decision } from "./decision.js";
import {
  decisionStatusHistory,
  decisionStatusOn,
  isDecisionOpen,
  isDecisionOverdue,
  updateDecisionStatus,
} from "./decisionStatus.js";
import { isNrmkitError } from "./error.js";
import { deepFreeze } from "./internal/deepFreeze.js";

const decision: Decision = deepFreeze({
  id: "d",
  meetingId: "m",
  ordinal: 1,
  category: "media",
  text: { en: "Engage journalists" },
  responsibleIds: [],
  dueDate: "2020-06-30",
  statusHistory: [
    { status: "adopted", date: "2020-01-10" },
    { status: "in_progress", date: "2020-03-01" },
    { status: "done", date: "2020-09-01" },
  ],
  links: [],
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("decisionStatusOn", () => {
  it.each([
    ["2020-01-09", undefined],
    ["2020-01-10", "adopted"],
    ["2020-02-29", "adopted"],
    ["2020-03-01", "in_progress"],
    ["2020-09-01", "done"],
    ["2030-01-01", "done"],
  ])("gives the status on %s", (date, expected) => {
    expect(decisionStatusOn(decision, date)).toBe(expected);
  });

  it("throws invalid_date when the date is not YYYY-MM-DD", () => {
    expect(
      isNrmkitError(
        catchError(() => decisionStatusOn(decision, "2020-13-01")),
        "invalid_date",
      ),
    ).toBe(true);
  });
});

describe("isDecisionOpen", () => {
  it.each([
    ["2020-01-09", false],
    ["2020-01-10", true],
    ["2020-05-01", true],
    ["2020-09-01", false],
    [undefined, false],
  ])("answers on %s", (date, expected) => {
    expect(isDecisionOpen(decision, date)).toBe(expected);
  });
});

describe("isDecisionOverdue", () => {
  it.each([
    ["2020-06-30", false],
    ["2020-07-01", true],
    ["2020-09-01", false],
  ])("answers on %s", (date, expected) => {
    expect(isDecisionOverdue(decision, date)).toBe(expected);
  });

  it("is never overdue without a due date", () => {
    const { dueDate: _dueDate, ...withoutDue } = decision;
    expect(isDecisionOverdue(withoutDue, "2020-07-01")).toBe(false);
  });
});

describe("updateDecisionStatus", () => {
  it("appends the change and leaves the frozen input untouched", () => {
    const updated = updateDecisionStatus(decision, { status: "dropped", date: "2020-10-01", note: { en: "No funds" } });
    expect(updated.statusHistory.at(-1)).toEqual({ status: "dropped", date: "2020-10-01", note: { en: "No funds" } });
    expect(decision.statusHistory).toHaveLength(3);
    expect(updated.text).toBe(decision.text);
  });

  it("accepts a change on the same day as the last one", () => {
    expect(updateDecisionStatus(decision, { status: "dropped", date: "2020-09-01" }).statusHistory).toHaveLength(4);
  });

  it("throws invalid_operation when the change is dated before the last one", () => {
    const error = catchError(() => updateDecisionStatus(decision, { status: "dropped", date: "2020-08-31" }));
    expect(isNrmkitError(error, "invalid_operation")).toBe(true);
  });

  it("throws invalid_date when the change date is not YYYY-MM-DD", () => {
    const error = catchError(() => updateDecisionStatus(decision, { status: "dropped", date: "01.10.2020" }));
    expect(isNrmkitError(error, "invalid_date")).toBe(true);
  });
});

describe("decisionStatusHistory", () => {
  const open: Decision = {
    ...decision,
    dueDate: "2020-06-30",
    statusHistory: [{ status: "adopted", date: "2020-01-10" }],
  };
  const amendment = (id: string, date: string, decisionId = "d") => ({
    id,
    mouId: "mou",
    date,
    operations: [],
    decisionId,
  });

  it("adds done on the date of the first amendment that applied the decision's effects", () => {
    const history = decisionStatusHistory(open, [amendment("late", "2020-05-01"), amendment("early", "2020-04-01")]);
    expect(history).toEqual([
      { status: "adopted", date: "2020-01-10", source: "history" },
      { status: "done", date: "2020-04-01", source: "amendment", amendmentId: "early" },
    ]);
    expect(decisionStatusOn(open, "2020-03-31", [amendment("a", "2020-04-01")])).toBe("adopted");
    expect(decisionStatusOn(open, "2020-04-01", [amendment("a", "2020-04-01")])).toBe("done");
    expect(isDecisionOpen(open, undefined, [amendment("a", "2020-04-01")])).toBe(false);
    expect(isDecisionOverdue(open, "2020-07-01", [amendment("a", "2020-04-01")])).toBe(false);
    expect(isDecisionOverdue(open, "2020-07-01")).toBe(true);
  });

  it("ignores amendments of other decisions and keeps a later recorded change last", () => {
    expect(decisionStatusHistory(open, [amendment("other", "2020-02-01", "x")])).toHaveLength(1);
    const dropped: Decision = {
      ...open,
      statusHistory: [...open.statusHistory, { status: "dropped", date: "2020-08-01" }],
    };
    expect(decisionStatusHistory(dropped, [amendment("a", "2020-04-01")]).map((change) => change.status)).toEqual([
      "adopted",
      "done",
      "dropped",
    ]);
    expect(decisionStatusOn(dropped, "2020-09-01", [amendment("a", "2020-04-01")])).toBe("dropped");
  });

  it("throws invalid_date when an amendment's date is not a date", () => {
    expect(
      isNrmkitError(
        catchError(() => decisionStatusHistory(open, [amendment("a", "1.4.2020")])),
        "invalid_date",
      ),
    ).toBe(true);
  });
});
