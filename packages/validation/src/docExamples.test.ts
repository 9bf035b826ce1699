// Keeps the `@example` blocks of the schema, parsing and integrity API true: each test replays one as written.

import { fileURLToPath } from "node:url";
import type { Region, Translation } from "@nrmkit/core";
import * as core from "@nrmkit/core";
import * as belarus2014Entry from "@nrmkit/core/belarus2014";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import * as corePopolo from "@nrmkit/core/popolo";
import { toPopolo } from "@nrmkit/core/popolo";
import * as synthetic from "@nrmkit/core/synthetic";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { wrongExampleImports } from "../../../test/exampleImports.js";
import { createParsers, type ParseOptions, type Parsers } from "./createParsers.js";
import * as ctdc from "./ctdc/index.js";
import { datasetSchema, parseDataset, safeParseDataset } from "./datasetSchema.js";
import {
  decisionEffectsSchema,
  decisionLinkSchema,
  decisionSchema,
  decisionStatusChangeSchema,
  decisionStatusSchema,
  parseDecision,
  safeParseDecision,
} from "./decisionSchema.js";
import * as htcds from "./htcds/index.js";
import { idSchema } from "./idSchema.js";
import * as validation from "./index.js";
import { type CheckIntegrityOptions, checkIntegrity, type IntegrityOptions } from "./integrity.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { type IssueSeverity, issueSeverity } from "./issueSeverity.js";
import * as validationLocales from "./locales/index.js";
import { be, en, ro, ru, uk } from "./locales/index.js";
import { languageTagSchema, localizedTextSchema } from "./localizedTextSchema.js";
import { localizeIssue } from "./localizeIssue.js";
import {
  attendanceSchema,
  meetingSchema,
  organiserSchema,
  parseMeeting,
  publicationSchema,
  safeParseMeeting,
  topicSchema,
  venueSchema,
} from "./meetingSchema.js";
import { missingValidationTranslations } from "./missingValidationTranslations.js";
import {
  mouAmendmentSchema,
  mouOperationSchema,
  parseMouAmendment,
  safeParseMouAmendment,
} from "./mouAmendmentSchema.js";
import { clauseTopicSchema, mouClauseSchema, mouPartySchema, mouSchema, parseMou, safeParseMou } from "./mouSchema.js";
import {
  organizationKindSchema,
  organizationSchema,
  parseOrganization,
  safeParseOrganization,
} from "./organizationSchema.js";
import type { SafeParseResult } from "./parseResult.js";
import { parsePerson, personSchema, positionSchema, safeParsePerson } from "./personSchema.js";
import * as validationPopolo from "./popolo/index.js";
import { importPopolo, type PopoloImportOptions, parsePopolo } from "./popolo/index.js";
import { countryCodeSchema, parseRegion, regionCodeSchema, regionSchema, safeParseRegion } from "./regionSchema.js";
import {
  mandateItemSchema,
  mandateKindSchema,
  parseTaskForce,
  safeParseTaskForce,
  taskForceSchema,
} from "./taskForceSchema.js";
import { type DatasetValidationResult, validateDataset } from "./validateDataset.js";
import { summarizeIssues, type ValidationIssue } from "./validationError.js";
import type { IssueLocale, ValidationLocale, ValidationMessages } from "./validationMessages.js";
import { formatIssuePath, fromZodIssues } from "./zodIssues.js";

const firstIssue = <T>(result: SafeParseResult<T>) => (result.success ? undefined : result.issues[0]);
const tf = { id: "task-force-gomel", name: {}, regionId: "BY-HO", mandate: [], coordinatorIds: [], secretariatIds: [] };
const meeting = {
  id: "meeting-1",
  taskForceId: "task-force-gomel",
  date: "2014-04-16",
  status: "held",
  organisers: [],
  chairIds: [],
  panelIds: [],
  attendance: [],
  topics: [],
  statisticsShared: true,
};
const decision = {
  id: "decision-1",
  meetingId: "meeting-1",
  ordinal: 1,
  category: "prevention",
  text: {},
  responsibleIds: [],
  statusHistory: [],
  links: [],
};

