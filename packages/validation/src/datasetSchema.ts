import type { NrmDataset } from "@nrmkit/core";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { decisionSchema } from "./decisionSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { meetingSchema } from "./meetingSchema.js";
import { mouAmendmentSchema } from "./mouAmendmentSchema.js";
import { mouSchema } from "./mouSchema.js";
import { organizationSchema } from "./organizationSchema.js";
import type { SafeParseResult } from "./parseResult.js";
import { personSchema } from "./personSchema.js";
import { regionSchema } from "./regionSchema.js";
import { taskForceSchema } from "./taskForceSchema.js";

/**
 * The schema of an {@link @nrmkit/core!NrmDataset | NrmDataset}: every collection, each entity checked on its own.
 *
 * @remarks
 * Checks each entity's shape only. Rules across entities (references, duplicates, dates) are in
 * {@link checkIntegrity}; {@link validateDataset} runs both.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { datasetSchema } from "@nrmkit/validation";
 *
 * datasetSchema.safeParse(belarusTaskForces2014).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const datasetSchema = entity({
  /** Regions the task forces work in. */
  regions: list(regionSchema),
  /** Agencies, departments, NGOs and international organisations. */
  organizations: list(organizationSchema),
  /** Officials and representatives, with their positions. */
  people: list(personSchema),
  /** The task forces. */
  taskForces: list(taskForceSchema),
  /** Memoranda of understanding, as first signed. */
  mous: list(mouSchema),
  /** Dated amendments of the MoUs. */
  mouAmendments: list(mouAmendmentSchema),
  /** Meetings of the task forces. */
  meetings: list(meetingSchema),
  /** Decisions of the meetings. */
  decisions: list(decisionSchema),
});

const datasetParsers = createParsers(datasetSchema);

/**
 * Parses untrusted input as an {@link @nrmkit/core!NrmDataset | NrmDataset} (shapes only) or throws with every issue.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The dataset, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { parseDataset } from "@nrmkit/validation";
 *
 * parseDataset(JSON.parse(JSON.stringify(belarusTaskForces2014))).taskForces.length;
 * // => 2
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseDataset(input: unknown, options?: ParseOptions): NrmDataset {
  return datasetParsers.parse(input, options);
}

/**
 * Parses untrusted input as an {@link @nrmkit/core!NrmDataset | NrmDataset} (shapes only) without throwing.
 *
 * @remarks
 * Use {@link validateDataset} to also check the rules across entities.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The dataset, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from "@nrmkit/validation";
 *
 * safeParseDataset({ regions: [] }).success;
 * // => false
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseDataset(input: unknown, options?: ParseOptions): SafeParseResult<NrmDataset> {
  return datasetParsers.safeParse(input, options);
}
