import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb } from "../test/arbitraries.js";
import { checkIntegrity } from "./integrity.js";
import { ru } from "./locales/index.js";

type Draft = {
  -readonly [C in keyof NrmDataset]: Record<string, unknown>[];
};

/** A small consistent dataset: one task force, its MoU (amended to add org-c), one meeting, two decisions (the second withdraws org-c). */
const minimal: NrmDataset = {
  regions: [{ id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel Oblast" } }],
  organizations: [
    { id: "org-a", kind: "interior", name: {} },
    { id: "org-b", kind: "ngo", name: {} },
    { id: "org-c", kind: "court", name: {}, regionId: "BY-HO" },
  ],
  people: [{ id: "person-1", positions: [{ organizationId: "org-a", title: {}, startDate: "2013-01-01" }] }],
  taskForces: [
    {
      id: "tf-1",
      name: {},
      regionId: "BY-HO",
      mandate: [],
      establishedDate: "2013-01-01",
      coordinatorIds: ["org-a"],
      secretariatIds: ["org-b"],
      mouId: "mou-1",
    },
  ],
  mous: [
    {
      id: "mou-1",
      title: {},
      effectiveDate: "2013-03-01",
      parties: [
        { organizationId: "org-a", signedDate: "2013-03-01" },
        { organizationId: "org-b", signedDate: "2013-03-01" },
      ],
      clauses: [{ number: "1", topic: "purpose", text: {} }],
    },
  ],
  mouAmendments: [
    { id: "amend-1", mouId: "mou-1", date: "2014-01-01", operations: [{ op: "add_party", organizationId: "org-c" }] },
  ],
  meetings: [
    {
      id: "meeting-1",
      taskForceId: "tf-1",
      date: "2014-04-16",
      status: "held",
      venue: { hostId: "org-b" },
      organisers: [{ organizationId: "org-b", support: ["technical"] }],
      chairIds: ["person-1"],
      panelIds: [],
      attendance: [
        { organizationId: "org-a", capacity: "mou_party", personIds: ["person-1"] },
        { organizationId: "org-c", capacity: "mou_party" },
      ],
      topics: [{ kind: "statistics", text: {}, presenterIds: ["org-a"] }],
      statisticsShared: true,
      publication: { title: {}, publisherId: "org-b", categories: [], tags: [], languages: ["en"] },
    },
  ],
  decisions: [
    {
      id: "decision-1",
      meetingId: "meeting-1",
      ordinal: 1,
      category: "prevention",
      text: {},
      responsibleIds: ["org-a"],
      statusHistory: [
        { status: "adopted", date: "2014-04-16" },
        { status: "done", date: "2014-09-01" },
      ],
      links: [],
    },
    {
      id: "decision-2",
      meetingId: "meeting-1",
      ordinal: 2,
      category: "mou_membership",
      text: {},
      responsibleIds: [],
      statusHistory: [{ status: "adopted", date: "2014-04-16" }],
      links: [{ decisionId: "decision-1", relation: "continues" }],
      effects: { mouId: "mou-1", operations: [{ op: "withdraw_party", organizationId: "org-c" }] },
    },
  ],
};

function broken(change: (draft: Draft) => void): NrmDataset {
  const draft = structuredClone(minimal) as unknown as Draft;
  change(draft);
  return draft as unknown as NrmDataset;
}

type Case = readonly [name: string, change: (draft: Draft) => void, code: string, path: readonly (string | number)[]];

const organization = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: "other", name: {}, ...extra });
const at = <T>(items: T[] | undefined, index: number): T => {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};
const meeting = (draft: Draft) => at(draft.meetings, 0);
const decision = (draft: Draft, index = 0) => at(draft.decisions, index);
const mou = (draft: Draft) => at(draft.mous, 0);
const taskForce = (draft: Draft) => at(draft.taskForces, 0);

