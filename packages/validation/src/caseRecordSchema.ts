import {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  type CaseFieldDefinition,
  type CaseRecord,
  CONTROL_MEANS,
  DATA_SOURCES,
  defineCaseFields,
  EXPLOITATION_TYPES,
  GENDERS,
  isCaseCountryCode,
  isPartialDate,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  MULTI_VALUED_CASE_FIELDS,
  nearestCountryCode,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions, type Parsers } from "./createParsers.js";
import { arrayArgument, optionsArgument } from "./internal/arguments.js";
import {
  EXPECTED_CASE_ID,
  EXPECTED_COUNTRY3,
  EXPECTED_DECLARED_FIELD,
  EXPECTED_EXTRA_OBJECT,
  EXPECTED_FIELD_RECORDED,
  EXPECTED_KNOWN_COUNTRY3,
  EXPECTED_NO_DUPLICATES,
  EXPECTED_ONE_STATUS,
  EXPECTED_PARTIAL_DATE,
} from "./internal/casePhrases.js";
import { AGE_BAND_VALUES, isPseudonymousCaseId, REFERRER_KINDS } from "./internal/caseRecordRules.js";
import { describeValue } from "./internal/describeValue.js";
import { oneOf } from "./internal/phrases.js";
import { refinedString } from "./internal/schemaHelpers.js";
import type { SafeParseResult } from "./parseResult.js";
import { regionCodeSchema } from "./regionSchema.js";

/** A multi-valued field: a readonly list of `values` in which no value occurs twice. */
function distinctList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .superRefine((list, context) => {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        if (seen.has(value)) {
          context.addIssue({
            code: "custom",
            path: [index],
            message: EXPECTED_NO_DUPLICATES,
            params: { code: "duplicate_value", expected: EXPECTED_NO_DUPLICATES, received: describeValue(value) },
          });
        }
        seen.add(value);
      });
    })
    .readonly();
}

/** A case-record country code (ISO 3166-1 alpha-3, or `XKX`), and `unknown` where allowed; a wrong code gets the nearest one as a suggestion. */
function countrySchema(allowUnknown: boolean) {
  const expected = allowUnknown ? EXPECTED_COUNTRY3 : EXPECTED_KNOWN_COUNTRY3;
  return z.string().superRefine((value, context) => {
    if ((allowUnknown && value === "unknown") || isCaseCountryCode(value)) return;
    const suggestion = nearestCountryCode(value);
    context.addIssue({
      code: "custom",
      message: expected,
      params: {
        code: "invalid_country",
        expected,
        received: describeValue(value),
        ...(suggestion === undefined ? {} : { suggestion }),
      },
    });
  });
}

const country3Schema = countrySchema(true);
const knownCountry3Schema = countrySchema(false);

const partialDateSchema = refinedString(isPartialDate, { code: "invalid_date", expected: EXPECTED_PARTIAL_DATE });

type Extra = Readonly<Record<string, string | boolean>>;

/** `extra`: an object whose every key is a declared field holding one of its values; a frozen copy. */
function extraSchema(fields: readonly CaseFieldDefinition[]) {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return z
    .custom<Extra>()
    .superRefine((value, context) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        context.addIssue({
          code: "custom",
          message: EXPECTED_EXTRA_OBJECT,
          params: { code: "invalid_type", expected: EXPECTED_EXTRA_OBJECT, received: describeValue(value) },
        });
        return;
      }
      // for…in, as the strict record check reads keys (inherited enumerable ones included).
      for (const key in value) {
        const item: unknown = (value as Record<string, unknown>)[key];
        const field = byName.get(key);
        if (field === undefined) {
          context.addIssue({
            code: "custom",
            path: [key],
            message: EXPECTED_DECLARED_FIELD,
            params: { code: "unknown_field", expected: EXPECTED_DECLARED_FIELD, received: describeValue(key) },
          });
        } else if (field.type === "boolean" ? typeof item !== "boolean" : !field.codes.includes(item as string)) {
          const expected = oneOf(field.type === "boolean" ? ["true", "false"] : field.codes);
          context.addIssue({
            code: "custom",
            path: [key],
            message: expected,
            params: { code: "invalid_value", expected, received: describeValue(item) },
          });
        }
      }
    })
    .transform((value): Extra => Object.freeze({ ...value }));
}

