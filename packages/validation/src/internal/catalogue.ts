// The one locale mechanism of the package: a locale option becomes a locale object, its catalogue is
// completed from English, and an English phrase stored on an issue is matched to its key (the English
// templates are the patterns) and written again from the translation of that key.
import { fillTranslation, NrmkitError, type PluralForms, pluralForm, resolveLocale } from "@nrmkit/core";
import { EN_VALIDATION, en } from "../locales/en.js";
import type { IssueLocale, ValidationLocale, ValidationMessages } from "../validationMessages.js";
import { describeValue } from "./describeValue.js";

/**
 * The locale a tag finds without an import: English, the reference. Every translation (Russian
 * included) is a separate import, so a bundle carries only the languages it asks for.
 */
const BUILT_IN: readonly ValidationLocale[] = [en];
const LOCALES_MODULE = "@nrmkit/validation/locales";
const IMPORTABLE = { ru: LOCALES_MODULE, be: LOCALES_MODULE, uk: LOCALES_MODULE, ro: LOCALES_MODULE };

type Template = string | PluralForms;
type Section = Readonly<Record<string, Template>>;
type Catalogue = Readonly<Record<string, Section>>;

// The sections that modules register when they load (import, integrity, ctdc, htcds): their English
// reference. A translation holds every section in its own locale object (locales/*.ts).
const reference: Record<string, Section> = { ...(EN_VALIDATION as unknown as Catalogue) };
let version = 0;

/**
 * Adds the English reference of a section of phrases that only some modules write (the bulk import,
 * the integrity rules, an optional entry point). Idempotent; the modules that write the phrases call
 * it when they load.
 */
export function registerSection(name: "import" | "integrity" | "ctdc" | "htcds", english: Section): void {
  if (reference[name] === english) return;
  reference[name] = english;
  version += 1;
  matchers = undefined;
}

const resolved = new WeakSet<object>();

/** A locale option (tag or object) as a locale object; throws `invalid_argument` for a tag with no catalogue. */
export function localeOf(locale: IssueLocale | undefined): ValidationLocale {
  if (locale === undefined) return en;
  if (typeof locale === "object" && locale !== null && resolved.has(locale)) return locale;
  if (typeof locale !== "string" && (typeof locale !== "object" || locale === null)) {
    throw new NrmkitError(
      "invalid_argument",
      `locale: expected a language tag or a locale object, received ${describeValue(locale)}`,
    );
  }
  const result = resolveLocale<ValidationLocale>(locale, BUILT_IN, { importable: IMPORTABLE });
  resolved.add(result);
  return result;
}

/** The plural categories of a language, for listing the forms a translation lacks. */
export function pluralCategories(code: string): readonly string[] {
  try {
    return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  } catch {
    return ["other"];
  }
}

interface Filled {
  readonly version: number;
  readonly messages: Catalogue;
  readonly missing: readonly string[];
}

const filled = new WeakMap<ValidationLocale, Filled>();

/** The complete catalogue of a locale, untranslated keys marked `[en] `, and their dotted paths; cached per locale object. */
export function catalogueOf(locale: ValidationLocale): Filled {
  const cached = filled.get(locale);
  if (cached !== undefined && cached.version === version) return cached;
  const translation = locale.validation as Catalogue | undefined;
  const result = fillTranslation<Catalogue>(reference, translation as never, {
    referenceLang: "en",
    path: "validation",
    pluralCategories: pluralCategories(locale.code),
  });
  const entry = { version, messages: result.messages, missing: result.missing };
  filled.set(locale, entry);
  return entry;
}

/** The filled messages of a locale, typed. */
export function messagesOf(locale: ValidationLocale): ValidationMessages {
  return catalogueOf(locale).messages as unknown as ValidationMessages;
}

/** Fills the `{name}` placeholders of a template; a placeholder without a value stays as written. */
export function format(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Writes the English phrase of a key: what issues store. */
export function englishPhrase(
  section: string,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = reference[section]?.[key] ?? key;
  const text = typeof template === "string" ? template : pluralForm(Number(params.count), template, "en");
  return format(text, Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])));
}

// Placeholders that hold a phrase of their own, translated in turn.
const NESTED = new Set(["expected", "reason"]);
// Placeholders that hold a number written in digits; the rest are data of any shape.
const NUMERIC = new Set(["count", "position", "field"]);

interface Matcher {
  readonly section: string;
  readonly key: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

interface Matchers {
  readonly exact: ReadonlyMap<string, readonly [string, string]>;
  readonly patterns: readonly Matcher[];
}

let matchers: Matchers | undefined;

/** Turns an English template into an anchored pattern, one group per placeholder. */
export function templatePattern(template: string): { readonly pattern: RegExp; readonly names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return NUMERIC.has(name) ? "(\\d+)" : NESTED.has(name) ? "(.+)" : "(.+?)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`, "s"), names };
}

function compile(): Matchers {
  const exact = new Map<string, readonly [string, string]>();
  const patterns: Matcher[] = [];
  for (const [section, templates] of Object.entries(reference)) {
    if (section === "frame") continue;
    for (const [key, template] of Object.entries(templates)) {
      const forms = typeof template === "string" ? [template] : Object.values(template);
      for (const form of forms) {
        if (typeof form !== "string") continue;
        if (!form.includes("{")) exact.set(form, [section, key]);
        else patterns.push({ section, key, ...templatePattern(form) });
      }
    }
  }
  // The template with the most fixed text is the most specific: try it first.
  const fixed = (matcher: Matcher) => matcher.pattern.source.replace(/\((?:\\d\+|\.\+\??)\)/g, "").length;
  patterns.sort((a, b) => fixed(b) - fixed(a));
  return { exact, patterns };
}

/** The key and placeholder values of an English phrase, or `undefined` when no template wrote it. */
export function matchPhrase(
  english: string,
  sections: readonly string[],
): { readonly section: string; readonly key: string; readonly params: Readonly<Record<string, string>> } | undefined {
  matchers ??= compile();
  const exact = matchers.exact.get(english);
  if (exact !== undefined && sections.includes(exact[0])) return { section: exact[0], key: exact[1], params: {} };
  for (const { section, key, pattern, names } of matchers.patterns) {
    if (!sections.includes(section)) continue;
    const match = pattern.exec(english);
    if (match === null) continue;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = match[index + 1] ?? "";
    });
    return { section, key, params };
  }
  return undefined;
}

const EXPECTED_SECTIONS = ["phrases", "import", "integrity", "ctdc", "htcds"];
const RECEIVED_SECTIONS = ["received"];

function translate(english: string, sections: readonly string[], locale: ValidationLocale, depth: number): string {
  const found = matchPhrase(english, sections);
  if (found === undefined) return english;
  const template = catalogueOf(locale).messages[found.section]?.[found.key];
  if (template === undefined) return english;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(found.params)) {
    params[name] = NESTED.has(name) && depth < 4 ? translate(value, EXPECTED_SECTIONS, locale, depth + 1) : value;
  }
  const text = typeof template === "string" ? template : pluralForm(Number(params.count), template, locale.code);
  return format(text, params);
}

/** Writes a stored English `expected` phrase in the locale; a phrase no template wrote stays as it is. */
export function translateExpected(expected: string, locale: ValidationLocale): string {
  return locale === en ? expected : translate(expected, EXPECTED_SECTIONS, locale, 0);
}

/** Writes a `received` phrase the library wrote itself in the locale; anything else is data and stays. */
export function translateReceived(received: string, locale: ValidationLocale): string {
  return locale === en ? received : translate(received, RECEIVED_SECTIONS, locale, 0);
}
