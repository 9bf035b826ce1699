/**
 * Options shared by every renderer.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "@nrmkit/report";
 *
 * const options: RenderOptions = { fallbackMarker: (lang) => `(${lang ?? "?"})` };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface RenderOptions {
  /**
   * Writes the visible marker put before text shown in another language than the document's;
   * `lang` is `null` when no text existed. Default: `[en]`, `[?]`.
   */
  readonly fallbackMarker?: (lang: string | null) => string;
}

/**
 * The default marker of text shown in another language: the language tag in brackets.
 *
 * @param lang - The language the text is in, or `null` when there was no text at all.
 * @returns `"[en]"`, or `"[?]"` for `null`.
 *
 * @example
 * ```ts
 * import { defaultFallbackMarker } from "@nrmkit/report";
 *
 * defaultFallbackMarker("en");
 * // => "[en]"
 * defaultFallbackMarker(null);
 * // => "[?]"
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export function defaultFallbackMarker(lang: string | null): string {
  return `[${lang ?? "?"}]`;
}