/** `notRecorded`: per multi-valued field, distinct values whose status was not recorded. */
const notRecordedSchema = z
  .strictObject({
    /** Forms of exploitation not recorded. */
    exploitation: distinctList(EXPLOITATION_TYPES).exactOptional(),
    /** Sectors of forced labour not recorded. */
    labourSectors: distinctList(LABOUR_SECTORS).exactOptional(),
    /** Forms of sexual exploitation not recorded. */
    sexualExploitationForms: distinctList(SEXUAL_EXPLOITATION_FORMS).exactOptional(),
    /** Means of control not recorded. */
    meansOfControl: distinctList(CONTROL_MEANS).exactOptional(),
    /** Recruiter relations not recorded. */
    recruiterRelations: distinctList(RECRUITER_RELATIONS).exactOptional(),
    /** Kinds of assistance not recorded. */
    assistance: distinctList(ASSISTANCE_KINDS).exactOptional(),
  })
  .readonly();

type MultiField = keyof typeof MULTI_VALUED_CASE_FIELDS;
const MULTI_FIELDS = Object.keys(MULTI_VALUED_CASE_FIELDS) as MultiField[];

/** Each field named in `notRecorded` is held as a list, and no value is both listed and not recorded. */
function checkNotRecorded(record: Readonly<Record<string, unknown>>, context: z.core.$RefinementCtx): void {
  const notRecorded = record.notRecorded as Readonly<Partial<Record<MultiField, readonly string[]>>> | undefined;
  if (notRecorded === undefined) return;
  for (const field of MULTI_FIELDS) {
    const unknown = notRecorded[field];
    if (unknown === undefined) continue;
    const list = record[field] as readonly string[] | undefined;
    if (list === undefined) {
      context.addIssue({
        code: "custom",
        path: ["notRecorded", field],
        message: EXPECTED_FIELD_RECORDED,
        params: { code: "field_not_recorded", expected: EXPECTED_FIELD_RECORDED, received: describeValue(undefined) },
      });
      continue;
    }
    unknown.forEach((value, index) => {
      if (!list.includes(value)) return;
      context.addIssue({
        code: "custom",
        path: ["notRecorded", field, index],
        message: EXPECTED_ONE_STATUS,
        params: { code: "conflicting_status", expected: EXPECTED_ONE_STATUS, received: describeValue(value) },
      });
    });
  }
}

