// What a reader of each built-in language may see in template text: its alphabet, and nothing
// marked as a fallback. Written from the alphabets, not from the catalogues, so a catalogue that
// borrows a Russian letter into Belarusian (и for і) or a Cyrillic one into Romanian fails.
import type { NrmDataset } from "@nrmkit/core";

/** The letters of each built-in language, lower case. */
export const ALPHABETS: Readonly<Record<string, string>> = {
  en: "abcdefghijklmnopqrstuvwxyz",
  ro: "abcdefghijklmnopqrstuvwxyzăâîșț",
  ru: "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
  be: "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
  uk: "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
};

/** A script-neutral stand-in for data text: it has no letters, so only template text has any. */
export const token = (index: number): string => `⟦${index}⟧`;

const isLocalizedText = (value: object): value is Record<string, string> =>
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(key) && typeof text === "string");

/** A copy of `dataset` whose every multilingual text is a token in every one of `languages`. */
export function tokenDataset(dataset: NrmDataset, languages: readonly string[]): NrmDataset {
  let next = 0;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === "object" && value !== null) {
      if (isLocalizedText(value)) {
        const text = token(next++);
        return Object.fromEntries(languages.map((lang) => [lang, text]));
      }
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    }
    return value;
  };
  return walk(dataset) as NrmDataset;
}

/** Fallback markers such as `[en] ` that say a text is in another language. */
export function fallbackMarkers(text: string): string[] {
  return [...text.matchAll(/\[(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\]/g)].map((match) => match[0]);
}

/**
 * The words of `text` with a letter outside the language's alphabet, once data is taken out:
 * tokens, ids and codes (with a digit, a hyphen or upper-case letters only), and web addresses.
 */
export function foreignWords(text: string, language: string, data: readonly string[] = []): string[] {
  const alphabet = ALPHABETS[language];
  if (alphabet === undefined) throw new Error(`no alphabet for ${language}`);
  let rest = text.replace(/⟦\d+⟧/g, " ").replace(/\bhttps?:\/\/\S+/g, " ");
  for (const item of data) rest = rest.split(item).join(" ");
  const words = rest.match(/[\p{L}\p{M}ʼ’']+(?:[-.][\p{L}\p{M}\d]+)*/gu) ?? [];
  return words.filter((word) => {
    // Codes and ids are data: ISO codes (BY-HO, MD), ids with digits or hyphens.
    if (/\d/.test(word) || /^[A-Z]{1,3}(?:-[A-Z0-9]+)?$/.test(word)) return false;
    return [...word.toLowerCase().replace(/[ʼ’'.-]/g, "")].some((letter) => !alphabet.includes(letter));
  });
}
