import type { Locale as DateFnsLocale } from "date-fns";
import { NrmkitError } from "./error.js";

/**
 * The date-fns patterns a language writes dates with.
 *
 * @remarks
 * Patterns are date-fns `format` patterns, applied with the locale's
 * {@link LocaleBase.dateLocale | dateLocale}. Languages that decline month names (Russian,
 * Belarusian, Ukrainian) get the genitive from date-fns when the month follows a day (`d MMMM`)
 * and the nominative from `LLLL` (stand-alone month).
 *
 * @example
 * ```ts
 * import type { DateStyles } from "@nrmkit/core";
 *
 * const romanian: DateStyles = { phrase: "'În ziua de' d MMMM yyyy", long: "d MMMM yyyy", month: "LLLL yyyy" };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface DateStyles {
  /** The date that opens a sentence of a news item: `"'On the' do 'of' MMMM, yyyy"`. */
  readonly phrase: string;
  /** A date in tables, labels and mid-sentence: `"d MMMM yyyy"`. */
  readonly long: string;
  /** The label of a calendar month in statistics: `"MMM yyyy"`. */
  readonly month: string;
}

/**
 * What every nrmkit locale carries, whatever packages use it: its language tag, date-fns locale and date patterns.
 *
 * @remarks
 * Each package adds its own part to the same object: `validation` (issue messages), `stats`
 * (dimension, category and period labels), `report` (report messages). The full type is
 * `NrmLocale` in `@nrmkit/report`; a user adds a language by writing one such object and passing
 * it as the `locale` option (or registering it with {@link registerLocale}). Parts and keys left
 * out fall back to English with a visible `[en]` marker.
 *
 * @example
 * ```ts
 * import type { LocaleBase } from "@nrmkit/core";
 * import { ro as dateFnsRo } from "date-fns/locale/ro";
 *
 * const romanian: LocaleBase = {
 *   code: "ro",
 *   name: "Română",
 *   dateLocale: dateFnsRo,
 *   dates: { phrase: "'La' d MMMM yyyy", long: "d MMMM yyyy", month: "LLLL yyyy" },
 * };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface LocaleBase {
  /** The BCP 47 language tag of the locale: `"ro"`, `"be"`, `"sr-Latn"`. */
  readonly code: string;
  /** The language's name in itself (`"Română"`), for language pickers. */
  readonly name?: string;
  /** The date-fns locale that spells months and ordinals; English (`enGB`) when absent. */
  readonly dateLocale?: DateFnsLocale;
  /** The date patterns; missing ones are English. */
  readonly dates?: Partial<DateStyles>;
}

const registry = new Map<string, LocaleBase>();
// One merged object per (built-in, registered) pair, so that packages can cache by object identity.
const merged = new WeakMap<LocaleBase, WeakMap<LocaleBase, LocaleBase>>();

function mergedLocale<T extends LocaleBase>(base: T, registered: T): T {
  let byRegistered = merged.get(base);
  if (byRegistered === undefined) {
    byRegistered = new WeakMap();
    merged.set(base, byRegistered);
  }
  let result = byRegistered.get(registered);
  if (result === undefined) {
    result = { ...base, ...registered };
    byRegistered.set(registered, result);
  }
  return result as T;
}

function canonical(tag: string, field: string): string {
  if (typeof tag !== "string" || tag.trim() === "") {
    throw new NrmkitError(
      "invalid_argument",
      `${field}: expected a BCP 47 language tag, received ${JSON.stringify(tag)}`,
    );
  }
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch (error) {
    throw new NrmkitError(
      "invalid_argument",
      `${field}: expected a BCP 47 language tag such as "ro" or "ru-BY", received ${JSON.stringify(tag)}`,
      { cause: error },
    );
  }
}

