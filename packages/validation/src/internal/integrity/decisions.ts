import { compareIsoDates, type Decision } from "@nrmkit/core";
import {
  dateOnOrAfter,
  meetingDay,
  ordinalNotUsedBefore,
  ordinalUpTo,
  PREVIOUS_STATUS_CHANGE,
  recordedFlag,
} from "../integrityPhrases.js";
import type { Entry, IntegrityContext } from "./context.js";

/** `duplicate_ordinal` and `ordinal_out_of_range`: each meeting's decisions are numbered 1..n exactly once. */
export function checkDecisionOrdinals(context: IntegrityContext): void {
  const byMeeting = new Map<string, Entry<Decision>[]>();
  for (const entry of context.entries.decisions) {
    const group = byMeeting.get(entry.value.meetingId);
    if (group === undefined) byMeeting.set(entry.value.meetingId, [entry]);
    else group.push(entry);
  }
  const failedMeetingIds = context.failedField("decisions", "meetingId");
  for (const [meetingId, group] of byMeeting) {
    // Decisions that failed their schema still hold a number in their meeting's list.
    const count = group.length + failedMeetingIds.filter((id) => id === meetingId).length;
    const seen = new Set<number>();
    for (const { value, index } of group) {
      const path = ["decisions", index, "ordinal"];
      if (seen.has(value.ordinal)) {
        context.report("duplicate_ordinal", path, ordinalNotUsedBefore(meetingId), value.ordinal);
      } else if (value.ordinal < 1 || value.ordinal > count) {
        context.report("ordinal_out_of_range", path, ordinalUpTo(count, meetingId), value.ordinal);
      }
      seen.add(value.ordinal);
    }
  }
}

/**
 * `status_out_of_order` when a status change is dated before the previous one, and
 * `status_before_meeting` when it is dated before the meeting that took the decision.
 */
export function checkStatusHistory(context: IntegrityContext): void {
  for (const { value, index } of context.entries.decisions) {
    const meeting = context.byId.meetings.get(value.meetingId);
    let previous: string | undefined;
    for (const [position, change] of value.statusHistory.entries()) {
      const path = ["decisions", index, "statusHistory", position, "date"];
      if (meeting !== undefined && compareIsoDates(change.date, meeting.date) < 0) {
        context.report("status_before_meeting", path, dateOnOrAfter(meeting.date, meetingDay(meeting.id)), change.date);
      } else if (previous !== undefined && compareIsoDates(change.date, previous) < 0) {
        context.report("status_out_of_order", path, dateOnOrAfter(previous, PREVIOUS_STATUS_CHANGE), change.date);
      }
      if (previous === undefined || compareIsoDates(change.date, previous) > 0) previous = change.date;
    }
  }
}

/** `decisions_recorded_contradiction`: a meeting says its decisions were not recorded, yet the dataset holds some. */
export function checkDecisionsRecorded(context: IntegrityContext): void {
  const counts = new Map<string, number>();
  for (const { value } of context.entries.decisions)
    counts.set(value.meetingId, (counts.get(value.meetingId) ?? 0) + 1);
  for (const { value: meeting, index } of context.entries.meetings) {
    const count = counts.get(meeting.id) ?? 0;
    if (meeting.decisionsRecorded !== false || count === 0) continue;
    context.report(
      "decisions_recorded_contradiction",
      ["meetings", index, "decisionsRecorded"],
      recordedFlag(meeting.id, count),
      false,
    );
  }
}
