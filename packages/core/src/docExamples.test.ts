// Keeps the `@example` blocks of the core API true: each test replays one example as written.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { wrongExampleImports } from "../../../test/exampleImports.js";
import { AGE_BANDS, ageBandOf, isChildAgeBand } from "./ageBands.js";
import { attendanceMatrix, participationRates } from "./attendance.js";
import * as belarus2014Entry from "./belarus2014/index.js";
import { belarusRegions, belarusTaskForces2014 } from "./belarus2014/index.js";
import { caseValueStatus, isFieldRecorded, MULTI_VALUED_CASE_FIELDS } from "./caseValueStatus.js";
import { commonDecisions } from "./commonDecisions.js";
import {
  alpha2ToAlpha3,
  alpha3ToAlpha2,
  COUNTRIES_ALPHA3,
  caseCountryFromAlpha2,
  caseCountryToAlpha2,
  isCaseCountryCode,
  isCountryCode,
  nearestCountryCode,
} from "./countries.js";
import { getById, indexDataset } from "./datasetIndex.js";
import type { Decision } from "./decision.js";
import { amendmentFromDecision, applyDecisionEffects } from "./decisionEffects.js";
import { decisionFollowUps } from "./decisionFollowUps.js";
import {
  decisionStatusHistory,
  decisionStatusOn,
  isDecisionOpen,
  isDecisionOverdue,
  updateDecisionStatus,
} from "./decisionStatus.js";
import { isNrmkitError } from "./error.js";
import * as core from "./index.js";
import {
  negotiateLocale,
  primaryLanguage,
  registeredLocales,
  registerLocale,
  resolveLocale,
  unregisterLocale,
} from "./locale.js";
import { meetingDecisionRecord } from "./meetingDecisionRecord.js";
import { meetingSeries } from "./meetingSeries.js";
import type { Mou } from "./mou.js";
import { diffMou } from "./mouDiff.js";
import { applyMouAmendment, mouAsOf, mouVersions } from "./mouHistory.js";
import { isMouPartyOn, mouPartiesOn } from "./mouParties.js";
import { openDecisions } from "./openDecisions.js";
import type { Person } from "./person.js";
import * as corePopolo from "./popolo/index.js";
import { POPOLO_VOCABULARY, type ToPopoloOptions, toPopolo } from "./popolo/index.js";
import { positionsOn } from "./positions.js";
import * as syntheticEntry from "./synthetic/index.js";
import { generateSyntheticCases, generateSyntheticCtdcCases } from "./synthetic/index.js";
import { fillTranslation } from "./translation.js";

const data = belarusTaskForces2014;
const gomelMou = data.mous[0] as Mou;
const decision = (index: number) => data.decisions[index] as Decision;

function throwsCode(run: () => unknown, code: Parameters<typeof isNrmkitError>[1]): boolean {
  try {
    run();
  } catch (error) {
    return isNrmkitError(error, code);
  }
  return false;
}

