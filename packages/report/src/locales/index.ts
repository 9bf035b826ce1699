/**
 * The built-in languages of reports, one object each: pass one as the `locale` option of a builder
 * (or register it with `registerLocale` from `@nrmkit/core` so that its tag finds it).
 *
 * @remarks
 * `en` and `ru` are also found by tag without this import; `be`, `uk` and `ro` only through it,
 * so that a bundle pays for the languages it imports and no other.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildMeetingReport, renderText } from "@nrmkit/report";
 * import { ro } from "@nrmkit/report/locales";
 *
 * renderText(buildMeetingReport(belarusTaskForces2014, "meeting-gomel-2014-04-16", { locale: ro })).includes(
 *   "Pe 16 aprilie 2014 a avut loc ședința grupului de lucru multidisciplinar",
 * );
 * // => true
 * ```
 *
 * @module
 */
export { be } from "./be.js";
export { en } from "./en.js";
export { ro } from "./ro.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";
