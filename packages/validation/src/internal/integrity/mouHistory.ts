import { applyMouAmendment, compareIsoDates, isMouPartyOn, type Mou, type MouAmendment } from "@nrmkit/core";
import {
  dateOnOrAfter,
  EXPECTED_APPLICABLE_OPERATION,
  effectiveDateOf,
  partyOfMissingMou,
  partyOn,
  previousAmendment,
} from "../integrityPhrases.js";
import type { Entry, IntegrityContext } from "./context.js";

/** An MoU as it stood from `date` on. */
interface Version {
  readonly date: string;
  readonly mou: Mou;
}

/**
 * `amendment_out_of_order` when an amendment is dated before an earlier-listed amendment of the same
 * MoU, and `amendment_before_effective_date` when it predates the MoU itself.
 */
export function checkAmendmentDates(context: IntegrityContext): void {
  const latest = new Map<string, Entry<MouAmendment>>();
  for (const entry of context.entries.mouAmendments) {
    const { value, index } = entry;
    const path = ["mouAmendments", index, "date"];
    const previous = latest.get(value.mouId);
    if (previous !== undefined && compareIsoDates(value.date, previous.value.date) < 0) {
      const reason = previousAmendment(previous.value.id, value.mouId);
      context.report("amendment_out_of_order", path, dateOnOrAfter(previous.value.date, reason), value.date);
    } else {
      latest.set(value.mouId, entry);
    }
    const mou = context.byId.mous.get(value.mouId);
    if (mou !== undefined && compareIsoDates(value.date, mou.effectiveDate) < 0) {
      const expected = dateOnOrAfter(mou.effectiveDate, effectiveDateOf(mou.id));
      context.report("amendment_before_effective_date", path, expected, value.date);
    }
  }
}

/**
 * Replays each MoU's amendments in date order with core's `applyMouAmendment`, one operation at a
 * time, so that an operation that cannot apply is reported (`invalid_amendment_operation`) and
 * skipped instead of hiding every later version, as `mouAsOf` (which throws on a broken amendment up to its date) would.
 */
function mouVersions(context: IntegrityContext): ReadonlyMap<string, readonly Version[]> {
  const versions = new Map<string, Version[]>();
  for (const mou of context.byId.mous.values()) versions.set(mou.id, [{ date: mou.effectiveDate, mou }]);
  const ordered = [...context.entries.mouAmendments].sort((a, b) => compareIsoDates(a.value.date, b.value.date));
  for (const { value: amendment, index } of ordered) {
    const history = versions.get(amendment.mouId);
    const current = history?.at(-1);
    if (history === undefined || current === undefined) continue;
    if (compareIsoDates(amendment.date, history[0]?.date ?? amendment.date) < 0) continue;
    let mou = current.mou;
    for (const [position, operation] of amendment.operations.entries()) {
      try {
        mou = applyMouAmendment(mou, { ...amendment, operations: [operation] }).mou;
      } catch (error) {
        const path = ["mouAmendments", index, "operations", position];
        const wording = /expected (.+), received (.+)$/s.exec(error instanceof Error ? error.message : "");
        const expected = wording?.[1] ?? EXPECTED_APPLICABLE_OPERATION;
        context.report("invalid_amendment_operation", path, expected, operation.op);
      }
    }
    history.push({ date: amendment.date, mou });
  }
  return versions;
}

function versionOn(history: readonly Version[], date: string): Mou | undefined {
  let found: Mou | undefined;
  for (const version of history) {
    if (compareIsoDates(version.date, date) > 0) break;
    found = version.mou;
  }
  return found;
}

/** `not_mou_party`: an organisation that attended "as MoU party" must be a party of its task force's MoU that day. */
export function checkMouHistoryAndParties(context: IntegrityContext): void {
  const versions = mouVersions(context);
  // An amendment that failed its schema might make an attendee a party: judge none of that MoU's attendees.
  const unsure = new Set(context.failedField("mouAmendments", "mouId"));
  for (const { value: meeting, index } of context.entries.meetings) {
    const taskForce = context.byId.taskForces.get(meeting.taskForceId);
    if (taskForce === undefined) continue;
    const history = taskForce.mouId === undefined ? undefined : versions.get(taskForce.mouId);
    // An MoU id that points nowhere is reported as unknown_reference; say nothing more here.
    if (taskForce.mouId !== undefined && (history === undefined || unsure.has(taskForce.mouId))) continue;
    const mou = history === undefined ? undefined : versionOn(history, meeting.date);
    for (const [position, attendance] of meeting.attendance.entries()) {
      if (attendance.capacity !== "mou_party") continue;
      if (mou !== undefined && isMouPartyOn(mou, attendance.organizationId, meeting.date)) continue;
      const path = ["meetings", index, "attendance", position, "organizationId"];
      const expected =
        taskForce.mouId === undefined ? partyOfMissingMou(taskForce.id) : partyOn(taskForce.mouId, meeting.date);
      context.report("not_mou_party", path, expected, attendance.organizationId);
    }
  }
}
