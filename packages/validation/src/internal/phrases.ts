import { EN_VALIDATION } from "../locales/en.js";
import { englishPhrase } from "./catalogue.js";

// The `expected` part of every issue is written in English from the English catalogue
// (locales/en.ts); catalogue.ts matches any of these phrases back to its key to write it in another
// language, so a stored issue can be re-rendered in any language.

const EN = EN_VALIDATION.phrases;

/** The keys that could change an object's prototype when copied; rejected anywhere in input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Expected phrase for a rejected prototype-pollution key. */
export const EXPECTED_ALLOWED_KEY = EN.allowedKey;
/** Expected phrase for a key the schema does not know. */
export const EXPECTED_KNOWN_KEY = EN.knownKey;
/** Expected phrase for an ISO date. */
export const EXPECTED_ISO_DATE = EN.isoDate;
/** Expected phrase for a language tag key. */
export const EXPECTED_LANGUAGE_TAG = EN.languageTag;
/** Expected phrase for a country code. */
export const EXPECTED_COUNTRY = EN.country;
/** Expected phrase for a region code. */
export const EXPECTED_REGION_CODE = EN.regionCode;
/** Expected phrase for an id. */
export const EXPECTED_ID = EN.id;
/** Expected phrase for a web address. */
export const EXPECTED_HTTP_URL = EN.httpUrl;
/** Expected phrase for a schema that threw instead of reporting an issue. */
export const EXPECTED_NO_THROW = EN.noThrow;
/** Expected phrase for a multi-match union. */
export const EXPECTED_ONE_MATCH = EN.oneMatch;

/** Expected phrase: one of several literal values. */
export function oneOf(values: readonly string[]): string {
  return values.length === 1 ? (values[0] ?? "") : englishPhrase("phrases", "oneOf", { values: values.join(" | ") });
}

/** The unit a size bound counts. */
export type SizeUnit = "characters" | "items";

const BOUND_KEYS = {
  "at least": { characters: "atLeastCharacters", items: "atLeastItems" },
  "at most": { characters: "atMostCharacters", items: "atMostItems" },
  exactly: { characters: "exactlyCharacters", items: "exactlyItems" },
} as const;

/** Expected phrase for a lower, upper or exact size bound. */
export function sizeBound(bound: "at least" | "at most" | "exactly", size: string, unit: SizeUnit): string {
  return englishPhrase("phrases", BOUND_KEYS[bound][unit], { count: size });
}
