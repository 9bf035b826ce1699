import { describe, expect, it } from "vitest";
import { attendanceMatrix, participationRates } from "./attendance.js";
import { belarusTaskForces2014 as data } from "./belarus2014/index.js";
import type { NrmDataset } from "./dataset.js";
import { isNrmkitError } from "./error.js";
import type { Meeting } from "./meeting.js";

const base = data.meetings[0] as Meeting;
const extra: readonly Meeting[] = [
  {
    ...base,
    id: "m-2014-10",
    date: "2014-10-01",
    attendance: [{ organizationId: "org-by-ho-bar", capacity: "mou_party" }],
  },
  { ...base, id: "m-2015-planned", date: "2015-01-01", status: "planned", attendance: [] },
];
const withMoreMeetings: NrmDataset = { ...data, meetings: [...data.meetings, ...extra] };

describe("attendanceMatrix", () => {
  it("gives each organisation's capacity or absent per held meeting", () => {
    const matrix = attendanceMatrix(withMoreMeetings, { taskForceId: "task-force-gomel" });
    expect(matrix.meetingIds).toEqual(["meeting-gomel-2014-04-16", "m-2014-10"]);
    const column = (org: string) => matrix.cells.map((row) => row[matrix.organizationIds.indexOf(org)]);
    expect(column("org-by-ho-bar")).toEqual(["mou_party", "mou_party"]);
    expect(column("org-by-ho-bywca")).toEqual(["interested_organization", "absent"]);
    expect(matrix.organizationIds).toHaveLength(8);
  });

  it("covers both task forces when no filter is given", () => {
    const matrix = attendanceMatrix(data);
    expect(matrix.meetingIds).toHaveLength(2);
    expect(matrix.organizationIds).toHaveLength(8 + 16);
    expect(matrix.cells[0]?.[matrix.organizationIds.indexOf("org-by-vi-court")]).toBe("absent");
    expect(matrix.cells[1]?.[matrix.organizationIds.indexOf("org-by-vi-volunteer-brigades")]).toBe("guest");
  });

  it("adds MoU parties that never attended as absent columns", () => {
    const mous = data.mous.map((mou) =>
      mou.id === "mou-gomel"
        ? { ...mou, parties: [...mou.parties, { organizationId: "org-x", signedDate: "2013-03-01" }] }
        : mou,
    );
    const matrix = attendanceMatrix({ ...data, mous }, { taskForceId: "task-force-gomel" });
    expect(matrix.organizationIds.at(-1)).toBe("org-x");
    expect(matrix.cells[0]?.at(-1)).toBe("absent");
  });
});

describe("participationRates", () => {
  it("gives every bundled party a full rate", () => {
    const rates = participationRates(data, { taskForceId: "task-force-vitebsk" });
    expect(rates).toHaveLength(8);
    expect(rates.every((rate) => rate.meetingsHeld === 1 && rate.rate === 1)).toBe(true);
  });

  it("counts only meetings held while the organisation was a party", () => {
    const widen = data.decisions.find((decision) => decision.id === "decision-gomel-2014-04-16-10");
    if (widen?.effects === undefined) throw new Error("missing");
    const amended: NrmDataset = {
      ...withMoreMeetings,
      mouAmendments: [{ id: "a", mouId: "mou-gomel", date: "2014-06-01", operations: widen.effects.operations }],
    };
    const rates = new Map(
      participationRates(amended, { taskForceId: "task-force-gomel" }).map((rate) => [rate.organizationId, rate]),
    );
    expect(rates.get("org-by-ho-bar")).toEqual({
      organizationId: "org-by-ho-bar",
      meetingsHeld: 2,
      meetingsAttended: 2,
      rate: 1,
    });
    expect(rates.get("org-by-ho-red-cross")?.rate).toBe(0.5);
    expect(rates.get("org-by-ho-court")).toEqual({
      organizationId: "org-by-ho-court",
      meetingsHeld: 1,
      meetingsAttended: 0,
      rate: 0,
    });
    expect(rates.size).toBe(10);
  });

  it("gives a null rate when no meeting was held while it was a party", () => {
    const mous = data.mous.map((mou) =>
      mou.id === "mou-gomel"
        ? { ...mou, parties: [...mou.parties, { organizationId: "org-x", signedDate: "2020-01-01" }] }
        : mou,
    );
    expect(participationRates({ ...data, mous }, { taskForceId: "task-force-gomel" }).at(-1)).toEqual({
      organizationId: "org-x",
      meetingsHeld: 0,
      meetingsAttended: 0,
      rate: null,
    });
  });

  it("throws not_found when the task force is missing", () => {
    let caught: unknown;
    try {
      participationRates(data, { taskForceId: "task-force-x" });
    } catch (error) {
      caught = error;
    }
    expect(isNrmkitError(caught, "not_found")).toBe(true);
  });
});
