import type * as z from "zod";
import { optionsArgument } from "./internal/arguments.js";
import { EXPECTED_PLAIN_DATA } from "./internal/casePhrases.js";
import { localeOf } from "./internal/catalogue.js";
import { describeValue } from "./internal/describeValue.js";
import { EXPECTED_NO_THROW } from "./internal/phrases.js";
import { findPlainDataProblem } from "./internal/plainData.js";
import type { SafeParseResult } from "./parseResult.js";
import { ValidationError, type ValidationIssue } from "./validationError.js";
import type { IssueLocale } from "./validationMessages.js";
import { fromZodIssues, renderIssue } from "./zodIssues.js";

/**
 * Options of every `parseX` and `safeParseX` function.
 *
 * @example
 * ```ts
 * import { type ParseOptions, safeParseMeeting } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * const options: ParseOptions = { locale: ru, pathPrefix: ["meetings", 3] };
 * safeParseMeeting({}, options).success;
 * // => false
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export interface ParseOptions {
  /** The language of issue messages: a locale object (`ru`, `be`, `uk`, `ro` from `@nrmkit/validation/locales`) or the tag of a loaded one (`"en"`, or one registered with `registerLocale`); English when absent. A tag with no catalogue loaded throws `invalid_argument`. */
  readonly locale?: IssueLocale;
  /** Path segments put before every issue's path, e.g. `["meetings", 3]`. */
  readonly pathPrefix?: readonly (string | number)[];
}

/**
 * A throwing `parse` and a non-throwing `safeParse` for one schema, as made by {@link createParsers}.
 *
 * @typeParam T - The type of the parsed data.
 *
 * @example
 * ```ts
 * import { createParsers, idSchema, type Parsers } from "@nrmkit/validation";
 *
 * const parsers: Parsers<string> = createParsers(idSchema);
 * parsers.parse("org-iom");
 * // => "org-iom"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export interface Parsers<T> {
  /**
   * Parses untrusted input, throwing when it breaks a rule.
   *
   * @param input - Anything, typically the result of `JSON.parse`.
   * @param options - Message language and path prefix.
   * @returns The parsed data.
   * @throws ValidationError with code `validation_failed`, carrying every issue found.
   */
  readonly parse: (input: unknown, options?: ParseOptions) => T;
  /**
   * Parses untrusted input without ever throwing, returning the data or every issue found.
   *
   * @param input - Anything, typically the result of `JSON.parse`.
   * @param options - Message language and path prefix.
   * @returns The data, or all issues at once.
   */
  readonly safeParse: (input: unknown, options?: ParseOptions) => SafeParseResult<T>;
}

/**
 * Turns a Zod schema into a `parse` / `safeParse` pair that speaks nrmkit issues.
 *
 * @remarks
 * Every `parseX` / `safeParseX` pair of this package is made with it, and it works for your own
 * schemas too (e.g. an extended {@link meetingSchema}). `safeParse` never throws: an exception
 * inside a schema (such as a throwing refinement of yours) becomes an issue with code
 * `schema_error` at the root. Input must be plain own data, as `JSON.parse` makes it: a class
 * instance, an object inheriting its values (`Object.create(record)`), a getter or setter, a
 * symbol key or an object that throws when read (a proxy) is rejected with `not_plain_data` at
 * its path before the schema reads anything.
 *
 * @param schema - Any Zod v4 schema.
 * @returns The two functions; the output type is the schema's.
 *
 * @example
 * ```ts
 * import { createParsers } from "@nrmkit/validation";
 * import * as z from "zod";
 *
 * const { parse, safeParse } = createParsers(z.strictObject({ code: z.string() }));
 * parse({ code: "BY" });
 * // => { code: "BY" }
 * const result = safeParse({ code: 1 });
 * result.success ? [] : result.issues;
 * // => [{ code: "invalid_type", path: ["code"], expected: "string", received: "1", message: "code: expected string, received 1" }]
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function createParsers<S extends z.ZodType>(schema: S): Parsers<z.output<S>> {
  const safeParse = (input: unknown, options?: ParseOptions): SafeParseResult<z.output<S>> => {
    // A caller's mistake in the options is thrown; only the input's problems become issues.
    const opts = optionsArgument(options);
    const locale = localeOf(opts.locale);
    const plain = findPlainDataProblem(input);
    if (plain !== undefined) {
      const issue: ValidationIssue = {
        code: "not_plain_data",
        path: [...(opts.pathPrefix ?? []), ...plain.path],
        message: "",
        expected: EXPECTED_PLAIN_DATA,
        received: plain.found,
      };
      return { success: false, issues: [renderIssue(issue, locale)] };
    }
    let result: z.ZodSafeParseResult<z.output<S>>;
    try {
      result = schema.safeParse(input, { reportInput: true });
    } catch (error) {
      const issue: ValidationIssue = {
        code: "schema_error",
        path: opts.pathPrefix ?? [],
        message: "",
        expected: EXPECTED_NO_THROW,
        received: describeValue(error instanceof Error ? error.message : String(error)),
      };
      return { success: false, issues: [renderIssue(issue, locale)] };
    }
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: fromZodIssues(result.error.issues, { ...opts, locale }) };
  };
  const parse = (input: unknown, opts?: ParseOptions): z.output<S> => {
    const result = safeParse(input, opts);
    if (!result.success) throw new ValidationError(result.issues);
    return result.data;
  };
  return { parse, safeParse };
}
