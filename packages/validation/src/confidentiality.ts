import type { NrmDataset } from "@nrmkit/core";
import { arrayArgument, objectArgument, optionsArgument, textArgument } from "./internal/arguments.js";
import { normalizeText, originalSpan } from "./internal/confidentiality/normalize.js";
import {
  findBirthDates,
  findDescribedPeople,
  findEmails,
  findHouseNumbers,
  findIdNumbers,
  findPhones,
  findStreetAddresses,
  type KeywordLanguage,
  type Span,
} from "./internal/confidentiality/patterns.js";
import { findNameSpans, isOfficialName, nameWords, officialWords } from "./internal/confidentiality/personNames.js";
import type { IssueLocale } from "./validationMessages.js";

/**
 * What kind of personal data a finding is.
 *
 * @remarks
 * `person_name` also covers a person described by name, age and village together (`Maria, 17,
 * from the village of Lipki`): the whole description is the finding, since together they identify
 * her. Flat and house numbers alone are `street_address`.
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export type PersonalDataKind =
  | "person_name"
  | "date_of_birth"
  | "phone"
  | "passport_or_id"
  | "email"
  | "street_address";

/**
 * A piece of text that likely identifies a person, with its position.
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export interface PersonalDataFinding {
  /** What kind of personal data it is. */
  readonly kind: PersonalDataKind;
  /** Offset of the first character in the text (UTF-16 code units, as `String.prototype.slice`). */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** The text found: `text.slice(start, end)`. */
  readonly text: string;
}

/**
 * Options of {@link findPersonalData}.
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export interface FindPersonalDataOptions {
  /**
   * Names of registered officials that may be published, in any language and case; see
   * {@link officialNames}. A found name passes when each of its words belongs to one official's
   * name (any order, Russian case forms, initials).
   */
  readonly officials?: readonly string[];
  /**
   * Language of the text (BCP 47): limits the keyword lists for dates of birth and street
   * addresses to `en`, `ru`, `be`, `uk` or `ro` (Belarusian and Ukrainian texts also get the
   * Russian lists, Romanian texts the English ones). Default: every language. Name, phone, e-mail,
   * house-number and ID rules always apply. A locale object (as for the other functions of the
   * package) counts by its `code`; no catalogue is needed, so any tag is accepted.
   */
  readonly locale?: IssueLocale;
  /**
   * Public numbers that may be published, such as hotlines; compared on their digits only, so
   * `+375 80 1100 8801` and `+375801100880 1` are the same number. Default: none.
   */
  readonly allowedPhones?: readonly string[];
}

const ALL_LANGUAGES: readonly KeywordLanguage[] = ["en", "ru", "be", "uk", "ro"];

function languagesOf(locale: IssueLocale | undefined): readonly KeywordLanguage[] {
  const tag = typeof locale === "object" && locale !== null ? locale.code : locale;
  switch (typeof tag === "string" ? tag.split("-")[0]?.toLowerCase() : undefined) {
    case "en":
      return ["en"];
    case "ru":
      return ["ru"];
    case "be":
      return ["be", "ru"];
    case "uk":
      return ["uk", "ru"];
    case "ro":
    case "mo":
      return ["ro", "en"];
    default:
      return ALL_LANGUAGES;
  }
}

