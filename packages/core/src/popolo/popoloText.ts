import { type LocalizedText, pickText } from "../localizedText.js";
import type { PopoloOtherName } from "./popoloDocument.js";

/** One `other_names` entry per language of `text`, in its key order. */
export function otherNamesOf(text: LocalizedText | undefined, note: string): PopoloOtherName[] {
  const names: PopoloOtherName[] = [];
  if (text === undefined) return names;
  for (const [lang, name] of Object.entries(text)) {
    if (name !== undefined) names.push({ name, lang, note });
  }
  return names;
}

/** The text in the preferred language (or any), or `undefined` when it holds none. */
export function preferredText(text: LocalizedText | undefined, language: string): string | undefined {
  const picked = pickText(text, [language]);
  return picked.locale === undefined ? undefined : picked.text;
}

/** `true` when `text` is present but holds no language at all, so `other_names` cannot show it. */
export function isEmptyText(text: LocalizedText | undefined): text is LocalizedText {
  return text !== undefined && Object.values(text).every((value) => value === undefined);
}
