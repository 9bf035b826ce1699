import { uk as statistics } from "@nrmkit/stats/locales";
import { uk as dateFnsUk } from "date-fns/locale/uk";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { uk as messages } from "../i18n/uk.js";

/**
 * Ukrainian: month names in the genitive after a day ("14 травня 2014 року"), from date-fns.
 *
 * @remarks
 * Import it from `@nrmkit/report/locales` and pass it as the `locale` option, or register it once
 * with `registerLocale` so that the tag `"uk"` finds it.
 *
 * @example
 * ```ts
 * import { reportMessages } from "@nrmkit/report";
 * import { uk } from "@nrmkit/report/locales";
 *
 * reportMessages(uk).locale;
 * // => "uk"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export const uk: NrmLocale = {
  code: "uk",
  name: "Українська",
  dateLocale: dateFnsUk,
  dates: { phrase: "d MMMM yyyy 'року'", long: "d MMMM yyyy 'р.'", month: "LLLL yyyy" },
  report: messages,
  stats: statistics.stats ?? {},
};