/**
 * Finds likely personal data of victims in free text before it is published: names of people who
 * are not registered officials, dates of birth, phone numbers, passport and ID numbers, e-mail and
 * street addresses.
 *
 * @remarks
 * Heuristic, tuned for recall on Belarusian and neighbouring names in Latin and Cyrillic script:
 * review every finding, and never read an empty result as proof that a text is safe.
 *
 * The text is read through a working copy without zero-width characters (U+200B–U+200F,
 * U+2060–U+2064, U+FEFF, soft hyphen), with full-width digits as digits and the look-alike letters
 * of a word mixing Latin and Cyrillic folded into its main script (`Ivаnov` with a Cyrillic `а`);
 * findings point at the original text, invisible characters inside them included.
 *
 * - `person_name`: two or three adjacent capitalised words with a positive signal — a known given
 *   name, an ALL-CAPS family name (`Sergey KOLTUN`), a patronymic (`Иванович`), a family-name
 *   ending (`-ov`, `-enko`, `-ский`, `-чук`, `-escu`) or initials (`И.И. Иванов`, `Ткачук Є.Ї.`) —
 *   unless a word is an organisation, place or post word (Red Cross, Gomel, Vitebsk, Ministry,
 *   Republic, Council of Europe, oblast, …) or an acronym (IOM, NGO); a family name after Mr, Ms,
 *   г-н or domnul; an initial and a word in running text (`semnat de I. Rusu`); and a person
 *   described by name, age and village (`Maria, 17, from the village of Lipki`).
 * - `date_of_birth`: a date or year right after "born", "DOB", "d.o.b.", "date of birth", "д.р.",
 *   "родился/родилась", "дата рождения", "нарадзіўся", "народився", "născut(ă)", or before "г.р."
 *   / "р.н."; dates in numeric forms and with English, Russian, Belarusian, Ukrainian and Romanian
 *   month names. Other dates, such as meeting dates, are not personal data.
 * - `phone`: international numbers (`+375 (29) 123-45-67`, `+373 22.123.456`), trunk-prefixed
 *   national numbers (`8 029 123 45 67`, `(017) 222-33-44`) and local numbers after "tel."/"тел.";
 *   numbers in `allowedPhones` pass, short numbers (`113`) are never reported.
 * - `passport_or_id`: Belarusian passports (`MP1234567`), personal numbers (`3010185A001PB1`),
 *   numbers after "passport"/"паспорт", letter-and-digit codes with five or more digits, and
 *   runs of nine or more digits.
 * - `email`, also spelled out (`anna [at] example [dot] com`, `имя собака пример точка ру`).
 * - `street_address`: a street with a house number (`ул. Ленина, д. 5, кв. 12`, `12 Baker Street`),
 *   or a flat or house number alone (`кв. 12`, `apt 4`, `house 12`).
 *
 * Findings never overlap; where rules compete, the more specific kind wins.
 *
 * @param text - The text to check.
 * @param options - Officials' names that may pass, and the text's language.
 * @returns The findings, in text order.
 *
 * @example
 * ```ts
 * import { findPersonalData } from "@nrmkit/validation";
 *
 * const text = "Chaired by Sergey KOLTUN. Maria Petrova (born 12.03.1990) called +375 29 123-45-67.";
 * findPersonalData(text, { officials: ["Sergey Koltun"] }).map((finding) => [finding.kind, finding.text]);
 * // => [["person_name", "Maria Petrova"], ["date_of_birth", "12.03.1990"], ["phone", "+375 29 123-45-67"]]
 * ```
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export function findPersonalData(text: string, options?: FindPersonalDataOptions): PersonalDataFinding[] {
  textArgument(text, "text");
  const opts = optionsArgument(options);
  const languages = languagesOf(opts.locale);
  const officials = (opts.officials ?? []).map(officialWords).filter((words) => words.length > 0);
  const allowedPhones = new Set(
    arrayArgument<string>(opts.allowedPhones ?? [], "opts.allowedPhones").map((phone) =>
      String(phone).replace(/\D/g, ""),
    ),
  );
  // Detectors read a working copy without invisible characters and look-alike letters; their
  // spans are mapped back, so findings cover the original text, invisible characters included.
  const normalized = normalizeText(text);
  const work = normalized.text;
  const ids = findIdNumbers(work);
  const names = findNameSpans(work).filter(
    (span) => !isOfficialName(nameWords(work.slice(span.start, span.end)), officials),
  );
  // Most specific first: a finding is kept only when it overlaps none kept before it.
  const candidates: readonly (readonly [PersonalDataKind, readonly Span[]])[] = [
    ["email", findEmails(work)],
    ["passport_or_id", ids.specific],
    ["date_of_birth", findBirthDates(work, languages)],
    ["person_name", findDescribedPeople(work)],
    ["phone", findPhones(work, allowedPhones)],
    ["street_address", findStreetAddresses(work, languages)],
    ["street_address", findHouseNumbers(work)],
    ["passport_or_id", ids.generic],
    ["person_name", names],
  ];
  // Kept sorted by start and disjoint, so one binary search finds the only possible overlaps.
  const kept: PersonalDataFinding[] = [];
  for (const [kind, spans] of candidates) {
    for (const span of spans) {
      const { start, end } = originalSpan(normalized, span.start, span.end);
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((kept[middle] as PersonalDataFinding).start < start) low = middle + 1;
        else high = middle;
      }
      const before = kept[low - 1];
      const after = kept[low];
      if ((before !== undefined && before.end > start) || (after !== undefined && after.start < end)) continue;
      kept.splice(low, 0, { kind, start, end, text: text.slice(start, end) });
    }
  }
  return kept;
}

/**
 * Collects every name variant (all languages and scripts) of a dataset's people, to let registered
 * officials pass {@link findPersonalData}.
 *
 * @param dataset - Any object with `people`, such as an `NrmDataset`.
 * @returns The distinct names, in dataset order.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { officialNames } from "@nrmkit/validation";
 *
 * officialNames(belarusTaskForces2014).slice(0, 2);
 * // => ["Zeynal Hajiyev", "Зейнал Гаджиев"]
 * ```
 *
 * @category Confidentiality
 * @since 0.1.0
 */
export function officialNames(dataset: Pick<NrmDataset, "people">): string[] {
  const names = new Set<string>();
  for (const person of arrayArgument<NrmDataset["people"][number]>(
    objectArgument(dataset, "dataset").people,
    "dataset.people",
  )) {
    for (const name of Object.values(person.name ?? {})) {
      if (name !== undefined && name.trim() !== "") names.add(name);
    }
  }
  return [...names];
}
