import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 } from "../belarus2014/index.js";
import type { NrmDataset } from "../dataset.js";
import { POPOLO_VOCABULARY } from "./popoloVocabulary.js";
import { toPopolo } from "./toPopolo.js";

// What Popolo's JSON Schemas (popolo-project/popolo-spec, schemas/*.json, draft 3) allow, written
// from the spec and not from our code: each class's properties and their JSON types. Every schema
// allows null for a scalar; dates follow the schemas' patterns.
type Kind = "string" | "array" | "object" | "date" | "datetime";
const POPOLO_DATE = /^[0-9]{4}(-[0-9]{2}){0,2}$/;
const POPOLO_DATETIME =
  /^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/;
const SPEC: Record<string, Record<string, Kind>> = {
  area: {
    id: "string",
    name: "string",
    identifier: "string",
    classification: "string",
    parent_id: "string",
    geometry: "object",
    children: "array",
    sources: "array",
  },
  organization: {
    id: "string",
    name: "string",
    other_names: "array",
    identifiers: "array",
    classification: "string",
    parent_id: "string",
    area_id: "string",
    abstract: "string",
    description: "string",
    founding_date: "date",
    dissolution_date: "date",
    image: "string",
    contact_details: "array",
    links: "array",
    sources: "array",
  },
  person: {
    id: "string",
    name: "string",
    other_names: "array",
    identifiers: "array",
    family_name: "string",
    given_name: "string",
    sort_name: "string",
    email: "string",
    gender: "string",
    birth_date: "date",
    death_date: "date",
    summary: "string",
    biography: "string",
    links: "array",
    sources: "array",
  },
  post: {
    id: "string",
    label: "string",
    other_label: "array",
    role: "string",
    organization_id: "string",
    area_id: "string",
    start_date: "date",
    end_date: "date",
    links: "array",
    sources: "array",
  },
  membership: {
    id: "string",
    label: "string",
    role: "string",
    member: "object",
    person_id: "string",
    organization_id: "string",
    post_id: "string",
    on_behalf_of_id: "string",
    area_id: "string",
    start_date: "datetime",
    end_date: "datetime",
    links: "array",
    sources: "array",
  },
  event: {
    id: "string",
    name: "string",
    description: "string",
    start_date: "datetime",
    end_date: "datetime",
    location: "string",
    status: "string",
    identifiers: "array",
    classification: "string",
    organization_id: "string",
    attendees: "array",
    parent_id: "string",
    sources: "array",
  },
  motion: {
    id: "string",
    organization_id: "string",
    legislative_session_id: "string",
    creator_id: "string",
    text: "string",
    identifier: "string",
    classification: "string",
    date: "datetime",
    requirement: "string",
    result: "string",
    vote_events: "array",
    sources: "array",
  },
};
// The spec's other_name class: `name` is the one required property.
const OTHER_NAME: Record<string, Kind> = { name: "string", note: "string", start_date: "date", end_date: "date" };
// Properties the nrmkit guide documents beyond the spec: the extension object everywhere; multilingual
// other_names on areas and posts too (EveryPolitician's practice), and `lang` on other_names.
const ADDED: Record<string, readonly string[]> = {
  area: ["nrmkit", "other_names"],
  organization: ["nrmkit"],
  person: ["nrmkit"],
  post: ["other_names"],
  membership: [],
  event: ["nrmkit"],
  motion: ["nrmkit"],
};

function conforms(kind: Kind, value: unknown): boolean {
  if (value === null) return true;
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && !Array.isArray(value);
    case "date":
      return typeof value === "string" && POPOLO_DATE.test(value);
    case "datetime":
      return typeof value === "string" && POPOLO_DATETIME.test(value);
  }
}

/** Every property of a record that the spec does not define, or whose value it does not allow. */
function problems(popoloClass: string, record: Record<string, unknown>): string[] {
  const found: string[] = [];
  const spec = SPEC[popoloClass] ?? {};
  for (const [key, value] of Object.entries(record)) {
    const kind = spec[key];
    if (kind === undefined) {
      if (!ADDED[popoloClass]?.includes(key)) found.push(`${popoloClass}.${key}: not in the spec`);
      continue;
    }
    if (!conforms(kind, value)) found.push(`${popoloClass}.${key}: ${JSON.stringify(value)} is no ${kind}`);
  }
  for (const entry of (record.other_names ?? []) as Record<string, unknown>[]) {
    if (typeof entry.name !== "string") found.push(`${popoloClass}.other_names: name is required`);
    for (const [key, value] of Object.entries(entry)) {
      const kind = OTHER_NAME[key];
      if (kind === undefined ? key !== "lang" || typeof value !== "string" : !conforms(kind, value)) {
        found.push(`${popoloClass}.other_names.${key}`);
      }
    }
  }
  return found;
}

