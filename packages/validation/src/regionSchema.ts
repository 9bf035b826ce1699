import type { Region } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { EXPECTED_COUNTRY, EXPECTED_REGION_CODE } from "./internal/phrases.js";
import { entity, refinedString } from "./internal/schemaHelpers.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of an ISO 3166-1 alpha-2 country code: two capital letters, such as `BY` or `MD`.
 *
 * @remarks
 * Failing strings yield the issue code `invalid_country`.
 *
 * @example
 * ```ts
 * import { countryCodeSchema } from "@nrmkit/validation";
 *
 * countryCodeSchema.safeParse("BY").success;
 * // => true
 * countryCodeSchema.safeParse("BLR").success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const countryCodeSchema: z.ZodString = refinedString((value) => /^[A-Z]{2}$/.test(value), {
  code: "invalid_country",
  expected: EXPECTED_COUNTRY,
});

/**
 * The schema of an ISO 3166-2 subdivision code: country, hyphen, 1–3 capital letters or digits (`BY-HO`).
 *
 * @remarks
 * Only the form is checked here; whether the code belongs to the region's country (and, for
 * countries with bundled reference data, exists) is a dataset integrity rule, see {@link checkIntegrity}.
 * Failing strings yield the issue code `invalid_region_code`.
 *
 * @example
 * ```ts
 * import { regionCodeSchema } from "@nrmkit/validation";
 *
 * regionCodeSchema.safeParse("BY-HO").success;
 * // => true
 * regionCodeSchema.safeParse("Gomel").success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const regionCodeSchema: z.ZodString = refinedString((value) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(value), {
  code: "invalid_region_code",
  expected: EXPECTED_REGION_CODE,
});

/**
 * The schema of a {@link @nrmkit/core!Region | Region}.
 *
 * @example
 * ```ts
 * import { regionSchema } from "@nrmkit/validation";
 *
 * regionSchema.safeParse({ id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel Oblast" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const regionSchema = entity({
  /** The ISO 3166-2 subdivision code, used as the id: `"BY-HO"`. */
  id: regionCodeSchema,
  /** The ISO 3166-1 alpha-2 country code: `"BY"`. */
  country: countryCodeSchema,
  /** What kind of region this is in its country: `"oblast"`, `"city"`, `"province"`, … */
  kind: z.string().min(1),
  /** The region's names in several languages and transliterations. */
  name: localizedTextSchema,
});

const regionParsers = createParsers(regionSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!Region | Region} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The region, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseRegion } from "@nrmkit/validation";
 *
 * parseRegion({ id: "BY-HO", country: "BY", kind: "oblast", name: { en: "Gomel Oblast" } }).id;
 * // => "BY-HO"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseRegion(input: unknown, options?: ParseOptions): Region {
  return regionParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!Region | Region} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The region, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseRegion } from "@nrmkit/validation";
 *
 * const result = safeParseRegion({ id: "Gomel", country: "BY", kind: "oblast", name: {} });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_region_code", ["id"]]]
 * result.success || result.issues[0]?.message;
 * // => 'id: expected an ISO 3166-2 region code such as BY-HO or MD-BA, received "Gomel"'
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseRegion(input: unknown, options?: ParseOptions): SafeParseResult<Region> {
  return regionParsers.safeParse(input, options);
}
