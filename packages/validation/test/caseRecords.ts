// Arbitraries for case records: valid ones, and near-valid ones with random mutations, for the
// property tests of the case-record schema, the fast check and the bulk import.
import {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  type CaseFieldDefinition,
  type CaseRecord,
  CONTROL_MEANS,
  COUNTRIES_ALPHA3,
  DATA_SOURCES,
  defineCaseFields,
  EXPLOITATION_TYPES,
  GENDERS,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  MULTI_VALUED_CASE_FIELDS,
  type MultiValuedCaseField,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "@nrmkit/core";
import fc from "fast-check";
import { AGE_BAND_VALUES, REFERRER_KINDS } from "../src/internal/caseRecordRules.js";
import { CSV_HEADER } from "./importFiles.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Real calendar dates between 1990 and 2030. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 40 * 366 })
  .map((days) => new Date(Date.UTC(1990, 0, 1 + days)))
  .map((date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`);

const country = fc.oneof(fc.constantFrom("BLR", "RUS", "POL", "XKX", "unknown"), fc.constantFrom(...COUNTRIES_ALPHA3));

/** User-defined fields the arbitraries fill in `extra`. */
export const TEST_FIELDS: readonly CaseFieldDefinition[] = defineCaseFields([
  { name: "district", type: "code", codes: ["d1", "d2", "d3"], labels: { d1: "District 1" } },
  { name: "stateProgramme", type: "boolean" },
]);

/** Registration dates: a real day, a month or a year. */
export const partialDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: isoDateArb },
  { weight: 1, arbitrary: isoDateArb.map((date) => date.slice(0, 7)) },
  { weight: 1, arbitrary: isoDateArb.map((date) => date.slice(0, 4)) },
);

const knownCountry = fc.oneof(fc.constantFrom("BLR", "RUS", "POL", "XKX"), fc.constantFrom(...COUNTRIES_ALPHA3));

const MULTI_FIELDS = Object.keys(MULTI_VALUED_CASE_FIELDS) as MultiValuedCaseField[];

/** Adds `notRecorded`, sometimes: for some fields the record holds, some values it does not list. */
function withNotRecorded(record: CaseRecord): fc.Arbitrary<CaseRecord> {
  const held = MULTI_FIELDS.filter((field) => record[field] !== undefined);
  if (held.length === 0) return fc.constant(record);
  const entries = held.map((field) => {
    const listed = record[field] as readonly string[];
    const rest = (MULTI_VALUED_CASE_FIELDS[field] as readonly string[]).filter((value) => !listed.includes(value));
    return fc.option(fc.subarray(rest), { nil: undefined }).map((values) => [field, values] as const);
  });
  return fc.oneof(
    fc.constant(record),
    fc.tuple(...entries).map((pairs) => {
      const notRecorded = Object.fromEntries(pairs.filter(([, values]) => values !== undefined));
      return { ...record, notRecorded };
    }),
  );
}

/** Valid case records: every optional field present or absent, `extra` with the {@link TEST_FIELDS}. */
export const caseRecordWithExtraArb: fc.Arbitrary<CaseRecord> = fc
  .record(
    {
      id: fc.oneof(
        fc.integer({ min: 1, max: 999_999 }).map((n) => `SYN-${pad(n, 6)}`),
        fc.constantFrom("BY-HO/2014/17", "c8f2e1", "case_1.a:b"),
      ),
      registrationDate: partialDateArb,
      regionId: fc.constantFrom("BY-HO", "BY-VI", "BY-HM", "RU-MOW", "DE-BE", "GB-ENG"),
      registrationCountry: knownCountry,
      dataSource: fc.constantFrom(...DATA_SOURCES),
      gender: fc.constantFrom(...GENDERS),
      ageBand: fc.constantFrom(...AGE_BAND_VALUES),
      majorityStatus: fc.constantFrom(...MAJORITY_STATUSES),
      majorityStatusAtExploitation: fc.constantFrom(...MAJORITY_STATUSES),
      majorityStatusAtEntry: fc.constantFrom(...MAJORITY_STATUSES),
      citizenship: country,
      exploitationCountry: country,
      exploitation: fc.subarray([...EXPLOITATION_TYPES]),
      labourSectors: fc.subarray([...LABOUR_SECTORS]),
      sexualExploitationForms: fc.subarray([...SEXUAL_EXPLOITATION_FORMS]),
      meansOfControl: fc.subarray([...CONTROL_MEANS]),
      recruiterRelations: fc.subarray([...RECRUITER_RELATIONS]),
      abduction: fc.boolean(),
      referringAgencyKind: fc.constantFrom(...REFERRER_KINDS),
      assistance: fc.subarray([...ASSISTANCE_KINDS]),
      traffickingStatus: fc.constantFrom(...TRAFFICKING_STATUSES),
      traffickingStatusDecidedBy: fc.constantFrom(...STATUS_DECIDERS),
      caseStatus: fc.constantFrom(...CASE_STATUSES),
      extra: fc.record(
        { district: fc.constantFrom("d1", "d2", "d3"), stateProgramme: fc.boolean() },
        { requiredKeys: [] },
      ),
    },
    {
      requiredKeys: [
        "id",
        "registrationDate",
        "gender",
        "ageBand",
        "citizenship",
        "exploitationCountry",
        "referringAgencyKind",
      ],
    },
  )
  .chain(withNotRecorded);

/** Valid case records without user-defined fields. */
export const caseRecordArb: fc.Arbitrary<CaseRecord> = caseRecordWithExtraArb.map((record) => {
  if (record.extra === undefined) return record;
  const { extra: _extra, ...rest } = record;
  return rest;
});

// The CSV header lists every case-record field in interface order: one list for both helpers.
const FIELDS = [...new Set([...CSV_HEADER, "notRecorded", "extra"])];

/** Values that are almost right for some field: the edges of every rule. */
const trickyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "Ivan Petrov",
    "IvanPetrov",
    "ivan_petrov",
    "AB1234567",
    "case-AB1234567",
    "3010185A001PB1",
    "+375291234567",
    "375291234567",
    "SYN-1000000",
    "x".repeat(64),
    "x".repeat(65),
    "-SYN",
    "2014-02-29",
    "2016-02-29",
    "1900-02-29",
    "2000-02-29",
    "0000-01-01",
    "2014-13-01",
    "2014-04-31",
    "16.04.2014",
    "2014-4-16",
    "BY-HO",
    "by-ho",
    "BY-",
    "BY-HOXX",
    "BLR",
    "blr",
    "BY",
    "ZZZ",
    "XXA",
    "XKX",
    "UNKNOWN",
    "unknown",
    "female",
    "Female",
    "48+",
    "ngo",
    "self",
    "other",
    "begging",
    "2019",
    "2019-05",
    "2019-13",
    "0000",
    "201",
    "none",
    "true",
    true,
    false,
    undefined,
    null,
    { district: "d1" },
    { district: "d4" },
    { stateProgramme: "yes" },
    { stateProgramme: true, other: 1 },
    { meansOfControl: ["threats"] },
    { exploitation: ["begging", "begging"] },
    { exploitation: ["forced_labour"], meansOfControl: [] },
    { labourSectors: "x" },
    {},
  ),
  fc.constantFrom(...EXPLOITATION_TYPES, ...CONTROL_MEANS, ...ASSISTANCE_KINDS).map((value) => [value, value]),
  fc.array(
    fc.constantFrom(
      ...EXPLOITATION_TYPES,
      ...CONTROL_MEANS,
      ...ASSISTANCE_KINDS,
      ...LABOUR_SECTORS,
      ...RECRUITER_RELATIONS,
      ...SEXUAL_EXPLOITATION_FORMS,
      "unknown",
      "x",
    ),
    { maxLength: 20 },
  ),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^[A-Za-z0-9 ._:/@-]{0,70}$/),
  fc.anything(),
  // biome-ignore lint/suspicious/noSparseArray: a hole is an input the schema must reject
  fc.constant([, "begging"]),
);

type Mutation = (record: Record<string, unknown>) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), trickyValue).map(
    ([field, value]): Mutation =>
      (record) => {
        record[field] = value;
      },
  ),
  fc.constantFrom(...FIELDS).map(
    (field): Mutation =>
      (record) => {
        delete record[field];
      },
  ),
  fc.tuple(fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "name")), fc.anything()).map(
    ([key, value]): Mutation =>
      (record) => {
        Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
      },
  ),
);

/** Near-valid inputs: a valid record (with `extra` of the {@link TEST_FIELDS}) with zero to three random mutations, or an arbitrary value. */
export const nearCaseRecordArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.tuple(caseRecordWithExtraArb, fc.array(mutation, { maxLength: 3 })).map(([record, mutations]) => {
      const copy: Record<string, unknown> = structuredClone(record) as unknown as Record<string, unknown>;
      for (const mutate of mutations) mutate(copy);
      return copy;
    }),
  },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withDate: true, withMap: true }) },
);
