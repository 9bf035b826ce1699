import { compareIsoDates } from "@nrmkit/core";
import { dateOnOrAfter, dateOnOrBefore, dissolvedDay, establishedDay, fieldReason } from "../integrityPhrases.js";
import type { IntegrityContext } from "./context.js";

/** `meeting_outside_task_force_life`: a meeting is dated between its task force's establishment and dissolution. */
export function checkMeetingDates(context: IntegrityContext): void {
  for (const { value: meeting, index } of context.entries.meetings) {
    const taskForce = context.byId.taskForces.get(meeting.taskForceId);
    if (taskForce === undefined) continue;
    const path = ["meetings", index, "date"];
    const { establishedDate, dissolvedDate } = taskForce;
    if (establishedDate !== undefined && compareIsoDates(meeting.date, establishedDate) < 0) {
      const expected = dateOnOrAfter(establishedDate, establishedDay(taskForce.id));
      context.report("meeting_outside_task_force_life", path, expected, meeting.date);
    }
    if (dissolvedDate !== undefined && compareIsoDates(meeting.date, dissolvedDate) > 0) {
      const expected = dateOnOrBefore(dissolvedDate, dissolvedDay(taskForce.id));
      context.report("meeting_outside_task_force_life", path, expected, meeting.date);
    }
  }
}

/** `invalid_period`: a period's end (dissolution, expiry, withdrawal, end of a post) is not before its start. */
export function checkPeriods(context: IntegrityContext): void {
  const check = (path: readonly (string | number)[], startField: string, start?: string, end?: string) => {
    if (start !== undefined && end !== undefined && compareIsoDates(end, start) < 0) {
      context.report("invalid_period", path, dateOnOrAfter(start, fieldReason(startField)), end);
    }
  };
  for (const { value, index } of context.entries.taskForces) {
    check(["taskForces", index, "dissolvedDate"], "establishedDate", value.establishedDate, value.dissolvedDate);
  }
  for (const { value, index } of context.entries.mous) {
    check(["mous", index, "expiryDate"], "effectiveDate", value.effectiveDate, value.expiryDate);
    for (const [position, party] of value.parties.entries()) {
      check(["mous", index, "parties", position, "withdrawnDate"], "signedDate", party.signedDate, party.withdrawnDate);
    }
  }
  for (const { value, index } of context.entries.people) {
    for (const [position, post] of value.positions.entries()) {
      check(["people", index, "positions", position, "endDate"], "startDate", post.startDate, post.endDate);
    }
  }
}
