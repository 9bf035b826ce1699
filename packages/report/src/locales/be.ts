import { be as statistics } from "@nrmkit/stats/locales";
import { be as dateFnsBe } from "date-fns/locale/be";
import { be as messages } from "../i18n/be.js";
import type { NrmLocale } from "../i18n/nrmLocale.js";

/**
 * Belarusian: month names in the genitive after a day ("14 мая 2014 года"), from date-fns.
 *
 * @remarks
 * Import it from `@nrmkit/report/locales` and pass it as the `locale` option, or register it once
 * with `registerLocale` so that the tag `"be"` finds it.
 *
 * @example
 * ```ts
 * import { reportMessages } from "@nrmkit/report";
 * import { be } from "@nrmkit/report/locales";
 *
 * reportMessages(be).locale;
 * // => "be"
 * ```
 *
 * @category i18n
 * @since 0.1.0
 */
export const be: NrmLocale = {
  code: "be",
  name: "Беларуская",
  dateLocale: dateFnsBe,
  dates: { phrase: "d MMMM yyyy 'года'", long: "d MMMM yyyy 'г.'", month: "LLLL yyyy" },
  report: messages,
  stats: statistics.stats ?? {},
};
