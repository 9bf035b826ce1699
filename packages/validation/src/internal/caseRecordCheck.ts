// The compiled case-record check behind `isCaseRecord` and the bulk import: a hand-written check
// that accepts exactly what the schema accepts (property tests hold it to that) and builds nothing.
// Values of unknown origin must also be plain own data; values the import built itself (JSON.parse
// output, records made from CSV cells) are plain by construction and skip that part.
//
// One pass over the record's own keys checks each value by its key. `record[key]` inside
// `for…in` reads through the enumeration cache, whereas named reads of every field (present or not)
// go megamorphic over the many shapes real records have, and once cost more than all the checks.
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
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "@nrmkit/core";
import { AGE_BAND_VALUES, isPseudonymousCaseId, REFERRER_KINDS, REGION_CODE } from "./caseRecordRules.js";

/** Every field of a case record, for the (rare) look at the keys a record does not own. */
const CASE_RECORD_KEYS = [
  "id",
  "registrationDate",
  "regionId",
  "registrationCountry",
  "dataSource",
  "gender",
  "ageBand",
  "majorityStatus",
  "majorityStatusAtExploitation",
  "majorityStatusAtEntry",
  "citizenship",
  "exploitationCountry",
  "exploitation",
  "labourSectors",
  "sexualExploitationForms",
  "meansOfControl",
  "recruiterRelations",
  "abduction",
  "referringAgencyKind",
  "assistance",
  "traffickingStatus",
  "traffickingStatusDecidedBy",
  "caseStatus",
  "notRecorded",
  "extra",
] as const;
/** How many fields every record has. */
const REQUIRED_FIELDS = 7;
const GENDER: ReadonlySet<unknown> = new Set(GENDERS);
const AGE_BAND: ReadonlySet<unknown> = new Set(AGE_BAND_VALUES);
const MAJORITY: ReadonlySet<unknown> = new Set(MAJORITY_STATUSES);
const DATA_SOURCE: ReadonlySet<unknown> = new Set(DATA_SOURCES);
const EXPLOITATION: ReadonlySet<unknown> = new Set(EXPLOITATION_TYPES);
const LABOUR: ReadonlySet<unknown> = new Set(LABOUR_SECTORS);
const SEX_FORM: ReadonlySet<unknown> = new Set(SEXUAL_EXPLOITATION_FORMS);
const CONTROL: ReadonlySet<unknown> = new Set(CONTROL_MEANS);
const RECRUITER: ReadonlySet<unknown> = new Set(RECRUITER_RELATIONS);
const REFERRER: ReadonlySet<unknown> = new Set(REFERRER_KINDS);
const ASSISTANCE: ReadonlySet<unknown> = new Set(ASSISTANCE_KINDS);
const TRAFFICKING: ReadonlySet<unknown> = new Set(TRAFFICKING_STATUSES);
const DECIDER: ReadonlySet<unknown> = new Set(STATUS_DECIDERS);
const CASE_STATUS: ReadonlySet<unknown> = new Set(CASE_STATUSES);

function isCountry3(value: unknown): boolean {
  return value === "unknown" || isCaseCountryCode(value);
}

/** A list of distinct allowed values; no allocation (vocabularies are short, so the pairwise check is cheap). */
function isDistinctList(allowed: ReadonlySet<unknown>, value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  const length = value.length;
  // A longer list must repeat a value or hold a foreign one.
  if (length > allowed.size) return false;
  for (let i = 0; i < length; i++) {
    const item: unknown = value[i];
    if (typeof item !== "string" || !allowed.has(item)) return false;
    for (let j = 0; j < i; j++) if (value[j] === item) return false;
  }
  return true;
}

const isRegion = (value: unknown) => typeof value === "string" && REGION_CODE.test(value);
const NO_FIELDS = new Map<string, CaseFieldDefinition>();
const fieldMaps = new WeakMap<readonly CaseFieldDefinition[], ReadonlyMap<string, CaseFieldDefinition>>();