const COLLECTIONS = {
  areas: "area",
  organizations: "organization",
  persons: "person",
  posts: "post",
  memberships: "membership",
  events: "event",
  motions: "motion",
} as const;

describe("toPopolo", () => {
  const popolo = toPopolo(belarusTaskForces2014);
  const data = belarusTaskForces2014;

  it("writes one Popolo record per entity, one post and membership per position, and one membership per coordinator and secretariat", () => {
    const positions = data.people.flatMap((person) => person.positions).length;
    const supporters = data.taskForces.flatMap((force) => [...force.coordinatorIds, ...force.secretariatIds]).length;
    expect(popolo.areas).toHaveLength(data.regions.length);
    expect(popolo.organizations).toHaveLength(data.organizations.length + data.taskForces.length);
    expect(popolo.persons).toHaveLength(data.people.length);
    expect(popolo.posts).toHaveLength(positions);
    expect(popolo.memberships).toHaveLength(positions + supporters);
    expect(popolo.events).toHaveLength(data.meetings.length);
    expect(popolo.motions).toHaveLength(data.decisions.length);
    expect(popolo.nrmkit).toEqual({ version: 1, mous: data.mous, mouAmendments: data.mouAmendments });
  });

  it("writes only properties that Popolo's schemas define, with the types they allow, besides the documented extensions", () => {
    for (const [collection, popoloClass] of Object.entries(COLLECTIONS)) {
      const records = popolo[collection as keyof typeof COLLECTIONS] as unknown as readonly Record<string, unknown>[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(problems(popoloClass, record)).toEqual([]);
    }
  });

  it("writes a document whose references resolve: memberships, posts, events and motions point at records in it", () => {
    const ids = (records: readonly { id: string }[]) => new Set(records.map((record) => record.id));
    const [areas, organizations, persons, posts, events] = [
      ids(popolo.areas),
      ids(popolo.organizations),
      ids(popolo.persons),
      ids(popolo.posts),
      ids(popolo.events),
    ];
    for (const org of popolo.organizations) if (org.area_id !== undefined) expect(areas).toContain(org.area_id);
    for (const post of popolo.posts) expect(organizations).toContain(post.organization_id);
    for (const membership of popolo.memberships) {
      expect(organizations).toContain(membership.organization_id);
      if (membership.person_id !== undefined) expect(persons).toContain(membership.person_id);
      if (membership.post_id !== undefined) expect(posts).toContain(membership.post_id);
      if (membership.member !== undefined) expect(organizations).toContain(membership.member.id);
    }
    for (const event of popolo.events) {
      expect(organizations).toContain(event.organization_id);
      for (const attendee of event.attendees ?? []) expect(persons).toContain(attendee.id);
    }
    for (const motion of popolo.motions) expect(events).toContain(motion.legislative_session_id);
  });

  it("writes every language of a name as an other_names entry with lang and the note multilingual", () => {
    const gomel = popolo.organizations.find((org) => org.id === "task-force-gomel");
    expect(gomel?.classification).toBe(POPOLO_VOCABULARY.taskForce);
    expect(gomel?.other_names?.map((name) => [name.lang, name.note])).toEqual(
      Object.keys(data.taskForces[0]?.name ?? {}).map((lang) => [lang, "multilingual"]),
    );
  });

  it("writes one-language fields in the language asked for, and any language when the text lacks it", () => {
    const russian = toPopolo(data, { language: "ru" });
    expect(russian.areas.find((area) => area.id === "BY-HO")?.name).toBe("Гомельская область");
    expect(toPopolo(data, { language: "xx" }).areas.find((area) => area.id === "BY-HO")?.name).toBe("Gomel Oblast");
  });

  it("leaves out every nrmkit object when extensions is false", () => {
    const plain = JSON.stringify(toPopolo(data, { extensions: false }));
    expect(plain).not.toContain('"nrmkit"');
  });

  it("carries the meeting's publication whole in the event's extension", () => {
    for (const [index, meeting] of data.meetings.entries()) {
      expect(popolo.events[index]?.nrmkit?.publication).toBe(meeting.publication);
    }
  });

  it("writes an empty document for an empty dataset and does not change its input", () => {
    const empty: NrmDataset = {
      regions: [],
      organizations: [],
      people: [],
      taskForces: [],
      mous: [],
      mouAmendments: [],
      meetings: [],
      decisions: [],
    };
    expect(toPopolo(empty)).toEqual({
      areas: [],
      organizations: [],
      persons: [],
      posts: [],
      memberships: [],
      events: [],
      motions: [],
      nrmkit: { version: 1, mous: [], mouAmendments: [] },
    });
    const before = JSON.stringify(data);
    toPopolo(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});