describe("documented examples", () => {
  it("opens each example with imports from the entry points that export the names", () => {
    const entryPoints = {
      "@nrmkit/core": core,
      "@nrmkit/core/belarus2014": belarus2014Entry,
      "@nrmkit/core/popolo": corePopolo,
      "@nrmkit/core/synthetic": syntheticEntry,
    };
    expect(wrongExampleImports(fileURLToPath(new URL(".", import.meta.url)), entryPoints)).toEqual([]);
  });

  it("decisionStatusHistory", () => {
    const widen = decision(9);
    const amendment = amendmentFromDecision(widen, { date: "2014-06-02" });
    expect(
      decisionStatusHistory(widen, [amendment]).map((change) => [change.status, change.date, change.source]),
    ).toEqual([
      ["adopted", "2014-04-16", "history"],
      ["done", "2014-06-02", "amendment"],
    ]);
  });

  it("meetingDecisionRecord", () => {
    const gomel = data.meetings[0] as (typeof data.meetings)[number];
    expect(meetingDecisionRecord(data, gomel)).toBe("recorded");
    expect(meetingDecisionRecord(data, { ...gomel, id: "meeting-brest", decisionsRecorded: true })).toBe("none_taken");
    expect(meetingDecisionRecord(data, { ...gomel, id: "meeting-brest" })).toBe("unknown");
    expect(meetingDecisionRecord(indexDataset(data), { ...gomel, id: "meeting-brest", status: "planned" })).toBe(
      "none_taken",
    );
  });

  it("decisionFollowUps", () => {
    const followUps = decisionFollowUps(data);
    expect(followUps.get("decision-gomel-2014-04-16-01")?.followedBy).toEqual([
      { decisionId: "decision-vitebsk-2014-05-14-01", relation: "repeats" },
    ]);
    expect(followUps.get("decision-vitebsk-2014-05-14-01")?.follows).toEqual([
      { decisionId: "decision-gomel-2014-04-16-01", relation: "repeats" },
    ]);
  });

  it("belarusRegions", () => {
    expect(belarusRegions.map((region) => region.id)).toEqual([
      "BY-BR",
      "BY-HO",
      "BY-HR",
      "BY-MA",
      "BY-MI",
      "BY-VI",
      "BY-HM",
    ]);
    expect(belarusRegions.find((region) => region.id === "BY-HO")?.name.ru).toBe("Гомельская область");
  });

  it("belarusTaskForces2014", () => {
    expect(data.meetings.map((meeting) => meeting.id)).toEqual([
      "meeting-gomel-2014-04-16",
      "meeting-vitebsk-2014-05-14",
    ]);
    expect(data.decisions.length).toBe(20);
    expect(data.people.find((person) => person.id === "person-koltun")?.positions.length).toBe(3);
  });

  it("indexDataset and getById", () => {
    const index = indexDataset(data);
    expect(index.decisionsByMeeting.get("meeting-vitebsk-2014-05-14")?.length).toBe(10);
    expect(index.meetingsByTaskForce.get("task-force-gomel")?.map((meeting) => meeting.date)).toEqual(["2014-04-16"]);
    expect(getById(index, "people", "person-koltun").name?.en).toBe("Sergey Koltun");
    expect(throwsCode(() => getById(index, "meetings", "meeting-x"), "not_found")).toBe(true);
  });

  it("applyMouAmendment, mouVersions and mouAsOf", () => {
    const { mou: amended, patches } = applyMouAmendment(gomelMou, {
      id: "amendment-1",
      mouId: "mou-gomel",
      date: "2014-04-16",
      operations: [{ op: "add_party", organizationId: "org-by-ho-court" }],
    });
    expect(amended.parties.at(-1)).toEqual({ organizationId: "org-by-ho-court", signedDate: "2014-04-16" });
    expect(patches[0]?.path).toEqual(["parties", 5]);
    const widen = amendmentFromDecision(decision(9), { date: "2014-04-16" });
    expect(mouVersions(gomelMou, [widen]).map((version) => [version.date, version.mou.parties.length])).toEqual([
      ["2013-03-01", 5],
      ["2014-04-16", 10],
    ]);
    expect(mouAsOf(gomelMou, [widen], "2014-04-15")?.parties.length).toBe(5);
    expect(mouAsOf(gomelMou, [widen], "2014-04-16")?.parties.length).toBe(10);
    expect(mouAsOf(gomelMou, [widen], "2012-01-01")).toBeUndefined();
  });

  it("amendmentFromDecision, applyDecisionEffects and diffMou", () => {
    const amendment = amendmentFromDecision(decision(9), { date: "2014-04-16" });
    expect([amendment.id, amendment.mouId, amendment.decisionId, amendment.operations.length]).toEqual([
      "amendment-decision-gomel-2014-04-16-10",
      "mou-gomel",
      "decision-gomel-2014-04-16-10",
      5,
    ]);
    expect(
      applyDecisionEffects(gomelMou, decision(8), "2014-04-16")
        .mou.clauses.map((clause) => clause.topic)
        .slice(5),
    ).toEqual(["state_programme", "international_convention", "confidentiality"]);
    const diff = diffMou(gomelMou, applyDecisionEffects(gomelMou, decision(9), "2014-04-16").mou);
    expect([diff.addedClauses.length, diff.addedPartyIds.length, diff.isEmpty]).toEqual([0, 5, false]);
    expect(diffMou(gomelMou, gomelMou).isEmpty).toBe(true);
  });

  it("isMouPartyOn and mouPartiesOn", () => {
    expect(isMouPartyOn(gomelMou, "org-by-ho-red-cross", "2014-04-16")).toBe(true);
    expect(isMouPartyOn(gomelMou, "org-by-ho-bywca", "2014-04-16")).toBe(false);
    expect(mouPartiesOn(gomelMou, "2014-04-16")).toEqual([
      "org-by-ho-interior",
      "org-by-ho-labour",
      "org-by-ho-bar",
      "org-by-ho-ideology",
      "org-by-ho-red-cross",
    ]);
    expect(mouPartiesOn(gomelMou, "2012-12-31")).toEqual([]);
  });

  it("decision status functions", () => {
    expect(decisionStatusOn(decision(0), "2014-04-15")).toBeUndefined();
    expect(decisionStatusOn(decision(0), "2015-01-01")).toBe("adopted");
    const started = updateDecisionStatus(decision(4), { status: "in_progress", date: "2014-06-01" });
    expect(started.statusHistory.map((change) => change.status)).toEqual(["adopted", "in_progress"]);
    expect(
      throwsCode(() => updateDecisionStatus(started, { status: "done", date: "2014-05-01" }), "invalid_operation"),
    ).toBe(true);
    expect(isDecisionOpen(decision(0))).toBe(true);
    expect(isDecisionOpen(decision(0), "2014-01-01")).toBe(false);
    const due = { ...decision(0), dueDate: "2014-12-31" };
    expect(isDecisionOverdue(due, "2014-12-31")).toBe(false);
    expect(isDecisionOverdue(due, "2015-01-01")).toBe(true);
  });

  it("openDecisions, attendanceMatrix, participationRates and commonDecisions", () => {
    expect(openDecisions(data, { asOf: "2014-05-01" }).length).toBe(10);
    expect(openDecisions(data, { asOf: "2014-06-01", organizationId: "org-by-ho-bar" }).map((d) => d.ordinal)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 9, 10,
    ]);
    const matrix = attendanceMatrix(data, { taskForceId: "task-force-vitebsk" });
    expect(matrix.cells[0]?.[matrix.organizationIds.indexOf("org-by-vi-youth-palace")]).toBe("guest");
    expect(participationRates(data, { taskForceId: "task-force-gomel" })[0]).toEqual({
      organizationId: "org-by-ho-interior",
      meetingsHeld: 1,
      meetingsAttended: 1,
      rate: 1,
    });
    expect(commonDecisions(data).map((group) => group.category)).toEqual([
      "information_sharing",
      "prevention",
      "media",
      "social_contracting",
      "mou_amendment",
      "mou_membership",
    ]);
  });

  it("meetingSeries and positionsOn", () => {
    expect(meetingSeries(data).map((meeting) => meeting.date)).toEqual(["2014-04-16", "2014-05-14"]);
    expect(meetingSeries(data, { taskForceId: "task-force-vitebsk" }).length).toBe(1);
    const koltun = data.people.find((person) => person.id === "person-koltun") as Person;
    expect(positionsOn(koltun, "2014-05-14").map((position) => position.title.en)).toEqual([
      "National Project Coordinator",
      "Deputy chairperson of the Department",
      "Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus",
    ]);
  });

  it("age bands", () => {
    expect(AGE_BANDS[0]).toBe("0-8");
    expect(AGE_BANDS.length).toBe(9);
    expect([ageBandOf(17), ageBandOf(18), ageBandOf(undefined)]).toEqual(["9-17", "18-20", "unknown"]);
    expect([isChildAgeBand("9-17"), isChildAgeBand("unknown")]).toEqual([true, false]);
  });

  it("generateSyntheticCases", () => {
    const cases = generateSyntheticCases({ count: 3, seed: 42 });
    expect(cases.length).toBe(3);
    expect(cases.map((record) => record.id)).toEqual(["SYN-000001", "SYN-000002", "SYN-000003"]);
    expect(JSON.stringify(generateSyntheticCases({ count: 3, seed: 42 })) === JSON.stringify(cases)).toBe(true);
  });

  it("countries", () => {
    expect([COUNTRIES_ALPHA3.length, COUNTRIES_ALPHA3.includes("BLR")]).toEqual([249, true]);
    expect([alpha2ToAlpha3("BY"), alpha2ToAlpha3("gb"), alpha2ToAlpha3("XX")]).toEqual(["BLR", "GBR", undefined]);
    expect([alpha3ToAlpha2("BLR"), alpha3ToAlpha2("ZZZ")]).toEqual(["BY", undefined]);
    expect([isCountryCode("BLR"), isCountryCode("ZZZ")]).toEqual([true, false]);
    expect([isCaseCountryCode("XKX"), isCaseCountryCode("ZZZ")]).toEqual([true, false]);
    expect([caseCountryToAlpha2("NAM"), caseCountryToAlpha2("XKX")]).toEqual(["NA", "XK"]);
    expect([caseCountryFromAlpha2("NA"), caseCountryFromAlpha2("XK"), caseCountryFromAlpha2("QQ")]).toEqual([
      "NAM",
      "XKX",
      undefined,
    ]);
    expect([nearestCountryCode("BY"), nearestCountryCode("BRL"), nearestCountryCode("ZZZ")]).toEqual([
      "BLR",
      "BLR",
      undefined,
    ]);
  });

  it("per-value status of multi-valued fields", () => {
    expect(Object.keys(MULTI_VALUED_CASE_FIELDS)).toEqual([
      "exploitation",
      "labourSectors",
      "sexualExploitationForms",
      "meansOfControl",
      "recruiterRelations",
      "assistance",
    ]);
    expect(MULTI_VALUED_CASE_FIELDS.meansOfControl.length).toBe(19);
    const record = { meansOfControl: ["debt_bondage"], notRecorded: { meansOfControl: ["threats"] } } as const;
    expect([
      caseValueStatus(record, "meansOfControl", "debt_bondage"),
      caseValueStatus(record, "meansOfControl", "threats"),
      caseValueStatus(record, "meansOfControl", "physical_violence"),
      caseValueStatus(record, "exploitation", "forced_labour"),
    ]).toEqual(["present", "not_recorded", "absent", "not_recorded"]);
    expect([isFieldRecorded({ meansOfControl: [] }, "meansOfControl"), isFieldRecorded({}, "meansOfControl")]).toEqual([
      true,
      false,
    ]);
    const [ctdc] = generateSyntheticCtdcCases({ count: 1, seed: 4 });
    expect([ctdc?.id, ctdc?.registrationDate.length, "regionId" in (ctdc ?? {})]).toEqual(["CTDC-000001", 4, false]);
  });

  it("locale negotiation and registry", () => {
    expect(negotiateLocale("ru-BY", ["en", "ru"])).toBe("ru");
    expect(negotiateLocale("sr-Latn-RS", ["sr-Latn", "sr"])).toBe("sr-Latn");
    expect(throwsCode(() => negotiateLocale("fr", ["en", "ru"]), "invalid_argument")).toBe(true);
    expect(registeredLocales()).toEqual([]);
    registerLocale({ code: "pl", name: "Polski" });
    expect(registeredLocales().includes("pl")).toBe(true);
    expect(unregisterLocale("pl")).toBe(true);
    const en = { code: "en" };
    const ru = { code: "ru" };
    expect(resolveLocale("ru-BY", [en, ru]).code).toBe("ru");
    expect(resolveLocale({ code: "ro" }, [en, ru]).code).toBe("ro");
    expect(primaryLanguage("ru-BY")).toBe("ru");
  });

  it("fillTranslation", () => {
    const en = { title: "Decisions", status: { done: "done", open: "open" } };
    const filled = fillTranslation(en, { title: "Decizii", status: { done: "efectuat" } }, { referenceLang: "en" });
    expect(filled.messages).toEqual({ title: "Decizii", status: { done: "efectuat", open: "[en] open" } });
    expect(filled.missing).toEqual(["status.open"]);
  });

  it("toPopolo", () => {
    const popolo = toPopolo(belarusTaskForces2014);
    expect(popolo.events.map((event) => [event.id, event.status])).toEqual([
      ["meeting-gomel-2014-04-16", "passed"],
      ["meeting-vitebsk-2014-05-14", "passed"],
    ]);
    expect(popolo.areas.find((area) => area.id === "BY-HO")?.other_names?.find((name) => name.lang === "ru")).toEqual({
      name: "Гомельская область",
      lang: "ru",
      note: "multilingual",
    });
  });

  it("ToPopoloOptions", () => {
    const options: ToPopoloOptions = { language: "ru", extensions: false };
    expect(toPopolo(belarusTaskForces2014, options).areas[0]?.name).toBe("Брестская область");
  });

  it("POPOLO_VOCABULARY", () => {
    expect(POPOLO_VOCABULARY.meetingStatus.held).toBe("passed");
    expect(POPOLO_VOCABULARY.taskForce).toBe("task force");
  });
});
