import { ro as statistics } from "@nrmkit/stats/locales";
import { ro as dateFnsRo } from "date-fns/locale/ro";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { ro as messages } from "../i18n/ro.js";

/**
 * Romanian ("Pe 14 martie 2024"); counts from 20 up take "de".
 *
 * @remarks
 * Import it from `@nrmkit/report/locales` and pass it as the `locale` option, or register it once
 * with `registerLocale` so that the tag `"ro"` finds it.
 *
 * @example
 * ```ts
 * import { reportMessages } from "@nrmkit/report";
 * import { ro } from "@nrmkit/report/locales";
 *
 * reportMessages(ro).locale;
 * // => "ro"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export const ro: NrmLocale = {
  code: "ro",
  name: "Română",
  dateLocale: dateFnsRo,
  dates: { phrase: "'Pe' d MMMM yyyy", long: "d MMMM yyyy", month: "LLLL yyyy" },
  report: messages,
  stats: statistics.stats ?? {},
};