function fieldMap(fields: readonly CaseFieldDefinition[] | undefined): ReadonlyMap<string, CaseFieldDefinition> {
  if (fields === undefined || fields.length === 0) return NO_FIELDS;
  const declared = defineCaseFields(fields);
  let map = fieldMaps.get(declared);
  if (map === undefined) {
    map = new Map(declared.map((field) => [field.name, field]));
    fieldMaps.set(declared, map);
  }
  return map;
}

const NOT_RECORDED_LISTS: readonly (readonly [string, ReadonlySet<unknown>])[] = [
  ["exploitation", EXPLOITATION],
  ["labourSectors", LABOUR],
  ["sexualExploitationForms", SEX_FORM],
  ["meansOfControl", CONTROL],
  ["recruiterRelations", RECRUITER],
  ["assistance", ASSISTANCE],
];

/** Whether every own property is an enumerable data property (no getter runs twice, nothing hidden). */
function hasOnlyDataProperties(value: object): boolean {
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    if (typeof key === "symbol") return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !("value" in descriptor) || !descriptor.enumerable) return false;
  }
  return true;
}

/** `notRecorded`: a plain object of distinct-value lists, each for a field the record holds, sharing no value with it. */
function isNotRecorded(value: unknown, record: Record<string, unknown>, plain: boolean): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let seen = 0;
  for (const [field, allowed] of NOT_RECORDED_LISTS) {
    const unknown = (value as Record<string, unknown>)[field];
    if (unknown === undefined) {
      if (field in value) return false;
      continue;
    }
    seen++;
    if (!isDistinctList(allowed, unknown)) return false;
    const list = record[field];
    if (!Array.isArray(list)) return false;
    for (const item of unknown as readonly unknown[]) if (list.includes(item)) return false;
  }
  // Any other key is unrecognized.
  for (const key in value) if (!Object.hasOwn(value, key)) return false;
  return Object.keys(value).length === seen && (plain || hasOnlyDataProperties(value));
}

function isExtra(value: unknown, fields: ReadonlyMap<string, CaseFieldDefinition>): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const key in value) {
    const field = fields.get(key);
    if (field === undefined) return false;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (field.type === "boolean" ? typeof item !== "boolean" : !field.codes.includes(item as string)) return false;
  }
  return true;
}

// What a field's value is: invalid (or no field at all), valid in an optional field, valid in a required one.
const INVALID = 0;
const OPTIONAL = 1;
const REQUIRED = 2;

/** Checks the value of one field; `undefined` is never valid (present but `undefined` is not absent). */
function checkField(
  key: string,
  value: unknown,
  record: Record<string, unknown>,
  declared: ReadonlyMap<string, CaseFieldDefinition>,
  plain: boolean,
): number {
  switch (key) {
    case "id":
      return typeof value === "string" && isPseudonymousCaseId(value) ? REQUIRED : INVALID;
    case "registrationDate":
      return isPartialDate(value) ? REQUIRED : INVALID;
    case "gender":
      return GENDER.has(value) ? REQUIRED : INVALID;
    case "ageBand":
      return AGE_BAND.has(value) ? REQUIRED : INVALID;
    case "citizenship":
    case "exploitationCountry":
      return isCountry3(value) ? REQUIRED : INVALID;
    case "referringAgencyKind":
      return REFERRER.has(value) ? REQUIRED : INVALID;
    case "regionId":
      return isRegion(value) ? OPTIONAL : INVALID;
    case "registrationCountry":
      return isCaseCountryCode(value) ? OPTIONAL : INVALID;
    case "dataSource":
      return DATA_SOURCE.has(value) ? OPTIONAL : INVALID;
    case "majorityStatus":
    case "majorityStatusAtExploitation":
    case "majorityStatusAtEntry":
      return MAJORITY.has(value) ? OPTIONAL : INVALID;
    case "exploitation":
      return isDistinctList(EXPLOITATION, value) ? OPTIONAL : INVALID;
    case "labourSectors":
      return isDistinctList(LABOUR, value) ? OPTIONAL : INVALID;
    case "sexualExploitationForms":
      return isDistinctList(SEX_FORM, value) ? OPTIONAL : INVALID;
    case "meansOfControl":
      return isDistinctList(CONTROL, value) ? OPTIONAL : INVALID;
    case "recruiterRelations":
      return isDistinctList(RECRUITER, value) ? OPTIONAL : INVALID;
    case "abduction":
      return typeof value === "boolean" ? OPTIONAL : INVALID;
    case "assistance":
      return isDistinctList(ASSISTANCE, value) ? OPTIONAL : INVALID;
    case "traffickingStatus":
      return TRAFFICKING.has(value) ? OPTIONAL : INVALID;
    case "traffickingStatusDecidedBy":
      return DECIDER.has(value) ? OPTIONAL : INVALID;
    case "caseStatus":
      return CASE_STATUS.has(value) ? OPTIONAL : INVALID;
    case "notRecorded":
      return isNotRecorded(value, record, plain) ? OPTIONAL : INVALID;
    case "extra":
      return isExtra(value, declared) ? OPTIONAL : INVALID;
    default:
      return INVALID;
  }
}

