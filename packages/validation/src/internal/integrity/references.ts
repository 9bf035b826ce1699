import type { MouOperation } from "@nrmkit/core";
import { type EntityName, EXPECTED_PERSON_NOT_ORGANIZATION, existingId, idNotUsedBefore } from "../integrityPhrases.js";
import { COLLECTIONS, type Collection, type IntegrityContext } from "./context.js";

type Path = readonly (string | number)[];

/** One id field: where it is, what it holds and which collection it must point into. */
interface Reference {
  readonly path: Path;
  readonly id: string;
  readonly target: Collection;
}

const ENTITY_NAMES: Readonly<Record<Collection, EntityName>> = {
  regions: "region",
  organizations: "organization",
  people: "person",
  taskForces: "task force",
  mous: "MoU",
  mouAmendments: "MoU amendment",
  meetings: "meeting",
  decisions: "decision",
};

/** `duplicate_id`: each later use of an id already used in the same collection. */
export function checkDuplicateIds(context: IntegrityContext): void {
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    for (const { value, index } of context.entries[collection]) {
      if (seen.has(value.id))
        context.report("duplicate_id", [collection, index, "id"], idNotUsedBefore(collection), value.id);
      seen.add(value.id);
    }
  }
}

/**
 * `unknown_reference` for every id field that points nowhere, and `not_a_person` for chairs and
 * panel members that are organisations.
 */
export function checkReferences(context: IntegrityContext): void {
  for (const reference of references(context)) {
    if (context.unavailable.has(reference.target) || context.knownIds[reference.target].has(reference.id)) continue;
    const isPersonField = reference.target === "people" && /^(chairIds|panelIds)$/.test(String(reference.path[2]));
    if (isPersonField && context.knownIds.organizations.has(reference.id)) {
      context.report("not_a_person", reference.path, EXPECTED_PERSON_NOT_ORGANIZATION, reference.id);
    } else {
      context.report("unknown_reference", reference.path, existingId(ENTITY_NAMES[reference.target]), reference.id);
    }
  }
}

function* operationReferences(operations: readonly MouOperation[], path: Path): Generator<Reference> {
  for (const [index, operation] of operations.entries()) {
    if (operation.op === "add_party" || operation.op === "withdraw_party") {
      yield { path: [...path, index, "organizationId"], id: operation.organizationId, target: "organizations" };
    }
  }
}

function* each(ids: readonly string[], path: Path, target: Collection): Generator<Reference> {
  for (const [index, id] of ids.entries()) yield { path: [...path, index], id, target };
}

function* references(context: IntegrityContext): Generator<Reference> {
  const { entries } = context;
  for (const { value, index } of entries.organizations) {
    const at = ["organizations", index];
    if (value.parentId !== undefined) yield { path: [...at, "parentId"], id: value.parentId, target: "organizations" };
    if (value.regionId !== undefined) yield { path: [...at, "regionId"], id: value.regionId, target: "regions" };
  }
  for (const { value, index } of entries.people) {
    for (const [position, { organizationId }] of value.positions.entries()) {
      yield {
        path: ["people", index, "positions", position, "organizationId"],
        id: organizationId,
        target: "organizations",
      };
    }
  }
  for (const { value, index } of entries.taskForces) {
    const at = ["taskForces", index];
    yield { path: [...at, "regionId"], id: value.regionId, target: "regions" };
    yield* each(value.coordinatorIds, [...at, "coordinatorIds"], "organizations");
    yield* each(value.secretariatIds, [...at, "secretariatIds"], "organizations");
    if (value.mouId !== undefined) yield { path: [...at, "mouId"], id: value.mouId, target: "mous" };
  }
  for (const { value, index } of entries.mous) {
    for (const [party, { organizationId }] of value.parties.entries()) {
      yield { path: ["mous", index, "parties", party, "organizationId"], id: organizationId, target: "organizations" };
    }
  }
  for (const { value, index } of entries.mouAmendments) {
    const at = ["mouAmendments", index];
    yield { path: [...at, "mouId"], id: value.mouId, target: "mous" };
    if (value.decisionId !== undefined)
      yield { path: [...at, "decisionId"], id: value.decisionId, target: "decisions" };
    yield* operationReferences(value.operations, [...at, "operations"]);
  }
  for (const { value, index } of entries.meetings) yield* meetingReferences(value, ["meetings", index]);
  for (const { value, index } of entries.decisions) {
    const at = ["decisions", index];
    yield { path: [...at, "meetingId"], id: value.meetingId, target: "meetings" };
    yield* each(value.responsibleIds, [...at, "responsibleIds"], "organizations");
    for (const [link, { decisionId }] of value.links.entries()) {
      yield { path: [...at, "links", link, "decisionId"], id: decisionId, target: "decisions" };
    }
    if (value.effects !== undefined) {
      yield { path: [...at, "effects", "mouId"], id: value.effects.mouId, target: "mous" };
      yield* operationReferences(value.effects.operations, [...at, "effects", "operations"]);
    }
  }
}

function* meetingReferences(
  meeting: IntegrityContext["entries"]["meetings"][number]["value"],
  at: Path,
): Generator<Reference> {
  yield { path: [...at, "taskForceId"], id: meeting.taskForceId, target: "taskForces" };
  if (meeting.venue?.hostId !== undefined) {
    yield { path: [...at, "venue", "hostId"], id: meeting.venue.hostId, target: "organizations" };
  }
  for (const [index, { organizationId }] of meeting.organisers.entries()) {
    yield { path: [...at, "organisers", index, "organizationId"], id: organizationId, target: "organizations" };
  }
  yield* each(meeting.chairIds, [...at, "chairIds"], "people");
  yield* each(meeting.panelIds, [...at, "panelIds"], "people");
  for (const [index, attendance] of meeting.attendance.entries()) {
    const where = [...at, "attendance", index];
    yield { path: [...where, "organizationId"], id: attendance.organizationId, target: "organizations" };
    yield* each(attendance.personIds ?? [], [...where, "personIds"], "people");
  }
  for (const [index, topic] of meeting.topics.entries()) {
    yield* each(topic.presenterIds ?? [], [...at, "topics", index, "presenterIds"], "organizations");
  }
  if (meeting.publication?.publisherId !== undefined) {
    yield { path: [...at, "publication", "publisherId"], id: meeting.publication.publisherId, target: "organizations" };
  }
  for (const side of ["previous", "next"] as const) {
    const meetingId = meeting.publication?.[side]?.meetingId;
    if (meetingId !== undefined)
      yield { path: [...at, "publication", side, "meetingId"], id: meetingId, target: "meetings" };
  }
}