function shape(fields: readonly CaseFieldDefinition[]) {
  return {
    /** Pseudonymous case id; never a name or document number. */
    id: refinedString(isPseudonymousCaseId, { code: "invalid_case_id", expected: EXPECTED_CASE_ID }),
    /** When registered: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    registrationDate: partialDateSchema,
    /** ISO 3166-2 code of the region where the case was registered. */
    regionId: regionCodeSchema.exactOptional(),
    /** ISO 3166-1 alpha-3 country of registration. */
    registrationCountry: knownCountry3Schema.exactOptional(),
    /** CTDC data source. */
    dataSource: z.enum(DATA_SOURCES).exactOptional(),
    /** Gender; `unknown` when not recorded. */
    gender: z.enum(GENDERS),
    /** CTDC age band at identification; `unknown` when not recorded. */
    ageBand: z.enum(AGE_BAND_VALUES),
    /** Minor or adult at registration. */
    majorityStatus: z.enum(MAJORITY_STATUSES).exactOptional(),
    /** Minor or adult when exploited. */
    majorityStatusAtExploitation: z.enum(MAJORITY_STATUSES).exactOptional(),
    /** Minor or adult at entry. */
    majorityStatusAtEntry: z.enum(MAJORITY_STATUSES).exactOptional(),
    /** ISO 3166-1 alpha-3 citizenship, or `unknown`. */
    citizenship: country3Schema,
    /** ISO 3166-1 alpha-3 country of exploitation, or `unknown`. */
    exploitationCountry: country3Schema,
    /** Forms of exploitation, each at most once. */
    exploitation: distinctList(EXPLOITATION_TYPES).exactOptional(),
    /** Sectors of forced labour, each at most once. */
    labourSectors: distinctList(LABOUR_SECTORS).exactOptional(),
    /** Forms of sexual exploitation, each at most once. */
    sexualExploitationForms: distinctList(SEXUAL_EXPLOITATION_FORMS).exactOptional(),
    /** Means of control, each at most once. */
    meansOfControl: distinctList(CONTROL_MEANS).exactOptional(),
    /** Recruiter relations, each at most once. */
    recruiterRelations: distinctList(RECRUITER_RELATIONS).exactOptional(),
    /** Whether the person was abducted. */
    abduction: z.boolean().exactOptional(),
    /** Kind of the referring agency, `self` or `unknown`. */
    referringAgencyKind: z.enum(REFERRER_KINDS),
    /** Assistance received, each kind at most once. */
    assistance: distinctList(ASSISTANCE_KINDS).exactOptional(),
    /** Presumed, identified or not a victim. */
    traffickingStatus: z.enum(TRAFFICKING_STATUSES).exactOptional(),
    /** Who decided the trafficking status. */
    traffickingStatusDecidedBy: z.enum(STATUS_DECIDERS).exactOptional(),
    /** Where the case stands. */
    caseStatus: z.enum(CASE_STATUSES).exactOptional(),
    /** Per multi-valued field, the values not recorded. */
    notRecorded: notRecordedSchema.exactOptional(),
    /** Values of user-defined fields. */
    extra: extraSchema(fields).exactOptional(),
  };
}

function buildSchema(fields: readonly CaseFieldDefinition[]) {
  return z.strictObject(shape(fields)).superRefine(checkNotRecorded).readonly();
}

/**
 * The schema of a {@link @nrmkit/core!CaseRecord | CaseRecord}: strict, every vocabulary closed, output frozen.
 *
 * @remarks
 * Rules beyond the types, each with its own issue code:
 * - `id` must be pseudonymous (`invalid_case_id`): 1 to 64 ASCII letters, digits and `. _ : / -`,
 *   starting with a letter or digit (so no spaces, no `@`, no Cyrillic), and without a part that
 *   looks like personal data — a run of 9 or more digits (phone or national ID number), two
 *   letters followed by 7 digits (a passport number such as `MP1234567`), a Belarusian personal
 *   number (`3010185A001PB1`), or two capitalised words (`Ivan_Petrov`, `IvanPetrov`).
 *   `SYN-000042`, `BY-HO/2014/17` and `c8f2e1` pass.
 * - `registrationDate` is a year, a month or a real calendar day: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (`invalid_date`).
 * - `regionId`, when present, is an ISO 3166-2 code such as `BY-HO` or `MD-BA` (`invalid_region_code`).
 * - `citizenship` and `exploitationCountry` are ISO 3166-1 alpha-3 codes or `"unknown"`;
 *   `registrationCountry`, when present, an alpha-3 code (`invalid_country`).
 * - `citizenship`, `exploitationCountry` and `registrationCountry` must be in the ISO 3166-1
 *   registry (`ZZZ` and `XXA` are not; `XKX`, Kosovo, is); the issue's `suggestion` holds the
 *   nearest code when one is clear (`BLR` for `BY`).
 * - Multi-valued fields list each value at most once (`duplicate_value`).
 * - `notRecorded` names, per multi-valued field, values whose status was not recorded: the field
 *   itself must be a list (`field_not_recorded`), and no value may be both listed and not
 *   recorded (`conflicting_status`).
 * - Optional fields are absent or hold a value: `undefined` is not "not recorded".
 * - `extra` may only hold fields declared with `defineCaseFields` (`unknown_field`): this schema
 *   declares none; use {@link caseRecordSchemaWith} for your own.
 * - Unknown keys are rejected (`unrecognized_keys`; `forbidden_key` for `__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { caseRecordSchema } from "@nrmkit/validation";
 *
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * caseRecordSchema.safeParse(record).success;
 * // => true
 * caseRecordSchema.safeParse({ ...record, id: "Ivan Petrov" }).success;
 * // => false
 * caseRecordSchema.safeParse({ ...record, registrationDate: "2019" }).success;
 * // => true
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const caseRecordSchema = buildSchema([]);

const schemas = new WeakMap<readonly CaseFieldDefinition[], typeof caseRecordSchema>();

/**
 * The case-record schema that also accepts the user-defined fields declared in `fields`, in `extra`.
 *
 * @param fields - Declarations (checked with `defineCaseFields`).
 * @returns A schema like {@link caseRecordSchema} whose `extra` accepts those fields and values only; the same schema for the same declarations.
 * @throws NrmkitError with code `invalid_argument` or `duplicate_id` when the declarations are invalid.
 *
 * @example
 * ```ts
 * import { defineCaseFields } from "@nrmkit/core";
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { caseRecordSchemaWith } from "@nrmkit/validation";
 *
 * const fields = defineCaseFields([{ name: "district", type: "code", codes: ["d1", "d2"] }]);
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * caseRecordSchemaWith(fields).safeParse({ ...record, extra: { district: "d2" } }).success;
 * // => true
 * caseRecordSchemaWith(fields).safeParse({ ...record, extra: { district: "d9" } }).success;
 * // => false
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function caseRecordSchemaWith(fields: readonly CaseFieldDefinition[]): typeof caseRecordSchema {
  const declared = defineCaseFields(arrayArgument(fields, "fields"));
  if (declared.length === 0) return caseRecordSchema;
  let schema = schemas.get(declared);
  if (schema === undefined) {
    schema = buildSchema(declared);
    schemas.set(declared, schema);
  }
  return schema;
}

/**
 * Options of the case-record parsers: those of every parser, and the user-defined fields.
 *
 * @category Cases
 * @since 0.1.0
 */
