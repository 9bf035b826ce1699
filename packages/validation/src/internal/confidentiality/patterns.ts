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
export type KeywordLanguage = "en" | "ru" | "be" | "uk" | "ro";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

// Spelled-out e-mails: `name [at] example [dot] com`, `name(at)example.com`, `имя собака пример точка ру`.
const BRACKETED = (words: string) => `[ \\t]*[[(<{][ \\t]*(?:${words})[ \\t]*[\\])>}][ \\t]*`;
const SPELLED_AT = `(?:${BRACKETED("at|собака|эт")}|[ \\t]+(?:at|собака|sobaka)[ \\t]+|[ \\t]*@[ \\t]*)`;
const SPELLED_DOT = `(?:${BRACKETED("dot|точка|punct")}|[ \\t]+(?:dot|точка|tochka|punct)[ \\t]+|\\.)`;
const SPELLED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+${SPELLED_AT}[\\p{L}\\p{N}-]+(?:${SPELLED_DOT}[\\p{L}\\p{N}-]+)+`,
  "giu",
);

/** E-mail addresses: `local@domain.tld`, and spelled out with "at"/"dot"/"собака"/"точка". */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (/\.\p{L}{2,}$/u.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(SPELLED_EMAIL)) {
    const value = match[0];
    if (!/(?:\.|[ \t\])}>]|dot|точка|tochka|punct)[ \t]*\p{L}{2,6}$/iu.test(value)) continue;
    // A bare " at " is ordinary English ("us at example.org"): it needs a spelled-out dot too.
    const bareAt = /[ \t]at[ \t]/i.test(value) && !/[[(<{]/.test(value);
    if (bareAt && !/[ \t\])}>](?:dot|punct)[ \t[(<{]/i.test(value)) continue;
    if (
      !bareAt &&
      !/[ \t[(<{](?:at|собака|sobaka|эт)[ \t\])}>]|[ \t]@|@[ \t]|[ \t[(<{](?:dot|точка|tochka|punct)[ \t\])}>]/iu.test(
        value,
      )
    )
      continue;
    spans.push({ start: match.index, end: match.index + value.length });
  }
  return spans;
}

const PHONE = /(?<![\p{L}\p{N}+.])(?:\+[ \u00a0]?)?\(?\d[\d \u00a0().-]{5,22}\d(?![\p{N}]|\.\d)/gu;
const PHONE_KEYWORD =
  /(?:tel|phone|mob|mobile|cell|тел|телефон|моб|мобильный|тэл|тэлефон|telefon|nr\. de telefon)\.?:?[ \u00a0]*$/iu;
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)/;

/**
 * Phone numbers: `+375 29 123-45-67`, `+373 22.123.456`, `8 (029) 123-45-67`, `(017) 222-33-44`,
 * and local numbers after "tel."/"тел."; numbers whose digits are in `allowed` pass.
 */
export function findPhones(text: string, allowed: ReadonlySet<string> = new Set()): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE)) {
    const value = match[0].replace(/[ \u00a0.(-]+$/u, "");
    if (DOTTED_DATE.test(value)) continue;
    const digitString = value.replace(/\D/g, "");
    if (allowed.has(digitString)) continue;
    const digits = digitString.length;
    const international = value.startsWith("+");
    const trunk = /^\(?[80]/.test(value) || value.includes("(");
    const announced = PHONE_KEYWORD.test(text.slice(Math.max(0, match.index - 24), match.index));
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
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";
const MONTHS_RO = "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie";
const DATE = [
  "(?:0?[1-9]|[12]\\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\\d{2}",
  "(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])",
  `(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?(?:${MONTHS_EN}),?[ \\u00a0]+(?:19|20)\\d{2}`,
  `(?:${MONTHS_EN})[ \\u00a0]+(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?[ \\u00a0]+(?:19|20)\\d{2}`,
  `(?:0?[1-9]|[12]\\d|3[01])[ \\u00a0]+(?:${MONTHS_RU})[ \\u00a0]+(?:19|20)\\d{2}(?:[ \\u00a0]*(?:г\\.|р\\.|года|року|гады)(?![ \\u00a0]?[рн]\\.))?`,
  `(?:0?[1-9]|[12]\\d|3[01])[ \\u00a0]+(?:${MONTHS_RO})[ \\u00a0]+(?:19|20)\\d{2}`,
].join("|");

const DOB_BEFORE: Record<KeywordLanguage, string> = {
  en: "born(?:[ \\u00a0]+(?:on|in))?|b\\.|DOB|D\\.?[ \\u00a0]?O\\.?[ \\u00a0]?B\\.?|date[ \\u00a0]+of[ \\u00a0]+birth|birth[ \\u00a0]?date",
  ru: "д\\.[ \\u00a0]?р\\.|дата[ \\u00a0]+рождения|родил(?:ся|ась|ись)?|рожд(?:ения|ен|енный|енная)|год[ \\u00a0]+рождения",
  be: "д\\.[ \\u00a0]?н\\.|дата[ \\u00a0]+нараджэння|нарадзіў(?:ся)?|нарадзілася|д\\.[ \\u00a0]?р\\.|дата[ \\u00a0]+рождения|родил(?:ся|ась|ись)?",
  uk: "дата[ \\u00a0]+народження|народи(?:вся|лася|лись)|народжен(?:ий|а)|д\\.[ \\u00a0]?н\\.",
  ro: "născut(?:ă|a)?|nascut(?:ă|a)?|data[ \\u00a0]+nașterii|data[ \\u00a0]+nasterii",
};
const DOB_AFTER: Record<KeywordLanguage, string> = {
  en: "\\(DOB\\)|\\(born\\)",
  ru: "г\\.[ \\u00a0]?р\\.|года[ \\u00a0]+рождения",
  be: "г\\.[ \\u00a0]?н\\.|года[ \\u00a0]+нараджэння|г\\.[ \\u00a0]?р\\.",
  uk: "р\\.[ \\u00a0]?н\\.|року[ \\u00a0]+народження",
  ro: "\\(născut(?:ă)?\\)|\\(n\\.\\)",
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
const FLAT = `(?:[ \\u00a0]*,?[ \\u00a0]*(?:корп\\.|к\\.|кв\\.|квартира|apt\\.?|apartment|flat|ap\\.|bl\\.|sc\\.|et\\.)[ \\u00a0]*\\d{1,4})*`;
const STREET_BEFORE: Record<KeywordLanguage, string> = {
  en: "ul\\.|vul\\.|str\\.|prosp\\.|street",
  ru: "ул\\.|улица|пр-т|просп\\.|проспект|пр\\.|пер\\.|переулок|б-р|бульвар|пл\\.|площадь",
  be: "вул\\.|вуліца|пр-т|праспект|зав\\.|завулак|ул\\.|улица",
  uk: "вул\\.|вулиця|просп\\.|проспект|пров\\.|провулок",
  ro: "str\\.|strada|bd\\.|bulevardul|șos\\.|calea",
};
const STREET_AFTER =
  "Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Lane|Boulevard|Blvd\\.|Prospekt|prospekt|Square|Sq\\.|ulitsa|vulica";

/** Street addresses with a house number: `ул. Ленина, д. 5, кв. 12`, `12 Baker Street`, `Lenina St. 5`. */
export function findStreetAddresses(text: string, languages: readonly KeywordLanguage[]): Span[] {
  const patterns = [
    new RegExp(
      `(?<![\\p{L}])(?:${alternatives(STREET_BEFORE, languages)})[ \\u00a0]*${NAME}(?:[ \\u00a0]+${NAME}){0,2}?,?[ \\u00a0]*(?:д\\.[ \\u00a0]*|дом[ \\u00a0]+|house[ \\u00a0]+|буд\\.[ \\u00a0]*|nr\\.[ \\u00a0]*)?${NUMBER}(?!\\p{N})${FLAT}`,
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

const HOUSE_WORD =
  "kv\\.?|кв\\.?|квартира|apt\\.?|apartment|flat|ap\\.|д\\.|дом|house|буд\\.|будинок|bl\\.|корп\\.|корпус";
const HOUSE_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HOUSE_WORD})[ \\u00a0]*(?:№[ \\u00a0]*)?${NUMBER}(?![\\p{L}\\p{N}])${FLAT}`,
  "giu",
);

/** House and flat numbers without a street: `кв. 12`, `дом 5`, `apt 4`, `flat 3`, `house 12`. */
export function findHouseNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(HOUSE_NUMBER))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

