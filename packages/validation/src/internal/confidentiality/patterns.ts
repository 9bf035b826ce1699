// Pattern detectors for personal data other than names. Every pattern starts with a look-behind
// that forbids starting inside a word, so scanning stays linear on long inputs.

/** A span found by a detector. */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
}

/** Language-specific keyword sets; `undefined` languages use every set. */
export type KeywordLanguage = "en" | "ru" | "be";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** E-mail addresses: `local@domain.tld`. */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (/\.\p{L}{2,}$/u.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const PHONE = /(?<![\p{L}\p{N}+])(?:\+[ \u00a0]?)?\(?\d[\d \u00a0()-]{5,22}\d(?!\p{N})/gu;
const PHONE_KEYWORD = /(?:tel|phone|mob|mobile|cell|тел|телефон|моб|мобильный|тэл)\.?:?[ \u00a0]*$/iu;

/** Phone numbers: `+375 29 123-45-67`, `8 (029) 123-45-67`, and local numbers after "tel."/"тел.". */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE)) {
    const value = match[0];
    const digits = value.replace(/\D/g, "").length;
    const international = value.startsWith("+");
    const trunk = /^\(?[80]/.test(value) || value.includes("(");
    const announced = PHONE_KEYWORD.test(text.slice(Math.max(0, match.index - 16), match.index));
    if (
      (international && digits >= 8 && digits <= 15) ||
      (trunk && digits >= 10 && digits <= 12) ||
      (announced && digits >= 6 && digits <= 15)
    ) {
      spans.push({ start: match.index, end: match.index + value.length });
    }
  }
  return spans;
}

const BY_PASSPORT = /(?<![\p{L}\p{N}])[A-Z]{2}[ \u00a0]?\d{7}(?![\p{L}\p{N}])/gu;
const BY_PERSONAL_NUMBER = /(?<![\p{L}\p{N}])\d{7}[A-Z]\d{3}[A-Z]{2}\d(?![\p{L}\p{N}])/gu;
const MIXED_CODE = /(?<![\p{L}\p{N}])[A-Z0-9]{6,20}(?![\p{L}\p{N}])/gu;
const ID_KEYWORD =
  /(?<![\p{L}])(?:passport|identity card|id card|personal number|id number|паспорт\p{L}*|удостоверени\p{L}*|личный номер|идентификационный номер|пашпарт\p{L}*)[^\n\d]{0,20}?(?<![\p{L}\p{N}])([A-ZА-Я]{0,2}[ \u00a0№]*\d[\d \u00a0-]{4,14}\d)(?![\p{L}\p{N}])/dgiu;

/** Whether digits merely count up (`12131415`): calendar widgets copied from web pages, not IDs. */
function isCountingRun(digits: string): boolean {
  for (let width = 1; width <= 2; width++) {
    let next = Number(digits.slice(0, width));
    let at = width;
    while (at < digits.length) {
      next++;
      const part = String(next);
      if (!digits.startsWith(part, at)) break;
      at += part.length;
    }
    if (at === digits.length) return true;
  }
  return false;
}

