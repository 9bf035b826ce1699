/**
 * Text in several languages, keyed by BCP 47 language tag (`en`, `ru`, `be`, `be-Latn`, …).
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "@nrmkit/core";
 *
 * const name: LocalizedText = { en: "Gomel", ru: "Гомель", be: "Гомель" };
 * ```
 *
 * @category Text
 * @since 0.1.0
 */
export type LocalizedText = Readonly<Partial<Record<string, string>>>;

/**
 * The outcome of picking one language out of a {@link LocalizedText}.
 *
 * @category Text
 * @since 0.1.0
 */
export interface PickedText {
  /** The text found, or `""` when the value holds no text at all. */
  readonly text: string;
  /** The language tag the text came from, or `undefined` when none was found. */
  readonly locale: string | undefined;
  /** `true` when the text is not in the first requested language: show it as a fallback. */
  readonly isFallback: boolean;
}

/**
 * Picks the text for the first of `locales` that has one, else any language, and says which.
 *
 * @remarks
 * A requested `ru-BY` also matches a stored `ru`. Callers that render the result should mark
 * fallbacks visibly (`isFallback`), never hide them.
 *
 * @param text - The multilingual text.
 * @param locales - Preferred language tags, best first.
 * @returns The picked text, its language and whether it is a fallback.
 *
 * @example
 * ```ts
 * import { pickText } from "@nrmkit/core";
 *
 * pickText({ en: "Vitebsk", ru: "Витебск" }, ["ru"]);
 * // => { text: "Витебск", locale: "ru", isFallback: false }
 * pickText({ en: "Vitebsk" }, ["ru"]);
 * // => { text: "Vitebsk", locale: "en", isFallback: true }
 * ```
 *
 * @category Text
 * @since 0.1.0
 */
export function pickText(text: LocalizedText | undefined, locales: readonly string[]): PickedText {
  if (text !== undefined) {
    for (const [index, locale] of locales.entries()) {
      const candidates = [locale, locale.split("-")[0] ?? locale];
      for (const candidate of candidates) {
        const value = text[candidate];
        if (value !== undefined && value !== "") return { text: value, locale: candidate, isFallback: index > 0 };
      }
    }
    for (const [locale, value] of Object.entries(text)) {
      if (value !== undefined && value !== "") return { text: value, locale, isFallback: true };
    }
  }
  return { text: "", locale: undefined, isFallback: true };
}
