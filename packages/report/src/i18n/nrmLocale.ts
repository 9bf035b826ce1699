import type { LocaleBase, Translation } from "@nrmkit/core";
import type { StatsMessages } from "@nrmkit/stats";
import type { ReportMessages } from "./messages.js";

/**
 * A language for every nrmkit package: tag, date-fns locale and date patterns, and the report messages.
 *
 * @remarks
 * One object serves every package: pass it as the `locale` option of a report builder (or
 * register it with {@link @nrmkit/core!registerLocale | registerLocale} and pass its tag). Every
 * part and key is optional: what is missing is written in English after a visible `[en]` marker
 * and listed by {@link missingTranslations}. The built-in locales are `en` and `ru` (resolvable
 * by tag) and `be`, `uk`, `ro` (imported from `@nrmkit/report/locales`, so a bundle pays only for
 * the languages it imports).
 *
 * @example
 * ```ts
 * import { type NrmLocale, reportMessages } from "@nrmkit/report";
 *
 * const started: NrmLocale = { code: "ro", report: { decisionsHeading: "Decizii" } };
 * reportMessages(started).decisionsHeading;
 * // => "Decizii"
 * reportMessages(started).participantsHeading;
 * // => "[en] Participants"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export interface NrmLocale extends LocaleBase {
  /** The words and templates of reports. */
  readonly report?: Translation<ReportMessages>;
  /** The labels of statistics tables (dimensions, categories, periods, notes), as `@nrmkit/stats` reads them. */
  readonly stats?: Translation<StatsMessages>;
}