/** Passport and ID numbers: Belarusian passports and personal numbers, long codes, numbers after "passport". */
export function findIdNumbers(text: string): { readonly specific: Span[]; readonly generic: Span[] } {
  const specific: Span[] = [];
  for (const pattern of [BY_PASSPORT, BY_PERSONAL_NUMBER]) {
    for (const match of text.matchAll(pattern))
      specific.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(ID_KEYWORD)) {
    const group = match.indices?.[1];
    if (group !== undefined) specific.push({ start: group[0], end: group[1] });
  }
  const generic: Span[] = [];
  for (const match of text.matchAll(MIXED_CODE)) {
    const digits = match[0].replace(/\D/g, "").length;
    const letters = match[0].length - digits;
    if ((letters > 0 && digits >= 5) || (letters === 0 && digits >= 9 && !isCountingRun(match[0]))) {
      generic.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return { specific, generic };
}

const MONTHS_EN =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const MONTHS_RU =
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня";
const DATE = [
  "(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\\d{2}",
  "(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])",
  `(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?(?:${MONTHS_EN}),?[ \\u00a0]+(?:19|20)\\d{2}`,
  `(?:${MONTHS_EN})[ \\u00a0]+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?[ \\u00a0]+(?:19|20)\\d{2}`,
  `(?:0?[1-9]|[12]\\d|3[01])[ \\u00a0]+(?:${MONTHS_RU})[ \\u00a0]+(?:19|20)\\d{2}`,
].join("|");

const DOB_BEFORE: Record<KeywordLanguage, string> = {
  en: "born(?:[ \\u00a0]+(?:on|in))?|b\\.|DOB|D\\.O\\.B\\.|date[ \\u00a0]+of[ \\u00a0]+birth|birth[ \\u00a0]?date",
  ru: "д\\.[ \\u00a0]?р\\.|дата[ \\u00a0]+рождения|родил(?:ся|ась|ись)?|рожд(?:ения|ен|енный|енная)|год[ \\u00a0]+рождения",
  be: "д\\.[ \\u00a0]?н\\.|дата[ \\u00a0]+нараджэння|нарадзіў(?:ся)?|нарадзілася|д\\.[ \\u00a0]?р\\.|дата[ \\u00a0]+рождения|родил(?:ся|ась|ись)?",
};
const DOB_AFTER: Record<KeywordLanguage, string> = {
  en: "\\(DOB\\)|\\(born\\)",
  ru: "г\\.[ \\u00a0]?р\\.|года[ \\u00a0]+рождения",
  be: "г\\.[ \\u00a0]?н\\.|года[ \\u00a0]+нараджэння|г\\.[ \\u00a0]?р\\.",
};

function alternatives(table: Record<KeywordLanguage, string>, languages: readonly KeywordLanguage[]): string {
  return languages.map((language) => table[language]).join("|");
}

/** Dates (or years) of birth: a date right after "born"/"DOB"/"д.р."/"родился", or before "г.р.". */
export function findBirthDates(text: string, languages: readonly KeywordLanguage[]): Span[] {
  const before = new RegExp(
    `(?<![\\p{L}])(?:${alternatives(DOB_BEFORE, languages)})[^;!?\\n\\d]{0,25}?(?<![\\p{L}\\p{N}])(${DATE}|(?:19|20)\\d{2})(?!\\p{N})`,
    "dgiu",
  );
  const after = new RegExp(
    `(?<![\\p{L}\\p{N}])(${DATE}|(?:19|20)\\d{2})[ \\u00a0]*,?[ \\u00a0]*(?:${alternatives(DOB_AFTER, languages)})`,
    "dgiu",
  );
  const spans: Span[] = [];
  for (const pattern of [before, after]) {
    for (const match of text.matchAll(pattern)) {
      const group = match.indices?.[1];
      if (group !== undefined) spans.push({ start: group[0], end: group[1] });
    }
  }
  return spans;
}

const NAME = "[\\p{L}\\d][\\p{L}\\d’'-]*";
const NUMBER = "\\d{1,4}[\\p{L}]?(?:\\/\\d{1,4})?";
const FLAT = `(?:[ \\u00a0]*,?[ \\u00a0]*(?:корп\\.|к\\.|кв\\.|квартира|apt\\.|flat)[ \\u00a0]*\\d{1,4})*`;
const STREET_BEFORE: Record<KeywordLanguage, string> = {
  en: "ul\\.|vul\\.|str\\.|prosp\\.|street",
  ru: "ул\\.|улица|пр-т|просп\\.|проспект|пр\\.|пер\\.|переулок|б-р|бульвар|пл\\.|площадь",
  be: "вул\\.|вуліца|пр-т|праспект|зав\\.|завулак|ул\\.|улица",
};
const STREET_AFTER =
  "Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Lane|Boulevard|Blvd\\.|Prospekt|prospekt|Square|Sq\\.|ulitsa|vulica";

/** Street addresses with a house number: `ул. Ленина, д. 5, кв. 12`, `12 Baker Street`, `Lenina St. 5`. */
export function findStreetAddresses(text: string, languages: readonly KeywordLanguage[]): Span[] {
  const patterns = [
    new RegExp(
      `(?<![\\p{L}])(?:${alternatives(STREET_BEFORE, languages)})[ \\u00a0]*${NAME}(?:[ \\u00a0]+${NAME}){0,2}?,?[ \\u00a0]*(?:д\\.[ \\u00a0]*|дом[ \\u00a0]+|house[ \\u00a0]+)?${NUMBER}(?!\\p{N})${FLAT}`,
      "giu",
    ),
  ];
  if (languages.includes("en")) {
    const words = `\\p{Lu}[\\p{L}’'-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'-]*){0,2}`;
    patterns.push(
      new RegExp(
        `(?<![\\p{L}\\p{N}])${NUMBER}[ \\u00a0]+${words}[ \\u00a0]+(?:${STREET_AFTER})(?![\\p{L}])${FLAT}`,
        "gu",
      ),
      new RegExp(
        `(?<![\\p{L}\\p{N}])${words}[ \\u00a0]+(?:${STREET_AFTER}),?[ \\u00a0]*${NUMBER}(?!\\p{N})${FLAT}`,
        "gu",
      ),
    );
  }
  const spans: Span[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
