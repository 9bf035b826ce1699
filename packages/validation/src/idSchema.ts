import type * as z from "zod";
import { EXPECTED_ID } from "./internal/phrases.js";
import { refinedString } from "./internal/schemaHelpers.js";

const ID = /^[^\s\p{Cc}]{1,200}$/u;

/**
 * The schema of an entity id: 1 to 200 characters without whitespace or control characters.
 *
 * @remarks
 * Ids are compared as exact strings. A failing string yields the issue code `invalid_id`.
 *
 * @example
 * ```ts
 * import { idSchema } from "@nrmkit/validation";
 *
 * idSchema.safeParse("org-by-ho-red-cross").success;
 * // => true
 * idSchema.safeParse("red cross").success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const idSchema: z.ZodString = refinedString((value) => ID.test(value), {
  code: "invalid_id",
  expected: EXPECTED_ID,
});
