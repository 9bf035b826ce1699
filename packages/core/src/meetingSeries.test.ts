import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 } from "./belarus2014/index.js";
import type { NrmDataset } from "./dataset.js";
import type { Meeting, MeetingStatus } from "./meeting.js";
import { meetingSeries } from "./meetingSeries.js";

const meeting = (id: string, date: string, taskForceId: string, status: MeetingStatus = "held"): Meeting => ({
  id,
  taskForceId,
  date,
  status,
  organisers: [],
  chairIds: [],
  panelIds: [],
  attendance: [],
  topics: [],
  statisticsShared: false,
});

const dataset: NrmDataset = {
  ...belarusTaskForces2014,
  meetings: [
    meeting("c", "2015-03-01", "tf-1"),
    meeting("a", "2014-01-01", "tf-2"),
    meeting("b", "2015-03-01", "tf-1", "planned"),
    meeting("d", "2014-06-01", "tf-1", "cancelled"),
  ],
};

describe("meetingSeries", () => {
  it.each([
    [{}, ["a", "d", "c", "b"]],
    [{ taskForceId: "tf-1" }, ["d", "c", "b"]],
    [{ statuses: ["held"] as const }, ["a", "c"]],
    [{ taskForceId: "tf-2", statuses: ["planned"] as const }, []],
  ])("lists meetings in date order, stable for ties, when filtered by %o", (options, expected) => {
    expect(meetingSeries(dataset, options).map((m) => m.id)).toEqual(expected);
  });

  it("orders the bundled meetings Gomel then Vitebsk", () => {
    expect(meetingSeries(belarusTaskForces2014).map((m) => m.id)).toEqual([
      "meeting-gomel-2014-04-16",
      "meeting-vitebsk-2014-05-14",
    ]);
  });
});
