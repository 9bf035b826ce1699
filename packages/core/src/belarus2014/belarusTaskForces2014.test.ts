import { describe, expect, it } from "vitest";
import type { AttendanceCapacity, Meeting } from "../meeting.js";
import type { MouOperation } from "../mouAmendment.js";
import { belarusRegions } from "./belarusRegions.js";
import { belarusTaskForces2014 as data } from "./belarusTaskForces2014.js";

const GOMEL = "meeting-gomel-2014-04-16";
const VITEBSK = "meeting-vitebsk-2014-05-14";

function meeting(id: string): Meeting {
  const found = data.meetings.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`missing meeting ${id}`);
  return found;
}

function person(id: string) {
  const found = data.people.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`missing person ${id}`);
  return found;
}

function capacities(id: string): Record<string, AttendanceCapacity> {
  return Object.fromEntries(meeting(id).attendance.map((entry) => [entry.organizationId, entry.capacity]));
}

function decisionsOf(meetingId: string) {
  return data.decisions.filter((decision) => decision.meetingId === meetingId);
}

function addedParties(meetingId: string): string[] {
  return decisionsOf(meetingId).flatMap((decision) =>
    (decision.effects?.operations ?? []).flatMap((operation: MouOperation) =>
      operation.op === "add_party" ? [operation.organizationId] : [],
    ),
  );
}

describe("belarusRegions", () => {
  it("lists the seven ISO 3166-2 regions of Belarus with names in four scripts", () => {
    expect(belarusRegions.map((region) => region.id)).toEqual([
      "BY-BR",
      "BY-HO",
      "BY-HR",
      "BY-MA",
      "BY-MI",
      "BY-VI",
      "BY-HM",
    ]);
    for (const region of belarusRegions) {
      expect(region.country).toBe("BY");
      expect(Object.keys(region.name).sort()).toEqual(["be", "be-Latn", "en", "ru"]);
    }
    expect(belarusRegions.find((region) => region.id === "BY-HO")?.name["be-Latn"]).toMatch(/^Homie/);
    expect(belarusRegions.find((region) => region.id === "BY-MA")?.name["be-Latn"]).toMatch(/^Mahilio/);
    expect(belarusRegions.find((region) => region.id === "BY-HM")?.kind).toBe("city");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(belarusRegions)).toBe(true);
    expect(Object.isFrozen(belarusRegions[0]?.name)).toBe(true);
  });
});

