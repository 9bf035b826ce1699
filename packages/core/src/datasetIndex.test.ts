import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 } from "./belarus2014/index.js";
import type { NrmDataset } from "./dataset.js";
import { getById, indexDataset } from "./datasetIndex.js";
import { isNrmkitError } from "./error.js";
import type { Meeting } from "./meeting.js";

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const meeting = (id: string, date: string, taskForceId = "tf"): Meeting => ({
  id,
  taskForceId,
  date,
  status: "held",
  organisers: [],
  chairIds: [],
  panelIds: [],
  attendance: [],
  topics: [],
  statisticsShared: false,
});

const empty: NrmDataset = {
  regions: [],
  organizations: [],
  people: [],
  taskForces: [],
  mous: [],
  mouAmendments: [],
  meetings: [],
  decisions: [],
};

describe("indexDataset", () => {
  it("maps every entity of the bundled dataset by id", () => {
    const index = indexDataset(belarusTaskForces2014);
    expect(index.organizations.size).toBe(belarusTaskForces2014.organizations.length);
    expect(index.people.get("person-zhak")?.positions).toHaveLength(1);
    expect(index.regions.get("BY-VI")?.name.en).toBe("Vitebsk Oblast");
    expect(index.mous.get("mou-gomel")?.parties).toHaveLength(5);
    expect(index.decisionsByMeeting.get("meeting-gomel-2014-04-16")?.map((decision) => decision.ordinal)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(index.meetingsByTaskForce.get("task-force-vitebsk")?.map((m) => m.id)).toEqual([
      "meeting-vitebsk-2014-05-14",
    ]);
    expect(index.amendmentsByMou.size).toBe(0);
  });

  it("orders meetings by date and keeps dataset order for ties when grouping by task force", () => {
    const index = indexDataset({
      ...empty,
      meetings: [meeting("c", "2015-01-01"), meeting("a", "2014-01-01"), meeting("b", "2015-01-01")],
    });
    expect(index.meetingsByTaskForce.get("tf")?.map((m) => m.id)).toEqual(["a", "c", "b"]);
  });

  it("throws duplicate_id when two entities of a collection share an id", () => {
    const error = catchError(() =>
      indexDataset({ ...empty, meetings: [meeting("m", "2014-01-01"), meeting("m", "2014-02-01")] }),
    );
    expect(isNrmkitError(error, "duplicate_id")).toBe(true);
  });

  it("throws invalid_date when a meeting date is not YYYY-MM-DD", () => {
    const error = catchError(() => indexDataset({ ...empty, meetings: [meeting("m", "16.04.2014")] }));
    expect(isNrmkitError(error, "invalid_date")).toBe(true);
  });
});

describe("getById", () => {
  const index = indexDataset(belarusTaskForces2014);

  it("returns the entity when the id exists", () => {
    expect(getById(index, "organizations", "org-by-ho-red-cross").kind).toBe("ngo");
    expect(getById(index, "taskForces", "task-force-gomel").regionId).toBe("BY-HO");
  });

  it("throws not_found naming the collection and id when the id is missing", () => {
    const error = catchError(() => getById(index, "decisions", "decision-x"));
    expect(isNrmkitError(error, "not_found")).toBe(true);
    expect((error as Error).message).toContain("decisions");
    expect((error as Error).message).toContain("decision-x");
  });
});