// `Object.prototype.hasOwnProperty.call` rather than `Object.hasOwn`: inside `for…in`, V8 (Node 20)
// reduces it to a shape check, while `Object.hasOwn` stays a call per key.
const hasOwn = Object.prototype.hasOwnProperty;

function checkCaseRecord(
  record: Record<string, unknown>,
  declared: ReadonlyMap<string, CaseFieldDefinition>,
  plain: boolean,
): boolean {
  let required = 0;
  for (const key in record) {
    // Own keys only: inherited values (`Object.create(record)`) are not the record's data.
    if (!hasOwn.call(record, key)) return false;
    const kind = checkField(key, record[key], record, declared, plain);
    if (kind === INVALID) return false;
    if (kind === REQUIRED) required++;
  }
  if (!plain) {
    // The schema also reads inherited keys that `for…in` skips (not enumerable): a field that is
    // `in` the record without being its own is checked as the schema checks it. Built values
    // inherit only from Object.prototype, which holds no such key unless the runtime is polluted.
    for (const key of CASE_RECORD_KEYS) {
      if (!(key in record) || hasOwn.call(record, key)) continue;
      const kind = checkField(key, record[key], record, declared, plain);
      if (kind === INVALID) return false;
      if (kind === REQUIRED) required++;
    }
  }
  return required === REQUIRED_FIELDS;
}

/**
 * Whether a value of any origin is a valid case record: also plain own data (no getter, symbol key,
 * hidden property or foreign prototype). Throws for invalid `fields` only, never because of the
 * value, whatever proxy or getter it holds.
 */
export function isCaseRecordValue(value: unknown, fields: readonly CaseFieldDefinition[] | undefined): boolean {
  const declared = fieldMap(fields);
  if (typeof value !== "object" || value === null) return false;
  // Plain own data only: a proxy trap or getter that throws makes the value invalid, never an exception.
  try {
    const prototype = Object.getPrototypeOf(value);
    if ((prototype !== Object.prototype && prototype !== null) || Array.isArray(value)) return false;
    return checkCaseRecord(value as Record<string, unknown>, declared, false) && hasOnlyDataProperties(value);
  } catch {
    return false;
  }
}

/**
 * Whether a value the import built itself (the output of `JSON.parse`, or a record made from CSV
 * cells) is a valid case record. Such values are plain own data by construction, so the
 * property-descriptor walk of {@link isCaseRecordValue} (a third of its time) is skipped; the
 * verdict is the same.
 */
export function isParsedCaseRecord(
  value: unknown,
  fields: readonly CaseFieldDefinition[] | undefined,
): value is CaseRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return checkCaseRecord(value as Record<string, unknown>, fieldMap(fields), true);
}
