// Turns a Popolo document of the right shape into a dataset-shaped object, and remembers where each
// entity came from so that the model's issues can point into the Popolo document. Values carried in
// `nrmkit` extension objects win over the Popolo properties they were derived from; without them
// (a document from another tool) the Popolo properties are read as far as they map. Nothing is
// checked here: the model's schemas and integrity rules judge the result.
import type { LocalizedText } from "@nrmkit/core";
import { POPOLO_VOCABULARY as V } from "@nrmkit/core/popolo";
import { decisionSchema } from "../decisionSchema.js";
import { organizationKindSchema } from "../organizationSchema.js";
import type { ParsedPopolo } from "./popoloSchema.js";

type Path = readonly (string | number)[];
/** Maps the rest of an issue path inside one entity (after collection and index) to a Popolo path. */
export type PathMapper = (rest: Path) => Path;

/** The converted dataset (unchecked) and, per collection and entity, where in the document it came from. */
export interface Converted {
  readonly dataset: Record<string, unknown[]>;
  readonly sources: Readonly<Record<string, readonly PathMapper[]>>;
}

type Loose = Record<string, unknown>;
type OtherNames = readonly {
  readonly name: string;
  readonly lang?: string | null | undefined;
  readonly note?: string | null | undefined;
}[];

const ORGANIZATION_KINDS: ReadonlySet<string> = new Set(organizationKindSchema.options);
const DECISION_CATEGORIES: ReadonlySet<string> = new Set(decisionSchema.unwrap().shape.category.options);
const EVENT_STATUS: Readonly<Record<string, string>> = V.eventStatus;

/** Keeps the keys whose value is neither `undefined` nor `null`. */
function defined(value: Loose): Loose {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== null));
}