const cases: readonly Case[] = [
  [
    "an organisation id repeats",
    (d) => d.organizations.push(organization("org-a")),
    "duplicate_id",
    ["organizations", 3, "id"],
  ],
  [
    "a decision id repeats",
    (d) => d.decisions.push({ ...decision(d, 1), id: "decision-1", ordinal: 3 }),
    "duplicate_id",
    ["decisions", 2, "id"],
  ],
  [
    "a meeting's task force is unknown",
    (d) => {
      meeting(d).taskForceId = "tf-x";
    },
    "unknown_reference",
    ["meetings", 0, "taskForceId"],
  ],
  [
    "a venue host is unknown",
    (d) => {
      meeting(d).venue = { hostId: "org-x" };
    },
    "unknown_reference",
    ["meetings", 0, "venue", "hostId"],
  ],
  [
    "an organiser is unknown",
    (d) => {
      meeting(d).organisers = [{ organizationId: "org-x", support: [] }];
    },
    "unknown_reference",
    ["meetings", 0, "organisers", 0, "organizationId"],
  ],
  [
    "an attendee is unknown",
    (d) => {
      meeting(d).attendance = [{ organizationId: "org-x", capacity: "guest" }];
    },
    "unknown_reference",
    ["meetings", 0, "attendance", 0, "organizationId"],
  ],
  [
    "an attending person is unknown",
    (d) => {
      meeting(d).attendance = [{ organizationId: "org-a", capacity: "guest", personIds: ["person-x"] }];
    },
    "unknown_reference",
    ["meetings", 0, "attendance", 0, "personIds", 0],
  ],
  [
    "a presenter is unknown",
    (d) => {
      meeting(d).topics = [{ kind: "other", text: {}, presenterIds: ["org-x"] }];
    },
    "unknown_reference",
    ["meetings", 0, "topics", 0, "presenterIds", 0],
  ],
  [
    "a publisher is unknown",
    (d) => {
      meeting(d).publication = { title: {}, publisherId: "org-x", categories: [], tags: [], languages: [] };
    },
    "unknown_reference",
    ["meetings", 0, "publication", "publisherId"],
  ],
  [
    "a chair is nobody",
    (d) => {
      meeting(d).chairIds = ["person-x"];
    },
    "unknown_reference",
    ["meetings", 0, "chairIds", 0],
  ],
  [
    "a chair is an organisation",
    (d) => {
      meeting(d).chairIds = ["org-a"];
    },
    "not_a_person",
    ["meetings", 0, "chairIds", 0],
  ],
  [
    "a panel member is an organisation",
    (d) => {
      meeting(d).panelIds = ["person-1", "org-b"];
    },
    "not_a_person",
    ["meetings", 0, "panelIds", 1],
  ],
  [
    "a responsible organisation is unknown",
    (d) => {
      decision(d).responsibleIds = ["org-a", "org-x"];
    },
    "unknown_reference",
    ["decisions", 0, "responsibleIds", 1],
  ],
  [
    "a responsible organisation is a person",
    (d) => {
      decision(d).responsibleIds = ["person-1"];
    },
    "unknown_reference",
    ["decisions", 0, "responsibleIds", 0],
  ],
  [
    "a decision's meeting is unknown",
    (d) => {
      decision(d).meetingId = "meeting-x";
    },
    "unknown_reference",
    ["decisions", 0, "meetingId"],
  ],
  [
    "a linked decision is unknown",
    (d) => {
      decision(d, 1).links = [{ decisionId: "decision-x", relation: "repeats" }];
    },
    "unknown_reference",
    ["decisions", 1, "links", 0, "decisionId"],
  ],
  [
    "an effect's MoU is unknown",
    (d) => {
      decision(d, 1).effects = { mouId: "mou-x", operations: [] };
    },
    "unknown_reference",
    ["decisions", 1, "effects", "mouId"],
  ],
  [
    "an effect's new party is unknown",
    (d) => {
      decision(d, 1).effects = { mouId: "mou-1", operations: [{ op: "add_party", organizationId: "org-x" }] };
    },
    "unknown_reference",
    ["decisions", 1, "effects", "operations", 0, "organizationId"],
  ],
  [
    "a decision adds a party that already is one",
    (d) => {
      decision(d, 1).effects = { mouId: "mou-1", operations: [{ op: "add_party", organizationId: "org-a" }] };
    },
    "invalid_amendment_operation",
    ["decisions", 1, "effects", "operations", 0],
  ],
  [
    "a decision withdraws a party the amendments already withdrew",
    (d) => {
      at(d.mouAmendments, 0).operations = [
        { op: "add_party", organizationId: "org-c" },
        { op: "withdraw_party", organizationId: "org-c" },
      ];
    },
    "invalid_amendment_operation",
    ["decisions", 1, "effects", "operations", 0],
  ],
  [
    "an amendment withdraws a party that an earlier decision already withdrew",
    (d) => {
      d.mouAmendments?.push({
        id: "amend-2",
        mouId: "mou-1",
        date: "2014-06-01",
        operations: [{ op: "withdraw_party", organizationId: "org-c" }],
      });
    },
    "invalid_amendment_operation",
    ["mouAmendments", 1, "operations", 0],
  ],
  [
    "a decision amends the MoU before the MoU takes effect",
    (d) => {
      mou(d).effectiveDate = "2014-05-01";
      at(d.mouAmendments, 0).date = "2014-05-01";
    },
    "amendment_before_effective_date",
    ["decisions", 1, "effects", "mouId"],
  ],
  [
    "an organisation attends twice, in two capacities",
    (d) => {
      (meeting(d).attendance as unknown[]).push({ organizationId: "org-a", capacity: "interested_organization" });
    },
    "duplicate_attendance",
    ["meetings", 0, "attendance", 2, "organizationId"],
  ],
  [
    "an organisation attends twice in the same capacity",
    (d) => {
      (meeting(d).attendance as unknown[]).push({ organizationId: "org-c", capacity: "mou_party" });
    },
    "duplicate_attendance",
    ["meetings", 0, "attendance", 2, "organizationId"],
  ],
  [
    "a chair is also a member of the panel",
    (d) => {
      meeting(d).panelIds = ["person-1"];
    },
    "chair_in_panel",
    ["meetings", 0, "panelIds", 0],
  ],
  [
    "a person chairs twice",
    (d) => {
      meeting(d).chairIds = ["person-1", "person-1"];
    },
    "duplicate_panel_member",
    ["meetings", 0, "chairIds", 1],
  ],
  [
    "a person is listed twice among the other panel members",
    (d) => {
      meeting(d).chairIds = [];
      meeting(d).panelIds = ["person-1", "person-1"];
    },
    "duplicate_panel_member",
    ["meetings", 0, "panelIds", 1],
  ],
  [
    "a meeting says its decisions were not recorded although the dataset holds two",
    (d) => {
      meeting(d).decisionsRecorded = false;
    },
    "decisions_recorded_contradiction",
    ["meetings", 0, "decisionsRecorded"],
  ],
  [
    "an amendment's MoU is unknown",
    (d) => d.mouAmendments.push({ id: "amend-2", mouId: "mou-x", date: "2014-02-01", operations: [] }),
    "unknown_reference",
    ["mouAmendments", 1, "mouId"],
  ],
  [
    "an amendment's decision is unknown",
    (d) =>
      d.mouAmendments.push({
        id: "amend-2",
        mouId: "mou-1",
        date: "2014-02-01",
        operations: [],
        decisionId: "decision-x",
      }),
    "unknown_reference",
    ["mouAmendments", 1, "decisionId"],
  ],
  [
    "an amendment's new party is unknown",
    (d) =>
      d.mouAmendments.push({
        id: "amend-2",
        mouId: "mou-1",
        date: "2014-02-01",
        operations: [{ op: "add_party", organizationId: "org-x" }],
      }),
    "unknown_reference",
    ["mouAmendments", 1, "operations", 0, "organizationId"],
  ],
  [
    "a parent organisation is unknown",
    (d) => d.organizations.push(organization("org-d", { parentId: "org-x" })),
    "unknown_reference",
    ["organizations", 3, "parentId"],
  ],
  [
    "an organisation's region is unknown",
    (d) => d.organizations.push(organization("org-d", { regionId: "BY-VI" })),
    "unknown_reference",
    ["organizations", 3, "regionId"],
  ],
  [
    "a position's organisation is unknown",
    (d) => d.people.push({ id: "person-2", positions: [{ organizationId: "org-x", title: {} }] }),
    "unknown_reference",
    ["people", 1, "positions", 0, "organizationId"],
  ],
  [
    "a task force's region is unknown",
    (d) => {
      taskForce(d).regionId = "BY-VI";
    },
    "unknown_reference",
    ["taskForces", 0, "regionId"],
  ],
  [
    "a coordinator is unknown",
    (d) => {
      taskForce(d).coordinatorIds = ["org-x"];
    },
    "unknown_reference",
    ["taskForces", 0, "coordinatorIds", 0],
  ],
  [
    "a secretariat is unknown",
    (d) => {
      taskForce(d).secretariatIds = ["org-a", "org-x"];
    },
    "unknown_reference",
    ["taskForces", 0, "secretariatIds", 1],
  ],
  [
    "a task force's MoU is unknown",
    (d) => {
      taskForce(d).mouId = "mou-x";
    },
    "unknown_reference",
    ["taskForces", 0, "mouId"],
  ],
  [
    "an MoU party is unknown",
    (d) => {
      mou(d).parties = [{ organizationId: "org-x", signedDate: "2013-03-01" }];
    },
    "unknown_reference",
    ["mous", 0, "parties", 0, "organizationId"],
  ],
  [
    "an MoU-party attendee never signed",
    (d) => {
      meeting(d).attendance = [{ organizationId: "org-c", capacity: "mou_party" }];
      d.mouAmendments = [];
    },
    "not_mou_party",
    ["meetings", 0, "attendance", 0, "organizationId"],
  ],
  [
    "an MoU-party attendee joins only after the meeting",
    (d) => {
      at(d.mouAmendments, 0).date = "2014-05-01";
    },
    "not_mou_party",
    ["meetings", 0, "attendance", 1, "organizationId"],
  ],
  [
    "an MoU-party attendee withdrew before the meeting",
    (d) =>
      d.mouAmendments.push({
        id: "amend-2",
        mouId: "mou-1",
        date: "2014-03-01",
        operations: [{ op: "withdraw_party", organizationId: "org-a" }],
      }),
    "not_mou_party",
    ["meetings", 0, "attendance", 0, "organizationId"],
  ],
  [
    "an MoU party's signature is dated after the meeting",
    (d) => {
      at(mou(d).parties as Record<string, unknown>[], 0).signedDate = "2014-05-01";
    },
    "not_mou_party",
    ["meetings", 0, "attendance", 0, "organizationId"],
  ],
  [
    "an MoU-party attendee's task force has no MoU",
    (d) => {
      delete taskForce(d).mouId;
    },
    "not_mou_party",
    ["meetings", 0, "attendance", 0, "organizationId"],
  ],
  [
    "two decisions share an ordinal",
    (d) => {
      decision(d, 1).ordinal = 1;
    },
    "duplicate_ordinal",
    ["decisions", 1, "ordinal"],
  ],
  [
    "ordinals skip a number",
    (d) => {
      decision(d, 1).ordinal = 3;
    },
    "ordinal_out_of_range",
    ["decisions", 1, "ordinal"],
  ],
  [
    "amendments are listed out of date order",
    (d) => d.mouAmendments.push({ id: "amend-2", mouId: "mou-1", date: "2013-06-01", operations: [] }),
    "amendment_out_of_order",
    ["mouAmendments", 1, "date"],
  ],
  [
    "an amendment predates its MoU",
    (d) => {
      at(d.mouAmendments, 0).date = "2013-01-01";
    },
    "amendment_before_effective_date",
    ["mouAmendments", 0, "date"],
  ],
  [
    "an amendment removes a missing clause",
    (d) => {
      at(d.mouAmendments, 0).operations = [
        { op: "add_party", organizationId: "org-c" },
        { op: "remove_clause", number: "9" },
      ];
    },
    "invalid_amendment_operation",
    ["mouAmendments", 0, "operations", 1],
  ],
  [
    "an amendment adds a party twice",
    (d) => {
      at(d.mouAmendments, 0).operations = [
        { op: "add_party", organizationId: "org-a" },
        { op: "add_party", organizationId: "org-c" },
      ];
    },
    "invalid_amendment_operation",
    ["mouAmendments", 0, "operations", 0],
  ],
  [
    "a meeting predates its task force",
    (d) => {
      taskForce(d).establishedDate = "2014-05-01";
    },
    "meeting_outside_task_force_life",
    ["meetings", 0, "date"],
  ],
  [
    "a meeting follows its task force's dissolution",
    (d) => {
      taskForce(d).dissolvedDate = "2014-01-31";
    },
    "meeting_outside_task_force_life",
    ["meetings", 0, "date"],
  ],
  [
    "a status change goes back in time",
    (d) => {
      decision(d).statusHistory = [
        { status: "adopted", date: "2014-04-16" },
        { status: "in_progress", date: "2014-06-01" },
        { status: "done", date: "2014-05-01" },
      ];
    },
    "status_out_of_order",
    ["decisions", 0, "statusHistory", 2, "date"],
  ],
  [
    "a decision is adopted before its meeting",
    (d) => {
      decision(d).statusHistory = [{ status: "adopted", date: "2014-04-15" }];
    },
    "status_before_meeting",
    ["decisions", 0, "statusHistory", 0, "date"],
  ],
  [
    "a region code belongs to another country",
    (d) => d.regions.push({ id: "PL-MZ", country: "BY", kind: "oblast", name: {} }),
    "region_country_mismatch",
    ["regions", 1, "id"],
  ],
  [
    "a Belarusian region code does not exist",
    (d) => d.regions.push({ id: "BY-ZZ", country: "BY", kind: "oblast", name: {} }),
    "unknown_region_code",
    ["regions", 1, "id"],
  ],
  [
    "two organisations are each other's parent",
    (d) => {
      at(d.organizations, 0).parentId = "org-b";
      at(d.organizations, 1).parentId = "org-a";
    },
    "parent_cycle",
    ["organizations", 1, "parentId"],
  ],
  [
    "an organisation is its own parent",
    (d) => {
      at(d.organizations, 2).parentId = "org-c";
    },
    "parent_cycle",
    ["organizations", 2, "parentId"],
  ],
  [
    "a task force is dissolved before it is set up",
    (d) => {
      taskForce(d).dissolvedDate = "2012-12-31";
    },
    "invalid_period",
    ["taskForces", 0, "dissolvedDate"],
  ],
  [
    "an MoU expires before it takes effect",
    (d) => {
      mou(d).expiryDate = "2013-02-01";
    },
    "invalid_period",
    ["mous", 0, "expiryDate"],
  ],
  [
    "a party withdraws before it signs",
    (d) => {
      at(mou(d).parties as Record<string, unknown>[], 1).withdrawnDate = "2013-01-01";
    },
    "invalid_period",
    ["mous", 0, "parties", 1, "withdrawnDate"],
  ],
  [
    "a post ends before it starts",
    (d) => {
      at(at(d.people, 0).positions as Record<string, unknown>[], 0).endDate = "2012-01-01";
    },
    "invalid_period",
    ["people", 0, "positions", 0, "endDate"],
  ],
];

