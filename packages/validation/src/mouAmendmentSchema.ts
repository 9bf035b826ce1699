import type { MouAmendment } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import { clauseTopicSchema, mouClauseSchema } from "./mouSchema.js";
import type { SafeParseResult } from "./parseResult.js";

const clauseNumber = z.string().min(1);

/**
 * The schema of a {@link @nrmkit/core!MouOperation | MouOperation}: a discriminated union on `op`.
 *
 * @remarks
 * An unknown `op` yields one `invalid_union` issue at `…op` listing the known operations.
 *
 * @example
 * ```ts
 * import { mouOperationSchema } from "@nrmkit/validation";
 *
 * mouOperationSchema.safeParse({ op: "add_party", organizationId: "org-by-vi-court" }).success;
 * // => true
 * mouOperationSchema.safeParse({ op: "rename" }).success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mouOperationSchema = z.discriminatedUnion("op", [
  entity({
    /** Discriminator. */
    op: z.literal("add_clause"),
    /** The new clause; its number must be new in the MoU. */
    clause: mouClauseSchema,
    /** The number of the clause to insert after; appended at the end when absent. */
    after: clauseNumber.exactOptional(),
  }),
  entity({
    /** Discriminator. */
    op: z.literal("amend_clause"),
    /** The number of the clause to change. */
    number: clauseNumber,
    /** The new topic and/or text; the text replaces the old one language by language. */
    changes: entity({
      /** The new topic, when it changes. */
      topic: clauseTopicSchema.exactOptional(),
      /** The new text, merged into the old one language by language. */
      text: localizedTextSchema.exactOptional(),
    }),
  }),
  entity({
    /** Discriminator. */
    op: z.literal("remove_clause"),
    /** The number of the clause to remove. */
    number: clauseNumber,
  }),
  entity({
    /** Discriminator. */
    op: z.literal("add_party"),
    /** The joining organisation. */
    organizationId: idSchema,
  }),
  entity({
    /** Discriminator. */
    op: z.literal("withdraw_party"),
    /** The withdrawing organisation. */
    organizationId: idSchema,
  }),
]);

/**
 * The schema of a {@link @nrmkit/core!MouAmendment | MouAmendment}.
 *
 * @example
 * ```ts
 * import { mouAmendmentSchema } from "@nrmkit/validation";
 *
 * mouAmendmentSchema.safeParse({
 *   id: "amendment-1", mouId: "mou-vitebsk", date: "2014-06-01",
 *   operations: [{ op: "add_party", organizationId: "org-by-vi-court" }],
 * }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mouAmendmentSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The MoU it changes. */
  mouId: idSchema,
  /** The day the amendment takes effect. */
  date: isoDateSchema,
  /** The operations, applied in order. */
  operations: list(mouOperationSchema),
  /** The decision that motivated it, when there is one. */
  decisionId: idSchema.exactOptional(),
});

const mouAmendmentParsers = createParsers(mouAmendmentSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!MouAmendment | MouAmendment} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The amendment, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseMouAmendment } from "@nrmkit/validation";
 *
 * parseMouAmendment({ id: "amendment-1", mouId: "mou-vitebsk", date: "2014-06-01", operations: [] }).mouId;
 * // => "mou-vitebsk"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseMouAmendment(input: unknown, options?: ParseOptions): MouAmendment {
  return mouAmendmentParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!MouAmendment | MouAmendment} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The amendment, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseMouAmendment } from "@nrmkit/validation";
 *
 * const result = safeParseMouAmendment({ id: "a-1", mouId: "mou-vitebsk", date: "2014-06-01", operations: [{ op: "rename" }] });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.received]);
 * // => [["invalid_union", ["operations", 0, "op"], '"rename"']]
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseMouAmendment(input: unknown, options?: ParseOptions): SafeParseResult<MouAmendment> {
  return mouAmendmentParsers.safeParse(input, options);
}
