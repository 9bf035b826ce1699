import type { NrmDataset } from "../dataset.js";
import type { Decision } from "../decision.js";
import type { LocalizedText } from "../localizedText.js";
import type { Meeting } from "../meeting.js";
import type { Organization } from "../organization.js";
import type { Person } from "../person.js";
import type { Region } from "../region.js";
import type { TaskForce } from "../taskForce.js";
import type {
  PopoloArea,
  PopoloAttendee,
  PopoloDocument,
  PopoloEvent,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloPerson,
  PopoloPost,
} from "./popoloDocument.js";
import { isEmptyText, otherNamesOf, preferredText } from "./popoloText.js";
import { POPOLO_VOCABULARY as V } from "./popoloVocabulary.js";

/**
 * Options of {@link toPopolo}.
 *
 * @example
 * ```ts
 * import type { ToPopoloOptions } from "@nrmkit/core/popolo";
 *
 * const options: ToPopoloOptions = { language: "ru", extensions: false };
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export interface ToPopoloOptions {
  /** The language of Popolo's one-language fields (`name`, `label`, `text`, `location`, `description`); `"en"` when absent, any language when the text lacks it. */
  readonly language?: string;
  /** `false` leaves out every `nrmkit` extension object: plain Popolo, which cannot be imported back whole. Default `true`. */
  readonly extensions?: boolean;
}

