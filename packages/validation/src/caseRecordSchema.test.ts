import { defineCaseFields, isIsoDate } from "@nrmkit/core";
import { generateSyntheticCases } from "@nrmkit/core/synthetic";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseRecordArb } from "../test/caseRecords.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { caseRecordSchema, caseRecordSchemaWith, parseCaseRecord, safeParseCaseRecord } from "./caseRecordSchema.js";
import { isCaseRecord } from "./caseRecordValidator.js";
import { isPseudonymousCaseId, PERSONAL_LOOKING } from "./internal/caseRecordRules.js";
import { ru } from "./locales/index.js";

const [base] = generateSyntheticCases({ count: 1, seed: 7 });

describeParsers({
  parseName: "parseCaseRecord",
  safeParseName: "safeParseCaseRecord",
  parse: parseCaseRecord,
  safeParse: safeParseCaseRecord,
  arbitrary: caseRecordArb,
  valid: [
    ["a synthetic record", base],
    [
      "unknown values and empty lists",
      {
        ...base,
        gender: "unknown",
        ageBand: "unknown",
        citizenship: "unknown",
        exploitationCountry: "unknown",
        exploitation: [],
        meansOfControl: [],
        assistance: [],
        recruiterRelations: [],
        referringAgencyKind: "unknown",
      },
    ],
    [
      "only the fields every record has",
      {
        id: "CTDC-000001",
        registrationDate: "2019",
        gender: "female",
        ageBand: "unknown",
        citizenship: "UKR",
        exploitationCountry: "POL",
        referringAgencyKind: "unknown",
      },
    ],
    ["a month of registration", { ...base, registrationDate: "2019-05" }],
    [
      "the new vocabularies",
      {
        ...base,
        exploitation: ["forced_military", "slavery_practices", "surrogacy"],
        labourSectors: ["aquafarming"],
        sexualExploitationForms: ["remote_interactive_services"],
        meansOfControl: ["uses_children", "not_specified"],
        recruiterRelations: ["friend", "family"],
        abduction: true,
        majorityStatusAtEntry: "minor",
        traffickingStatus: "not_victim",
        traffickingStatusDecidedBy: "court_or_prosecution",
        dataSource: "hotline",
        registrationCountry: "MDA",
      },
    ],
    ["an id with slashes and colons", { ...base, id: "BY-HO/2014:17" }],
    ["a leap day", { ...base, registrationDate: "2016-02-29" }],
    ["a self-referral", { ...base, referringAgencyKind: "self" }],
  ],
  invalid: [
    ["the id is a name", changed(base, ["id"], "Ivan Petrov"), "invalid_case_id", ["id"]],
    ["the id joins two capitalised words", changed(base, ["id"], "Ivan_Petrov"), "invalid_case_id", ["id"]],
    ["the id holds a passport number", changed(base, ["id"], "case-MP1234567"), "invalid_case_id", ["id"]],
    ["the id holds a personal number", changed(base, ["id"], "3010185A001PB1"), "invalid_case_id", ["id"]],
    ["the id holds a phone number", changed(base, ["id"], "375291234567"), "invalid_case_id", ["id"]],
    ["the id is an e-mail", changed(base, ["id"], "anna@mail.ru"), "invalid_case_id", ["id"]],
    ["the id is empty", changed(base, ["id"], ""), "invalid_case_id", ["id"]],
    ["the id is missing", changed(base, ["id"], undefined), "invalid_type", ["id"]],
    ["the id is too long", changed(base, ["id"], "x".repeat(65)), "invalid_case_id", ["id"]],
    [
      "the date does not exist",
      changed(base, ["registrationDate"], "2014-02-29"),
      "invalid_date",
      ["registrationDate"],
    ],
    [
      "the date is written d.m.y",
      changed(base, ["registrationDate"], "16.04.2014"),
      "invalid_date",
      ["registrationDate"],
    ],
    ["the region is not ISO 3166-2", changed(base, ["regionId"], "Gomel"), "invalid_region_code", ["regionId"]],
    ["the gender is abbreviated", changed(base, ["gender"], "f"), "invalid_value", ["gender"]],
    ["the age band is not CTDC's", changed(base, ["ageBand"], "18-25"), "invalid_value", ["ageBand"]],
    ["citizenship is alpha-2", changed(base, ["citizenship"], "BY"), "invalid_country", ["citizenship"]],
    [
      "the country is lower case",
      changed(base, ["exploitationCountry"], "rus"),
      "invalid_country",
      ["exploitationCountry"],
    ],
    [
      "a form of exploitation repeats",
      changed(base, ["exploitation"], ["begging", "begging"]),
      "duplicate_value",
      ["exploitation", 1],
    ],
    [
      "a means of control is unknown",
      changed(base, ["meansOfControl"], ["magic"]),
      "invalid_value",
      ["meansOfControl", 0],
    ],
    ["assistance is a string", changed(base, ["assistance"], "medical"), "invalid_type", ["assistance"]],
    [
      "the referrer is not a kind",
      changed(base, ["referringAgencyKind"], "police"),
      "invalid_value",
      ["referringAgencyKind"],
    ],
    ["the gender is missing", changed(base, ["gender"], undefined), "invalid_value", ["gender"]],
    ["the month is 13", changed(base, ["registrationDate"], "2019-13"), "invalid_date", ["registrationDate"]],
    [
      "the country of registration is unknown",
      changed(base, ["registrationCountry"], "unknown"),
      "invalid_country",
      ["registrationCountry"],
    ],
    [
      "a recruiter relation is unknown",
      changed(base, ["recruiterRelations"], ["unknown"]),
      "invalid_value",
      ["recruiterRelations", 0],
    ],
    ["abduction is a string", changed(base, ["abduction"], "yes"), "invalid_type", ["abduction"]],
    [
      "the old recruiterRelation is given",
      changed(base, ["recruiterRelation"], "friend"),
      "unrecognized_keys",
      ["recruiterRelation"],
    ],
    [
      "extra holds an undeclared field",
      changed(base, ["extra"], { shelter: "north" }),
      "unknown_field",
      ["extra", "shelter"],
    ],
    ["a name is added", changed(base, ["name"], "Anna"), "unrecognized_keys", ["name"]],
    ["a __proto__ key is added", withProtoKey(base, []), "forbidden_key", ["__proto__"]],
  ],
});

