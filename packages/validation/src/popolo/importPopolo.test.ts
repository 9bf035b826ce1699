import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { toPopolo } from "@nrmkit/core/popolo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArb } from "../../test/arbitraries.js";
import { ru } from "../locales/index.js";
import { validateDataset } from "../validateDataset.js";
import { ValidationError } from "../validationError.js";
import { importPopolo, parsePopolo } from "./importPopolo.js";
import { popoloDocumentSchema } from "./popoloSchema.js";
import { popoloToDataset } from "./popoloToDataset.js";

/** What a file holds: the document through JSON, as another process would read it. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Gives every entity an id of its own in its collection (references are left as they are). */
function uniqueIds(dataset: NrmDataset): NrmDataset {
  const renumber = <T extends { readonly id: string }>(items: readonly T[]) =>
    items.map((item, index) => ({ ...item, id: `${item.id}-${index}` }));
  return {
    ...dataset,
    regions: dataset.regions,
    organizations: renumber(dataset.organizations),
    people: renumber(dataset.people),
    taskForces: renumber(dataset.taskForces),
    meetings: renumber(dataset.meetings),
    decisions: renumber(dataset.decisions),
  };
}

describe("importPopolo", () => {
  it("gives the bundled dataset back whole from its Popolo export", () => {
    const result = importPopolo(throughJson(toPopolo(belarusTaskForces2014)));
    expect(result.success && result.data).toEqual(belarusTaskForces2014);
  });

  it("gives any dataset with one id per entity back whole from its Popolo export, before the model's checks", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = uniqueIds(generated);
        const shaped = popoloDocumentSchema.parse(throughJson(toPopolo(dataset)));
        expect(popoloToDataset(shaped, "en").dataset).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts the export of a dataset exactly when validateDataset accepts the dataset, with the same issue codes", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = uniqueIds(generated);
        const expected = validateDataset(dataset);
        const result = importPopolo(throughJson(toPopolo(dataset)), { maxIssues: 10_000 });
        expect(result.success).toBe(expected.success);
        if (result.success && expected.success) expect(result.data).toEqual(expected.data);
        if (!result.success && !expected.success) {
          expect(result.issues.map((issue) => issue.code)).toEqual(expected.issues.map((issue) => issue.code));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("accepts a valid dataset generated with valid references, and gives it back whole", () => {
    const textArb = fc.dictionary(fc.constantFrom("en", "ru", "be", "be-Latn", "ro"), fc.string(), { maxKeys: 3 });
    const validArb = fc
      .record({ name: textArb, summary: fc.option(textArb, { nil: undefined }), languages: fc.subarray(["en", "ru"]) })
      .map(({ name, summary, languages }): NrmDataset => {
        const [meeting, ...meetings] = belarusTaskForces2014.meetings;
        if (meeting === undefined) throw new Error("the bundled dataset has meetings");
        const { summary: _, ...rest } = meeting;
        const changed = {
          ...rest,
          ...(summary === undefined ? {} : { summary }),
          ...(meeting.publication === undefined ? {} : { publication: { ...meeting.publication, languages } }),
        };
        return {
          ...belarusTaskForces2014,
          regions: belarusTaskForces2014.regions.map((region, index) => (index === 0 ? { ...region, name } : region)),
          people: belarusTaskForces2014.people.map((person, index) => (index === 0 ? { ...person, name } : person)),
          meetings: [changed, ...meetings],
        };
      });
    fc.assert(
      fc.property(validArb, (dataset) => {
        expect(validateDataset(dataset).success).toBe(true);
        const result = importPopolo(throughJson(toPopolo(dataset)));
        expect(result.success && result.data).toEqual(dataset);
      }),
      { numRuns: 50 },
    );
  });

  it("points the model's issues at the Popolo record and property they came from", () => {
    const doc = throughJson(toPopolo(belarusTaskForces2014)) as {
      events: { start_date: string; nrmkit: { chairIds: string[] } }[];
      memberships: { start_date?: string }[];
    };
    const [first, second] = doc.events;
    const [membership] = doc.memberships;
    if (first === undefined || second === undefined || membership === undefined) throw new Error("no events");
    second.start_date = "2014-02-30";
    first.nrmkit.chairIds[0] = "org-iom";
    membership.start_date = "soon";
    const result = importPopolo(doc);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_date", ["memberships", 0, "start_date"]],
      ["not_a_person", ["events", 0, "nrmkit", "chairIds", 0]],
      ["invalid_date", ["events", 1, "start_date"]],
    ]);
    expect(result.success ? "" : result.issues[2]?.message).toMatch(/^events\[1\]\.start_date: /);
  });

  it("reads a document from another tool as far as it maps to the model", () => {
    const document = {
      areas: [{ id: "BY-HO", identifier: "BY-HO", name: "Gomel", classification: "oblast" }],
      organizations: [
        { id: "tf", name: "Task force", classification: "task force", area_id: "BY-HO", founding_date: "2010-01-01" },
        {
          id: "police",
          name: "Police",
          classification: "interior",
          other_names: [
            { name: "Police", lang: "en", note: "multilingual" },
            { name: "Милиция", lang: "ru", note: "multilingual" },
            { name: "Old police", note: "former name" },
          ],
        },
        { id: "party", name: "Some party", classification: "party", sources: [{ url: "https://example.org" }] },
      ],
      persons: [{ id: "p1", name: "Anna", email: "anna@example.org", gender: "female" }],
      memberships: [
        { person_id: "p1", organization_id: "police", role: "Head", start_date: "2013-05-01T00:00:00Z" },
        { member: { "@type": "Organization", id: "police" }, organization_id: "tf", role: "coordinator" },
        { member: { "@type": "Organization", id: "party" }, organization_id: "police", role: "ally" },
      ],
      events: [
        {
          id: "m1",
          organization_id: "tf",
          start_date: "2014-04-16T10:00:00+03:00",
          status: "passed",
          location: "Gomel",
        },
      ],
      motions: [
        { id: "d2", legislative_session_id: "m1", text: "Share statistics", classification: "information_sharing" },
        { id: "d1", legislative_session_id: "m1", text: "Meet again", result: "pass", vote_events: ["v1"] },
      ],
      vote_events: [{ id: "v1" }],
      meta: { source: "another tool" },
    };
    const result = importPopolo(document, { language: "en" });
    expect(result.success ? "" : result.issues).toBe("");
    if (!result.success) return;
    const { data } = result;
    expect(data.regions).toEqual([{ id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel" } }]);
    expect(data.organizations.map((org) => [org.id, org.kind, org.name])).toEqual([
      ["police", "interior", { en: "Police", ru: "Милиция" }],
      ["party", "other", { en: "Some party" }],
    ]);
    expect(data.taskForces).toEqual([
      {
        id: "tf",
        name: { en: "Task force" },
        regionId: "BY-HO",
        mandate: [],
        establishedDate: "2010-01-01",
        coordinatorIds: ["police"],
        secretariatIds: [],
      },
    ]);
    expect(data.people).toEqual([
      {
        id: "p1",
        name: { en: "Anna" },
        positions: [{ organizationId: "police", title: { en: "Head" }, startDate: "2013-05-01" }],
      },
    ]);
    expect(data.meetings[0]).toMatchObject({ date: "2014-04-16", status: "held", venue: { name: { en: "Gomel" } } });
    expect(data.decisions.map((decision) => [decision.id, decision.ordinal, decision.category])).toEqual([
      ["d2", 1, "information_sharing"],
      ["d1", 2, "other"],
    ]);
  });

  it("names what the model requires and another tool's document lacks", () => {
    const result = importPopolo({
      areas: [{ id: "north", name: "North" }],
      organizations: [{ id: "tf", classification: "task force" }],
      events: [{ id: "m1", organization_id: "tf", start_date: "2014-04-16", status: "scheduled" }],
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_region_code", ["areas", 0, "id"]],
      ["invalid_type", ["areas", 0, "nrmkit", "country"]],
      ["invalid_type", ["areas", 0, "classification"]],
      ["invalid_type", ["organizations", 0, "area_id"]],
      ["invalid_value", ["events", 0, "status"]],
    ]);
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "{}"],
    ["an array", []],
    ["a collection that is no array", { persons: {} }],
    ["a record of the wrong type", { persons: ["Anna"] }],
    ["an id of the wrong type", { organizations: [{ id: 7 }] }],
    ["an other_name without name", { persons: [{ id: "p", other_names: [{ lang: "en" }] }] }],
    ["an unknown extension key", { events: [{ id: "m", nrmkit: { chairs: [] } }] }],
    ["an extension of the wrong version", { nrmkit: { version: 2, mous: [], mouAmendments: [] } }],
    ["an extension value of the wrong type", { persons: [{ id: "p", nrmkit: { name: 5 } }] }],
    [
      "a __proto__ language",
      { persons: [{ id: "p", other_names: [{ name: "x", lang: "__proto__", note: "multilingual" }] }] },
    ],
    ["a class instance", { persons: [new Date(0)] }],
    ["a getter", { persons: [Object.defineProperty({}, "id", { get: () => "p", enumerable: true })] }],
  ])("reports %s as issues, never throwing", (_, input) => {
    const result = importPopolo(input);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.issues.length).toBeGreaterThan(0);
  });

  it("reports nesting deeper than 64 levels, in any property, as one too_deep issue at its path", () => {
    let deep: unknown = "leaf";
    for (let depth = 0; depth < 100_000; depth++) deep = { deep };
    for (const [input, path] of [
      [{ persons: [{ id: "p", nrmkit: { name: deep } }] }, ["persons", 0, "nrmkit", "name"]],
      [{ events: [{ id: "m", nrmkit: { publication: deep } }] }, ["events", 0, "nrmkit", "publication"]],
      [{ meta: deep, persons: [{ id: 1 }] }, ["meta"]],
    ] as const) {
      const result = importPopolo(input);
      const issues = result.success ? [] : result.issues;
      expect(issues.map((issue) => issue.code)).toEqual(["too_deep"]);
      expect(issues[0]?.path.slice(0, path.length)).toEqual(path);
      expect(issues[0]?.path).toHaveLength(65);
    }
    expect(importPopolo({ persons: [{ id: "p", nrmkit: { name: { en: { a: { b: {} } } } } }] }).success).toBe(false);
  });

  it("lists maxIssues issues of a huge array, then one too_many_issues with the total", () => {
    const result = importPopolo({ persons: Array.from({ length: 200_000 }, () => 1) });
    const issues = result.success ? [] : result.issues;
    expect(issues).toHaveLength(101);
    expect(issues[100]).toMatchObject({ code: "too_many_issues", path: [], received: "200000" });
    const few = importPopolo({ persons: [1, 2, 3] }, { maxIssues: 2 });
    expect(few.success ? [] : few.issues.map((issue) => issue.code)).toEqual([
      "invalid_type",
      "invalid_type",
      "too_many_issues",
    ]);
  });

  it("writes messages in the language asked for", () => {
    const result = importPopolo({ persons: [{}] }, { locale: ru });
    expect(result.success ? "" : result.issues[0]?.message).toMatch(/^persons\[0\]\.id: /);
    expect(result.success ? "" : result.issues[0]?.message).not.toMatch(/expected/);
  });
});

describe("parsePopolo", () => {
  it("returns the dataset of a valid document and throws ValidationError with the issues of an invalid one", () => {
    expect(parsePopolo(toPopolo(belarusTaskForces2014)).meetings).toHaveLength(2);
    expect(() => parsePopolo({ persons: [{}] })).toThrow(ValidationError);
    try {
      parsePopolo(null);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).code).toBe("validation_failed");
      expect((error as ValidationError).issues[0]?.path).toEqual([]);
    }
  });
});
