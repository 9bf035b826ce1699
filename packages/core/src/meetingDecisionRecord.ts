import type { NrmDataset } from "./dataset.js";
import type { DatasetIndex } from "./datasetIndex.js";
import type { Meeting } from "./meeting.js";

/**
 * What a dataset knows about a meeting's decisions: `"recorded"` (it holds them), `"none_taken"` (the meeting took none) or `"unknown"` (the source does not say).
 *
 * @category Decisions
 * @since 0.1.0
 */
export type MeetingDecisionRecord = "recorded" | "none_taken" | "unknown";

/**
 * Tells whether a meeting's decisions are known, and whether it took any, from its decisions and its `decisionsRecorded` flag.
 *
 * @remarks
 * A meeting with decisions in the dataset is `"recorded"` (unless `decisionsRecorded` is `false`,
 * which validation reports as a contradiction: the decisions then count as recorded anyway). One
 * without decisions is `"none_taken"` only when `decisionsRecorded` is `true`: an empty list alone
 * cannot tell "nothing was decided" from "nobody wrote it down". Planned and cancelled meetings
 * took no decisions.
 *
 * @param dataset - The dataset, or its index (faster for many meetings).
 * @param meeting - The meeting.
 * @returns The record's state.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, meetingDecisionRecord } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const gomel = getById(indexDataset(belarusTaskForces2014), "meetings", "meeting-gomel-2014-04-16");
 * meetingDecisionRecord(belarusTaskForces2014, gomel);
 * // => "recorded"
 * meetingDecisionRecord(belarusTaskForces2014, { ...gomel, id: "meeting-brest", decisionsRecorded: true });
 * // => "none_taken"
 * meetingDecisionRecord(belarusTaskForces2014, { ...gomel, id: "meeting-brest" });
 * // => "unknown"
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function meetingDecisionRecord(dataset: NrmDataset | DatasetIndex, meeting: Meeting): MeetingDecisionRecord {
  const count =
    "dataset" in dataset
      ? (dataset.decisionsByMeeting.get(meeting.id)?.length ?? 0)
      : dataset.decisions.filter((decision) => decision.meetingId === meeting.id).length;
  if (count > 0) return "recorded";
  if (meeting.status !== "held") return "none_taken";
  return meeting.decisionsRecorded === true ? "none_taken" : "unknown";
}
