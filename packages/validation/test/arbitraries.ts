// fast-check arbitraries of schema-valid nrmkit entities, for property tests. Not shipped: outside src.
// Ids, region codes and dates come from small pools so that random datasets both resolve and
// break references, repeat ids and put dates in and out of order.
import type {
  Decision,
  LocalizedText,
  Meeting,
  Mou,
  MouAmendment,
  MouClause,
  MouOperation,
  NrmDataset,
  Organization,
  Person,
  Region,
  TaskForce,
} from "@nrmkit/core";
import fc from "fast-check";

function pick<const T extends readonly unknown[]>(...values: T): fc.Arbitrary<T[number]> {
  return fc.constantFrom(...values);
}
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** `T` with the keys that may hold `undefined` made optional instead, as exactOptionalPropertyTypes wants. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
/** Drops keys whose value is undefined. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Compact<T>;
}

export const idArb = pick("a", "b", "c", "d", "org-1", "person-1", "tf-1", "mou-1", "m-1");
export const dateArb = fc
  .integer({ min: 0, max: 3 * 366 })
  .map((day) => new Date(Date.UTC(2013, 0, 1 + day)).toISOString().slice(0, 10));
export const textArb: fc.Arbitrary<LocalizedText> = fc.dictionary(pick("en", "ru", "be", "be-Latn"), fc.string(), {
  maxKeys: 3,
});
const ids = fc.array(idArb, { maxLength: 3 });

export const regionArb: fc.Arbitrary<Region> = fc.record({
  id: pick("BY-HO", "BY-VI", "BY-ZZ", "PL-MZ", "XX-1"),
  country: pick("BY", "PL", "XX"),
  kind: pick("oblast", "city"),
  name: textArb,
});

export const organizationArb: fc.Arbitrary<Organization> = fc
  .record({
    id: idArb,
    kind: pick("interior", "ngo", "court", "other"),
    name: textArb,
    abbreviation: optional(textArb),
    parentId: optional(idArb),
    regionId: optional(pick("BY-HO", "BY-VI", "XX-1")),
    country: optional(pick("BY", "PL")),
  })
  .map(compact);

export const personArb: fc.Arbitrary<Person> = fc
  .record({
    id: idArb,
    name: optional(textArb),
    positions: fc.array(
      fc
        .record({ organizationId: idArb, title: textArb, startDate: optional(dateArb), endDate: optional(dateArb) })
        .map(compact),
      { maxLength: 2 },
    ),
  })
  .map(compact);

export const taskForceArb: fc.Arbitrary<TaskForce> = fc
  .record({
    id: idArb,
    name: textArb,
    regionId: pick("BY-HO", "BY-VI", "XX-1"),
    mandate: fc.array(fc.record({ kind: pick("identify", "refer", "other"), text: textArb }), { maxLength: 2 }),
    establishedDate: optional(dateArb),
    dissolvedDate: optional(dateArb),
    coordinatorIds: ids,
    secretariatIds: ids,
    mouId: optional(idArb),
  })
  .map(compact);

const clauseNumberArb = pick("1", "2", "3", "4.2");
const clauseArb: fc.Arbitrary<MouClause> = fc.record({
  number: clauseNumberArb,
  topic: pick("purpose", "confidentiality", "other"),
  text: textArb,
});

export const mouArb: fc.Arbitrary<Mou> = fc
  .record({
    id: idArb,
    title: textArb,
    effectiveDate: dateArb,
    expiryDate: optional(dateArb),
    parties: fc.array(
      fc.record({ organizationId: idArb, signedDate: dateArb, withdrawnDate: optional(dateArb) }).map(compact),
      { maxLength: 3 },
    ),
    clauses: fc.array(clauseArb, { maxLength: 3 }),
  })
  .map(compact);

export const mouOperationArb: fc.Arbitrary<MouOperation> = fc.oneof(
  fc
    .record({ op: fc.constant("add_clause" as const), clause: clauseArb, after: optional(clauseNumberArb) })
    .map(compact),
  fc.record({
    op: fc.constant("amend_clause" as const),
    number: clauseNumberArb,
    changes: fc
      .record({ topic: optional(pick("purpose" as const, "other" as const)), text: optional(textArb) })
      .map(compact),
  }),
  fc.record({ op: fc.constant("remove_clause" as const), number: clauseNumberArb }),
  fc.record({ op: pick("add_party" as const, "withdraw_party" as const), organizationId: idArb }),
);

export const mouAmendmentArb: fc.Arbitrary<MouAmendment> = fc
  .record({
    id: idArb,
    mouId: idArb,
    date: dateArb,
    operations: fc.array(mouOperationArb, { maxLength: 3 }),
    decisionId: optional(idArb),
  })
  .map(compact);

export const meetingArb: fc.Arbitrary<Meeting> = fc
  .record({
    id: idArb,
    taskForceId: idArb,
    date: dateArb,
    status: pick("planned", "held", "cancelled"),
    venue: optional(fc.record({ hostId: optional(idArb), locality: optional(textArb) }).map(compact)),
    organisers: fc.array(fc.record({ organizationId: idArb, support: fc.subarray(["technical", "venue"] as const) }), {
      maxLength: 2,
    }),
    chairIds: ids,
    panelIds: ids,
    attendance: fc.array(
      fc
        .record({
          organizationId: idArb,
          capacity: pick("mou_party", "interested_organization", "guest"),
          personIds: optional(ids),
        })
        .map(compact),
      { maxLength: 4 },
    ),
    topics: fc.array(
      fc.record({ kind: pick("statistics", "other"), text: textArb, highlighted: optional(fc.boolean()) }).map(compact),
      { maxLength: 2 },
    ),
    statisticsShared: fc.boolean(),
    summary: optional(textArb),
    publication: optional(
      fc
        .record({
          title: textArb,
          url: optional(pick("https://belarus.iom.int/news", "http://example.org/a?b=c")),
          categories: fc.array(fc.record({ en: fc.string() }), { maxLength: 2 }),
          tags: fc.array(fc.record({ en: fc.string() }), { maxLength: 2 }),
          languages: fc.subarray(["en", "ru"]),
        })
        .map(compact),
    ),
  })
  .map(compact);

export const decisionArb: fc.Arbitrary<Decision> = fc
  .record({
    id: idArb,
    meetingId: idArb,
    ordinal: fc.integer({ min: 1, max: 4 }),
    category: pick("prevention", "mou_membership", "other"),
    text: textArb,
    responsibleIds: ids,
    dueDate: optional(dateArb),
    statusHistory: fc.array(fc.record({ status: pick("adopted", "in_progress", "done", "dropped"), date: dateArb }), {
      maxLength: 3,
    }),
    links: fc.array(fc.record({ decisionId: idArb, relation: pick("repeats", "continues", "supersedes") }), {
      maxLength: 2,
    }),
    effects: optional(fc.record({ mouId: idArb, operations: fc.array(mouOperationArb, { maxLength: 2 }) })),
  })
  .map(compact);

export const datasetArb: fc.Arbitrary<NrmDataset> = fc.record({
  regions: fc.array(regionArb, { maxLength: 3 }),
  organizations: fc.array(organizationArb, { maxLength: 5 }),
  people: fc.array(personArb, { maxLength: 3 }),
  taskForces: fc.array(taskForceArb, { maxLength: 2 }),
  mous: fc.array(mouArb, { maxLength: 2 }),
  mouAmendments: fc.array(mouAmendmentArb, { maxLength: 3 }),
  meetings: fc.array(meetingArb, { maxLength: 3 }),
  decisions: fc.array(decisionArb, { maxLength: 4 }),
});
