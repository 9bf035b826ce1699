/**
 * Demo data: the seven first-level regions of Belarus and the 2014 meetings of the Gomel and
 * Vitebsk task forces, as frozen data encoded from public news items.
 *
 * @remarks
 * A subpath of its own (`@nrmkit/core/belarus2014`, as `date-fns/locale` keeps locales apart) so
 * that code importing only the model from `@nrmkit/core` never pays for the dataset.
 *
 * @module @nrmkit/core/belarus2014
 */
export { belarusRegions } from "./belarusRegions.js";
export { belarusTaskForces2014 } from "./belarusTaskForces2014.js";