describe("safeParseCaseRecord", () => {
  it("reports every issue of a record at once", () => {
    const result = safeParseCaseRecord({
      ...base,
      gender: "f",
      citizenship: "BY",
      exploitation: ["x", "begging", "begging"],
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["gender"]],
      ["invalid_country", ["citizenship"]],
      ["invalid_value", ["exploitation", 0]],
    ]);
  });

  it("writes messages in Russian, this module's rules included, and keeps expected in English", () => {
    const result = safeParseCaseRecord(
      { ...base, id: "Ivan Petrov", exploitation: ["begging", "begging"] },
      { locale: ru },
    );
    const issues = result.success ? [] : result.issues;
    expect(issues.map((issue) => issue.code)).toEqual(["invalid_case_id", "duplicate_value"]);
    for (const issue of issues) {
      // The expected phrase is translated in the message, and kept in English in `expected`.
      expect(issue.message).not.toContain(issue.expected);
      expect(issue.expected).toMatch(/^a [a-z]/);
    }
  });

  it("puts the path prefix before every path", () => {
    const result = safeParseCaseRecord({ ...base, gender: "f" }, { pathPrefix: ["rows", 4] });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([["rows", 4, "gender"]]);
  });
});

describe("parseCaseRecord", () => {
  it("gives the result shown in its documentation", () => {
    expect(parseCaseRecord(base).id).toBe("SYN-000001");
    expect(caseRecordSchema.safeParse({ ...base, id: "Ivan Petrov" }).success).toBe(false);
    const result = safeParseCaseRecord({ ...base, gender: "f", citizenship: "BY" });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["gender"]],
      ["invalid_country", ["citizenship"]],
    ]);
  });
});