describe("documented examples", () => {
  it("opens each example with imports from the entry points that export the names", () => {
    const entryPoints = {
      "@nrmkit/core": core,
      "@nrmkit/core/belarus2014": belarus2014Entry,
      "@nrmkit/core/popolo": corePopolo,
      "@nrmkit/core/synthetic": synthetic,
      "@nrmkit/validation": validation,
      "@nrmkit/validation/ctdc": ctdc,
      "@nrmkit/validation/htcds": htcds,
      "@nrmkit/validation/locales": validationLocales,
      "@nrmkit/validation/popolo": validationPopolo,
    };
    expect(wrongExampleImports(fileURLToPath(new URL(".", import.meta.url)), entryPoints)).toEqual([]);
  });

  it("SafeParseResult", () => {
    const result: SafeParseResult<Region> = safeParseRegion({ id: "BY-HO", country: "BY", kind: "oblast", name: {} });
    expect(result.success ? result.data.id : result.issues.map((issue) => issue.code)).toBe("BY-HO");
  });

  it("fromZodIssues, localizeIssue and formatIssuePath", () => {
    const result = z.object({ date: z.string() }).safeParse({ date: 2014 }, { reportInput: true });
    expect(fromZodIssues(result.error?.issues ?? [], { pathPrefix: ["meetings", 0] })).toEqual([
      {
        code: "invalid_type",
        path: ["meetings", 0, "date"],
        expected: "string",
        received: "2014",
        message: "meetings[0].date: expected string, received 2014",
      },
    ]);
    const issue = {
      code: "invalid_type",
      path: ["meetings", 0, "date"],
      expected: "string",
      received: "2014",
      message: "…",
    };
    expect(localizeIssue(issue, ru).message).toBe("meetings[0].date: ожидалось: строка; получено: 2014");
    expect(formatIssuePath(["meetings", 0, "name", "be-Latn"])).toBe('meetings[0].name["be-Latn"]');
    expect(formatIssuePath([])).toBe("(root)");
  });

  it("ParseOptions, Parsers and IntegrityOptions", () => {
    const options: ParseOptions = { locale: ru, pathPrefix: ["meetings", 3] };
    expect(safeParseMeeting({}, options).success).toBe(false);
    const parsers: Parsers<string> = createParsers(idSchema);
    expect(parsers.parse("org-iom")).toBe("org-iom");
    const integrityOptions: IntegrityOptions = { locale: ru };
    expect(checkIntegrity(belarusTaskForces2014, integrityOptions)).toEqual([]);
  });

  it("createParsers", () => {
    const { parse, safeParse } = createParsers(z.strictObject({ code: z.string() }));
    expect(parse({ code: "BY" })).toEqual({ code: "BY" });
    expect(safeParse({ code: 1 })).toEqual({
      success: false,
      issues: [
        {
          code: "invalid_type",
          path: ["code"],
          expected: "string",
          received: "1",
          message: "code: expected string, received 1",
        },
      ],
    });
  });

  it("shared schemas", () => {
    expect(idSchema.safeParse("org-by-ho-red-cross").success).toBe(true);
    expect(idSchema.safeParse("red cross").success).toBe(false);
    expect(isoDateSchema.safeParse("2014-04-16").success).toBe(true);
    expect(isoDateSchema.safeParse("2014-02-30").success).toBe(false);
    expect(languageTagSchema.safeParse("be-Latn").success).toBe(true);
    expect(languageTagSchema.safeParse("Russian").success).toBe(false);
    const text = { en: "Gomel", ru: "Гомель", "be-Latn": "Homieĺ" };
    expect(localizedTextSchema.parse(text)).toEqual(text);
    expect(localizedTextSchema.safeParse({ English: "Gomel" }).success).toBe(false);
    expect(countryCodeSchema.safeParse("BY").success).toBe(true);
    expect(countryCodeSchema.safeParse("BLR").success).toBe(false);
    expect(regionCodeSchema.safeParse("BY-HO").success).toBe(true);
    expect(regionCodeSchema.safeParse("Gomel").success).toBe(false);
  });

  it("regions, organisations and people", () => {
    const region = { id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel Oblast" } };
    expect(regionSchema.safeParse(region).success).toBe(true);
    expect(parseRegion(region).id).toBe("BY-HO");
    expect(firstIssue(safeParseRegion({ id: "Gomel", country: "BY", kind: "oblast", name: {} }))).toMatchObject({
      code: "invalid_region_code",
      path: ["id"],
    });
    expect(organizationKindSchema.options.includes("ngo")).toBe(true);
    const iom = { id: "org-iom", kind: "international_organization", name: { en: "IOM" } };
    expect(organizationSchema.safeParse(iom).success).toBe(true);
    expect(parseOrganization(iom).kind).toBe("international_organization");
    expect(firstIssue(safeParseOrganization({ id: "org-iom", kind: "agency", name: {} }))).toMatchObject({
      code: "invalid_value",
      path: ["kind"],
    });
    const post = { organizationId: "org-iom-belarus", title: { en: "National Project Coordinator" } };
    expect(positionSchema.safeParse(post).success).toBe(true);
    expect(personSchema.safeParse({ id: "person-1", name: { en: "A. Official" }, positions: [] }).success).toBe(true);
    expect(parsePerson({ id: "person-1", positions: [] }).positions).toEqual([]);
    const badPost = { organizationId: "org-iom", title: {}, startDate: "2014-02-30" };
    expect(firstIssue(safeParsePerson({ id: "person-1", positions: [badPost] }))).toMatchObject({
      code: "invalid_date",
      path: ["positions", 0, "startDate"],
    });
  });

  it("task forces and MoUs", () => {
    expect(mandateKindSchema.safeParse("refer").success).toBe(true);
    expect(mandateItemSchema.safeParse({ kind: "identify", text: { en: "identify victims" } }).success).toBe(true);
    expect(taskForceSchema.safeParse({ ...tf, name: { en: "Gomel task force" } }).success).toBe(true);
    expect(parseTaskForce(tf).regionId).toBe("BY-HO");
    const { secretariatIds: _dropped, ...withoutSecretariat } = tf;
    expect(firstIssue(safeParseTaskForce({ ...withoutSecretariat, id: "tf" }))).toMatchObject({
      code: "invalid_type",
      path: ["secretariatIds"],
    });
    expect(clauseTopicSchema.safeParse("confidentiality").success).toBe(true);
    expect(mouClauseSchema.safeParse({ number: "4.2", topic: "confidentiality", text: { en: "…" } }).success).toBe(
      true,
    );
    expect(mouPartySchema.safeParse({ organizationId: "org-by-ho-red-cross", signedDate: "2013-05-01" }).success).toBe(
      true,
    );
    const mou = { id: "mou-gomel", title: {}, effectiveDate: "2013-05-01", parties: [], clauses: [] };
    expect(mouSchema.safeParse(mou).success).toBe(true);
    expect(parseMou(mou).effectiveDate).toBe("2013-05-01");
    expect(firstIssue(safeParseMou({ ...mou, effectiveDate: "2013-13-01" }))).toMatchObject({
      code: "invalid_date",
      path: ["effectiveDate"],
    });
    expect(mouOperationSchema.safeParse({ op: "add_party", organizationId: "org-by-vi-court" }).success).toBe(true);
    expect(mouOperationSchema.safeParse({ op: "rename" }).success).toBe(false);
    const amendment = { id: "amendment-1", mouId: "mou-vitebsk", date: "2014-06-01", operations: [] };
    const adding = { ...amendment, operations: [{ op: "add_party", organizationId: "org-by-vi-court" }] };
    expect(mouAmendmentSchema.safeParse(adding).success).toBe(true);
    expect(parseMouAmendment(amendment).mouId).toBe("mou-vitebsk");
    expect(
      firstIssue(safeParseMouAmendment({ ...amendment, id: "a-1", operations: [{ op: "rename" }] })),
    ).toMatchObject({
      code: "invalid_union",
      path: ["operations", 0, "op"],
    });
  });

  it("meetings and decisions", () => {
    expect(organiserSchema.safeParse({ organizationId: "org-by-ho-red-cross", support: ["technical"] }).success).toBe(
      true,
    );
    expect(venueSchema.safeParse({ hostId: "org-by-ho-executive-committee", locality: { en: "Gomel" } }).success).toBe(
      true,
    );
    expect(attendanceSchema.safeParse({ organizationId: "org-by-ho-bar", capacity: "mou_party" }).success).toBe(true);
    const topic = { kind: "labour_exploitation", text: { en: "labour exploitation in Russia" } };
    expect(topicSchema.safeParse(topic).success).toBe(true);
    const publication = { title: {}, url: "javascript:alert(1)", categories: [], tags: [], languages: [] };
    expect(publicationSchema.safeParse(publication).success).toBe(false);
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    expect(parseMeeting(meeting).date).toBe("2014-04-16");
    expect(safeParseMeeting({ id: "meeting-1", date: "16.04.2014" }).success).toBe(false);
    expect(decisionStatusSchema.options).toEqual(["adopted", "in_progress", "done", "dropped"]);
    expect(decisionStatusChangeSchema.safeParse({ status: "adopted", date: "2014-04-16" }).success).toBe(true);
    expect(decisionLinkSchema.safeParse({ decisionId: "decision-gomel-1", relation: "repeats" }).success).toBe(true);
    const effects = { mouId: "mou-vitebsk", operations: [{ op: "add_party", organizationId: "org-by-vi-court" }] };
    expect(decisionEffectsSchema.safeParse(effects).success).toBe(true);
    const adopted = { ...decision, statusHistory: [{ status: "adopted", date: "2014-04-16" }] };
    expect(decisionSchema.safeParse(adopted).success).toBe(true);
    expect(parseDecision(decision).ordinal).toBe(1);
    expect(firstIssue(safeParseDecision({ ...decision, ordinal: 0 }))).toMatchObject({
      code: "too_small",
      path: ["ordinal"],
      expected: ">= 1",
    });
  });

  it("datasets and integrity", () => {
    expect(datasetSchema.safeParse(belarusTaskForces2014).success).toBe(true);
    expect(parseDataset(JSON.parse(JSON.stringify(belarusTaskForces2014))).taskForces.length).toBe(2);
    expect(safeParseDataset({ regions: [] }).success).toBe(false);
    expect(checkIntegrity(belarusTaskForces2014)).toEqual([]);
    const meetings = belarusTaskForces2014.meetings.map((entry) => ({ ...entry, taskForceId: "tf-x" }));
    const [issue] = checkIntegrity({ ...belarusTaskForces2014, meetings }, { locale: ru });
    expect([issue?.code, issue?.path]).toEqual(["unknown_reference", ["meetings", 0, "taskForceId"]]);
    expect(issue?.message).toBe('meetings[0].taskForceId: ожидалось: id существующей рабочей группы; получено: "tf-x"');
    expect(validateDataset(JSON.parse(JSON.stringify(belarusTaskForces2014))).success).toBe(true);
    const input = JSON.parse(JSON.stringify(belarusTaskForces2014));
    input.meetings[0].date = "2014-02-30";
    input.meetings[1].chairIds[0] = "org-iom";
    const result = validateDataset(input);
    expect(result.success ? [] : result.issues.map((found) => [found.code, found.path])).toEqual([
      ["invalid_date", ["meetings", 0, "date"]],
      ["not_a_person", ["meetings", 1, "chairIds", 0]],
    ]);
  });

  it("warnings: severities, checkIntegrity and validateDataset", () => {
    const severity: IssueSeverity = "warning";
    expect(severity).toBe("warning");
    expect(issueSeverity({ code: "invalid_type", path: [], message: "(root): expected object" })).toBe("error");
    expect(
      issueSeverity({ code: "venue_outside_task_force_region", path: [], message: "…", severity: "warning" }),
    ).toBe("warning");
    const issue: ValidationIssue = {
      code: "venue_outside_task_force_region",
      path: ["meetings", 0, "venue", "hostId"],
      message: 'meetings[0].venue.hostId: expected …, received "org-minsk"',
      severity: "warning",
    };
    expect(issueSeverity(issue)).toBe("warning");
    expect(
      summarizeIssues([
        { code: "venue_outside_task_force_region", path: ["venue"], message: "venue: …", severity: "warning" },
      ]),
    ).toBe("1 validation issue:\n  - (warning) venue: …");

    const options: CheckIntegrityOptions = { warnings: true };
    expect(checkIntegrity(belarusTaskForces2014, options)).toEqual([]);
    const venue = { hostId: "org-by-vi-executive-committee" }; // Vitebsk's, for a Gomel meeting
    const hosted = belarusTaskForces2014.meetings.map((meeting) => ({ ...meeting, venue }));
    expect(checkIntegrity({ ...belarusTaskForces2014, meetings: hosted })).toEqual([]);
    expect(
      checkIntegrity({ ...belarusTaskForces2014, meetings: hosted }, { warnings: true }).map((found) => [
        found.code,
        found.path,
      ]),
    ).toEqual([["venue_outside_task_force_region", ["meetings", 0, "venue", "hostId"]]]);

    const clean: DatasetValidationResult = validateDataset(JSON.parse(JSON.stringify(belarusTaskForces2014)));
    expect(clean.success ? clean.warnings : clean.issues).toEqual([]);
    const input = JSON.parse(JSON.stringify(belarusTaskForces2014));
    input.meetings[0].venue = { hostId: "org-by-vi-executive-committee" };
    const result = validateDataset(input);
    expect(result.success && result.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ["venue_outside_task_force_region", ["meetings", 0, "venue", "hostId"]],
    ]);
  });

  it("locales and message catalogues", () => {
    const partial: Translation<ValidationMessages> = {
      frame: { root: "(rădăcină)" },
      phrases: { knownKey: "o cheie cunoscută" },
    };
    expect(
      missingValidationTranslations({ code: "ro", validation: partial }).includes("validation.phrases.isoDate"),
    ).toBe(true);
    const started: ValidationLocale = { code: "ro", name: "Română", validation: { frame: { root: "(rădăcină)" } } };
    expect(formatIssuePath([], started)).toBe("(rădăcină)");
    const locale: IssueLocale = ru;
    expect(formatIssuePath([], locale)).toBe("(корень)");
    expect(missingValidationTranslations(ru)).toEqual([]);
    expect(
      missingValidationTranslations({ code: "ro", validation: { frame: { root: "(rădăcină)" } } }).slice(0, 2),
    ).toEqual(["validation.frame.expected", "validation.frame.expectedReceived"]);
    const stringIssue = { code: "invalid_type", path: [], expected: "string", message: "" };
    expect(localizeIssue(stringIssue, en).message).toBe("(root): expected string");
    expect(localizeIssue(stringIssue, ru).message).toBe("(корень): ожидалось: строка");
    expect(localizeIssue(stringIssue, be).message).toBe("(корань): чакалася: радок");
    expect(localizeIssue(stringIssue, uk).message).toBe("(корінь): очікувалося: рядок");
    expect(
      localizeIssue({ code: "too_small", path: ["name"], expected: "at least 20 characters", message: "" }, ro).message,
    ).toBe("name: se aștepta: cel puțin 20 de caractere");
  });

  it("importPopolo", () => {
    expect(importPopolo(JSON.parse(JSON.stringify(toPopolo(belarusTaskForces2014)))).success).toBe(true);
    expect(importPopolo({ events: [{ id: "m-1", organization_id: "tf-1", start_date: "2014-04-16" }] })).toMatchObject({
      success: false,
      issues: [{ code: "invalid_value", path: ["events", 0, "status"], received: "missing" }],
    });
  });

  it("parsePopolo", () => {
    expect(parsePopolo(toPopolo(belarusTaskForces2014)).meetings.length).toBe(2);
  });

  it("PopoloImportOptions", () => {
    const options: PopoloImportOptions = { locale: ru, language: "ru", maxIssues: 20 };
    expect(importPopolo({ persons: [{}] }, options).success).toBe(false);
  });
});
