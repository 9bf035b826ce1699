import type { NrmDataset } from "./dataset.js";
import type { Decision } from "./decision.js";
import { isDecisionOpen } from "./decisionStatus.js";
import { NrmkitError } from "./error.js";
import { compareIsoDates, type IsoDate, toDate } from "./isoDate.js";
import type { Meeting } from "./meeting.js";
import { mouAsOf } from "./mouHistory.js";
import { isMouPartyOn } from "./mouParties.js";

/**
 * Options of {@link openDecisions}.
 *
 * @category Decisions
 * @since 0.1.0
 */
export interface OpenDecisionsOptions {
  /** The day to look at. */
  readonly asOf: IsoDate;
  /** Only decisions of this task force's meetings; all task forces when absent. */
  readonly taskForceId?: string;
  /**
   * Only decisions this organisation must carry out: it is among `responsibleIds`, or
   * `responsibleIds` is empty (all parties) and it is a party to the task force's MoU on `asOf`.
   */
  readonly organizationId?: string;
}

/**
 * Lists the decisions still open (`adopted` or `in_progress`) on a date, by task force and organisation.
 *
 * @remarks
 * MoU membership on `asOf` takes the dataset's `mouAmendments` into account. Decisions come in
 * meeting date order, then by ordinal.
 *
 * @param dataset - The dataset.
 * @param options - The date and optional task force and organisation filters.
 * @returns The open decisions.
 * @throws NrmkitError with code `not_found` when a decision's meeting is missing from the dataset.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { openDecisions } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * openDecisions(belarusTaskForces2014, { asOf: "2014-05-01" }).length;
 * // => 10
 * openDecisions(belarusTaskForces2014, { asOf: "2014-06-01", organizationId: "org-by-ho-bar" }).map((d) => d.ordinal);
 * // => [1, 2, 3, 4, 5, 6, 7, 9, 10]
 * ```
 *
 * @category Decisions
 * @since 0.1.0
 */
export function openDecisions(dataset: NrmDataset, options: OpenDecisionsOptions): readonly Decision[] {
  const { asOf, taskForceId, organizationId } = options;
  toDate(asOf, "asOf");
  const meetings = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting]));
  const meetingOf = (decision: Decision): Meeting => {
    const meeting = meetings.get(decision.meetingId);
    if (meeting === undefined) {
      throw new NrmkitError(
        "not_found",
        `${decision.id}.meetingId: expected an existing meeting, received ${JSON.stringify(decision.meetingId)}`,
      );
    }
    return meeting;
  };
  const partyCache = new Map<string, boolean>();
  const isParty = (forTaskForce: string): boolean => {
    const cached = partyCache.get(forTaskForce);
    if (cached !== undefined) return cached;
    const mouId = dataset.taskForces.find((taskForce) => taskForce.id === forTaskForce)?.mouId;
    const mou = dataset.mous.find((candidate) => candidate.id === mouId);
    const version = mou === undefined ? undefined : mouAsOf(mou, dataset.mouAmendments, asOf);
    const answer = version !== undefined && organizationId !== undefined && isMouPartyOn(version, organizationId, asOf);
    partyCache.set(forTaskForce, answer);
    return answer;
  };
  return dataset.decisions
    .filter((decision) => {
      const meeting = meetingOf(decision);
      if (taskForceId !== undefined && meeting.taskForceId !== taskForceId) return false;
      if (!isDecisionOpen(decision, asOf)) return false;
      if (organizationId === undefined) return true;
      return decision.responsibleIds.length === 0
        ? isParty(meeting.taskForceId)
        : decision.responsibleIds.includes(organizationId);
    })
    .sort((a, b) => compareIsoDates(meetingOf(a).date, meetingOf(b).date) || a.ordinal - b.ordinal);
}