describe("caseRecordSchemaWith", () => {
  it("gives the result shown in its documentation", () => {
    const fields = defineCaseFields([{ name: "district", type: "code", codes: ["d1", "d2"] }]);
    const [record] = generateSyntheticCases({ count: 1, seed: 7 });
    expect(caseRecordSchemaWith(fields).safeParse({ ...record, extra: { district: "d2" } }).success).toBe(true);
    expect(caseRecordSchemaWith(fields).safeParse({ ...record, extra: { district: "d9" } }).success).toBe(false);
    expect(caseRecordSchema.safeParse({ ...record, registrationDate: "2019" }).success).toBe(true);
    // The same declarations give the same schema; none give the base schema.
    expect(caseRecordSchemaWith(fields)).toBe(caseRecordSchemaWith(fields));
    expect(caseRecordSchemaWith([])).toBe(caseRecordSchema);
  });

  it("throws invalid_argument when the declarations are invalid", () => {
    expect(() => caseRecordSchemaWith([{ name: "bad name", type: "boolean" }])).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("caseRecordSchema", () => {
  it("accepts every synthetic record", () => {
    for (const record of generateSyntheticCases({ count: 2_000, seed: 3 })) {
      expect(caseRecordSchema.safeParse(record).success).toBe(true);
    }
  });

  it("judges registration dates as a year, a month or isIsoDate, and so does isCaseRecord", () => {
    const [record] = generateSyntheticCases({ count: 1, seed: 3 });
    // Independent of core's datePrecision: regular expressions for the year and the month.
    const isPartial = (value: string) =>
      (/^\d{4}$/.test(value) && value !== "0000") ||
      (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(value) && !value.startsWith("0000")) ||
      isIsoDate(value);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          fc.stringMatching(/^\d{4}(-\d{1,2})?$/),
          fc.string({ maxLength: 12 }),
        ),
        (value) => {
          const candidate = { ...record, registrationDate: value };
          expect(caseRecordSchema.safeParse(candidate).success).toBe(isPartial(value));
          expect(isCaseRecord(candidate)).toBe(isPartial(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("isPseudonymousCaseId", () => {
  it("follows the documented rule: allowed characters, and no part matching PERSONAL_LOOKING", () => {
    const shape = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9._:/ @-]{0,70}$/),
          fc.stringMatching(/^[A-Z]{0,3}[a-z]{0,4}[0-9]{0,12}[A-Za-z]{0,3}[0-9]{0,4}$/),
          fc.string(),
        ),
        (id) => {
          expect(isPseudonymousCaseId(id)).toBe(shape.test(id) && !PERSONAL_LOOKING.test(id));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe("caseRecordSchema › notRecorded and countries", () => {
  const [base] = generateSyntheticCases({ count: 1, seed: 3 });
  const record = { ...base, meansOfControl: ["debt_bondage"] } as const;
  const issuesOf = (input: unknown) => {
    const result = safeParseCaseRecord(input);
    return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
  };

  it("accepts values not recorded beside listed ones", () => {
    const input = { ...record, notRecorded: { meansOfControl: ["restricting_financial_access", "threats"] } };
    expect(issuesOf(input)).toEqual([]);
    expect(isCaseRecord(input)).toBe(true);
  });

  it("rejects notRecorded for a field the record does not hold", () => {
    const { exploitation: _dropped, ...rest } = record;
    const input = { ...rest, notRecorded: { exploitation: ["begging"] } };
    expect(issuesOf(input)).toEqual([["field_not_recorded", ["notRecorded", "exploitation"]]]);
    expect(isCaseRecord(input)).toBe(false);
  });

  it("rejects a value both listed and not recorded", () => {
    const input = { ...record, notRecorded: { meansOfControl: ["threats", "debt_bondage"] } };
    expect(issuesOf(input)).toEqual([["conflicting_status", ["notRecorded", "meansOfControl", 1]]]);
    expect(isCaseRecord(input)).toBe(false);
  });

  it("rejects unknown keys and unknown values in notRecorded", () => {
    expect(issuesOf({ ...record, notRecorded: { gender: ["female"] } }).map(([code]) => code)).toEqual([
      "unrecognized_keys",
    ]);
    expect(issuesOf({ ...record, notRecorded: { meansOfControl: ["x"] } })).toEqual([
      ["invalid_value", ["notRecorded", "meansOfControl", 0]],
    ]);
  });

  it.each([
    ["ZZZ", undefined],
    ["XXA", undefined],
    ["BY", "BLR"],
    ["blr", "BLR"],
    ["BRL", "BLR"],
  ])("rejects the country %s with the suggestion %s", (code, suggestion) => {
    const result = safeParseCaseRecord({ ...record, citizenship: code });
    expect(result.success).toBe(false);
    const [issue] = result.success ? [] : result.issues;
    expect([issue?.code, issue?.path, issue?.suggestion]).toEqual(["invalid_country", ["citizenship"], suggestion]);
    if (suggestion !== undefined) expect(issue?.message).toContain(suggestion);
    expect(isCaseRecord({ ...record, citizenship: code })).toBe(false);
  });

  it("accepts Kosovo's user-assigned XKX and unknown", () => {
    expect(issuesOf({ ...record, citizenship: "XKX", exploitationCountry: "unknown" })).toEqual([]);
    expect(issuesOf({ ...record, registrationCountry: "unknown" }).map(([code]) => code)).toEqual(["invalid_country"]);
  });
});
