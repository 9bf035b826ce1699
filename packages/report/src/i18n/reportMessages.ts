import { NrmkitError } from "@nrmkit/core";
import { en } from "./en.js";
import type { ReportMessages } from "./messages.js";
import { ru } from "./ru.js";

const CATALOGUES: Readonly<Record<string, ReportMessages>> = { en, ru };

/**
 * The languages that have a built-in message catalogue.
 *
 * @example
 * ```ts
 * reportLocales;
 * // => ["en", "ru"]
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export const reportLocales: readonly string[] = Object.keys(CATALOGUES);

/**
 * Returns the built-in message catalogue of a report language.
 *
 * @param locale - `"en"` or `"ru"`; a region subtag (`"ru-BY"`) is ignored.
 * @returns The catalogue.
 * @throws NrmkitError with code `invalid_argument` when there is no catalogue for the language:
 *   pass your own {@link ReportMessages} in the builder's `messages` option instead.
 *
 * @example
 * ```ts
 * reportMessages("en").decisionsIntro;
 * // => "In the course of the work of the task force it was decided:"
 * reportMessages("ru-BY").locale;
 * // => "ru"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export function reportMessages(locale: string): ReportMessages {
  const found = CATALOGUES[locale.split("-")[0]?.toLowerCase() ?? locale];
  if (found === undefined) {
    throw new NrmkitError(
      "invalid_argument",
      `locale: expected one of ${reportLocales.join(", ")} or a messages option, received ${JSON.stringify(locale)}`,
    );
  }
  return found;
}
