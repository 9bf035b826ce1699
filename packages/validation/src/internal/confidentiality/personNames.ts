// Heuristic detection of personal names in Latin and Cyrillic text. A run of two or three adjacent
// capitalised words is a name when it carries a positive signal (a known given name, an ALL-CAPS
// family name as the seeds write them, a patronymic, a family-name ending, initials) and none of
// its words is an organisation, place or post word.
import { ACRONYMS, GIVEN_NAMES, STOP_STEMS, STOP_WORDS } from "./wordLists.js";

/** A span of text found to be a personal name. */
export interface NameSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
}

type TokenKind = "title" | "caps" | "initial";

interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Lower case, `ё` as `е`, initials without dots and spaces. */
  readonly key: string;
}

const TOKEN =
  /(?<![\p{L}\p{N}])(?:(\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.)?)|(\p{Lu}\p{Ll}+(?:['’-]?\p{Lu}?\p{Ll}+)*)|(\p{Lu}{2,}(?:-\p{Lu}{2,})*))(?![\p{L}\p{N}])/gu;
const SEPARATOR = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/;
const VOWEL = /[aeiouyаеёиоуыэюяіў]/;
const PATRONYMIC = /(?:ович|евич|ьич|овн|евн|ичн)(?:а|у|ем|е|ой|ы|ом)?$|(?:ovich|evich|ovna|evna|ichna|ovych|ivna)$/;
const FAMILY_ENDING =
  /(?:ов|ев|ин|ын)(?:а|у|ым|ой|ом|е|ых)?$|(?:енко|чук|швили|дзе|ян)$|вич(?:а|у|ем|е)?$|(?:ск|цк)(?:ий|ая|ого|ому|им|ой)$|(?:ov|ova|ev|eva|yov|yova|enko|chuk|vich|ski|sky|skiy|skaya|shvili|dze|yan|escu|eanu|iuc|ciuc|uk|iuk|yuk|enka|ich)$|(?:ук|юк|енка|іч|ський|ська|скі|ская|цкі)$/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_ENDINGS = ["", "а", "я", "у", "ю", "ы", "и", "е", "ой", "ей", "ом", "ем", "ым", "им"];

const GIVEN_STEMS: ReadonlySet<string> = new Set(
  [...GIVEN_NAMES].map((name) => (/[аяйьео]$/.test(name) ? name.slice(0, -1) : name)),
);

function normalize(word: string): string {
  return word.toLowerCase().replaceAll("ё", "е");
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind: TokenKind = match[1] !== undefined ? "initial" : match[2] !== undefined ? "title" : "caps";
    const raw = match[0];
    const key = kind === "initial" ? normalize(raw.replace(/[.\s\u00a0]/g, "")) : normalize(raw);
    tokens.push({ kind, start: match.index, end: match.index + raw.length, key });
  }
  return tokens;
}

function isStop(token: Token): boolean {
  if (token.kind === "initial") return false;
  if (token.kind === "caps" && ACRONYMS.has(token.key.toUpperCase())) return true;
  return token.key
    .split(/['’-]/)
    .some((part) => STOP_WORDS.has(part) || STOP_STEMS.some((stem) => part.startsWith(stem)));
}

function isGiven(token: Token): boolean {
  if (token.kind === "initial") return false;
  if (GIVEN_NAMES.has(token.key)) return true;
  if (!/[а-яі]$/.test(token.key)) return false;
  // Cyrillic case forms: Сергея, Наталье, Марии share a stem with the nominative.
  return CYRILLIC_ENDINGS.some(
    (ending) => token.key.endsWith(ending) && GIVEN_STEMS.has(token.key.slice(0, token.key.length - ending.length)),
  );
}

function isPatronymic(token: Token): boolean {
  return token.kind !== "initial" && token.key.length >= 6 && PATRONYMIC.test(token.key);
}

function hasFamilyEnding(token: Token): boolean {
  return token.kind !== "initial" && token.key.length >= 5 && FAMILY_ENDING.test(token.key);
}

function isCapsFamilyName(token: Token): boolean {
  return token.kind === "caps" && VOWEL.test(token.key);
}

function isWord(token: Token): boolean {
  return token.kind !== "initial";
}

/** Whether two adjacent tokens, neither a stop word, read as a personal name. */
function isNamePair(a: Token, b: Token): boolean {
  if (a.kind === "initial" && b.kind === "initial") return false;
  if (a.kind === "initial" || b.kind === "initial") {
    const [initial, word] = a.kind === "initial" ? [a, b] : [b, a];
    return initial.key.length === 2 || hasFamilyEnding(word) || isCapsFamilyName(word) || isPatronymic(word);
  }
  if (isGiven(a) || isGiven(b)) return true;
  if (isPatronymic(a) || isPatronymic(b)) return true;
  // Headings are written in capitals: two ALL-CAPS words need a given name or patronymic.
  if (a.kind === "caps" && b.kind === "caps") return false;
  if (a.kind === "title" && isCapsFamilyName(b)) return true;
  return hasFamilyEnding(a) || hasFamilyEnding(b);
}

/** Whether a third token continues a name (given, patronymic, family name or initials). */
function continuesName(token: Token): boolean {
  return (
    token.kind === "initial" ||
    isGiven(token) ||
    isPatronymic(token) ||
    hasFamilyEnding(token) ||
    isCapsFamilyName(token)
  );
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.end, b.start);
  return SEPARATOR.test(between) && (between.length > 0 || a.kind === "initial");
}

const HONORIFIC =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|г-н|г-жа|гр\.|пан|пані|спадар|спадарыня|domnul|doamna|dl\.|dna\.)\.?[ \u00a0]+$/u;
const LOWER_WORD_BEFORE = /(?:\p{Ll}{2,}|[,:;])[ \u00a0]+$/u;

/** Whether a single initial and a word read as a name from what precedes them: `semnat de I. Rusu`. */
function initialInRunningText(text: string, a: Token, b: Token): boolean {
  return (
    a.kind === "initial" &&
    a.key.length === 1 &&
    b.kind === "title" &&
    b.key.length >= 3 &&
    LOWER_WORD_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))
  );
}

