/**
 * A translation of a message catalogue `T`: the same keys, each optional, nested records partial too.
 *
 * @remarks
 * Strings, arrays and plural-form objects are translated as a whole; other objects key by key.
 *
 * @example
 * ```ts
 * import type { Translation } from "@nrmkit/core";
 *
 * const partial: Translation<{ title: string; status: { done: string; open: string } }> = {
 *   status: { done: "efectuat" },
 * };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export type Translation<T> = T extends string
  ? string
  : T extends readonly unknown[]
    ? T
    : T extends boolean | number
      ? T
      : { readonly [K in keyof T]?: Translation<T[K]> };

/**
 * A catalogue completed from a reference language, with the keys that had to be taken from it.
 *
 * @category Locales
 * @since 0.1.0
 */
export interface FilledTranslation<T> {
  /** Every key of the reference; untranslated strings carry the visible marker (`"[en] Decisions"`). */
  readonly messages: T;
  /** Dotted paths of the untranslated keys (`"report.decisionStatus.done"`), and of plural categories the language needs but lacks (`"report.decisionsCount.few"`). */
  readonly missing: readonly string[];
}

/**
 * Options of {@link fillTranslation}.
 *
 * @example
 * ```ts
 * import type { FillTranslationOptions } from "@nrmkit/core";
 *
 * const options: FillTranslationOptions = { referenceLang: "en", path: "report", pluralCategories: ["one", "few", "many", "other"] };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface FillTranslationOptions {
  /** The language of the reference catalogue, named in the marker: `"en"` gives `"[en] "`. */
  readonly referenceLang: string;
  /** A prefix for the paths in `missing`: `"report"`. */
  readonly path?: string;
  /** The plural categories of the translation's language (`Intl.PluralRules#resolvedOptions().pluralCategories`); plural forms lacking one are listed as missing. */
  readonly pluralCategories?: readonly string[];
}

const PLURAL_KEYS = new Set(["zero", "one", "two", "few", "many", "other"]);

function isPluralForms(value: unknown): value is Readonly<Record<string, string>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes("other") && keys.every((key) => PLURAL_KEYS.has(key));
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mark(value: unknown, marker: string): unknown {
  if (typeof value === "string") return value.replace(/^(\s*)/, `$1${marker}`);
  if (Array.isArray(value)) return value.map((item) => mark(item, marker));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item, marker)]));
  return value;
}

function fill(
  reference: unknown,
  translation: unknown,
  path: string,
  marker: string,
  plurals: readonly string[] | undefined,
  missing: string[],
): unknown {
  if (translation === undefined || translation === null) {
    if (isRecord(reference) && !isPluralForms(reference)) {
      return Object.fromEntries(
        Object.entries(reference).map(([key, value]) => [
          key,
          fill(value, undefined, path === "" ? key : `${path}.${key}`, marker, plurals, missing),
        ]),
      );
    }
    missing.push(path);
    return mark(reference, marker);
  }
  if (isPluralForms(reference)) {
    if (!isRecord(translation) || typeof translation.other !== "string") {
      missing.push(path);
      return mark(reference, marker);
    }
    for (const category of plurals ?? []) {
      if (typeof translation[category] !== "string") missing.push(`${path}.${category}`);
    }
    return translation;
  }
  if (isRecord(reference)) {
    const source = isRecord(translation) ? translation : {};
    // Keys the reference lacks (a language's own forms) are kept as the translator wrote them.
    const result: Record<string, unknown> = { ...source };
    for (const [key, value] of Object.entries(reference)) {
      result[key] = fill(value, source[key], path === "" ? key : `${path}.${key}`, marker, plurals, missing);
    }
    return result;
  }
  return translation;
}

/**
 * Completes a translation from a reference catalogue, marking every key it takes from the reference and listing them.
 *
 * @remarks
 * A missing string becomes the reference string after a visible marker (`"[en] Decisions"`; a
 * leading space stays in front), so an untranslated key is never silent. Missing booleans and
 * numbers take the reference value (and are listed). Plural-form objects are translated whole:
 * a language's extra categories (`few`, `many`) are kept.
 *
 * @param reference - The complete catalogue (English).
 * @param translation - The translation, possibly partial or absent.
 * @param options - The reference language, a path prefix and the translation's plural categories.
 * @returns The completed catalogue and the untranslated paths.
 *
 * @example
 * ```ts
 * import { fillTranslation } from "@nrmkit/core";
 *
 * const en = { title: "Decisions", status: { done: "done", open: "open" } };
 * const filled = fillTranslation(en, { title: "Decizii", status: { done: "efectuat" } }, { referenceLang: "en" });
 * filled.messages;
 * // => { title: "Decizii", status: { done: "efectuat", open: "[en] open" } }
 * filled.missing;
 * // => ["status.open"]
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function fillTranslation<T>(
  reference: T,
  translation: Translation<T> | undefined,
  options: FillTranslationOptions,
): FilledTranslation<T> {
  const missing: string[] = [];
  const messages = fill(
    reference,
    translation,
    options.path ?? "",
    `[${options.referenceLang}] `,
    options.pluralCategories,
    missing,
  ) as T;
  return { messages, missing };
}
