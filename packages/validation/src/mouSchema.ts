import type { Mou } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of a {@link @nrmkit/core!ClauseTopic | ClauseTopic}.
 *
 * @example
 * ```ts
 * import { clauseTopicSchema } from "@nrmkit/validation";
 *
 * clauseTopicSchema.safeParse("confidentiality").success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const clauseTopicSchema = z.enum([
  "purpose",
  "target_group",
  "governance",
  "party_commitments",
  "information_exchange",
  "confidentiality",
  "state_programme",
  "international_convention",
  "referral",
  "assistance",
  "prevention",
  "review_and_amendment",
  "conflict_resolution",
  "other",
]);

/**
 * The schema of a {@link @nrmkit/core!MouClause | MouClause}.
 *
 * @example
 * ```ts
 * import { mouClauseSchema } from "@nrmkit/validation";
 *
 * mouClauseSchema.safeParse({ number: "4.2", topic: "confidentiality", text: { en: "…" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mouClauseSchema = entity({
  /** The clause number as printed, unique in its MoU: `"1"`, `"4.2"`. */
  number: z.string().min(1),
  /** What the clause is about. */
  topic: clauseTopicSchema,
  /** The clause text in several languages. */
  text: localizedTextSchema,
});

/**
 * The schema of a {@link @nrmkit/core!MouParty | MouParty}.
 *
 * @example
 * ```ts
 * import { mouPartySchema } from "@nrmkit/validation";
 *
 * mouPartySchema.safeParse({ organizationId: "org-by-ho-red-cross", signedDate: "2013-05-01" }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mouPartySchema = entity({
  /** The organisation that signed. */
  organizationId: idSchema,
  /** The day it signed or joined. */
  signedDate: isoDateSchema,
  /** The day it withdrew; still a party when absent. */
  withdrawnDate: isoDateSchema.exactOptional(),
});

/**
 * The schema of a {@link @nrmkit/core!Mou | Mou}, a memorandum of understanding as first signed.
 *
 * @example
 * ```ts
 * import { mouSchema } from "@nrmkit/validation";
 *
 * mouSchema.safeParse({ id: "mou-gomel", title: {}, effectiveDate: "2013-05-01", parties: [], clauses: [] }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const mouSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The MoU's title in several languages. */
  title: localizedTextSchema,
  /** The day the MoU (this version's base text) took effect. */
  effectiveDate: isoDateSchema,
  /** The day it ceased to have effect; open when absent. */
  expiryDate: isoDateSchema.exactOptional(),
  /** Every organisation that is or was a party. */
  parties: list(mouPartySchema),
  /** The clauses in order. */
  clauses: list(mouClauseSchema),
});

const mouParsers = createParsers(mouSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!Mou | Mou} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The MoU, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseMou } from "@nrmkit/validation";
 *
 * parseMou({ id: "mou-gomel", title: {}, effectiveDate: "2013-05-01", parties: [], clauses: [] }).effectiveDate;
 * // => "2013-05-01"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseMou(input: unknown, options?: ParseOptions): Mou {
  return mouParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!Mou | Mou} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The MoU, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseMou } from "@nrmkit/validation";
 *
 * const result = safeParseMou({ id: "mou-gomel", title: {}, effectiveDate: "2013-13-01", parties: [], clauses: [] });
 * result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
 * // => [["invalid_date", ["effectiveDate"]]]
 * result.success || result.issues[0]?.message;
 * // => 'effectiveDate: expected a real date written YYYY-MM-DD, received "2013-13-01"'
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseMou(input: unknown, options?: ParseOptions): SafeParseResult<Mou> {
  return mouParsers.safeParse(input, options);
}