/** Finds likely personal names; every span holds two or three adjacent name words, or an honorific's one. */
export function findNameSpans(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  const usable = tokens.map((token) => !isStop(token));
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1];
    if (!usable[i]) continue;
    // One family name after Mr, Ms, г-н, domnul: the honorific says it is a person.
    if (a.kind !== "initial" && HONORIFIC.test(text.slice(Math.max(0, a.start - 12), a.start))) {
      const pair = b !== undefined && usable[i + 1] === true && isWord(b) && adjacent(text, a, b);
      spans.push({ start: a.start, end: pair ? (b as Token).end : a.end });
      i = pair ? i + 1 : i;
      continue;
    }
    if (
      b === undefined ||
      !usable[i + 1] ||
      !adjacent(text, a, b) ||
      !(isNamePair(a, b) || initialInRunningText(text, a, b))
    )
      continue;
    let last = i + 1;
    const c = tokens[i + 2];
    if (c !== undefined && usable[i + 2] && adjacent(text, b, c) && continuesName(c) && (isWord(b) || isWord(c))) {
      last = i + 2;
    }
    spans.push({ start: a.start, end: (tokens[last] as Token).end });
    i = last;
  }
  return spans;
}

/** A word of a found name: lower case, or the letters of initials. */
export interface NameWord {
  /** The normalised word, or the initials' letters without dots. */
  readonly key: string;
  /** `true` for initials such as `S.` or `И.И.`. */
  readonly initial: boolean;
}

/** The words of a found name span. */
export function nameWords(text: string): NameWord[] {
  return tokenize(text).map((token) => ({ key: token.key, initial: token.kind === "initial" }));
}

/** The lower-case words of an official's name, in any case or script. */
export function officialWords(name: string): string[] {
  return normalize(name)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Case forms of the same name: Сергея ~ Сергей, Колтуна ~ Колтун, Натальи ~ Наталья. Only
  // Cyrillic words decline: in Latin text "Ivana Ivanova" is another person than "Ivan Ivanov".
  if (!CYRILLIC.test(a) || !CYRILLIC.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= shorter - 2 && common >= 3;
}

/** Whether every word of a found name belongs to one official's name (officials as {@link officialWords}). */
export function isOfficialName(words: readonly NameWord[], officials: readonly (readonly string[])[]): boolean {
  return officials.some((official) =>
    words.every((word) =>
      word.initial
        ? [...word.key].every((letter) => official.some((part) => part.startsWith(letter)))
        : official.some((part) => sameWord(word.key, part)),
    ),
  );
}
