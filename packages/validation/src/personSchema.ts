import type { Person } from "@nrmkit/core";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of a {@link @nrmkit/core!Position | Position}, a post a person holds in an organisation.
 *
 * @example
 * ```ts
 * import { positionSchema } from "@nrmkit/validation";
 *
 * positionSchema.safeParse({ organizationId: "org-iom-belarus", title: { en: "National Project Coordinator" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const positionSchema = entity({
  /** The organisation the position is in. */
  organizationId: idSchema,
  /** The title of the post in several languages: "National Project Coordinator". */
  title: localizedTextSchema,
  /** First day in the post, when known. */
  startDate: isoDateSchema.exactOptional(),
  /** Last day in the post; open when absent. */
  endDate: isoDateSchema.exactOptional(),
});

/**
 * The schema of a {@link @nrmkit/core!Person | Person}, an official (never a victim).
 *
 * @example
 * ```ts
 * import { personSchema } from "@nrmkit/validation";
 *
 * personSchema.safeParse({ id: "person-1", name: { en: "A. Official" }, positions: [] }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const personSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The person's name in several languages and scripts; absent when a source names only the post. */
  name: localizedTextSchema.exactOptional(),
  /** Every post the person holds or held, in the order the source lists them. */
  positions: list(positionSchema),
});

const personParsers = createParsers(personSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!Person | Person} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The person, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parsePerson } from "@nrmkit/validation";
 *
 * parsePerson({ id: "person-1", positions: [] }).positions;
 * // => []
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parsePerson(input: unknown, options?: ParseOptions): Person {
  return personParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!Person | Person} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The person, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParsePerson } from "@nrmkit/validation";
 *
 * const result = safeParsePerson({
 *   id: "person-1",
 *   positions: [{ organizationId: "org-iom", title: {}, startDate: "2014-02-30" }],
 * });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_date", ["positions", 0, "startDate"]]]
 * result.success || result.issues[0]?.message;
 * // => 'positions[0].startDate: expected a real date written YYYY-MM-DD, received "2014-02-30"'
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParsePerson(input: unknown, options?: ParseOptions): SafeParseResult<Person> {
  return personParsers.safeParse(input, options);
}
