/**
 * A seeded generator of synthetic case records, for tests, demos and benchmarks.
 *
 * @remarks
 * A subpath of its own (`@nrmkit/core/synthetic`) so that code importing only the model from
 * `@nrmkit/core` never pays for the generator.
 *
 * @module @nrmkit/core/synthetic
 */
export type { SyntheticCaseOptions } from "./syntheticCases.js";
export { generateSyntheticCases } from "./syntheticCases.js";
export type { SyntheticCtdcOptions } from "./syntheticCtdcCases.js";
export { generateSyntheticCtdcCases } from "./syntheticCtdcCases.js";
