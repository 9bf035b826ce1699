import type { NrmDataset } from "../dataset.js";
import { deepFreeze } from "../internal/deepFreeze.js";
import { belarusRegions } from "./belarusRegions.js";
import { gomelDecisions, gomelMeeting } from "./internal/gomel.js";
import { gomelOrganizations, nationalOrganizations, vitebskOrganizations } from "./internal/organizations.js";
import { chairs, vitebskPanel } from "./internal/people.js";
import { mous, taskForces } from "./internal/taskForces.js";
import { vitebskDecisions, vitebskMeeting } from "./internal/vitebsk.js";

/**
 * Demo dataset: the Gomel (16 April 2014) and Vitebsk (14 May 2014) meetings of Belarus's regional
 * multi-disciplinary task forces, encoded from IOM Belarus's news items.
 *
 * @remarks
 * Every fact of the two news items is kept: chairs with all their positions, the Vitebsk panel,
 * organisers and their kind of support, the venue host, each attending organisation with its
 * capacity (MoU party, interested organisation, guest), topics in order with the ones given
 * "special attention" highlighted, publication metadata, and the ten decisions of each meeting in
 * order, with categories, responsible organisations, links from Vitebsk decisions to the Gomel ones
 * they repeat, and structured MoU effects for the MoU-amendment and MoU-membership decisions.
 *
 * The news items do not quote the MoUs nor say when they were signed: the MoUs' base clauses and
 * dates are illustrative. Organisations that a decision proposes to add to the MoU attended as
 * interested organisations; every other attendee is read as a party. `mouAmendments` is empty:
 * apply the decisions' effects (see {@link @nrmkit/core!amendmentFromDecision | amendmentFromDecision}) to build the MoU history.
 * Regions hold all seven Belarusian regions. The dataset is deeply frozen.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * belarusTaskForces2014.meetings.map((meeting) => meeting.id);
 * // => ["meeting-gomel-2014-04-16", "meeting-vitebsk-2014-05-14"]
 * belarusTaskForces2014.decisions.length;
 * // => 20
 * belarusTaskForces2014.people.find((person) => person.id === "person-koltun")?.positions.length;
 * // => 3
 * ```
 *
 * @category Reference data
 * @since 0.1.0
 */
export const belarusTaskForces2014: NrmDataset = deepFreeze({
  regions: belarusRegions,
  organizations: [...nationalOrganizations, ...gomelOrganizations, ...vitebskOrganizations],
  people: [...chairs, ...vitebskPanel],
  taskForces,
  mous,
  mouAmendments: [],
  meetings: [gomelMeeting, vitebskMeeting],
  decisions: [...gomelDecisions, ...vitebskDecisions],
});
