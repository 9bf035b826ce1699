import {
  attendeeNotListedBefore,
  chairNotListedBefore,
  hostServing,
  notAChairOf,
  panelMemberNotListedBefore,
} from "../integrityPhrases.js";
import type { IntegrityContext } from "./context.js";

/**
 * `duplicate_attendance`: an organisation appears once in a meeting's attendance, whatever its
 * capacities (the report would count it in each group it is listed in). Reported at each later entry.
 */
export function checkAttendance(context: IntegrityContext): void {
  for (const { value: meeting, index } of context.entries.meetings) {
    const seen = new Set<string>();
    for (const [position, { organizationId }] of meeting.attendance.entries()) {
      if (seen.has(organizationId)) {
        const path = ["meetings", index, "attendance", position, "organizationId"];
        context.report("duplicate_attendance", path, attendeeNotListedBefore(meeting.id), organizationId);
      }
      seen.add(organizationId);
    }
  }
}

/**
 * `chair_in_panel` at a panel member who also chairs the meeting (`panelIds` holds the *other*
 * members of the panel), and `duplicate_panel_member` at a person listed a second time among the
 * chairs or among the other members.
 */
export function checkPanel(context: IntegrityContext): void {
  for (const { value: meeting, index } of context.entries.meetings) {
    const chairs = new Set<string>();
    for (const [position, id] of meeting.chairIds.entries()) {
      if (chairs.has(id)) {
        const path = ["meetings", index, "chairIds", position];
        context.report("duplicate_panel_member", path, chairNotListedBefore(meeting.id), id);
      }
      chairs.add(id);
    }
    const members = new Set<string>();
    for (const [position, id] of meeting.panelIds.entries()) {
      const path = ["meetings", index, "panelIds", position];
      if (chairs.has(id)) context.report("chair_in_panel", path, notAChairOf(meeting.id), id);
      else if (members.has(id))
        context.report("duplicate_panel_member", path, panelMemberNotListedBefore(meeting.id), id);
      members.add(id);
    }
  }
}

/**
 * `venue_outside_task_force_region`, a warning: the organisation that hosted a meeting serves
 * another region than the meeting's task force. An organisation's region is its `regionId`, else
 * that of the nearest parent that has one; a host with none (a national or international body) is
 * not judged. A task force may meet elsewhere, hence a warning, not an error.
 */
export function checkVenueRegion(context: IntegrityContext): void {
  for (const { value: meeting, index } of context.entries.meetings) {
    const hostId = meeting.venue?.hostId;
    const taskForce = context.byId.taskForces.get(meeting.taskForceId);
    if (hostId === undefined || taskForce === undefined) continue;
    const hostRegion = regionServedBy(context, hostId);
    if (hostRegion === undefined || hostRegion === taskForce.regionId) continue;
    const path = ["meetings", index, "venue", "hostId"];
    const expected = hostServing(taskForce.regionId, taskForce.id, hostRegion);
    context.report("venue_outside_task_force_region", path, expected, hostId, "warning");
  }
}

/** The region an organisation serves: its own, else its nearest parent's; `undefined` when none says (or the chain loops). */
function regionServedBy(context: IntegrityContext, organizationId: string): string | undefined {
  const seen = new Set<string>();
  let id: string | undefined = organizationId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const organization = context.byId.organizations.get(id);
    if (organization?.regionId !== undefined) return organization.regionId;
    id = organization?.parentId;
  }
  return undefined;
}
