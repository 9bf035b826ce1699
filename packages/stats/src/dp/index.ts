/**
 * Differentially private release of case tables: exact discrete Laplace and Gaussian samplers,
 * `releaseTables` (noise on every cell and margin, then whole non-negative counts that add up,
 * each with its interval) and a privacy ledger across releases under zCDP composition. Its own
 * entry point, so that users of suppression pay nothing for it.
 *
 * @module @nrmkit/stats/dp
 */
export type { PrivacyCharge, PrivacyLedger } from "./privacyLedger.js";
export { createPrivacyLedger, privacySpent } from "./privacyLedger.js";
export type { Release, ReleaseOptions } from "./releaseTables.js";
export { releaseTables } from "./releaseTables.js";
export { epsilonOfRho, rhoOfEpsilon } from "./approximateDp.js";
