import type { ReportMessages } from "./i18n/messages.js";

/**
 * Options shared by every report builder: the language, or a whole message catalogue.
 *
 * @example
 * ```ts
 * const russian: ReportOptions = { locale: "ru" };
 * const custom: ReportOptions = { messages: { ...reportMessages("en"), decisionsHeading: "Resolutions" } };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface ReportOptions {
  /** The report language: `"en"` (default) or `"ru"`. Ignored when `messages` is given. */
  readonly locale?: string;
  /** A message catalogue to use instead of the built-in one (another language, other wording). */
  readonly messages?: ReportMessages;
}