describe("belarusTaskForces2014", () => {
  it("has unique ids in every collection and resolves every reference", () => {
    const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
    const orgs = ids(data.organizations);
    const people = ids(data.people);
    const decisions = ids(data.decisions);
    for (const items of [data.organizations, data.people, data.meetings, data.decisions, data.taskForces, data.mous]) {
      expect(ids(items).size).toBe(items.length);
    }
    const refs: string[] = [];
    for (const org of data.organizations) if (org.parentId !== undefined) refs.push(org.parentId);
    for (const p of data.people) for (const position of p.positions) refs.push(position.organizationId);
    for (const tf of data.taskForces) refs.push(...tf.coordinatorIds, ...tf.secretariatIds);
    for (const mou of data.mous) refs.push(...mou.parties.map((party) => party.organizationId));
    for (const m of data.meetings) {
      refs.push(...m.organisers.map((o) => o.organizationId), ...m.attendance.map((a) => a.organizationId));
      if (m.venue?.hostId !== undefined) refs.push(m.venue.hostId);
      for (const topic of m.topics) refs.push(...(topic.presenterIds ?? []));
      expect([...m.chairIds, ...m.panelIds, ...m.attendance.flatMap((a) => a.personIds ?? [])]).toSatisfy(
        (list: string[]) => list.every((id) => people.has(id)),
      );
    }
    for (const d of data.decisions) {
      refs.push(...d.responsibleIds);
      expect(d.links.every((link) => decisions.has(link.decisionId))).toBe(true);
    }
    expect(refs.filter((id) => !orgs.has(id))).toEqual([]);
    const regions = new Set(data.regions.map((region) => region.id));
    expect(data.taskForces.map((tf) => tf.regionId)).toEqual(["BY-HO", "BY-VI"]);
    expect(data.organizations.filter((o) => o.regionId !== undefined && !regions.has(o.regionId))).toEqual([]);
    expect(data.mouAmendments).toEqual([]);
    expect(Object.isFrozen(data.decisions[0]?.statusHistory)).toBe(true);
  });

  it.each([
    [
      "person-hajiyev",
      { en: "Zeynal Hajiyev", ru: "Зейнал Гаджиев", be: "Зейнал Гаджыеў" },
      [["org-iom-belarus", "Chief of Mission of IOM"]],
    ],
    [
      "person-koltun",
      { en: "Sergey Koltun", ru: "Сергей Колтун", be: "Сяргей Калтун" },
      [
        ["org-iom-ita-thb-capacity", "National Project Coordinator"],
        ["org-by-moi-department", "Deputy chairperson of the Department"],
        [
          "org-by-moi-second-unit",
          "Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
        ],
      ],
    ],
    [
      "person-zhak",
      { en: "Natalia Zhak", ru: "Наталья Жак", be: "Наталля Жак" },
      [
        [
          "org-iom-ita-thb-capacity",
          "Coordinator of the International Technical Assistance Project “Building the capacity of the Republic of Belarus in the field of combating trafficking in human beings”, IOM",
        ],
      ],
    ],
  ])("holds chair %s with every position the seeds give", (id, name, positions) => {
    const chair = person(id);
    expect(chair.name).toEqual(name);
    expect(chair.positions.map((position) => [position.organizationId, position.title.en])).toEqual(positions);
    expect(chair.positions.every((position) => position.title.ru !== undefined)).toBe(true);
  });

  it("places the ITA project under IOM and the second unit under the Ministry of the Interior", () => {
    const parent = (id: string) => data.organizations.find((org) => org.id === id)?.parentId;
    expect(parent("org-iom-ita-thb-capacity")).toBe("org-iom-belarus");
    expect(parent("org-iom-belarus")).toBe("org-iom");
    expect(parent("org-by-moi-second-unit")).toBe("org-by-moi-department");
    expect(parent("org-by-moi-department")).toBe("org-by-moi");
  });

  it("encodes both task forces with their mandate and MoU", () => {
    for (const tf of data.taskForces) {
      expect(tf.mandate.map((item) => item.kind)).toEqual([
        "identify",
        "refer",
        "assist",
        "strengthen_nrm",
        "share_information",
      ]);
      const mou = data.mous.find((candidate) => candidate.id === tf.mouId);
      expect(mou?.clauses.map((clause) => clause.topic)).toEqual([
        "purpose",
        "target_group",
        "information_exchange",
        "referral",
        "review_and_amendment",
      ]);
      expect(mou?.parties.every((party) => party.signedDate === mou.effectiveDate)).toBe(true);
    }
    expect(data.taskForces[0]?.mandate[0]?.text.en).toContain("Gomel oblast");
    expect(data.taskForces[1]?.mandate[3]?.text.en).toContain("Vitebsk oblast");
  });

  it("records the Gomel meeting: chairs, organiser, venue, topics and publication", () => {
    const gomel = meeting(GOMEL);
    expect(gomel).toMatchObject({ taskForceId: "task-force-gomel", date: "2014-04-16", status: "held" });
    expect(gomel.chairIds).toEqual(["person-hajiyev", "person-koltun", "person-zhak"]);
    expect(gomel.panelIds).toEqual([]);
    expect(gomel.organisers).toEqual([
      { organizationId: "org-by-ho-red-cross", support: ["technical", "organisational"] },
    ]);
    expect(gomel.venue?.locality?.en).toBe("Gomel");
    expect(gomel.statisticsShared).toBe(true);
    expect(gomel.topics.map((topic) => [topic.kind, topic.highlighted === true])).toEqual([
      ["statistics", false],
      ["latest_trends", false],
      ["victim_assistance", true],
      ["labour_exploitation", true],
      ["child_sexual_abuse", false],
    ]);
    expect(gomel.topics[3]?.text.en).toContain("identification as VoTs");
    expect(gomel.publication?.title.en).toBe("Meeting of the Multi-Disciplinary Task Force");
  });

  it("records every Gomel attendee with its capacity", () => {
    expect(capacities(GOMEL)).toEqual({
      "org-by-ho-interior": "mou_party",
      "org-by-ho-labour": "mou_party",
      "org-by-ho-migration": "interested_organization",
      "org-by-ho-investigation": "interested_organization",
      "org-by-ho-bar": "mou_party",
      "org-by-ho-ideology": "mou_party",
      "org-by-ho-red-cross": "mou_party",
      "org-by-ho-bywca": "interested_organization",
    });
  });

  it("records the Vitebsk meeting: chairs, panel, host, organiser, topics and publication", () => {
    const vitebsk = meeting(VITEBSK);
    expect(vitebsk).toMatchObject({ taskForceId: "task-force-vitebsk", date: "2014-05-14", status: "held" });
    expect(vitebsk.chairIds).toEqual(["person-koltun", "person-zhak"]);
    expect(vitebsk.panelIds.map((id) => [person(id).name, person(id).positions[0]?.organizationId])).toEqual([
      [undefined, "org-by-vi-red-cross"],
      [undefined, "org-by-vi-ideology"],
      [undefined, "org-by-vi-health"],
    ]);
    expect(person("person-by-vi-red-cross-chair").positions[0]?.title.en).toBe(
      "Chairperson of the Vitebsk Oblast Red Cross Organization",
    );
    expect(vitebsk.venue?.hostId).toBe("org-by-vi-executive-committee");
    expect(vitebsk.organisers).toEqual([{ organizationId: "org-by-vi-red-cross", support: ["technical"] }]);
    expect(vitebsk.topics.map((topic) => [topic.kind, topic.highlighted === true])).toEqual([
      ["statistics", false],
      ["latest_trends", false],
      ["victim_assistance", true],
      ["child_sexual_abuse", true],
      ["social_contracting", true],
    ]);
    expect(vitebsk.topics[4]?.presenterIds).toEqual(["org-by-vi-red-cross"]);
    expect(vitebsk.topics[4]?.text.en).toContain("medical assistance by Red Cross nurses");
    expect(vitebsk.publication).toEqual({
      title: {
        en: "Meeting of the Multi-Disciplinary Task Force, Vitebsk",
        ru: "Заседание межведомственной рабочей группы, Витебск",
        be: "Пасяджэнне міжведамаснай рабочай групы, Віцебск",
      },
      publisherId: "org-iom-belarus",
      publishedDate: "2014-05-19",
      categories: [
        expect.objectContaining({ en: "Combating Trafficking in Human Beings" }),
        expect.objectContaining({ en: "News" }),
        expect.objectContaining({ en: "Partnership" }),
      ],
      tags: [
        expect.objectContaining({ en: "Counter-Trafficking" }),
        expect.objectContaining({ en: "Domestic Violence" }),
        expect.objectContaining({ en: "Human Trafficking" }),
        expect.objectContaining({ en: "Information Exchange" }),
      ],
      languages: ["en", "ru"],
      previous: {
        title: {
          en: "IOM delegation meets Ukrainian Customs to discuss joint EU-funded PRINEX project’s recent developments and upcoming events",
        },
      },
      next: { title: { en: "Meeting of the Multi-Disciplinary Task Force, Brest" } },
    });
  });

  it("records every Vitebsk attendee with its capacity, guests with their purpose", () => {
    expect(capacities(VITEBSK)).toEqual({
      "org-by-vi-interior": "mou_party",
      "org-by-vi-labour": "mou_party",
      "org-by-vi-education": "mou_party",
      "org-by-vi-health": "mou_party",
      "org-by-vi-migration": "interested_organization",
      "org-by-vi-investigation": "interested_organization",
      "org-by-vi-bar": "mou_party",
      "org-by-vi-prosecutor": "interested_organization",
      "org-by-vi-court": "interested_organization",
      "org-by-vi-border-guards-polotsk": "interested_organization",
      "org-by-vi-ideology": "mou_party",
      "org-by-vi-red-cross": "mou_party",
      "org-by-vi-red-cross-novopolotsk": "mou_party",
      "org-by-vi-union-of-women-novopolotsk": "interested_organization",
      "org-by-vi-youth-palace": "guest",
      "org-by-vi-volunteer-brigades": "guest",
    });
    for (const guest of meeting(VITEBSK).attendance.filter((entry) => entry.capacity === "guest")) {
      expect(guest.purpose?.en).toContain("prevention of THB among target groups");
    }
  });

  it.each([GOMEL, VITEBSK])("keeps attendance capacities of %s consistent with the MoU and its decisions", (id) => {
    const m = meeting(id);
    const mou = data.mous.find((candidate) => candidate.id === `mou-${id.split("-")[1]}`);
    const parties = new Set(mou?.parties.map((party) => party.organizationId));
    const added = addedParties(id);
    for (const entry of m.attendance) {
      expect(parties.has(entry.organizationId), entry.organizationId).toBe(entry.capacity === "mou_party");
    }
    expect(added.filter((org) => parties.has(org))).toEqual([]);
  });

  it.each([
    [1, "information_sharing", "sharing information and statistics", []],
    [2, "prevention", "ideas for joint efforts in prevention of THB in Gomel oblast", []],
    [3, "confidentiality", "principles of confidentiality for all the information", []],
    [4, "prevention", "searching for a job in Russia", []],
    [5, "legal_aid", "resource of the bar association", ["org-by-ho-bar"]],
    [6, "child_interviews", "interviewing rooms for children", []],
    [7, "media", "engage journalists", []],
    [8, "social_contracting", "NGOs of Gomel oblast", ["org-by-ho-red-cross", "org-by-ho-bywca"]],
    [9, "mou_amendment", "introduce changes into the text of MoU", []],
    [10, "mou_membership", "widen the list of the MoU participants", []],
  ])("records Gomel decision %i as %s", (ordinal, category, phrase, responsibleIds) => {
    const decision = decisionsOf(GOMEL)[ordinal - 1];
    expect(decision).toMatchObject({
      id: `decision-gomel-2014-04-16-${String(ordinal).padStart(2, "0")}`,
      ordinal,
      category,
      responsibleIds,
      statusHistory: [{ status: "adopted", date: "2014-04-16" }],
      links: [],
    });
    expect(decision?.text.en).toContain(phrase);
    expect(decision?.text.ru).toBeDefined();
  });

  it.each([
    [1, "information_sharing", "sharing information and statistics", [], 1],
    [2, "cooperation", "NGOs and the department on citizenship and migration", 4, undefined],
    [3, "prevention", "searching for a job in Russia", [], 4],
    [4, "prevention", "teachers, social teachers and social psychologists", [], undefined],
    [5, "volunteers", "youth into volunteer groups", [], undefined],
    [6, "reintegration", "crisis centers", [], undefined],
    [7, "media", "journalists and representatives of mass media", [], 7],
    [8, "social_contracting", "harmonization of Legislation on State social sub contraction", 3, 8],
    [9, "mou_amendment", "introduce changes into the text of MoU", [], 9],
    [10, "mou_membership", "border guards detachment", [], 10],
  ])("records Vitebsk decision %i as %s", (ordinal, category, phrase, responsible, repeats) => {
    const decision = decisionsOf(VITEBSK)[ordinal - 1];
    expect(decision).toMatchObject({
      id: `decision-vitebsk-2014-05-14-${String(ordinal).padStart(2, "0")}`,
      ordinal,
      category,
      statusHistory: [{ status: "adopted", date: "2014-05-14" }],
      links:
        repeats === undefined
          ? []
          : [{ decisionId: `decision-gomel-2014-04-16-${String(repeats).padStart(2, "0")}`, relation: "repeats" }],
    });
    if (Array.isArray(responsible)) expect(decision?.responsibleIds).toEqual(responsible);
    else expect(decision?.responsibleIds).toHaveLength(responsible);
    expect(decision?.text.en).toContain(phrase);
  });

  it.each([
    [GOMEL, "mou-gomel"],
    [VITEBSK, "mou-vitebsk"],
  ])("gives the MoU-amendment decision of %s three new clauses", (id, mouId) => {
    const effects = decisionsOf(id).find((decision) => decision.category === "mou_amendment")?.effects;
    expect(effects?.mouId).toBe(mouId);
    expect(
      effects?.operations.map((operation) =>
        operation.op === "add_clause" ? [operation.clause.number, operation.clause.topic] : operation.op,
      ),
    ).toEqual([
      ["6", "state_programme"],
      ["7", "international_convention"],
      ["8", "confidentiality"],
    ]);
  });

  it.each([
    [
      GOMEL,
      "mou-gomel",
      ["org-by-ho-court", "org-by-ho-prosecutor", "org-by-ho-investigation", "org-by-ho-migration", "org-by-ho-bywca"],
    ],
    [
      VITEBSK,
      "mou-vitebsk",
      [
        "org-by-vi-court",
        "org-by-vi-prosecutor",
        "org-by-vi-investigation",
        "org-by-vi-border-guards-polotsk",
        "org-by-vi-migration",
        "org-by-vi-union-of-women-novopolotsk",
      ],
    ],
  ])("gives the MoU-membership decision of %s an add_party per new member", (id, mouId, members) => {
    const effects = decisionsOf(id).find((decision) => decision.category === "mou_membership")?.effects;
    expect(effects?.mouId).toBe(mouId);
    expect(effects?.operations).toEqual(members.map((organizationId) => ({ op: "add_party", organizationId })));
    const kinds = members.map((member) => data.organizations.find((org) => org.id === member)?.kind);
    expect(kinds).toContain("court");
    expect(kinds).toContain("prosecution");
    expect(kinds).toContain("investigation");
    expect(kinds).toContain("migration");
    expect(kinds).toContain("ngo");
  });
});
