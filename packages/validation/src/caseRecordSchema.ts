import {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  type CaseRecord,
  CONTROL_MEANS,
  EXPLOITATION_TYPES,
  GENDERS,
  RECRUITER_RELATIONS,
  TRAFFICKING_STATUSES,
} from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { EXPECTED_CASE_ID, EXPECTED_COUNTRY3, EXPECTED_NO_DUPLICATES } from "./internal/casePhrases.js";
import { AGE_BAND_VALUES, COUNTRY3, isPseudonymousCaseId, REFERRER_KINDS } from "./internal/caseRecordRules.js";
import { describeValue } from "./internal/describeValue.js";
import { refinedString } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
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

const country3Schema = refinedString((value) => COUNTRY3.test(value), {
  code: "invalid_country",
  expected: EXPECTED_COUNTRY3,
});

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
 * - `registrationDate` is a real calendar date `YYYY-MM-DD` (`invalid_date`).
 * - `regionId` is an ISO 3166-2 code such as `BY-HO` (`invalid_region_code`).
 * - `citizenship` and `exploitationCountry` are ISO 3166-1 alpha-3 codes or `"unknown"` (`invalid_country`).
 * - `exploitation`, `meansOfControl` and `assistance` list each value at most once (`duplicate_value`).
 * - Unknown keys are rejected (`unrecognized_keys`; `forbidden_key` for `__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * caseRecordSchema.safeParse(record).success;
 * // => true
 * caseRecordSchema.safeParse({ ...record, id: "Ivan Petrov" }).success;
 * // => false
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export const caseRecordSchema = z
  .strictObject({
    /** Pseudonymous case id; never a name or document number. */
    id: refinedString(isPseudonymousCaseId, { code: "invalid_case_id", expected: EXPECTED_CASE_ID }),
    /** The day of registration, `YYYY-MM-DD`. */
    registrationDate: isoDateSchema,
    /** ISO 3166-2 code of the region where the case was registered. */
    regionId: regionCodeSchema,
    /** Gender; `unknown` when not recorded. */
    gender: z.enum(GENDERS),
    /** CTDC age band at identification; `unknown` when not recorded. */
    ageBand: z.enum(AGE_BAND_VALUES),
    /** ISO 3166-1 alpha-3 citizenship, or `unknown`. */
    citizenship: country3Schema,
    /** ISO 3166-1 alpha-3 country of exploitation, or `unknown`. */
    exploitationCountry: country3Schema,
    /** Forms of exploitation, each at most once; empty when unknown. */
    exploitation: distinctList(EXPLOITATION_TYPES),
    /** Means of control, each at most once; empty when unknown. */
    meansOfControl: distinctList(CONTROL_MEANS),
    /** How the recruiter was related to the person. */
    recruiterRelation: z.enum(RECRUITER_RELATIONS),
    /** Kind of the referring agency, `self` or `unknown`. */
    referringAgencyKind: z.enum(REFERRER_KINDS),
    /** Assistance received, each kind at most once; empty when none is recorded. */
    assistance: distinctList(ASSISTANCE_KINDS),
    /** Presumed or identified victim. */
    traffickingStatus: z.enum(TRAFFICKING_STATUSES),
    /** Where the case stands. */
    caseStatus: z.enum(CASE_STATUSES),
  })
  .readonly();

const caseRecordParsers = createParsers(caseRecordSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!CaseRecord | CaseRecord} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The record (a frozen copy), or every issue found.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
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
export function safeParseCaseRecord(input: unknown, options: ParseOptions = {}): SafeParseResult<CaseRecord> {
  return caseRecordParsers.safeParse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!CaseRecord | CaseRecord} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The record, a frozen copy of the input.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 *
 * const [record] = generateSyntheticCases({ count: 1, seed: 7 });
 * parseCaseRecord(record).id;
 * // => "SYN-000001"
 * ```
 *
 * @category Cases
 * @since 0.1.0
 */
export function parseCaseRecord(input: unknown, options?: ParseOptions): CaseRecord {
  return caseRecordParsers.parse(input, options);
}
