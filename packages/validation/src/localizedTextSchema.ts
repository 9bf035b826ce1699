import * as z from "zod";
import { describeValue } from "./internal/describeValue.js";
import { EXPECTED_ALLOWED_KEY, EXPECTED_LANGUAGE_TAG, FORBIDDEN_KEYS } from "./internal/phrases.js";

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The schema of a BCP 47 language tag as used for keys of localized text: `en`, `ru`, `be-Latn`, `ru-BY`.
 *
 * @remarks
 * A practical subset of BCP 47: a 2–3 letter lowercase language, then any subtags of 1–8 letters or
 * digits. Failing strings yield the issue code `invalid_language_tag`.
 *
 * @example
 * ```ts
 * import { languageTagSchema } from "@nrmkit/validation";
 *
 * languageTagSchema.safeParse("be-Latn").success;
 * // => true
 * languageTagSchema.safeParse("Russian").success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const languageTagSchema: z.ZodString = z.string().check((payload) => {
  if (LANGUAGE_TAG.test(payload.value)) return;
  const forbidden = FORBIDDEN_KEYS.has(payload.value);
  payload.issues.push({
    code: "custom",
    input: payload.value,
    message: forbidden ? EXPECTED_ALLOWED_KEY : EXPECTED_LANGUAGE_TAG,
    params: forbidden
      ? { code: "forbidden_key", expected: EXPECTED_ALLOWED_KEY }
      : { code: "invalid_language_tag", expected: EXPECTED_LANGUAGE_TAG },
  });
});

const textRecord = z.partialRecord(languageTagSchema, z.string()).readonly();

/**
 * The schema of a {@link @nrmkit/core!LocalizedText | LocalizedText}: texts keyed by language tag.
 *
 * @remarks
 * Keys must pass {@link languageTagSchema}; values are strings (empty allowed). Zod silently skips an
 * own `__proto__` key in records, so this schema looks for one first and reports it as
 * `forbidden_key` (the other issues of that one text are then not reported). `constructor` and
 * `prototype` keys are reported as `forbidden_key` as well. The output is frozen.
 *
 * @example
 * ```ts
 * import { localizedTextSchema } from "@nrmkit/validation";
 *
 * localizedTextSchema.parse({ en: "Gomel", ru: "Гомель", "be-Latn": "Homieĺ" });
 * // => { en: "Gomel", ru: "Гомель", "be-Latn": "Homieĺ" }
 * localizedTextSchema.safeParse({ English: "Gomel" }).success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const localizedTextSchema = z.preprocess((value, context) => {
  if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
    context.addIssue({
      code: "custom",
      path: ["__proto__"],
      message: EXPECTED_ALLOWED_KEY,
      params: { code: "forbidden_key", expected: EXPECTED_ALLOWED_KEY, received: describeValue("__proto__") },
    });
  }
  return value;
}, textRecord);