export interface CaseRecordParseOptions extends ParseOptions {
  /** User-defined fields that `extra` may hold (declared with `defineCaseFields`). */
  readonly fields?: readonly CaseFieldDefinition[];
}

const parsers = new WeakMap<typeof caseRecordSchema, Parsers<CaseRecord>>();

function parsersFor(fields: readonly CaseFieldDefinition[] | undefined): Parsers<CaseRecord> {
  const schema = fields === undefined ? caseRecordSchema : caseRecordSchemaWith(fields);
  let found = parsers.get(schema);
  if (found === undefined) {
    found = createParsers(schema);
    parsers.set(schema, found);
  }
  return found;
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!CaseRecord | CaseRecord} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language, path prefix and user-defined fields.
 * @returns The record (a frozen copy), or every issue found.
 * @throws NrmkitError with code `invalid_argument` when `options.fields` are invalid declarations (never for bad input).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { safeParseCaseRecord } from "@nrmkit/validation";
 *
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * const result = safeParseCaseRecord({ ...record, gender: "f", citizenship: "BY" });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_value", ["gender"]], ["invalid_country", ["citizenship"]]]
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function safeParseCaseRecord(input: unknown, options?: CaseRecordParseOptions): SafeParseResult<CaseRecord> {
  const opts = optionsArgument(options);
  return parsersFor(opts.fields).safeParse(input, opts);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!CaseRecord | CaseRecord} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language, path prefix and user-defined fields.
 * @returns The record, a frozen copy of the input.
 * @throws ValidationError with code `validation_failed` and every issue found; NrmkitError `invalid_argument` for invalid `options.fields`.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { parseCaseRecord } from "@nrmkit/validation";
 *
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * parseCaseRecord(record).id;
 * // => "SYN-000001"
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function parseCaseRecord(input: unknown, options?: CaseRecordParseOptions): CaseRecord {
  const opts = optionsArgument(options);
  return parsersFor(opts.fields).parse(input, opts);
}
