import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { renderCsv } from "./csv.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { TableBlock } from "./document.js";
import { renderText } from "./renderText.js";

/** Gomel 5 overdue from September 2014, Gomel 9 done in November, Vitebsk 6 dropped in June. */
const followedUp: NrmDataset = {
  ...belarusTaskForces2014,
  decisions: belarusTaskForces2014.decisions.map((decision) => {
    switch (decision.id) {
      case "decision-gomel-2014-04-16-05":
        return { ...decision, dueDate: "2014-09-01" };
      case "decision-gomel-2014-04-16-09":
        return {
          ...decision,
          statusHistory: [...decision.statusHistory, { status: "done" as const, date: "2014-11-20" }],
        };
      case "decision-vitebsk-2014-05-14-06":
        return {
          ...decision,
          statusHistory: [...decision.statusHistory, { status: "dropped" as const, date: "2014-06-10" }],
        };
      default:
        return decision;
    }
  }),
};

function tableRows(doc: ReturnType<typeof buildDecisionTracker>, id: string): number {
  const table = doc.blocks.find((block): block is TableBlock => block.kind === "table" && block.id === id);
  return table?.rows.length ?? 0;
}

describe("buildDecisionTracker", () => {
  it.each([
    ["2014-04-15", { overdue: 0, open: 0, done: 0, dropped: 0, decisions: 0 }],
    ["2014-04-16", { overdue: 0, open: 10, done: 0, dropped: 0, decisions: 10 }],
    ["2014-08-01", { overdue: 0, open: 19, done: 0, dropped: 1, decisions: 20 }],
    ["2014-10-01", { overdue: 1, open: 18, done: 0, dropped: 1, decisions: 20 }],
    ["2014-12-01", { overdue: 1, open: 17, done: 1, dropped: 1, decisions: 20 }],
  ])("sorts decisions into open, overdue, done and dropped on %s", (asOf, expected) => {
    const doc = buildDecisionTracker(followedUp, { asOf });
    const counts = Object.fromEntries(Object.keys(expected).map((id) => [id, tableRows(doc, id)]));
    expect(counts).toEqual(expected);
  });

  it("summarises the counts in words", () => {
    const doc = buildDecisionTracker(followedUp, { asOf: "2014-12-01" });
    expect(doc.blocks[1]).toEqual({
      kind: "paragraph",
      content: [
        "20 decisions taken at 2 meetings of 2 task forces. Open: 18 (of which overdue: 1); done: 1; dropped: 1.",
      ],
    });
  });

  it("agrees Russian counts with their nouns", () => {
    const text = renderText(buildDecisionTracker(followedUp, { asOf: "2014-12-01", locale: "ru" }));
    expect(text).toContain("20 решений принято на 2 заседаниях 2 рабочих групп.");
    const one = renderText(
      buildDecisionTracker(followedUp, { asOf: "2014-12-01", locale: "ru", taskForceIds: ["task-force-gomel"] }),
    );
    expect(one).toContain("10 решений принято на 1 заседании 1 рабочей группы.");
  });

  it("groups the decisions repeated across oblasts", () => {
    const text = renderText(buildDecisionTracker(followedUp, { asOf: "2014-12-01" }));
    const section = text.slice(text.indexOf("Decisions repeated across task forces"), text.indexOf("All decisions"));
    expect(section.match(/^### |^\S.*\(2 decisions\)$/gm)).toHaveLength(6);
    expect(section).toContain("Amend the MoU text (2 decisions)");
    expect(section).toContain("- Gomel Oblast, 16 April 2014, No. 9: To introduce changes into the text of MoU");
    expect(section).toContain("(done)");
  });

  it("leaves out the repeated decisions when only one task force is tracked", () => {
    const text = renderText(
      buildDecisionTracker(followedUp, { asOf: "2014-12-01", taskForceIds: ["task-force-vitebsk"] }),
    );
    expect(text).not.toContain("Decisions repeated across task forces");
  });

  it("exports the full register as CSV", () => {
    const csv = renderCsv(buildDecisionTracker(followedUp, { asOf: "2014-12-01" }), { tableId: "decisions" });
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("Task force,Meeting,No.,Decision,Responsible,Due date,Status");
    expect(rows).toHaveLength(22);
    expect(rows[5]).toContain("Gomel Oblast,16 April 2014,5,");
    expect(rows[5]).toContain('"adopted, overdue"');
  });

  it("throws invalid_date when asOf is not a date", () => {
    expect(() => buildDecisionTracker(followedUp, { asOf: "1.12.2014" })).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });
});