const pathsExist = (dataset: unknown, path: readonly (string | number)[]) => {
  let value: unknown = dataset;
  for (const segment of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return false;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return true;
};

describe("checkIntegrity", () => {
  it("finds no issue when the bundled Belarus 2014 dataset is checked", () => {
    expect(checkIntegrity(belarusTaskForces2014)).toEqual([]);
  });

  it("finds no issue when the minimal fixture is checked", () => {
    expect(checkIntegrity(minimal)).toEqual([]);
  });

  it.each(cases)("reports the rule when %s", (_name, change, code, path) => {
    const issues = checkIntegrity(broken(change));
    expect(issues.map((issue) => ({ code: issue.code, path: issue.path }))).toContainEqual({ code, path });
  });

  it.each(cases)("names field, value and rule in English and Russian when %s", (_name, change, code, path) => {
    for (const locale of ["en", ru] as const) {
      const issue = checkIntegrity(broken(change), { locale }).find(
        (found) => found.code === code && JSON.stringify(found.path) === JSON.stringify(path),
      );
      expect(issue?.expected).toBeTruthy();
      expect(issue?.received).toBeTruthy();
      expect(issue?.message).toContain(String(issue?.received));
      expect(issue?.message).toMatch(locale === ru ? /ожидалось: [^;]*[а-яё]/ : /: expected .+, received /);
    }
  });

  it("passes an organisation of a country without reference data when its code has the right prefix", () => {
    const issues = checkIntegrity(
      broken((d) => d.regions.push({ id: "PL-MZ", country: "PL", kind: "voivodeship", name: {} })),
    );
    expect(issues).toEqual([]);
  });

  it("accepts an MoU-party attendee when an amendment made it a party before the meeting", () => {
    const issues = checkIntegrity(
      broken((d) => {
        at(d.mouAmendments, 0).date = "2014-04-16";
      }),
    );
    expect(issues).toEqual([]);
  });

  it("sorts issues by collection and position", () => {
    const issues = checkIntegrity(
      broken((d) => {
        decision(d).meetingId = "meeting-x";
        d.organizations.push(organization("org-a"));
        meeting(d).chairIds = ["org-a"];
      }),
    );
    expect(issues.map((issue) => issue.path.slice(0, 2))).toEqual([
      ["organizations", 3],
      ["meetings", 0],
      ["decisions", 0],
      // Decision 1 is now alone in meeting-1, so its ordinal 2 is out of range.
      ["decisions", 1],
    ]);
  });

  it("never throws, never fails a rule and points only at existing fields when datasets are random but schema-valid", () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom<"en" | typeof ru>("en", ru), (dataset, locale) => {
        for (const issue of checkIntegrity(dataset, { locale })) {
          expect(issue.code).not.toBe("integrity_check_failed");
          expect(pathsExist(dataset, issue.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports integrity_check_failed instead of throwing when reading an id throws", () => {
    const hostile = Object.defineProperty({}, "id", {
      get() {
        throw new Error("boom");
      },
    });
    const issues = checkIntegrity({ ...minimal, meetings: [hostile] } as unknown as NrmDataset);
    expect(issues.map((issue) => issue.code)).toEqual(["integrity_check_failed"]);
  });

  it("never throws when the input skipped the schema", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Array.isArray(checkIntegrity(input as NrmDataset))).toBe(true);
      }),
    );
  });
});
