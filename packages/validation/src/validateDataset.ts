import type { NrmDataset } from "@nrmkit/core";
import type * as z from "zod";
import { safeParseDataset } from "./datasetSchema.js";
import { decisionSchema } from "./decisionSchema.js";
import type { IntegrityOptions } from "./integrity.js";
import { optionsArgument } from "./internal/arguments.js";
import { localeOf } from "./internal/catalogue.js";
import {
  COLLECTIONS,
  type Collection,
  type Entries,
  type Entry,
  entriesOf,
  type Leftovers,
} from "./internal/integrity/context.js";
import { runRules, sortIssues } from "./internal/integrity/runRules.js";
import { meetingSchema } from "./meetingSchema.js";
import { mouAmendmentSchema } from "./mouAmendmentSchema.js";
import { mouSchema } from "./mouSchema.js";
import { organizationSchema } from "./organizationSchema.js";
import type { SafeParseFailure, SafeParseSuccess } from "./parseResult.js";
import { personSchema } from "./personSchema.js";
import { regionSchema } from "./regionSchema.js";
import { taskForceSchema } from "./taskForceSchema.js";
import type { ValidationIssue } from "./validationError.js";

const ENTITY_SCHEMAS: Readonly<Record<Collection, z.ZodType>> = {
  regions: regionSchema,
  organizations: organizationSchema,
  people: personSchema,
  taskForces: taskForceSchema,
  mous: mouSchema,
  mouAmendments: mouAmendmentSchema,
  meetings: meetingSchema,
  decisions: decisionSchema,
};

/**
 * The outcome of {@link validateDataset}: a {@link SafeParseResult} whose success also carries the warnings.
 *
 * @remarks
 * `success` is `false` only when there is an error; warnings never make it fail. On success,
 * `warnings` lists the warnings (often none). On failure, `issues` lists the errors and the
 * warnings together, sorted by entity as every issue is, the warnings marked `severity: "warning"`
 * (see {@link issueSeverity}); at least one of them is an error. The type is assignable to
 * `SafeParseResult<NrmDataset>`.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { type DatasetValidationResult, validateDataset } from "@nrmkit/validation";
 *
 * const result: DatasetValidationResult = validateDataset(JSON.parse(JSON.stringify(belarusTaskForces2014)));
 * result.success ? result.warnings : result.issues;
 * // => []
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export type DatasetValidationResult = DatasetValidationSuccess | SafeParseFailure;

/**
 * A successful {@link DatasetValidationResult}: the dataset, and the warnings it raised.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { type DatasetValidationSuccess, validateDataset } from "@nrmkit/validation";
 *
 * const input = JSON.parse(JSON.stringify(belarusTaskForces2014));
 * input.meetings[0].venue = { hostId: "org-by-vi-executive-committee" };
 * const result = validateDataset(input);
 * result.success && result.warnings.map((warning) => [warning.code, warning.path]);
 * // => [["venue_outside_task_force_region", ["meetings", 0, "venue", "hostId"]]]
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export interface DatasetValidationSuccess extends SafeParseSuccess<NrmDataset> {
  /** The warnings found, each marked `severity: "warning"`, sorted by entity; empty when there are none. */
  readonly warnings: readonly ValidationIssue[];
}

/**
 * Validates untrusted input as a dataset: each entity's schema and every integrity rule, all issues in one run.
 *
 * @remarks
 * Runs {@link datasetSchema}, then {@link checkIntegrity}. When some entities fail their schema,
 * the integrity rules still run over the entities that pass, so one run reports both kinds of
 * issue. An entity that fails its schema is left out of the rules until it is fixed (its own
 * integrity issues appear then), but it never causes a false issue elsewhere: references to it are
 * not "unknown", it still counts in its meeting's decision numbering, and attendance "as MoU party"
 * is not judged while an amendment of that MoU is invalid. Issues are sorted by collection and
 * position, schema issues first for one entity. Never throws.
 *
 * Warnings (see {@link checkIntegrity}) never make the result fail: the dataset with only warnings
 * comes back with `success: true` and the warnings in `warnings`; a failed result lists the errors
 * and the warnings together in `issues`, in the same entity order, warnings marked
 * `severity: "warning"`.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language.
 * @returns The dataset, frozen, and its warnings when it has no error; otherwise every error and warning found.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { validateDataset } from "@nrmkit/validation";
 *
 * validateDataset(JSON.parse(JSON.stringify(belarusTaskForces2014))).success;
 * // => true
 * const input = JSON.parse(JSON.stringify(belarusTaskForces2014));
 * input.meetings[0].date = "2014-02-30";
 * input.meetings[1].chairIds[0] = "org-iom";
 * const result = validateDataset(input);
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_date", ["meetings", 0, "date"]], ["not_a_person", ["meetings", 1, "chairIds", 0]]]
 * ```
 *
 * @category Integrity
 * @since 0.1.0
 */
export function validateDataset(input: unknown, options?: IntegrityOptions): DatasetValidationResult {
  const locale = localeOf(optionsArgument(options).locale);
  const parsed = safeParseDataset(input, { locale });
  if (parsed.success) {
    const issues = runRules(entriesOf(parsed.data), {}, locale);
    return issues.every((issue) => issue.severity === "warning")
      ? { success: true, data: parsed.data, warnings: issues }
      : { success: false, issues };
  }
  const { entries, leftovers } = salvage(input);
  return { success: false, issues: sortIssues([...parsed.issues, ...runRules(entries, leftovers, locale)]) };
}

/** The entities that pass their own schema, the ids of those that do not, and the collections that are not arrays. */
function salvage(input: unknown): { entries: Entries; leftovers: Leftovers } {
  const entries = {} as Record<Collection, Entry<unknown>[]>;
  const failed = {} as Record<Collection, unknown[]>;
  const unavailable = new Set<Collection>();
  for (const collection of COLLECTIONS) {
    entries[collection] = [];
    failed[collection] = [];
    const items =
      typeof input === "object" && input !== null && Object.hasOwn(input, collection)
        ? (input as Record<string, unknown>)[collection]
        : undefined;
    if (!Array.isArray(items)) {
      unavailable.add(collection);
      continue;
    }
    for (const [index, item] of items.entries()) {
      const data = parsedOrUndefined(ENTITY_SCHEMAS[collection], item);
      if (data !== undefined) entries[collection].push({ value: data, index });
      else failed[collection].push(item);
    }
  }
  return { entries: entries as unknown as Entries, leftovers: { failed, unavailable } };
}

/** The parsed entity, or `undefined` when it fails its schema or the schema throws (e.g. on absurdly deep input). */
function parsedOrUndefined(schema: z.ZodType, item: unknown): unknown {
  try {
    const result = schema.safeParse(item);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
