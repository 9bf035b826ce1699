import { amendmentFromDecision, type Decision, type Meeting, type NrmDataset, type TaskForce } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { renderCsv } from "./csv.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { TableBlock } from "./document.js";
import { buildMouText } from "./mouText.js";
import { renderText } from "./renderText.js";

/** Splits one CSV record (RFC 4180 quoting), as a reader would. */
function parse(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

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

function tables(doc: ReturnType<typeof buildDecisionTracker>): TableBlock[] {
  return doc.blocks.filter((block): block is TableBlock => block.kind === "table");
}

function tableRows(doc: ReturnType<typeof buildDecisionTracker>, id: string): number {
  return tables(doc).find((table) => table.id === id)?.rows.length ?? 0;
}

/** Every decision row's status cell, as text, in document order. */
function statuses(doc: ReturnType<typeof buildDecisionTracker>): string[] {
  return tables(doc).flatMap((table) => {
    const column = table.columns.findIndex((entry) => entry.header[0] === "Status");
    return table.rows.map((row) => String(row.cells[column]?.content[0] ?? ""));
  });
}

describe("buildDecisionTracker", () => {
  it.each([
    ["2014-04-15", { overdue: 0, open: 0, done: 0, dropped: 0 }],
    ["2014-04-16", { overdue: 0, open: 10, done: 0, dropped: 0 }],
    ["2014-08-01", { overdue: 0, open: 19, done: 0, dropped: 1 }],
    ["2014-10-01", { overdue: 1, open: 18, done: 0, dropped: 1 }],
    ["2014-12-01", { overdue: 1, open: 17, done: 1, dropped: 1 }],
  ])("puts each decision in one section of its status on %s", (asOf, expected) => {
    const doc = buildDecisionTracker(followedUp, { asOf });
    const counts = Object.fromEntries(Object.keys(expected).map((id) => [id, tableRows(doc, id)]));
    expect(counts).toEqual(expected);
    const total = Object.values(expected).reduce((sum, count) => sum + count, 0);
    expect(statuses(doc)).toHaveLength(total);
    // Empty sections are left out: no heading announces nothing.
    const headings = doc.blocks.filter((block) => block.kind === "heading" && block.level === 2).length;
    const sections = Object.values(expected).filter((count) => count > 0).length;
    expect(headings).toBe(sections + (total > 0 && asOf > "2014-05-13" ? 1 : 0));
  });

  it("prints each decision's text once when rendered", () => {
    const text = renderText(buildDecisionTracker(followedUp, { asOf: "2014-12-01" }));
    // Some Vitebsk decisions repeat Gomel's word for word: each wording appears once per decision.
    for (const decision of followedUp.decisions) {
      const wording = decision.text.en ?? "";
      const same = followedUp.decisions.filter((other) => other.text.en === wording).length;
      expect(text.split(wording).length - 1, decision.id).toBe(same);
    }
    expect(text).not.toContain("All decisions");
    expect(text).not.toContain("None.");
  });

  it("counts a decision done on the date of the amendment that applied its effects", () => {
    const amendment = amendmentFromDecision(followedUp.decisions[18] as Decision, { date: "2014-07-01" });
    const before = buildDecisionTracker(followedUp, { asOf: "2014-06-30", amendments: [amendment] });
    const after = buildDecisionTracker(followedUp, { asOf: "2014-07-01", amendments: [amendment] });
    expect(statuses(before).filter((status) => status.startsWith("done"))).toEqual([]);
    expect(statuses(after).filter((status) => status.startsWith("done"))).toEqual([
      "done (MoU amended on 1 July 2014)",
    ]);
  });

  it("agrees with the MoU text when both apply the decisions' effects", () => {
    const options = { asOf: "2014-12-01", includeDecisionEffects: true } as const;
    const tracker = buildDecisionTracker(followedUp, options);
    const mouHistory = renderCsv(buildMouText(followedUp, "mou-vitebsk", options), { tableId: "history" });
    expect(mouHistory).toContain("decision No. 9 of the meeting of 14 May 2014");
    const csv = renderCsv(tracker, { tableId: "decisions" }).split("\r\n");
    const row = (taskForce: string, number: number) =>
      csv.find((line) => line.startsWith(`${taskForce},`) && line.split(",")[2] === String(number)) ?? "";
    expect(row("Vitebsk Oblast", 9)).toContain("done (MoU amended on 14 May 2014)");
    expect(row("Vitebsk Oblast", 10)).toContain("done (MoU amended on 14 May 2014)");
    // Gomel 9 was recorded done on 20 November, but the amendment applied it on 16 April.
    expect(row("Gomel Oblast", 9)).toContain("done (MoU amended on 16 April 2014)");
    expect(row("Gomel Oblast", 1)).toContain(",adopted,");
  });

  it("shows what each decision repeats and what later repeated it, up to asOf", () => {
    const csv = (asOf: string) => renderCsv(buildDecisionTracker(followedUp, { asOf }), { tableId: "decisions" });
    const gomelFirst = (asOf: string) =>
      csv(asOf)
        .split("\r\n")
        .find((line) => line.startsWith("Gomel Oblast,16 April 2014,1,"));
    expect(gomelFirst("2014-05-13")).toMatch(/,adopted,$/);
    expect(gomelFirst("2014-05-14")).toMatch(/,adopted,"repeated by Vitebsk Oblast, 14 May 2014, No\. 1"$/);
    expect(csv("2014-12-01")).toContain(',"repeats Gomel Oblast, 16 April 2014, No. 4"');
  });

  it("leaves the due date empty in CSV when none is set", () => {
    const rows = renderCsv(buildDecisionTracker(followedUp, { asOf: "2014-12-01" }), { tableId: "decisions" }).split(
      "\r\n",
    );
    const header = rows[0]?.split(",") ?? [];
    const due = header.indexOf("Due date");
    const dueOf = (line: string) => parse(line)[due];
    const gomel2 = rows.find((line) => line.startsWith("Gomel Oblast,16 April 2014,2,")) ?? "";
    expect(dueOf(gomel2)).toBe("");
    expect(rows.join("\n")).not.toContain("not set");
    const gomel5 = rows.find((line) => line.startsWith("Gomel Oblast,16 April 2014,5,")) ?? "";
    expect(dueOf(gomel5)).toBe("1 September 2014");
  });

  it("counts held meetings and their task force when no decisions are recorded", () => {
    const extended: NrmDataset = {
      ...belarusTaskForces2014,
      taskForces: [
        ...belarusTaskForces2014.taskForces,
        { ...(belarusTaskForces2014.taskForces[0] as TaskForce), id: "task-force-brest", regionId: "BY-BR" },
      ],
      meetings: [
        ...belarusTaskForces2014.meetings,
        {
          ...(belarusTaskForces2014.meetings[0] as Meeting),
          id: "meeting-brest",
          taskForceId: "task-force-brest",
          date: "2014-06-03",
        },
      ],
    };
    const only = buildDecisionTracker(extended, { asOf: "2014-12-01", taskForceIds: ["task-force-brest"] });
    expect(only.blocks[1]).toEqual({
      kind: "paragraph",
      content: ["0 decisions taken at 1 meeting of 1 task force. Open: 0 (of which overdue: 0); done: 0; dropped: 0."],
    });
    expect(renderText(only)).toContain("The decisions of these meetings are not recorded: Brest Oblast, 3 June 2014.");
    expect(renderCsv(only, { tableId: "decisions" })).toBe(
      "Task force,Meeting,No.,Decision,Responsible,Due date,Status,Follow-up\r\n",
    );
    const recorded: NrmDataset = {
      ...extended,
      meetings: extended.meetings.map((meeting) =>
        meeting.id === "meeting-brest" ? { ...meeting, decisionsRecorded: true } : meeting,
      ),
    };
    const none = renderText(buildDecisionTracker(recorded, { asOf: "2014-12-01", taskForceIds: ["task-force-brest"] }));
    expect(none).toContain("No decisions were taken.");
    expect(none).not.toContain("not recorded");
    const all = buildDecisionTracker(recorded, { asOf: "2014-12-01" });
    expect(all.blocks[1]).toMatchObject({
      content: [expect.stringContaining("20 decisions taken at 3 meetings of 3 task forces.")],
    });
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

  it("groups the decisions repeated across oblasts by reference", () => {
    const text = renderText(buildDecisionTracker(followedUp, { asOf: "2014-12-01" }));
    const section = text.slice(text.indexOf("Decisions repeated across task forces"));
    expect(section.match(/^\S.*\(2 decisions\)$/gm)).toHaveLength(6);
    expect(section).toContain("Amend the MoU text (2 decisions)");
    expect(section).toContain("- Gomel Oblast, 16 April 2014, No. 9 (done)");
    expect(section).not.toContain("To introduce changes");
  });

  it("shows a task force's own chain of continued decisions when minTaskForces is 1", () => {
    const chained: NrmDataset = {
      ...followedUp,
      decisions: followedUp.decisions.map((decision) =>
        decision.id === "decision-vitebsk-2014-05-14-05"
          ? { ...decision, links: [{ decisionId: "decision-vitebsk-2014-05-14-04", relation: "continues" as const }] }
          : decision,
      ),
    };
    const options = { asOf: "2014-12-01", taskForceIds: ["task-force-vitebsk"] };
    expect(renderText(buildDecisionTracker(chained, options))).not.toContain("Decisions repeated");
    const text = renderText(buildDecisionTracker(chained, { ...options, common: { minTaskForces: 1 } }));
    expect(text).toContain(
      "- Vitebsk Oblast, 14 May 2014, No. 4 (adopted)\n- Vitebsk Oblast, 14 May 2014, No. 5 (adopted)",
    );
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
    expect(rows[0]).toBe("Task force,Meeting,No.,Decision,Responsible,Due date,Status,Follow-up");
    expect(rows).toHaveLength(22);
    expect(rows[1]).toContain("Gomel Oblast,16 April 2014,5,");
    expect(rows[1]).toContain('"adopted, overdue"');
  });

  it("throws invalid_date when asOf is not a date", () => {
    expect(() => buildDecisionTracker(followedUp, { asOf: "1.12.2014" })).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });
});
