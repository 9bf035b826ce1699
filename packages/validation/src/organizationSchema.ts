import type { Organization } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity } from "./internal/schemaHelpers.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";
import { countryCodeSchema, regionCodeSchema } from "./regionSchema.js";

/**
 * The schema of an {@link @nrmkit/core!OrganizationKind | OrganizationKind}.
 *
 * @example
 * ```ts
 * import { organizationKindSchema } from "@nrmkit/validation";
 *
 * organizationKindSchema.options.includes("ngo");
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const organizationKindSchema = z.enum([
  "interior",
  "prosecution",
  "court",
  "investigation",
  "border_guard",
  "migration",
  "labour_social_protection",
  "education",
  "health",
  "local_government",
  "bar_association",
  "ngo",
  "international_organization",
  "donor",
  "media",
  "youth",
  "other",
]);

/**
 * The schema of an {@link @nrmkit/core!Organization | Organization}.
 *
 * @example
 * ```ts
 * import { organizationSchema } from "@nrmkit/validation";
 *
 * organizationSchema.safeParse({ id: "org-iom", kind: "international_organization", name: { en: "IOM" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const organizationSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** What the organisation is. */
  kind: organizationKindSchema,
  /** Full names in several languages. */
  name: localizedTextSchema,
  /** Short names or acronyms in several languages (`IOM`, `МОМ`). */
  abbreviation: localizedTextSchema.exactOptional(),
  /** The organisation this one is a department or unit of. */
  parentId: idSchema.exactOptional(),
  /** The region it serves, when it is regional. */
  regionId: regionCodeSchema.exactOptional(),
  /** The ISO 3166-1 alpha-2 country it belongs to, when national. */
  country: countryCodeSchema.exactOptional(),
});

const organizationParsers = createParsers(organizationSchema);

/**
 * Parses untrusted input as an {@link @nrmkit/core!Organization | Organization} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The organisation, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseOrganization } from "@nrmkit/validation";
 *
 * parseOrganization({ id: "org-iom", kind: "international_organization", name: { en: "IOM" } }).kind;
 * // => "international_organization"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseOrganization(input: unknown, options?: ParseOptions): Organization {
  return organizationParsers.parse(input, options);
}

/**
 * Parses untrusted input as an {@link @nrmkit/core!Organization | Organization} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The organisation, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseOrganization } from "@nrmkit/validation";
 *
 * const result = safeParseOrganization({ id: "org-iom", kind: "agency", name: {} });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.received]);
 * // => [["invalid_value", ["kind"], '"agency"']]
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseOrganization(input: unknown, options?: ParseOptions): SafeParseResult<Organization> {
  return organizationParsers.safeParse(input, options);
}
