// Benchmark: the exact discrete Laplace and Gaussian samplers (src/dp, Canonne–Kamath–Steinke 2020).
// Run: pnpm --filter @nrmkit/stats bench:dp   (also part of `pnpm bench`)
// Prints, for a few parameters, a chi-square goodness-of-fit of BENCH_DP_COUNT samples (default 10^6,
// seeded) against the pmf written from its definition, then samples per second with cryptoRandom and
// seededRandom. A p-value below 0.001 on a fixed seed means the sampler is wrong.
import { gaussianOracle, goodnessOfFit, laplaceOracle } from "../src/dp/chiSquare.test-helper.js";
import {
  cryptoRandom,
  type RandomSource,
  type Rational,
  rationalOf,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
  seededRandom,
} from "../src/dp/index.js";
import { rationalAtLeast } from "../src/dp/rational.js";

const COUNT = Number(process.env.BENCH_DP_COUNT ?? 1_000_000);
const SPEED_COUNT = 200_000;
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Case {
  readonly name: string;
  readonly sample: (source: RandomSource) => number;
  readonly pmf: (x: number) => number;
}

const laplace = (label: string, scale: Rational, t: number): Case => ({
  name: `Laplace t = ${label}`,
  sample: (source) => sampleDiscreteLaplace(scale, source),
  pmf: laplaceOracle(t),
});
const gaussian = (label: string, sigma2: Rational, s2: number): Case => ({
  name: `Gaussian σ² = ${label}`,
  sample: (source) => sampleDiscreteGaussian(sigma2, source),
  pmf: gaussianOracle(s2),
});

const cases: Case[] = [
  laplace("1", rationalOf(1), 1),
  laplace("3.7", rationalOf(3.7), 3.7),
  gaussian("1", rationalOf(1), 1),
  gaussian("20", rationalOf(20), 20),
  gaussian("150.7 (up to 2^−32)", rationalAtLeast(150.7), 150.7),
];

print(`Goodness of fit, ${COUNT.toLocaleString("en")} seeded samples each`);
for (const [index, { name, sample, pmf }] of cases.entries()) {
  const source = seededRandom(1000 + index);
  const samples = Array.from({ length: COUNT }, () => sample(source));
  const fit = goodnessOfFit(samples, pmf);
  print(
    `  ${name.padEnd(34)} χ² = ${fit.statistic.toFixed(1).padStart(7)}  df = ${String(fit.df).padStart(3)}  p = ${fit.pValue.toFixed(4)}`,
  );
}

print(`\nSpeed, samples per second (median of 5 rounds of ${SPEED_COUNT.toLocaleString("en")})`);
for (const { name, sample } of cases) {
  const rates: string[] = [];
  for (const [label, makeSource] of [
    ["crypto", cryptoRandom],
    ["seeded", () => seededRandom(7)],
  ] as const) {
    const source = makeSource();
    for (let i = 0; i < 10_000; i++) sample(source); // warm-up
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (let i = 0; i < SPEED_COUNT; i++) sample(source);
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[2] as number;
    rates.push(
      `${label} ${Math.round((SPEED_COUNT / median) * 1000)
        .toLocaleString("en")
        .padStart(10)}/s`,
    );
  }
  print(`  ${name.padEnd(34)} ${rates.join("   ")}`);
}
