import type * as z from "zod";
import { arrayArgument, objectArgument, optionsArgument } from "./internal/arguments.js";
import { RECEIVED_MISSING } from "./internal/casePhrases.js";
import {
  englishPhrase,
  format,
  localeOf,
  messagesOf,
  translateExpected,
  translateReceived,
} from "./internal/catalogue.js";
import { describeValue } from "./internal/describeValue.js";
import {
  EXPECTED_ALLOWED_KEY,
  EXPECTED_KNOWN_KEY,
  EXPECTED_ONE_MATCH,
  FORBIDDEN_KEYS,
  oneOf,
  type SizeUnit,
  sizeBound,
} from "./internal/phrases.js";
import type { ValidationIssue } from "./validationError.js";
import type { IssueLocale, ValidationLocale } from "./validationMessages.js";

/**
 * Options of {@link fromZodIssues}.
 *
 * @example
 * ```ts
 * import type { FromZodIssuesOptions } from "@nrmkit/validation";
 * import { ru } from "@nrmkit/validation/locales";
 *
 * const options: FromZodIssuesOptions = { locale: ru, pathPrefix: ["rows", 41] };
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export interface FromZodIssuesOptions {
  /** The language of the messages: a locale object (`ru` from `@nrmkit/validation/locales`) or the tag of a loaded one; English when absent. */
  readonly locale?: IssueLocale;
  /** Path segments put before every issue's path, e.g. `["rows", 41]` when the schema ran on one row. */
  readonly pathPrefix?: readonly (string | number)[];
}

