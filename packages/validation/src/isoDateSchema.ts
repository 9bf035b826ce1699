import { isIsoDate } from "@nrmkit/core";
import type * as z from "zod";
import { EXPECTED_ISO_DATE } from "./internal/phrases.js";
import { refinedString } from "./internal/schemaHelpers.js";

/**
 * The schema of an {@link @nrmkit/core!IsoDate | IsoDate}: a real calendar date written `YYYY-MM-DD`.
 *
 * @remarks
 * `"2014-02-30"` and `"16.04.2014"` fail with the issue code `invalid_date`.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from "@nrmkit/validation";
 *
 * isoDateSchema.safeParse("2014-04-16").success;
 * // => true
 * isoDateSchema.safeParse("2014-02-30").success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const isoDateSchema: z.ZodString = refinedString(isIsoDate, {
  code: "invalid_date",
  expected: EXPECTED_ISO_DATE,
});
