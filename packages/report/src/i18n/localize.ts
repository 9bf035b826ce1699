import { type LocalizedText, pickText } from "@nrmkit/core";
import type { Inline } from "../document.js";

/**
 * Picks the text of a {@link @nrmkit/core!LocalizedText | LocalizedText} for a report language, as inline content that marks a fallback.
 *
 * @remarks
 * When the requested language is missing, the result is a `fallback` run holding the text in
 * another language and that language's tag; renderers print it with a visible marker
 * (`[en] Youth Palace`). When the value holds no text at all, the run has `lang: null` and the
 * text `placeholder`. A missing translation is never silent.
 *
 * @param text - The multilingual text (or `undefined`).
 * @param locale - The report language (`"ru"`; `"ru-BY"` also matches `ru`).
 * @param placeholder - What to show when there is no text in any language.
 * @returns A plain string when the language was found, else a fallback run.
 *
 * @example
 * ```ts
 * import { localizeText } from "@nrmkit/report";
 *
 * localizeText({ en: "Youth Palace", ru: "Дворец молодёжи" }, "ru");
 * // => "Дворец молодёжи"
 * localizeText({ en: "Youth Palace" }, "ru");
 * // => { kind: "fallback", text: "Youth Palace", lang: "en" }
 * localizeText(undefined, "ru", "org-x");
 * // => { kind: "fallback", text: "org-x", lang: null }
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function localizeText(text: LocalizedText | undefined, locale: string, placeholder = ""): Inline {
  const picked = pickText(text, [locale]);
  if (picked.locale === undefined) return { kind: "fallback", text: placeholder, lang: null };
  if (picked.isFallback) return { kind: "fallback", text: picked.text, lang: picked.locale };
  return picked.text;
}
