import type { Translation } from "@nrmkit/core";
import type { ReportMessages } from "./i18n/messages.js";
import type { NrmLocale } from "./i18n/nrmLocale.js";

/**
 * Options shared by every report builder: the language, and wording of your own on top of it.
 *
 * @example
 * ```ts
 * import type { ReportOptions } from "@nrmkit/report";
 *
 * const russian: ReportOptions = { locale: "ru" };
 * const custom: ReportOptions = { messages: { decisionsHeading: "Resolutions" } };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface ReportOptions {
  /**
   * The report language: a tag (`"en"`, the default, `"ru"`, `"ru-BY"`, or one registered with
   * `registerLocale`) or a locale object (`be`, `uk`, `ro` from `@nrmkit/report/locales`, or your
   * own). A tag with no locale throws `invalid_argument`.
   */
  readonly locale?: string | NrmLocale;
  /** Messages that replace the locale's (other wording); when `locale` is absent, `messages.locale` names the language. */
  readonly messages?: Translation<ReportMessages>;
}