type IssuePath = readonly (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/**
 * Converts Zod v4 issues into nrmkit {@link ValidationIssue}s with stable codes, paths and messages.
 *
 * @remarks
 * Codes are Zod's (`invalid_type`, `too_small`, `too_big`, `invalid_format`, `invalid_value`,
 * `invalid_union`, `not_multiple_of`, `custom`, …) with three refinements: `unrecognized_keys`
 * yields one issue per key, its path ending in the key; a prototype-pollution key (`__proto__`,
 * `constructor`, `prototype`) gets the code `forbidden_key`; a custom issue whose `params` carry
 * `code`, `expected` or `received` strings uses them. Record-key and union issues are flattened to
 * the issues of the failing key or of the closest union option. `received` is rendered from
 * `issue.input`, which Zod only fills when parsing with `{ reportInput: true }`; strings are cut
 * after 40 characters and objects are only named, never dumped.
 *
 * @param zodIssues - The issues of a failed Zod `safeParse` (`result.error.issues`).
 * @param options - Message language and a path prefix.
 * @returns One nrmkit issue per problem, in Zod's order.
 *
 * @example
 * ```ts
 * import { fromZodIssues } from "@nrmkit/validation";
 * import * as z from "zod";
 *
 * const result = z.object({ date: z.string() }).safeParse({ date: 2014 }, { reportInput: true });
 * fromZodIssues(result.error?.issues ?? [], { pathPrefix: ["meetings", 0] });
 * // => [{ code: "invalid_type", path: ["meetings", 0, "date"], expected: "string", received: "2014", message: "meetings[0].date: expected string, received 2014" }]
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  options?: FromZodIssuesOptions,
): ValidationIssue[] {
  arrayArgument(zodIssues, "zodIssues");
  const opts = optionsArgument(options);
  const locale = localeOf(opts.locale);
  return zodIssues.flatMap((zodIssue) => convert(zodIssue, opts.pathPrefix ?? [], locale));
}

/** Re-renders an issue's message in a locale; `localizeIssue` without loading the import and integrity phrases (the schemas never write them). */
export function renderIssue(issue: ValidationIssue, locale: IssueLocale): ValidationIssue {
  objectArgument(issue, "issue");
  const resolved = localeOf(locale);
  if (issue.expected === undefined) return issue;
  return { ...issue, message: renderMessage(issue.path, issue.expected, issue.received, resolved, issue.suggestion) };
}

/**
 * Writes an issue path the way a JavaScript reader would: `meetings[0].name["be-Latn"]`.
 *
 * @param path - The path segments.
 * @param locale - The language of the root label used for an empty path: a tag or a locale object.
 * @returns The path as text; `(root)` (or `(корень)`, `(rădăcină)`…) when empty.
 * @throws NrmkitError with code `invalid_argument` when `locale` is a tag with no catalogue loaded.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from "@nrmkit/validation";
 *
 * formatIssuePath(["meetings", 0, "name", "be-Latn"]);
 * // => 'meetings[0].name["be-Latn"]'
 * formatIssuePath([]);
 * // => "(root)"
 * ```
 *
 * @category Issues
 * @since 0.1.0
 */
export function formatIssuePath(path: readonly (string | number)[], locale: IssueLocale = "en"): string {
  arrayArgument(path, "path");
  const resolved = localeOf(locale);
  if (path.length === 0) return messagesOf(resolved).frame.root;
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

function renderMessage(
  path: IssuePath,
  expected: string,
  received: string | undefined,
  locale: ValidationLocale,
  suggestion?: string,
): string {
  const { frame } = messagesOf(locale);
  const template =
    received === undefined
      ? suggestion === undefined
        ? frame.expected
        : frame.expectedSuggestion
      : suggestion === undefined
        ? frame.expectedReceived
        : frame.expectedReceivedSuggestion;
  return format(template, {
    path: formatIssuePath(path, locale),
    expected: translateExpected(expected, locale),
    ...(received === undefined ? {} : { received: translateReceived(received, locale) }),
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}

function toPath(prefix: IssuePath, path: readonly PropertyKey[]): (string | number)[] {
  return [...prefix, ...path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))];
}

function makeIssue(
  locale: ValidationLocale,
  code: string,
  path: IssuePath,
  expected: string | undefined,
  received: string | undefined,
  fallbackMessage: string,
  suggestion?: string,
): ValidationIssue {
  const message =
    expected === undefined
      ? `${formatIssuePath(path, locale)}: ${fallbackMessage}`
      : renderMessage(path, expected, received, locale, suggestion);
  return {
    code,
    path,
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received }),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

/** The input as reported by Zod, or `undefined` when Zod ran without `reportInput`. */
function receivedOf(issue: ZodIssue): string | undefined {
  // An absent key and a key set to undefined are the same to JSON: both are missing.
  if ("input" in issue)
    return issue.input === undefined && issue.path.length > 0 ? RECEIVED_MISSING : describeValue(issue.input);
  // Without reportInput Zod still names the received type in its own message.
  return /received (\w+)/.exec(issue.message)?.[1];
}

function convert(issue: ZodIssue, prefix: IssuePath, locale: ValidationLocale): ValidationIssue[] {
  const path = toPath(prefix, issue.path);
  const simple = (expected: string | undefined, code: string = issue.code ?? "custom") => [
    makeIssue(locale, code, path, expected, receivedOf(issue), issue.message),
  ];
  switch (issue.code) {
    case "invalid_type":
      return simple(issue.expected);
    case "too_small":
    case "too_big":
      return simple(boundPhrase(issue));
    case "invalid_format":
      return simple(formatPhrase(issue));
    case "not_multiple_of":
      return simple(englishPhrase("phrases", "multipleOf", { divisor: String(issue.divisor) }));
    case "invalid_value":
      return simple(oneOf(issue.values.map(literal)));
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const forbidden = FORBIDDEN_KEYS.has(key);
        const expected = forbidden ? EXPECTED_ALLOWED_KEY : EXPECTED_KNOWN_KEY;
        const code = forbidden ? "forbidden_key" : issue.code;
        return makeIssue(locale, code, [...path, key], expected, describeValue(key), issue.message);
      });
    case "invalid_key":
    case "invalid_element":
      // The nested issues describe the key or element itself, at the path Zod gave the wrapper.
      return issue.issues.flatMap((nested) => convert(nested, path, locale));
    case "invalid_union":
      return convertUnion(issue, path, locale);
    case "custom":
      return [convertCustom(issue, path, locale)];
    default:
      return [
        makeIssue(
          locale,
          (issue as ZodIssue).code ?? "custom",
          path,
          undefined,
          undefined,
          (issue as ZodIssue).message,
        ),
      ];
  }
}

function convertUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: IssuePath,
  locale: ValidationLocale,
): ValidationIssue[] {
  if (issue.inclusive === false) {
    return [makeIssue(locale, issue.code, path, EXPECTED_ONE_MATCH, receivedOf(issue), issue.message)];
  }
  if (issue.errors.length === 0) {
    // A discriminated union whose discriminator matched no option: Zod's path already ends in the key.
    const options = (issue.options ?? []).map(literal);
    const input: unknown = issue.input;
    const discriminator = issue.discriminator;
    const value =
      discriminator !== undefined && typeof input === "object" && input !== null && Object.hasOwn(input, discriminator)
        ? describeValue((input as Record<string, unknown>)[discriminator])
        : "input" in issue
          ? RECEIVED_MISSING
          : undefined;
    const expected = options.length > 0 ? oneOf(options) : undefined;
    return [makeIssue(locale, issue.code, path, expected, value, issue.message)];
  }
  // Report the option that came closest: one whose type matched at the union's root, then the fewest issues.
  // Option issues are relative to the union.
  const typeMismatch = (errors: readonly ZodIssue[]) =>
    errors.some((nested) => nested.code === "invalid_type" && nested.path.length === 0);
  const closest = issue.errors.reduce((best, errors) => {
    const better = typeMismatch(best) !== typeMismatch(errors) ? typeMismatch(best) : errors.length < best.length;
    return better ? errors : best;
  });
  return closest.flatMap((nested) => convert(nested, path, locale));
}

function convertCustom(issue: z.core.$ZodIssueCustom, path: IssuePath, locale: ValidationLocale): ValidationIssue {
  const params = issue.params ?? {};
  const code = typeof params.code === "string" && /^[a-z][a-z0-9_]*$/.test(params.code) ? params.code : issue.code;
  const expected = typeof params.expected === "string" ? params.expected : undefined;
  const received = typeof params.received === "string" ? params.received : receivedOf(issue);
  const suggestion = typeof params.suggestion === "string" ? params.suggestion : undefined;
  return makeIssue(locale, code, path, expected, received, issue.message, suggestion);
}

function boundPhrase(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const limit = String(small ? issue.minimum : issue.maximum);
  const unit: SizeUnit | undefined =
    issue.origin === "string" ? "characters" : issue.origin === "array" || issue.origin === "set" ? "items" : undefined;
  if (unit !== undefined)
    return sizeBound(issue.exact === true ? "exactly" : small ? "at least" : "at most", limit, unit);
  if (issue.exact === true) return `= ${limit}`;
  const inclusive = issue.inclusive !== false;
  return `${small ? ">" : "<"}${inclusive ? "=" : ""} ${limit}`;
}

function formatPhrase(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const detail = issue as z.core.$ZodStringFormatIssues;
  switch (detail.format) {
    case "regex":
      return englishPhrase("phrases", "stringMatching", { pattern: String(detail.pattern) });
    case "starts_with":
      return englishPhrase("phrases", "stringStartingWith", { prefix: JSON.stringify(detail.prefix) });
    case "ends_with":
      return englishPhrase("phrases", "stringEndingWith", { suffix: JSON.stringify(detail.suffix) });
    case "includes":
      return englishPhrase("phrases", "stringIncluding", { part: JSON.stringify(detail.includes) });
    default:
      return englishPhrase("phrases", "validFormat", { format: detail.format });
  }
}

function literal(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : describeValue(value);
}