/** `T` whose properties may also be given as `undefined`. */
type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Keeps the keys whose value is not `undefined`, so optional Popolo properties are absent rather than undefined. */
function defined<T extends object>(value: Loose<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The `name` and `other_names` of a multilingual name; both absent when it holds no language. */
function names(text: LocalizedText | undefined, language: string) {
  const otherNames = otherNamesOf(text, V.multilingual);
  return { name: preferredText(text, language), other_names: otherNames.length > 0 ? otherNames : undefined };
}

/** The extension object, or `undefined` when extensions are off or it holds nothing. */
function extension<T extends object>(value: Loose<T>, on: boolean): T | undefined {
  const kept = defined<T>(value);
  return on && Object.keys(kept).length > 0 ? kept : undefined;
}

function area(region: Region, language: string, ext: boolean): PopoloArea {
  return defined<PopoloArea>({
    id: region.id,
    identifier: region.id,
    classification: region.kind,
    ...names(region.name, language),
    nrmkit: extension({ country: region.country }, ext),
  });
}

function organization(org: Organization, language: string, ext: boolean): PopoloOrganization {
  const otherNames = [...otherNamesOf(org.name, V.multilingual), ...otherNamesOf(org.abbreviation, V.abbreviation)];
  return defined({
    id: org.id,
    classification: org.kind,
    name: preferredText(org.name, language),
    other_names: otherNames.length > 0 ? otherNames : undefined,
    parent_id: org.parentId,
    area_id: org.regionId,
    nrmkit: extension(
      { country: org.country, abbreviation: isEmptyText(org.abbreviation) ? org.abbreviation : undefined },
      ext,
    ),
  });
}

function taskForce(force: TaskForce, language: string, ext: boolean): PopoloOrganization {
  return defined<PopoloOrganization>({
    id: force.id,
    classification: V.taskForce,
    ...names(force.name, language),
    area_id: force.regionId,
    founding_date: force.establishedDate,
    dissolution_date: force.dissolvedDate,
    nrmkit: extension({ mandate: force.mandate, mouId: force.mouId }, ext),
  });
}

function taskForceMemberships(force: TaskForce): PopoloMembership[] {
  const member = (role: string) => (organizationId: string, index: number) =>
    ({
      id: `${force.id}#${role}-${index + 1}`,
      role,
      member: { "@type": "Organization", id: organizationId },
      organization_id: force.id,
    }) as const;
  return [...force.coordinatorIds.map(member(V.coordinator)), ...force.secretariatIds.map(member(V.secretariat))];
}

function person(who: Person, language: string, ext: boolean): PopoloPerson {
  return defined<PopoloPerson>({
    id: who.id,
    ...names(who.name, language),
    nrmkit: extension({ name: isEmptyText(who.name) ? who.name : undefined }, ext),
  });
}

function positions(who: Person, language: string): { posts: PopoloPost[]; memberships: PopoloMembership[] } {
  const posts: PopoloPost[] = [];
  const memberships: PopoloMembership[] = [];
  for (const [index, position] of who.positions.entries()) {
    const id = `${who.id}#position-${index + 1}`;
    const { name, other_names } = names(position.title, language);
    posts.push(defined<PopoloPost>({ id, label: name, other_names, organization_id: position.organizationId }));
    memberships.push(
      defined<PopoloMembership>({
        id,
        role: name,
        person_id: who.id,
        organization_id: position.organizationId,
        post_id: id,
        start_date: position.startDate,
        end_date: position.endDate,
      }),
    );
  }
  return { posts, memberships };
}

/** The people at a meeting, each once: chairs, panel, then those named in the attendance. */
function attendees(meeting: Meeting): PopoloAttendee[] | undefined {
  const ids = new Set([
    ...meeting.chairIds,
    ...meeting.panelIds,
    ...meeting.attendance.flatMap((attendance) => attendance.personIds ?? []),
  ]);
  return ids.size > 0 ? [...ids].map((id) => ({ id })) : undefined;
}

function location(meeting: Meeting, dataset: NrmDataset, language: string): string | undefined {
  const { venue } = meeting;
  if (venue === undefined) return undefined;
  const host =
    venue.name === undefined && venue.hostId !== undefined
      ? preferredText(dataset.organizations.find((org) => org.id === venue.hostId)?.name, language)
      : undefined;
  const parts = [preferredText(venue.name, language) ?? host, preferredText(venue.locality, language)];
  const text = parts.filter((part) => part !== undefined && part !== "").join(", ");
  return text === "" ? undefined : text;
}

function event(meeting: Meeting, dataset: NrmDataset, language: string, ext: boolean): PopoloEvent {
  return defined<PopoloEvent>({
    id: meeting.id,
    classification: V.meeting,
    organization_id: meeting.taskForceId,
    start_date: meeting.date,
    status: V.meetingStatus[meeting.status],
    location: location(meeting, dataset, language),
    description: preferredText(meeting.summary, language),
    attendees: attendees(meeting),
    nrmkit: extension(
      {
        chairIds: meeting.chairIds,
        panelIds: meeting.panelIds,
        organisers: meeting.organisers,
        attendance: meeting.attendance,
        topics: meeting.topics,
        statisticsShared: meeting.statisticsShared,
        decisionsRecorded: meeting.decisionsRecorded,
        summary: meeting.summary,
        venue: meeting.venue,
        // Carried whole, never field by field: its shape belongs to the meeting model.
        publication: meeting.publication,
      },
      ext,
    ),
  });
}

function motion(decision: Decision, taskForceId: string | undefined, language: string, ext: boolean): PopoloMotion {
  return defined<PopoloMotion>({
    id: decision.id,
    organization_id: taskForceId,
    legislative_session_id: decision.meetingId,
    identifier: String(decision.ordinal),
    classification: decision.category,
    text: preferredText(decision.text, language),
    result: V.motionResult,
    nrmkit: extension(
      {
        text: decision.text,
        responsibleIds: decision.responsibleIds,
        dueDate: decision.dueDate,
        statusHistory: decision.statusHistory,
        links: decision.links,
        effects: decision.effects,
      },
      ext,
    ),
  });
}

/**
 * Writes a dataset as a Popolo JSON document that parliament and council tools read.
 *
 * @remarks
 * Regions become areas; organisations and task forces (classification `"task force"`)
 * organizations; people persons; each position a post and a membership; task-force coordinators
 * and secretariats memberships whose member is an organisation; meetings events; decisions
 * motions. Names in every language are `other_names` entries with `lang` and
 * `note: "multilingual"`, as EveryPolitician writes them. What Popolo has no property for (MoUs,
 * amendments, mandates, meeting roles and attendance, topics, publication, decision follow-up
 * and effects) goes into `nrmkit` extension objects, so that `importPopolo` from
 * `@nrmkit/validation/popolo` gives the dataset back whole. Expects a valid dataset; never
 * validates it.
 *
 * @param dataset - A valid dataset.
 * @param options - The language of one-language fields, and whether to write the extension.
 * @returns A new Popolo document; the dataset is not changed.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { toPopolo } from "@nrmkit/core/popolo";
 *
 * const popolo = toPopolo(belarusTaskForces2014);
 * popolo.events.map((event) => [event.id, event.status]);
 * // => [["meeting-gomel-2014-04-16", "passed"], ["meeting-vitebsk-2014-05-14", "passed"]]
 * popolo.areas.find((area) => area.id === "BY-HO")?.other_names?.find((name) => name.lang === "ru");
 * // => { name: "Гомельская область", lang: "ru", note: "multilingual" }
 * ```
 *
 * @category Popolo
 * @since 0.1.0
 */
export function toPopolo(dataset: NrmDataset, options?: ToPopoloOptions): PopoloDocument {
  const language = options?.language ?? "en";
  const ext = options?.extensions ?? true;
  const people = dataset.people.map((who) => positions(who, language));
  const forceOfMeeting = new Map(dataset.meetings.map((meeting) => [meeting.id, meeting.taskForceId]));
  return defined<PopoloDocument>({
    areas: dataset.regions.map((region) => area(region, language, ext)),
    organizations: [
      ...dataset.organizations.map((org) => organization(org, language, ext)),
      ...dataset.taskForces.map((force) => taskForce(force, language, ext)),
    ],
    persons: dataset.people.map((who) => person(who, language, ext)),
    posts: people.flatMap((held) => held.posts),
    memberships: [...people.flatMap((held) => held.memberships), ...dataset.taskForces.flatMap(taskForceMemberships)],
    events: dataset.meetings.map((meeting) => event(meeting, dataset, language, ext)),
    motions: dataset.decisions.map((decision) =>
      motion(decision, forceOfMeeting.get(decision.meetingId), language, ext),
    ),
    nrmkit: ext ? { version: 1 as const, mous: dataset.mous, mouAmendments: dataset.mouAmendments } : undefined,
  });
}
