import { en as statistics } from "@nrmkit/stats/locales";
import { enGB } from "date-fns/locale/en-GB";
import { en as messages } from "../i18n/en.js";
import type { NrmLocale } from "../i18n/nrmLocale.js";

/** English, in the style of IOM Belarus's news items ("On the 14th of May, 2014"). */
export const en: NrmLocale = {
  code: "en",
  name: "English",
  dateLocale: enGB,
  dates: { phrase: "'On the' do 'of' MMMM, yyyy", long: "d MMMM yyyy", month: "MMM yyyy" },
  report: messages,
  stats: statistics.stats ?? {},
};
