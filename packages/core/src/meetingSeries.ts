import type { NrmDataset } from "./dataset.js";
import { byDate } from "./internal/byDate.js";
import type { Meeting, MeetingStatus } from "./meeting.js";

/**
 * Options of {@link meetingSeries}.
 *
 * @category Meetings
 * @since 0.1.0
 */
export interface MeetingSeriesOptions {
  /** Only this task force's meetings; all task forces when absent. */
  readonly taskForceId?: string;
  /** Only meetings with one of these statuses; all when absent. */
  readonly statuses?: readonly MeetingStatus[];
}

/**
 * Lists meetings in date order; meetings on the same day keep their dataset order.
 *
 * @param dataset - The dataset.
 * @param options - Optional task force and status filters.
 * @returns The meetings, earliest first.
 * @throws NrmkitError with code `invalid_date` when a meeting date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { meetingSeries } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * meetingSeries(belarusTaskForces2014).map((meeting) => meeting.date);
 * // => ["2014-04-16", "2014-05-14"]
 * meetingSeries(belarusTaskForces2014, { taskForceId: "task-force-vitebsk" }).length;
 * // => 1
 * ```
 *
 * @category Meetings
 * @since 0.1.0
 */
export function meetingSeries(dataset: NrmDataset, options: MeetingSeriesOptions = {}): readonly Meeting[] {
  const { taskForceId, statuses } = options;
  return byDate(
    dataset.meetings.filter(
      (meeting) =>
        (taskForceId === undefined || meeting.taskForceId === taskForceId) &&
        (statuses === undefined || statuses.includes(meeting.status)),
    ),
  );
}
