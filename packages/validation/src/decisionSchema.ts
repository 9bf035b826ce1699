import type { Decision } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import { mouOperationSchema } from "./mouAmendmentSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of a {@link @nrmkit/core!DecisionStatus | DecisionStatus}.
 *
 * @example
 * ```ts
 * import { decisionStatusSchema } from "@nrmkit/validation";
 *
 * decisionStatusSchema.options;
 * // => ["adopted", "in_progress", "done", "dropped"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const decisionStatusSchema = z.enum(["adopted", "in_progress", "done", "dropped"]);

/**
 * The schema of a {@link @nrmkit/core!DecisionStatusChange | DecisionStatusChange}.
 *
 * @example
 * ```ts
 * import { decisionStatusChangeSchema } from "@nrmkit/validation";
 *
 * decisionStatusChangeSchema.safeParse({ status: "adopted", date: "2014-04-16" }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const decisionStatusChangeSchema = entity({
  /** The new status. */
  status: decisionStatusSchema,
  /** The day it took effect. */
  date: isoDateSchema,
  /** Why, or what was done. */
  note: localizedTextSchema.exactOptional(),
});

/**
 * The schema of a {@link @nrmkit/core!DecisionLink | DecisionLink}.
 *
 * @example
 * ```ts
 * import { decisionLinkSchema } from "@nrmkit/validation";
 *
 * decisionLinkSchema.safeParse({ decisionId: "decision-gomel-1", relation: "repeats" }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const decisionLinkSchema = entity({
  /** The decision linked to. */
  decisionId: idSchema,
  /** How this decision relates to it. */
  relation: z.enum(["repeats", "continues", "supersedes"]),
});

/**
 * The schema of {@link @nrmkit/core!DecisionEffects | DecisionEffects}: the MoU changes a decision calls for.
 *
 * @example
 * ```ts
 * import { decisionEffectsSchema } from "@nrmkit/validation";
 *
 * decisionEffectsSchema.safeParse({ mouId: "mou-vitebsk", operations: [{ op: "add_party", organizationId: "org-by-vi-court" }] }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const decisionEffectsSchema = entity({
  /** The MoU to change. */
  mouId: idSchema,
  /** The operations, in order. */
  operations: list(mouOperationSchema),
});

/**
 * The schema of a {@link @nrmkit/core!Decision | Decision}.
 *
 * @example
 * ```ts
 * import { decisionSchema } from "@nrmkit/validation";
 *
 * decisionSchema.safeParse({
 *   id: "decision-1", meetingId: "meeting-1", ordinal: 1, category: "prevention", text: {},
 *   responsibleIds: [], statusHistory: [{ status: "adopted", date: "2014-04-16" }], links: [],
 * }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const decisionSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The meeting that took it. */
  meetingId: idSchema,
  /** Its number in the meeting's list, from 1. */
  ordinal: z.int().min(1),
  /** What it is about. */
  category: z.enum([
    "information_sharing",
    "prevention",
    "confidentiality",
    "legal_aid",
    "child_interviews",
    "media",
    "social_contracting",
    "volunteers",
    "reintegration",
    "cooperation",
    "mou_amendment",
    "mou_membership",
    "other",
  ]),
  /** The decision as worded in the source. */
  text: localizedTextSchema,
  /** Organisations responsible for carrying it out; empty when the source names all parties. */
  responsibleIds: list(idSchema),
  /** The day it should be done by, when set. */
  dueDate: isoDateSchema.exactOptional(),
  /** Status changes in date order; the first is normally `adopted` on the meeting day. */
  statusHistory: list(decisionStatusChangeSchema),
  /** Links to decisions of other meetings that this one repeats, continues or supersedes. */
  links: list(decisionLinkSchema),
  /** Structured MoU changes this decision calls for (for `mou_amendment` and `mou_membership`). */
  effects: decisionEffectsSchema.exactOptional(),
});

const decisionParsers = createParsers(decisionSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!Decision | Decision} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The decision, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseDecision } from "@nrmkit/validation";
 *
 * parseDecision({
 *   id: "decision-1", meetingId: "meeting-1", ordinal: 1, category: "prevention", text: {},
 *   responsibleIds: [], statusHistory: [], links: [],
 * }).ordinal;
 * // => 1
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseDecision(input: unknown, options?: ParseOptions): Decision {
  return decisionParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!Decision | Decision} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The decision, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseDecision } from "@nrmkit/validation";
 *
 * const result = safeParseDecision({
 *   id: "decision-1", meetingId: "meeting-1", ordinal: 0, category: "prevention", text: {},
 *   responsibleIds: [], statusHistory: [], links: [],
 * });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["too_small", ["ordinal"]]]
 * result.success || result.issues[0]?.message;
 * // => "ordinal: expected >= 1, received 0"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseDecision(input: unknown, options?: ParseOptions): SafeParseResult<Decision> {
  return decisionParsers.safeParse(input, options);
}
