import type { TaskForce } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";
import { regionCodeSchema } from "./regionSchema.js";

/**
 * The schema of a {@link @nrmkit/core!MandateKind | MandateKind}.
 *
 * @example
 * ```ts
 * import { mandateKindSchema } from "@nrmkit/validation";
 *
 * mandateKindSchema.safeParse("refer").success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mandateKindSchema = z.enum([
  "identify",
  "refer",
  "assist",
  "strengthen_nrm",
  "share_information",
  "prevent",
  "other",
]);

/**
 * The schema of a {@link @nrmkit/core!MandateItem | MandateItem}.
 *
 * @example
 * ```ts
 * import { mandateItemSchema } from "@nrmkit/validation";
 *
 * mandateItemSchema.safeParse({ kind: "identify", text: { en: "identify victims" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mandateItemSchema = entity({
  /** The kind of responsibility. */
  kind: mandateKindSchema,
  /** The responsibility as the source words it. */
  text: localizedTextSchema,
});

/**
 * The schema of a {@link @nrmkit/core!TaskForce | TaskForce}.
 *
 * @example
 * ```ts
 * import { taskForceSchema } from "@nrmkit/validation";
 *
 * taskForceSchema.safeParse({
 *   id: "task-force-gomel", name: { en: "Gomel task force" }, regionId: "BY-HO",
 *   mandate: [], coordinatorIds: [], secretariatIds: [],
 * }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const taskForceSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The task force's name in several languages. */
  name: localizedTextSchema,
  /** The region it works in (an ISO 3166-2 code, see {@link @nrmkit/core!Region | Region}). */
  regionId: regionCodeSchema,
  /** What the task force is responsible for, in the source's order. */
  mandate: list(mandateItemSchema),
  /** The day it was set up, when known. */
  establishedDate: isoDateSchema.exactOptional(),
  /** The day it was dissolved; open when absent. */
  dissolvedDate: isoDateSchema.exactOptional(),
  /** Organisations that coordinate it. */
  coordinatorIds: list(idSchema),
  /** Organisations that act as its secretariat or give it technical support. */
  secretariatIds: list(idSchema),
  /** The memorandum of understanding it rests on. */
  mouId: idSchema.exactOptional(),
});

const taskForceParsers = createParsers(taskForceSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!TaskForce | TaskForce} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The task force, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseTaskForce } from "@nrmkit/validation";
 *
 * parseTaskForce({
 *   id: "task-force-gomel", name: {}, regionId: "BY-HO", mandate: [], coordinatorIds: [], secretariatIds: [],
 * }).regionId;
 * // => "BY-HO"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseTaskForce(input: unknown, options?: ParseOptions): TaskForce {
  return taskForceParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!TaskForce | TaskForce} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The task force, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseTaskForce } from "@nrmkit/validation";
 *
 * const result = safeParseTaskForce({ id: "tf", name: {}, regionId: "BY-HO", mandate: [], coordinatorIds: [] });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_type", ["secretariatIds"]]]
 * result.success || result.issues[0]?.message;
 * // => "secretariatIds: expected array, received missing"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseTaskForce(input: unknown, options?: ParseOptions): SafeParseResult<TaskForce> {
  return taskForceParsers.safeParse(input, options);
}
