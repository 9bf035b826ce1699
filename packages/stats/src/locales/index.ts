/**
 * The statistics labels of every shipped language, as locale objects: pass one as the `locale`
 * option of a table builder or of `localizeTable`, or register it with core's `registerLocale`.
 * `en` is also found by tag from the main entry; the others only from here, so that a bundle pays
 * only for the languages it imports (Russian, with date-fns's Russian locale, is about 60 KB minified).
 *
 * @module @nrmkit/stats/locales
 */
export { be } from "./be.js";
export { en } from "./en.js";
export { ro } from "./ro.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";