/** The `other_names` entries with this note, as one text keyed by language, or `undefined` when there is none. */
function namesNoted(otherNames: OtherNames | null | undefined, note: string): LocalizedText | undefined {
  const entries = (otherNames ?? []).filter((entry) => entry.note === note && typeof entry.lang === "string");
  if (entries.length === 0) return undefined;
  const text: Record<string, string> = {};
  // defineProperty: a language tag such as `__proto__` stays a key for the schema to reject, never a prototype.
  for (const entry of entries) {
    Object.defineProperty(text, entry.lang as string, {
      value: entry.name,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return text;
}

/** One language of text from a one-language Popolo property, or `undefined` when it is absent. */
function oneLanguage(value: string | null | undefined, language: string): LocalizedText | undefined {
  return typeof value === "string" ? { [language]: value } : undefined;
}

/** A record's multilingual name: its `other_names`, else its one-language name. */
function nameOf(otherNames: OtherNames | null | undefined, name: string | null | undefined, language: string) {
  return namesNoted(otherNames, V.multilingual) ?? oneLanguage(name, language);
}

/** `YYYY-MM-DD` out of a Popolo date-time (`2011-06-02T10:00:00Z`); other values as they are. */
function day(value: string | null | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

/** A mapper for one record at `base`: direct properties by name, the others under its `nrmkit` object. */
function mapper(
  base: Path,
  direct: Readonly<Record<string, string>>,
  special: Readonly<Record<string, PathMapper>> = {},
): PathMapper {
  return (rest) => {
    const [field, ...more] = rest;
    if (field === undefined) return base;
    const own = typeof field === "string" ? special[field] : undefined;
    if (own !== undefined) return own(more);
    const popolo = typeof field === "string" ? direct[field] : undefined;
    return popolo === undefined ? [...base, "nrmkit", field, ...more] : [...base, popolo];
  };
}

export function popoloToDataset(doc: ParsedPopolo, language: string): Converted {
  const sources: Record<string, PathMapper[]> = {
    regions: [],
    organizations: [],
    people: [],
    taskForces: [],
    mous: [],
    mouAmendments: [],
    meetings: [],
    decisions: [],
  };
  const push = (collection: string, map: PathMapper) => sources[collection]?.push(map);

  const regions = (doc.areas ?? []).map((area, index) => {
    const ext: Loose = area.nrmkit ?? {};
    const code = area.identifier ?? area.id;
    const country = ext.country ?? /^([A-Z]{2})-/.exec(code)?.[1];
    push("regions", mapper(["areas", index], { id: "id", kind: "classification", name: "other_names" }));
    return defined({
      id: area.id,
      country,
      kind: area.classification,
      name: nameOf(area.other_names, area.name, language) ?? {},
    });
  });

  const organizations: Loose[] = [];
  const taskForces: Loose[] = [];
  const forces = new Map<string, { coordinatorIds: string[]; secretariatIds: string[]; paths: Path[][] }>();
  for (const [index, org] of (doc.organizations ?? []).entries()) {
    const ext: Loose = org.nrmkit ?? {};
    const base = ["organizations", index];
    const name = nameOf(org.other_names, org.name, language) ?? {};
    if (org.classification === V.taskForce) {
      const members = { coordinatorIds: [], secretariatIds: [], paths: [[], []] as Path[][] };
      if (!forces.has(org.id)) forces.set(org.id, members);
      const held = forces.get(org.id) ?? members;
      const memberPath = (list: number) => (more: Path) => {
        const [at] = more;
        return typeof at === "number" ? (held.paths[list]?.[at] ?? base) : base;
      };
      push(
        "taskForces",
        mapper(
          base,
          {
            id: "id",
            name: "other_names",
            regionId: "area_id",
            establishedDate: "founding_date",
            dissolvedDate: "dissolution_date",
          },
          { coordinatorIds: memberPath(0), secretariatIds: memberPath(1) },
        ),
      );
      taskForces.push(
        defined({
          id: org.id,
          name,
          regionId: org.area_id,
          mandate: ext.mandate ?? [],
          establishedDate: org.founding_date,
          dissolvedDate: org.dissolution_date,
          coordinatorIds: held.coordinatorIds,
          secretariatIds: held.secretariatIds,
          mouId: ext.mouId,
        }),
      );
      continue;
    }
    const kind = org.classification ?? "other";
    push(
      "organizations",
      mapper(base, {
        id: "id",
        kind: "classification",
        name: "other_names",
        parentId: "parent_id",
        regionId: "area_id",
        ...(ext.abbreviation === undefined ? { abbreviation: "other_names" } : {}),
      }),
    );
    organizations.push(
      defined({
        id: org.id,
        kind: ORGANIZATION_KINDS.has(kind) ? kind : "other",
        name,
        abbreviation: ext.abbreviation ?? namesNoted(org.other_names, V.abbreviation),
        parentId: org.parent_id,
        regionId: org.area_id,
        country: ext.country,
      }),
    );
  }

  const people = (doc.persons ?? []).map((person, index) => {
    const ext: Loose = person.nrmkit ?? {};
    return {
      index,
      value: defined({
        id: person.id,
        name: ext.name ?? nameOf(person.other_names, person.name, language),
        positions: [] as Loose[],
      }),
    };
  });
  const personById = new Map<string, (typeof people)[number]>();
  for (const person of people)
    if (!personById.has(person.value.id as string)) personById.set(person.value.id as string, person);
  const postById = new Map<string, { post: NonNullable<ParsedPopolo["posts"]>[number]; index: number }>();
  for (const [index, post] of (doc.posts ?? []).entries()) {
    if (typeof post.id === "string" && !postById.has(post.id)) postById.set(post.id, { post, index });
  }
  const positionPaths = new Map<string, PathMapper[]>();
  for (const [index, membership] of (doc.memberships ?? []).entries()) {
    const base = ["memberships", index];
    const member = membership.member;
    if (typeof membership.person_id === "string") {
      const person = personById.get(membership.person_id);
      if (person === undefined) continue;
      const found = typeof membership.post_id === "string" ? postById.get(membership.post_id) : undefined;
      const title = found
        ? nameOf(found.post.other_names, found.post.label, language)
        : oneLanguage(membership.role ?? membership.label, language);
      (person.value.positions as Loose[]).push(
        defined({
          organizationId: membership.organization_id ?? found?.post.organization_id,
          title: title ?? {},
          startDate: day(membership.start_date),
          endDate: day(membership.end_date),
        }),
      );
      const titlePath: Path = found ? ["posts", found.index, "other_names"] : [...base, "role"];
      const paths = positionPaths.get(membership.person_id) ?? [];
      paths.push(
        mapper(
          base,
          { organizationId: "organization_id", startDate: "start_date", endDate: "end_date" },
          {
            title: () => titlePath,
          },
        ),
      );
      positionPaths.set(membership.person_id, paths);
    } else if (member?.["@type"] === "Organization" && typeof membership.organization_id === "string") {
      const held = forces.get(membership.organization_id);
      const list = membership.role === V.coordinator ? 0 : membership.role === V.secretariat ? 1 : -1;
      if (held === undefined || list < 0) continue;
      (list === 0 ? held.coordinatorIds : held.secretariatIds).push(member.id);
      held.paths[list]?.push([...base, "member", "id"]);
    }
  }
  for (const { index, value } of people) {
    const paths = positionPaths.get(value.id as string) ?? [];
    push(
      "people",
      mapper(
        ["persons", index],
        { id: "id", name: "other_names" },
        {
          positions: ([at, ...more]) =>
            typeof at === "number" ? (paths[at]?.(more) ?? ["persons", index]) : ["persons", index],
        },
      ),
    );
  }

  const meetings = (doc.events ?? []).map((event, index) => {
    const ext: Loose = event.nrmkit ?? {};
    const status = event.status ?? undefined;
    push(
      "meetings",
      mapper(["events", index], { id: "id", taskForceId: "organization_id", date: "start_date", status: "status" }),
    );
    return defined({
      id: event.id,
      taskForceId: event.organization_id,
      date: day(event.start_date),
      status: status === undefined ? undefined : (EVENT_STATUS[status] ?? status),
      venue: ext.venue ?? (typeof event.location === "string" ? { name: { [language]: event.location } } : undefined),
      organisers: ext.organisers ?? [],
      chairIds: ext.chairIds ?? [],
      panelIds: ext.panelIds ?? [],
      attendance: ext.attendance ?? [],
      topics: ext.topics ?? [],
      statisticsShared: ext.statisticsShared ?? false,
      decisionsRecorded: ext.decisionsRecorded,
      summary: ext.summary ?? oneLanguage(event.description, language),
      publication: ext.publication,
    });
  });

  const counted = new Map<string, number>();
  const decisions = (doc.motions ?? []).map((motion, index) => {
    const ext: Loose = motion.nrmkit ?? {};
    const session = motion.legislative_session_id ?? "";
    const position = (counted.get(session) ?? 0) + 1;
    counted.set(session, position);
    const identifier = motion.identifier ?? "";
    const category = motion.classification ?? "other";
    push(
      "decisions",
      mapper(["motions", index], {
        id: "id",
        meetingId: "legislative_session_id",
        ordinal: "identifier",
        category: "classification",
        ...(ext.text === undefined ? { text: "text" } : {}),
      }),
    );
    return defined({
      id: motion.id,
      meetingId: motion.legislative_session_id,
      ordinal: /^[1-9][0-9]{0,8}$/.test(identifier) ? Number(identifier) : position,
      category: DECISION_CATEGORIES.has(category) ? category : "other",
      text: ext.text ?? oneLanguage(motion.text, language) ?? {},
      responsibleIds: ext.responsibleIds ?? [],
      dueDate: ext.dueDate,
      statusHistory: ext.statusHistory ?? [],
      links: ext.links ?? [],
      effects: ext.effects,
    });
  });

  const mous = doc.nrmkit?.mous ?? [];
  const mouAmendments = doc.nrmkit?.mouAmendments ?? [];
  for (const collection of ["mous", "mouAmendments"] as const) {
    const items = collection === "mous" ? mous : mouAmendments;
    for (const index of items.keys()) push(collection, (rest) => ["nrmkit", collection, index, ...rest]);
  }

  return {
    dataset: {
      regions,
      organizations,
      people: people.map((person) => person.value),
      taskForces,
      mous,
      mouAmendments,
      meetings,
      decisions,
    },
    sources,
  };
}
