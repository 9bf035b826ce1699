import { ru as statistics } from "@nrmkit/stats/locales";
import { ru as dateFnsRu } from "date-fns/locale/ru";
import type { NrmLocale } from "../i18n/nrmLocale.js";
import { ru as messages } from "../i18n/ru.js";

/** Russian: month names in the genitive after a day ("14 мая 2014 года"), from date-fns. */
export const ru: NrmLocale = {
  code: "ru",
  name: "Русский",
  dateLocale: dateFnsRu,
  dates: { phrase: "d MMMM yyyy 'года'", long: "d MMMM yyyy 'г.'", month: "LLLL yyyy" },
  report: messages,
  stats: statistics.stats ?? {},
};
