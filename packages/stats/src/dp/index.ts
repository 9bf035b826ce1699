// Exact discrete noise for differential privacy. Not yet a package entry point: the `@nrmkit/stats/dp`
// subpath export is wired separately.
export { discreteGaussianPmf, discreteLaplacePmf, noiseMargin } from "./noisePmf.js";
export { cryptoRandom, type RandomSource, seededRandom } from "./randomSource.js";
export { type Rational, rationalOf } from "./rational.js";
export { sampleDiscreteGaussian, sampleDiscreteLaplace } from "./samplers.js";
