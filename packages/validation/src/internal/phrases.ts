import { CASE_EXACT_RU, CASE_PATTERNS_RU, CASE_RECEIVED_PATTERNS_RU, CASE_RECEIVED_RU } from "./casePhrases.js";
import { INTEGRITY_EXACT_RU, INTEGRITY_PATTERNS_RU } from "./integrityPhrases.js";

// The `expected` part of every issue is written in English by a builder below; `translateExpected`
// turns any builder's output into Russian, so a stored issue can be re-rendered in either language.

/** The keys that could change an object's prototype when copied; rejected anywhere in input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Expected phrase for a rejected prototype-pollution key. */
export const EXPECTED_ALLOWED_KEY = "a key other than __proto__, constructor or prototype";
/** Expected phrase for a key the schema does not know. */
export const EXPECTED_KNOWN_KEY = "a known key";
/** Expected phrase for an ISO date. */
export const EXPECTED_ISO_DATE = "a real date written YYYY-MM-DD";
/** Expected phrase for a language tag key. */
export const EXPECTED_LANGUAGE_TAG = "a language tag such as en or be-Latn";
/** Expected phrase for a country code. */
export const EXPECTED_COUNTRY = "an ISO 3166-1 alpha-2 country code such as BY";
/** Expected phrase for a region code. */
export const EXPECTED_REGION_CODE = "an ISO 3166-2 region code such as BY-HO";
/** Expected phrase for an id. */
export const EXPECTED_ID = "an id of 1 to 200 characters without spaces";
/** Expected phrase for a web address. */
export const EXPECTED_HTTP_URL = "an http or https URL";
/** Expected phrase for a schema that threw instead of reporting an issue. */
export const EXPECTED_NO_THROW = "a schema that reports issues instead of throwing";
/** Expected phrase for a multi-match union. */
export const EXPECTED_ONE_MATCH = "a value matching exactly one option";

/** Expected phrase: one of several literal values. */
export function oneOf(values: readonly string[]): string {
  return values.length === 1 ? (values[0] ?? "") : `one of ${values.join(" | ")}`;
}

/** The unit a size bound counts. */
export type SizeUnit = "characters" | "items";

/** Expected phrase for a lower, upper or exact size bound. */
export function sizeBound(bound: "at least" | "at most" | "exactly", size: string, unit: SizeUnit): string {
  return `${bound} ${size} ${unit}`;
}

const TYPE_NAMES_RU: Readonly<Record<string, string>> = {
  string: "строка",
  number: "число",
  int: "целое число",
  boolean: "логическое значение",
  bigint: "большое целое число",
  array: "массив",
  object: "объект",
  record: "объект",
  tuple: "кортеж",
  date: "дата",
  never: "отсутствие значения",
  nonoptional: "обязательное значение",
  function: "функция",
  file: "файл",
};

// A Map, not an object: a lookup of "constructor" must not find Object.prototype.constructor.
const EXACT_RU: Map<string, string> = new Map(
  Object.entries({
    ...TYPE_NAMES_RU,
    [EXPECTED_ALLOWED_KEY]: "ключ, отличный от __proto__, constructor и prototype",
    [EXPECTED_KNOWN_KEY]: "известный ключ",
    [EXPECTED_ISO_DATE]: "реальная дата в формате ГГГГ-ММ-ДД",
    [EXPECTED_LANGUAGE_TAG]: "языковой тег, например en или be-Latn",
    [EXPECTED_COUNTRY]: "код страны ISO 3166-1 alpha-2, например BY",
    [EXPECTED_REGION_CODE]: "код региона ISO 3166-2, например BY-HO",
    [EXPECTED_ID]: "идентификатор от 1 до 200 символов без пробелов",
    [EXPECTED_HTTP_URL]: "адрес URL http или https",
    [EXPECTED_NO_THROW]: "схема, которая сообщает о проблемах, а не бросает исключение",
    [EXPECTED_ONE_MATCH]: "значение, подходящее ровно под один вариант",
    ...INTEGRITY_EXACT_RU,
    ...CASE_EXACT_RU,
  }),
);

/**
 * Adds Russian translations of fixed phrases that only an optional entry point uses (CTDC import),
 * so that users who never import it do not carry them.
 */
export function registerExactRu(table: Readonly<Record<string, string>>): void {
  for (const [english, russian] of Object.entries(table)) EXACT_RU.set(english, russian);
}

/** Russian noun forms for a count: [1, 2–4, 5+] as in "1 символ, 2 символа, 5 символов". */
type RuForms = readonly [string, string, string];

const UNITS_RU: Readonly<Record<SizeUnit, { readonly nominative: RuForms; readonly genitive: RuForms }>> = {
  characters: { nominative: ["символ", "символа", "символов"], genitive: ["символа", "символов", "символов"] },
  items: { nominative: ["элемент", "элемента", "элементов"], genitive: ["элемента", "элементов", "элементов"] },
};

/** Picks the Russian form of a noun for a count written in digits. */
export function ruPlural(count: string, forms: RuForms): string {
  const n = Math.abs(Number(count)) % 100;
  const last = n % 10;
  if (n >= 11 && n <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** Translations of parametrised phrases, tried in order. */
const PATTERNS: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  ...INTEGRITY_PATTERNS_RU,
  ...CASE_PATTERNS_RU,
  [/^one of (.+)$/s, (m) => `одно из ${m[1]}`],
  [
    /^(at least|at most|exactly) (\S+) (characters|items)$/,
    (m) => {
      const [, bound, size = "", unit = "items"] = m;
      const forms = UNITS_RU[unit as SizeUnit];
      if (bound === "exactly") return `ровно ${size} ${ruPlural(size, forms.nominative)}`;
      return `${bound === "at least" ? "не менее" : "не более"} ${size} ${ruPlural(size, forms.genitive)}`;
    },
  ],
  [/^a string matching (.+)$/s, (m) => `строка, соответствующая ${m[1]}`],
  [/^a string (starting with|ending with|including) (.+)$/s, (m) => `строка, ${stringPartRu(m[1])} ${m[2]}`],
  [/^a valid (.+)$/s, (m) => `корректное значение формата ${m[1]}`],
  [/^a multiple of (.+)$/s, (m) => `число, кратное ${m[1]}`],
];

function stringPartRu(part: string | undefined): string {
  if (part === "starting with") return "начинающаяся с";
  if (part === "ending with") return "оканчивающаяся на";
  return "содержащая";
}

/** Translates an English `expected` phrase into the locale; unknown phrases stay in English. */
export function translateExpected(expected: string, locale: "en" | "ru"): string {
  if (locale === "en") return expected;
  const exact = EXACT_RU.get(expected);
  if (exact !== undefined) return exact;
  for (const [pattern, ru] of PATTERNS) {
    const match = pattern.exec(expected);
    if (match !== null) return ru(match);
  }
  return expected;
}

const RECEIVED_RU: ReadonlyMap<string, string> = new Map(Object.entries(CASE_RECEIVED_RU));

/**
 * Translates a `received` phrase that the library wrote itself (`missing`, a size in bytes);
 * anything else is quoted data and stays as it is.
 */
export function translateReceived(received: string, locale: "en" | "ru"): string {
  if (locale === "en") return received;
  const exact = RECEIVED_RU.get(received);
  if (exact !== undefined) return exact;
  for (const [pattern, ru] of CASE_RECEIVED_PATTERNS_RU) {
    const match = pattern.exec(received);
    if (match !== null) return ru(match);
  }
  return received;
}
