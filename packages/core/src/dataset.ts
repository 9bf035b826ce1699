import type { Decision } from "./decision.js";
import type { Meeting } from "./meeting.js";
import type { Mou } from "./mou.js";
import type { MouAmendment } from "./mouAmendment.js";
import type { Organization } from "./organization.js";
import type { Person } from "./person.js";
import type { Region } from "./region.js";
import type { TaskForce } from "./taskForce.js";

/**
 * Everything known about a set of task forces: the unit that is validated, queried and reported on.
 *
 * @remarks
 * Entities refer to each other by id. MoUs hold their base text; later changes are
 * {@link MouAmendment} records, so every version can be recomputed.
 *
 * @category Model
 * @since 0.1.0
 */
export interface NrmDataset {
  /** Regions the task forces work in. */
  readonly regions: readonly Region[];
  /** Agencies, departments, NGOs and international organisations. */
  readonly organizations: readonly Organization[];
  /** Officials and representatives, with their positions. */
  readonly people: readonly Person[];
  /** The task forces. */
  readonly taskForces: readonly TaskForce[];
  /** Memoranda of understanding, as first signed. */
  readonly mous: readonly Mou[];
  /** Dated amendments of the MoUs. */
  readonly mouAmendments: readonly MouAmendment[];
  /** Meetings of the task forces. */
  readonly meetings: readonly Meeting[];
  /** Decisions of the meetings. */
  readonly decisions: readonly Decision[];
}
