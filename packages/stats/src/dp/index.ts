/**
 * Differentially private release of case tables: exact discrete Laplace and Gaussian samplers,
 * `releaseTables` (noise on every cell and margin, then whole non-negative counts that add up,
 * each with its interval) and a privacy ledger across releases under zCDP composition. Its own
 * entry point, so that users of suppression pay nothing for it.
 *
 * @module @nrmkit/stats/dp
 */
export { epsilonOfRho, rhoOfEpsilon } from "./approximateDp.js";
export { discreteGaussianPmf, discreteLaplacePmf, noiseMargin } from "./noisePmf.js";
export type { PrivacyCharge, PrivacyLedger } from "./privacyLedger.js";
export { createPrivacyLedger, privacySpent } from "./privacyLedger.js";
export type { RandomSource } from "./randomSource.js";
export { cryptoRandom, seededRandom } from "./randomSource.js";
export type { Rational } from "./rational.js";
export { rationalOf } from "./rational.js";
export type { Release, ReleaseOptions } from "./releaseTables.js";
export { releaseTables } from "./releaseTables.js";
export { sampleDiscreteGaussian, sampleDiscreteLaplace } from "./samplers.js";
