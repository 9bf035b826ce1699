import type { NrmDataset } from "./dataset.js";
import type { Decision } from "./decision.js";
import { NrmkitError } from "./error.js";
import { byDate } from "./internal/byDate.js";
import type { Meeting } from "./meeting.js";
import type { Mou } from "./mou.js";
import type { MouAmendment } from "./mouAmendment.js";
import type { Organization } from "./organization.js";
import type { Person } from "./person.js";
import type { Region } from "./region.js";
import type { TaskForce } from "./taskForce.js";

/**
 * The entity type held by each collection of an {@link NrmDataset}.
 *
 * @category Queries
 * @since 0.1.0
 */
export interface EntityByCollection {
  /** A region. */
  readonly regions: Region;
  /** An organisation. */
  readonly organizations: Organization;
  /** A person. */
  readonly people: Person;
  /** A task force. */
  readonly taskForces: TaskForce;
  /** A memorandum of understanding. */
  readonly mous: Mou;
  /** An MoU amendment. */
  readonly mouAmendments: MouAmendment;
  /** A meeting. */
  readonly meetings: Meeting;
  /** A decision. */
  readonly decisions: Decision;
}

/**
 * The name of a collection of an {@link NrmDataset}: `"organizations"`, `"meetings"`, …
 *
 * @category Queries
 * @since 0.1.0
 */
export type EntityCollection = keyof EntityByCollection;

/**
 * Every entity of a dataset by id, plus the groupings most queries need.
 *
 * @category Queries
 * @since 0.1.0
 */
export interface DatasetIndex {
  /** The indexed dataset. */
  readonly dataset: NrmDataset;
  /** Regions by id. */
  readonly regions: ReadonlyMap<string, Region>;
  /** Organisations by id. */
  readonly organizations: ReadonlyMap<string, Organization>;
  /** People by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** Task forces by id. */
  readonly taskForces: ReadonlyMap<string, TaskForce>;
  /** MoUs by id. */
  readonly mous: ReadonlyMap<string, Mou>;
  /** MoU amendments by id. */
  readonly mouAmendments: ReadonlyMap<string, MouAmendment>;
  /** Meetings by id. */
  readonly meetings: ReadonlyMap<string, Meeting>;
  /** Decisions by id. */
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Each meeting's decisions by meeting id, in ordinal order; meetings without decisions are absent. */
  readonly decisionsByMeeting: ReadonlyMap<string, readonly Decision[]>;
  /** Each task force's meetings by task force id, in date order (ties keep dataset order). */
  readonly meetingsByTaskForce: ReadonlyMap<string, readonly Meeting[]>;
  /** Each MoU's amendments by MoU id, in date order (ties keep dataset order). */
  readonly amendmentsByMou: ReadonlyMap<string, readonly MouAmendment[]>;
}

function byId<T extends { readonly id: string }>(
  collection: EntityCollection,
  items: readonly T[],
): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [position, item] of items.entries()) {
    if (map.has(item.id)) {
      throw new NrmkitError(
        "duplicate_id",
        `${collection}.${position}.id: expected an id not used before in ${collection}, received ${JSON.stringify(item.id)}`,
      );
    }
    map.set(item.id, item);
  }
  return map;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Indexes a dataset: every entity by id, decisions by meeting, meetings by task force and
 * amendments by MoU.
 *
 * @remarks
 * Build the index once and pass it around; lookups are then constant time. The index does not
 * check references (use `@nrmkit/validation` for that), only that ids are unique.
 *
 * @param dataset - The dataset to index.
 * @returns The index.
 * @throws NrmkitError with code `duplicate_id` when two entities of one collection share an id.
 * @throws NrmkitError with code `invalid_date` when a meeting or amendment date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * index.decisionsByMeeting.get("meeting-vitebsk-2014-05-14")?.length;
 * // => 10
 * index.meetingsByTaskForce.get("task-force-gomel")?.map((meeting) => meeting.date);
 * // => ["2014-04-16"]
 * ```
 *
 * @category Queries
 * @since 0.1.0
 */
export function indexDataset(dataset: NrmDataset): DatasetIndex {
  return {
    dataset,
    regions: byId("regions", dataset.regions),
    organizations: byId("organizations", dataset.organizations),
    people: byId("people", dataset.people),
    taskForces: byId("taskForces", dataset.taskForces),
    mous: byId("mous", dataset.mous),
    mouAmendments: byId("mouAmendments", dataset.mouAmendments),
    meetings: byId("meetings", dataset.meetings),
    decisions: byId("decisions", dataset.decisions),
    decisionsByMeeting: groupBy(
      [...dataset.decisions].sort((a, b) => a.ordinal - b.ordinal),
      (decision) => decision.meetingId,
    ),
    meetingsByTaskForce: groupBy(byDate(dataset.meetings), (meeting) => meeting.taskForceId),
    amendmentsByMou: groupBy(byDate(dataset.mouAmendments), (amendment) => amendment.mouId),
  };
}

/**
 * Looks an entity up by id in an index, and fails loudly when it is missing.
 *
 * @param index - An index made by {@link indexDataset}.
 * @param collection - The collection to look in: `"organizations"`, `"meetings"`, …
 * @param id - The id to find.
 * @returns The entity.
 * @throws NrmkitError with code `not_found` naming the collection and the id when there is no such entity.
 *
 * @example
 * ```ts
 * import { getById, indexDataset } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const index = indexDataset(belarusTaskForces2014);
 * getById(index, "people", "person-koltun").name?.en;
 * // => "Sergey Koltun"
 * getById(index, "meetings", "meeting-gomel-2015-01-01");
 * // throws NrmkitError with code "not_found"
 * ```
 *
 * @category Queries
 * @since 0.1.0
 */
export function getById<C extends EntityCollection>(
  index: DatasetIndex,
  collection: C,
  id: string,
): EntityByCollection[C] {
  const map = index[collection] as ReadonlyMap<string, EntityByCollection[C]>;
  const found = map.get(id);
  if (found === undefined) {
    throw new NrmkitError("not_found", `${collection}: expected an existing id, received ${JSON.stringify(id)}`);
  }
  return found;
}