/**
 * Picks the best of the available language tags for a requested one: the tag itself, else the tag with its last subtags dropped (`"ru-BY"` → `"ru"`).
 *
 * @remarks
 * Matching is case-insensitive and never crosses languages: `"ro"` never falls back to `"ru"` or
 * `"en"`. Tags are canonicalised first (`"RU-by"` is `"ru-BY"`).
 *
 * @param requested - The language tag asked for.
 * @param available - The tags that have a catalogue.
 * @param hint - What the error message tells the user to do instead (by default: pass a locale
 *   object or call `registerLocale`).
 * @returns The matching available tag, as spelled in `available`.
 * @throws NrmkitError with code `invalid_argument` when `requested` is not a language tag, or
 *   when no available tag matches it (the message lists the available ones).
 *
 * @example
 * ```ts
 * import { negotiateLocale } from "@nrmkit/core";
 *
 * negotiateLocale("ru-BY", ["en", "ru"]);
 * // => "ru"
 * negotiateLocale("sr-Latn-RS", ["sr-Latn", "sr"]);
 * // => "sr-Latn"
 * negotiateLocale("fr", ["en", "ru"]);
 * // throws NrmkitError with code "invalid_argument"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function negotiateLocale(requested: string, available: readonly string[], hint?: string): string {
  const wanted = canonical(requested, "locale").toLowerCase().split("-");
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (let length = wanted.length; length > 0; length--) {
    const found = byLower.get(wanted.slice(0, length).join("-"));
    if (found !== undefined) return found;
  }
  throw new NrmkitError(
    "invalid_argument",
    `locale: expected a language with a catalogue (${available.join(", ") || "none"}), received ${JSON.stringify(requested)}; ` +
      (hint ?? "pass a locale object as the locale option or call registerLocale first"),
  );
}

/**
 * Makes a locale available by its language tag, so that `locale: "be"` finds it in every package.
 *
 * @remarks
 * A registered locale takes precedence over a built-in catalogue of the same tag. Registering a
 * second object under the same tag adds its parts to the first (the packages ship their parts of
 * a language separately: `registerLocale(ro)` from `@nrmkit/report/locales` and again from
 * `@nrmkit/validation/locales` gives one Romanian locale with both). The registry is
 * process-wide; passing the locale object itself as the `locale` option needs no registration
 * and is what tree-shaken builds should do.
 *
 * @param locale - The locale object (any package's locale type).
 * @returns Nothing.
 * @throws NrmkitError with code `invalid_argument` when `locale.code` is not a language tag.
 *
 * @example
 * ```ts
 * import { registeredLocales, registerLocale } from "@nrmkit/core";
 *
 * registerLocale({ code: "pl", name: "Polski" });
 * registeredLocales().includes("pl");
 * // => true
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function registerLocale(locale: LocaleBase): void {
  const code = canonical(locale?.code, "locale.code");
  const earlier = registry.get(code.toLowerCase());
  registry.set(code.toLowerCase(), { ...earlier, ...locale, code });
}

/**
 * Removes a locale registered with {@link registerLocale}.
 *
 * @param code - Its language tag.
 * @returns `true` when a locale was registered under that tag.
 *
 * @example
 * ```ts
 * import { registerLocale, unregisterLocale } from "@nrmkit/core";
 *
 * registerLocale({ code: "pl" });
 * unregisterLocale("pl");
 * // => true
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function unregisterLocale(code: string): boolean {
  return registry.delete(code.toLowerCase());
}

/**
 * The language tags registered with {@link registerLocale}.
 *
 * @returns The tags, in registration order.
 *
 * @example
 * ```ts
 * import { registeredLocales } from "@nrmkit/core";
 *
 * registeredLocales();
 * // => []
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function registeredLocales(): string[] {
  return [...registry.values()].map((locale) => locale.code);
}

/**
 * Options of {@link resolveLocale}.
 *
 * @example
 * ```ts
 * import type { ResolveLocaleOptions } from "@nrmkit/core";
 *
 * const options: ResolveLocaleOptions = { importable: { be: "@nrmkit/report/locales" } };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface ResolveLocaleOptions {
  /** Languages that are shipped but must be imported first, by tag, with the module to import them from. */
  readonly importable?: Readonly<Record<string, string>>;
}

/**
 * Turns a `locale` option (a tag or a locale object) into a locale object, negotiating tags against the registered and built-in locales.
 *
 * @remarks
 * Packages call this with their own built-in catalogues; a registered locale wins over a
 * built-in one. An object is returned as given (after checking its `code`). There is never a
 * silent fallback to another language.
 *
 * @param locale - A language tag (`"ru-BY"`) or a locale object.
 * @param builtIn - The package's built-in locales.
 * @param options - Languages the package ships as separate imports, named in the error.
 * @returns The locale object.
 * @throws NrmkitError with code `invalid_argument` when the tag matches no locale, or the
 *   object has no valid `code`.
 *
 * @example
 * ```ts
 * import { resolveLocale } from "@nrmkit/core";
 *
 * const en = { code: "en" };
 * const ru = { code: "ru" };
 * resolveLocale("ru-BY", [en, ru]).code;
 * // => "ru"
 * resolveLocale({ code: "ro" }, [en, ru]).code;
 * // => "ro"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function resolveLocale<T extends LocaleBase>(
  locale: string | T,
  builtIn: readonly T[],
  options?: ResolveLocaleOptions,
): T {
  if (typeof locale === "object" && locale !== null) {
    canonical(locale.code, "locale.code");
    return locale;
  }
  const candidates = new Map<string, T>();
  for (const entry of builtIn) candidates.set(entry.code, entry);
  // A registered locale's parts replace those of a built-in one of the same tag; the rest stay.
  for (const entry of registry.values()) {
    let base: T | undefined;
    for (const [key, value] of candidates) {
      if (key.toLowerCase() === entry.code.toLowerCase()) {
        base = value;
        candidates.delete(key);
      }
    }
    candidates.set(entry.code, base === undefined ? (entry as T) : mergedLocale(base, entry as T));
  }
  const available = [...candidates.keys()];
  const importable = options?.importable ?? {};
  let code: string;
  try {
    code = negotiateLocale(locale as string, available);
  } catch (error) {
    // A language the package ships but the caller has not imported: say where it is.
    const known = Object.keys(importable).find(
      (tag) => typeof locale === "string" && primaryLanguage(locale) === primaryLanguage(tag),
    );
    if (known === undefined) throw error;
    throw new NrmkitError(
      "invalid_argument",
      `locale: ${JSON.stringify(locale)} is built in but not loaded (loaded: ${available.join(", ")}); ` +
        `import { ${known.replace(/-/g, "_")} } from "${importable[known]}" and pass it as the locale option, or call registerLocale(${known.replace(/-/g, "_")}) once`,
      { cause: error },
    );
  }
  return candidates.get(code) as T;
}

/**
 * The language part of a tag: `"ru"` for `"ru-BY"`, `"sr"` for `"sr-Latn"`.
 *
 * @param tag - A BCP 47 language tag.
 * @returns Its primary language subtag, lower-cased.
 *
 * @example
 * ```ts
 * import { primaryLanguage } from "@nrmkit/core";
 *
 * primaryLanguage("ru-BY");
 * // => "ru"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export function primaryLanguage(tag: string): string {
  return (tag.split("-")[0] ?? tag).toLowerCase();
}