const AGE =
  "(?:aged[ \\u00a0]+)?\\d{1,2}(?:[ \\u00a0]*(?:years?[ \\u00a0]+old|y\\.?o\\.?|yrs?|лет|года|год|гадоў|гады|год|років|роки|рік|de[ \\u00a0]+ani|ani))?";
const SETTLEMENT =
  "(?:the[ \\u00a0]+)?(?:village|town|hamlet|settlement)(?:[ \\u00a0]+of)?|деревни|деревня|села|село|посёлка|поселка|пос\\.|д\\.|с\\.|вёскі|вёска|вески|в\\.|селища|містечка|satul|comuna|orașul|orasul|localitatea";
const DESCRIBED_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?:[ \\u00a0]+\\p{Lu}(?:\\p{Ll}+|\\.))?[ \\u00a0]*(?:,[ \\u00a0]*${AGE}[ \\u00a0]*,?|\\([ \\u00a0]*${AGE}[ \\u00a0]*\\),?)[ \\u00a0]*(?:from|of|из|с|со|з|із|зі|din|de[ \\u00a0]+la)[ \\u00a0]+(?:${SETTLEMENT})[ \\u00a0]*\\p{Lu}[\\p{L}’'-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'-]*)?`,
  "gu",
);

/** A person described by name, age and village together: `Maria, 17, from the village of X`. */
export function findDescribedPeople(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(DESCRIBED_PERSON))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}
