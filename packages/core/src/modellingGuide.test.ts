// Replays the code of docs/guides/modelling-a-task-force.md, so the guide stays true.
import { describe, expect, it } from "vitest";
import type { Decision, Meeting, Mou, NrmDataset, Organization, Person, Region, TaskForce } from "./index.js";
import { amendmentFromDecision, indexDataset, mouVersions, openDecisions, participationRates } from "./index.js";

describe("modelling-a-task-force guide", () => {
  it("models a fictional country's task force and answers the guide's questions", () => {
    const northRiver: Region = {
      id: "XA-NR",
      country: "XA",
      kind: "province",
      name: { en: "North River Province", fr: "Province de la Rivière du Nord" },
    };

    const organizations: Organization[] = [
      {
        id: "org-xa-nr-police",
        kind: "interior",
        name: { en: "North River Police", fr: "Police de la Rivière du Nord" },
        regionId: "XA-NR",
      },
      {
        id: "org-xa-nr-social",
        kind: "labour_social_protection",
        name: { en: "Social Services Directorate" },
        regionId: "XA-NR",
      },
      { id: "org-xa-nr-shelter", kind: "ngo", name: { en: "Safe Harbour Shelter" }, regionId: "XA-NR" },
      { id: "org-xa-nr-prosecutor", kind: "prosecution", name: { en: "Provincial Prosecutor" }, regionId: "XA-NR" },
    ];

    const people: Person[] = [
      {
        id: "person-dupont",
        name: { en: "Claire Dupont", fr: "Claire Dupont" },
        positions: [
          { organizationId: "org-xa-nr-social", title: { en: "Director", fr: "Directrice" }, startDate: "2019-01-01" },
          { organizationId: "org-xa-nr-police", title: { en: "Anti-trafficking liaison" } },
        ],
      },
    ];

    const taskForce: TaskForce = {
      id: "task-force-xa-nr",
      name: { en: "North River anti-trafficking task force" },
      regionId: "XA-NR",
      mandate: [
        { kind: "identify", text: { en: "Identify presumed victims in the province" } },
        { kind: "refer", text: { en: "Refer them to assistance" } },
      ],
      coordinatorIds: ["org-xa-nr-social"],
      secretariatIds: ["org-xa-nr-shelter"],
      mouId: "mou-xa-nr",
    };

    const mou: Mou = {
      id: "mou-xa-nr",
      title: { en: "North River referral memorandum" },
      effectiveDate: "2020-03-01",
      parties: ["org-xa-nr-police", "org-xa-nr-social", "org-xa-nr-shelter"].map((organizationId) => ({
        organizationId,
        signedDate: "2020-03-01",
      })),
      clauses: [
        { number: "1", topic: "purpose", text: { en: "The parties cooperate to identify and refer victims." } },
        { number: "2", topic: "information_exchange", text: { en: "The parties share anonymised statistics." } },
      ],
    };

    const meeting: Meeting = {
      id: "meeting-xa-nr-2021-02-10",
      taskForceId: "task-force-xa-nr",
      date: "2021-02-10",
      status: "held",
      venue: { hostId: "org-xa-nr-social", locality: { en: "Riverton" } },
      organisers: [{ organizationId: "org-xa-nr-shelter", support: ["organisational"] }],
      chairIds: ["person-dupont"],
      panelIds: [],
      attendance: [
        { organizationId: "org-xa-nr-police", capacity: "mou_party" },
        { organizationId: "org-xa-nr-social", capacity: "mou_party" },
        { organizationId: "org-xa-nr-prosecutor", capacity: "interested_organization" },
      ],
      topics: [{ kind: "labour_exploitation", text: { en: "Seasonal farm work" }, highlighted: true }],
      statisticsShared: true,
    };

    const decisions: Decision[] = [
      {
        id: "decision-xa-nr-2021-02-10-01",
        meetingId: meeting.id,
        ordinal: 1,
        category: "mou_membership",
        text: { en: "To invite the provincial prosecutor to join the memorandum" },
        responsibleIds: [],
        statusHistory: [{ status: "adopted", date: "2021-02-10" }],
        links: [],
        effects: { mouId: "mou-xa-nr", operations: [{ op: "add_party", organizationId: "org-xa-nr-prosecutor" }] },
      },
    ];

    const dataset: NrmDataset = {
      regions: [northRiver],
      organizations,
      people,
      taskForces: [taskForce],
      mous: [mou],
      // The prosecutor signed two weeks after the meeting decided to invite it.
      mouAmendments: decisions.map((decision) => amendmentFromDecision(decision, { date: "2021-02-24" })),
      meetings: [meeting],
      decisions,
    };

    expect(indexDataset(dataset).meetingsByTaskForce.get("task-force-xa-nr")?.length).toEqual(1);
    expect(mouVersions(mou, dataset.mouAmendments).map((version) => version.mou.parties.length)).toEqual([3, 4]);
    expect(openDecisions(dataset, { asOf: "2021-03-01", organizationId: "org-xa-nr-police" }).length).toEqual(1);
    expect(participationRates(dataset, { taskForceId: "task-force-xa-nr" }).map((rate) => rate.rate)).toEqual([
      1,
      1,
      0,
      null,
    ]);
  });
});
