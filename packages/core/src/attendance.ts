import type { NrmDataset } from "./dataset.js";
import { NrmkitError } from "./error.js";
import { mouVersionOn } from "./internal/mouVersionOn.js";
import type { AttendanceCapacity } from "./meeting.js";
import { meetingSeries } from "./meetingSeries.js";
import { mouVersions } from "./mouHistory.js";
import { isMouPartyOn } from "./mouParties.js";

/**
 * One cell of an {@link AttendanceMatrix}: the capacity an organisation attended in, or `"absent"`.
 *
 * @category Meetings
 * @since 0.1.0
 */
export type AttendanceCell = AttendanceCapacity | "absent";

/**
 * Who attended which meeting, as a grid of meetings (rows) by organisations (columns).
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface AttendanceMatrix {
  /** Held meetings in date order: the rows. */
  readonly meetingIds: readonly string[];
  /** Organisations in order of first attendance, then MoU parties that never attended: the columns. */
  readonly organizationIds: readonly string[];
  /** `cells[row][column]`: the capacity of organisation `column` at meeting `row`. */
  readonly cells: readonly (readonly AttendanceCell[])[];
}

/**
 * Options of {@link attendanceMatrix}.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface AttendanceMatrixOptions {
  /** Only this task force's meetings; all task forces when absent. */
  readonly taskForceId?: string;
}

/**
 * Builds the attendance matrix of held meetings: each organisation's capacity, or `"absent"`.
 *
 * @remarks
 * Columns include every party of the task forces' MoUs (after the dataset's amendments), so a
 * party that never came shows as absent throughout. Planned and cancelled meetings are left out.
 *
 * @param dataset - The dataset.
 * @param options - An optional task force filter.
 * @returns The matrix.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { attendanceMatrix } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const matrix = attendanceMatrix(belarusTaskForces2014, { taskForceId: "task-force-vitebsk" });
 * matrix.cells[0]?.[matrix.organizationIds.indexOf("org-by-vi-youth-palace")];
 * // => "guest"
 * ```
 *
 * @category Meetings
 * @since 0.1.0
 */
export function attendanceMatrix(dataset: NrmDataset, options: AttendanceMatrixOptions = {}): AttendanceMatrix {
  const meetings = meetingSeries(dataset, { ...options, statuses: ["held"] });
  const columns = new Set<string>();
  for (const meeting of meetings) for (const entry of meeting.attendance) columns.add(entry.organizationId);
  const taskForces = dataset.taskForces.filter(
    (taskForce) => options.taskForceId === undefined || taskForce.id === options.taskForceId,
  );
  for (const taskForce of taskForces) {
    const mou = dataset.mous.find((candidate) => candidate.id === taskForce.mouId);
    if (mou === undefined) continue;
    const latest = mouVersions(mou, dataset.mouAmendments).at(-1)?.mou ?? mou;
    for (const party of latest.parties) columns.add(party.organizationId);
  }
  const organizationIds = [...columns];
  return {
    meetingIds: meetings.map((meeting) => meeting.id),
    organizationIds,
    cells: meetings.map((meeting) => {
      const capacities = new Map(meeting.attendance.map((entry) => [entry.organizationId, entry.capacity]));
      return organizationIds.map((id) => capacities.get(id) ?? "absent");
    }),
  };
}

/**
 * How often one MoU party attended its task force's meetings while it was a party.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface ParticipationRate {
  /** The party. */
  readonly organizationId: string;
  /** Held meetings on whose date it was a party. */
  readonly meetingsHeld: number;
  /** How many of those it attended, in any capacity. */
  readonly meetingsAttended: number;
  /** `meetingsAttended / meetingsHeld`, or `null` when no meeting was held while it was a party. */
  readonly rate: number | null;
}

/**
 * Options of {@link participationRates}.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface ParticipationRatesOptions {
  /** The task force whose MoU parties and meetings are counted. */
  readonly taskForceId: string;
}

/**
 * Computes each MoU party's participation: meetings attended out of meetings held while it was a party.
 *
 * @remarks
 * Parties are every organisation that is or was a party after the dataset's amendments, in MoU
 * order. A party counts for a meeting when it had signed on or before the meeting day and had not
 * withdrawn (see {@link isMouPartyOn}).
 *
 * @param dataset - The dataset.
 * @param options - The task force.
 * @returns One rate per party; empty when the task force has no MoU.
 * @throws NrmkitError with code `not_found` when the task force or its MoU is missing.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { participationRates } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * participationRates(belarusTaskForces2014, { taskForceId: "task-force-gomel" })[0];
 * // => { organizationId: "org-by-ho-interior", meetingsHeld: 1, meetingsAttended: 1, rate: 1 }
 * ```
 *
 * @category Meetings
 * @since 0.1.0
 */
export function participationRates(
  dataset: NrmDataset,
  options: ParticipationRatesOptions,
): readonly ParticipationRate[] {
  const taskForce = dataset.taskForces.find((candidate) => candidate.id === options.taskForceId);
  if (taskForce === undefined) {
    throw new NrmkitError(
      "not_found",
      `taskForceId: expected an existing task force, received ${JSON.stringify(options.taskForceId)}`,
    );
  }
  if (taskForce.mouId === undefined) return [];
  const mou = dataset.mous.find((candidate) => candidate.id === taskForce.mouId);
  if (mou === undefined) {
    throw new NrmkitError(
      "not_found",
      `${taskForce.id}.mouId: expected an existing MoU, received ${JSON.stringify(taskForce.mouId)}`,
    );
  }
  const versions = mouVersions(mou, dataset.mouAmendments);
  const latest = versions.at(-1)?.mou ?? mou;
  const meetings = meetingSeries(dataset, { taskForceId: taskForce.id, statuses: ["held"] });
  const partyIds = [...new Set(latest.parties.map((party) => party.organizationId))];
  return partyIds.map((organizationId) => {
    let meetingsHeld = 0;
    let meetingsAttended = 0;
    for (const meeting of meetings) {
      const version = mouVersionOn(versions, meeting.date);
      if (version === undefined || !isMouPartyOn(version, organizationId, meeting.date)) continue;
      meetingsHeld += 1;
      if (meeting.attendance.some((entry) => entry.organizationId === organizationId)) meetingsAttended += 1;
    }
    return {
      organizationId,
      meetingsHeld,
      meetingsAttended,
      rate: meetingsHeld === 0 ? null : meetingsAttended / meetingsHeld,
    };
  });
}
