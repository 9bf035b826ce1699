import type { CaseRecord } from "@nrmkit/core";
import { NrmkitError } from "@nrmkit/core";
import { type AggregateSpec, aggregate } from "../aggregate.js";
import type { DisclosureMetadata, PrivacyMetadata } from "../disclosureMetadata.js";
import { noteOfDisclosure } from "../internal/protection/disclosureNote.js";
import { messagesOfTable } from "../localizeTable.js";
import type { StatsLocale } from "../statsLocale.js";
import type { StatCell, StatTable } from "../statTable.js";
import {
  fittedVarianceFactor,
  leastSquaresCells,
  marginOf,
  marginSize,
  type SliceMeasurements,
  wholeCells,
} from "./consistentCounts.js";
import { capValues, checkReleaseSpec, contributionOf, multiFieldsOf } from "./contributionBound.js";
import { gaussianFor, laplaceFor, type NoiseParameters, normalQuantile } from "./noiseParameters.js";
import { noiseMargin } from "./noisePmf.js";
import { charged, type PrivacyLedger } from "./privacyLedger.js";
import { cryptoRandom, type RandomSource } from "./randomSource.js";
import { sampleDiscreteGaussian, sampleDiscreteLaplace } from "./samplers.js";

/**
 * Options of {@link releaseTables}: the privacy budget of the release (`rho` or `epsilon`), and how counts are bounded and reported.
 *
 * @example
 * ```ts
 * import { createPrivacyLedger, type ReleaseOptions } from "@nrmkit/stats/dp";
 *
 * const options: ReleaseOptions = { rho: 0.25, ledger: createPrivacyLedger({ rho: 1 }), label: "2024 Q1" };
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface ReleaseOptions {
  /** The ρ of zero-concentrated differential privacy the release spends (discrete Gaussian noise). Give `rho` or `epsilon`. */
  readonly rho?: number;
  /** The ε of pure differential privacy the release spends (discrete Laplace noise); it is charged as ρ = ε²/2. */
  readonly epsilon?: number;
  /** The most values of a multi-valued field (exploitation, means of control, …) counted per person; extra values are dropped at random. Absent: every value counts and the noise grows with the number of categories. */
  readonly maxValuesPerPerson?: number;
  /** The confidence level of each count's interval; default 0.95. */
  readonly confidenceLevel?: number;
  /** The budget of these records across releases: the release is charged to it, or refused when it would pass it. */
  readonly ledger?: PrivacyLedger;
  /** What the ledger records for this release; default the tables' titles. */
  readonly label?: string;
  /** The language of labels and notes for specs without their own `locale`. */
  readonly locale?: string | StatsLocale;
  /** Where randomness comes from; default Web Crypto. A seeded source is for tests and examples only. */
  readonly random?: RandomSource;
}

/**
 * What {@link releaseTables} returns: the noisy tables, what they spent, and the ledger with the release charged.
 *
 * @example
 * ```ts
 * import type { Release } from "@nrmkit/stats/dp";
 *
 * const spent = (release: Release) => release.rho;
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export interface Release {
  /** One table per spec, in order: whole non-negative counts whose margins add up, each with its interval. */
  readonly tables: readonly StatTable[];
  /** The ρ of zCDP the release spent (ε²/2 for an ε-DP release). */
  readonly rho: number;
  /** The ledger with this release added (absent when no ledger was given). */
  readonly ledger?: PrivacyLedger;
}

function checkBudget(options: ReleaseOptions): { readonly rho: number; readonly epsilon?: number } {
  const { rho, epsilon } = options;
  const positive = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value > 0;
  if ((rho === undefined) === (epsilon === undefined)) {
    throw new NrmkitError(
      "invalid_argument",
      `options: expected exactly one of rho (zCDP) and epsilon (pure DP), received ${rho === undefined ? "neither" : "both"}`,
    );
  }
  if (rho !== undefined && !positive(rho)) {
    throw new NrmkitError(
      "invalid_argument",
      `options.rho: expected a positive finite number, received ${String(rho)}`,
    );
  }
  if (epsilon !== undefined && !positive(epsilon)) {
    throw new NrmkitError(
      "invalid_argument",
      `options.epsilon: expected a positive finite number, received ${String(epsilon)}`,
    );
  }
  return epsilon !== undefined ? { rho: (epsilon * epsilon) / 2, epsilon } : { rho: rho as number };
}

function checkOptions(options: ReleaseOptions): void {
  const { maxValuesPerPerson: cap, confidenceLevel: level } = options;
  if (cap !== undefined && !(Number.isInteger(cap) && cap >= 1)) {
    throw new NrmkitError(
      "invalid_argument",
      `options.maxValuesPerPerson: expected a whole number of at least 1, received ${String(cap)}`,
    );
  }
  if (level !== undefined && !(typeof level === "number" && level > 0 && level < 1)) {
    throw new NrmkitError(
      "invalid_argument",
      `options.confidenceLevel: expected a number between 0 and 1, such as 0.95, received ${String(level)}`,
    );
  }
}

/** Where a count of a table sits: its slice (multi-valued indices), level and index in that level's margin. */
interface Placement {
  readonly slice: number;
  readonly mask: number;
  readonly index: number;
}

/** The layout of one table: single-valued axes form each slice, multi-valued axes (with "all") index slices. */
function layoutOf(table: StatTable) {
  const single = table.dimensions.flatMap((dimension, d) => (dimension.multiValued ? [] : [d]));
  const multi = table.dimensions.flatMap((dimension, d) => (dimension.multiValued ? [d] : []));
  const sizes = single.map((d) => table.dimensions[d]?.categories.length ?? 0);
  const codes = table.dimensions.map(
    (dimension) => new Map(dimension.categories.map((category, index) => [category.code, index])),
  );
  const place = (key: readonly (string | null)[]): Placement => {
    let slice = 0;
    for (const d of multi) {
      const n = table.dimensions[d]?.categories.length ?? 0;
      const code = key[d];
      slice = slice * (n + 1) + (code === null || code === undefined ? n : (codes[d]?.get(code) ?? 0));
    }
    let mask = 0;
    let index = 0;
    for (const [axis, d] of single.entries()) {
      const code = key[d];
      if (code === null || code === undefined) continue;
      mask |= 1 << axis;
      index = index * (sizes[axis] ?? 1) + (codes[d]?.get(code) ?? 0);
    }
    return { slice, mask, index };
  };
  return { sizes, place };
}

/** Noisy counts of one table made consistent: the released value of every cell and total, in table order. */
function releaseCounts(table: StatTable, draw: () => number): number[] {
  const { sizes, place } = layoutOf(table);
  const counts = [...table.cells, ...table.totals];
  const placements = counts.map((cell) => place(cell.key));
  const slices = new Map<number, Map<number, Float64Array>>();
  for (const [c, cell] of counts.entries()) {
    const { slice, mask, index } = placements[c] as Placement;
    let levels = slices.get(slice);
    if (levels === undefined) {
      levels = new Map();
      slices.set(slice, levels);
    }
    let margin = levels.get(mask);
    if (margin === undefined) {
      margin = new Float64Array(marginSize(sizes, mask));
      levels.set(mask, margin);
    }
    margin[index] = (cell.value ?? 0) + draw();
  }
  const released = new Map<number, Map<number, Float64Array>>();
  for (const [slice, measured] of slices) {
    const whole = wholeCells(sizes, leastSquaresCells(sizes, measured as SliceMeasurements));
    const margins = new Map<number, Float64Array>();
    for (const mask of measured.keys()) margins.set(mask, marginOf(whole, sizes, mask));
    released.set(slice, margins);
  }
  return placements.map(({ slice, mask, index }) => released.get(slice)?.get(mask)?.[index] ?? 0);
}

/**
 * Releases tables of case counts with differential privacy: noise on every cell and margin, then whole, non-negative counts that add up, each with its confidence interval.
 *
 * @remarks
 * Counts every spec (as {@link @nrmkit/stats!aggregate | aggregate} would), adds noise to every
 * inner cell and every margin, and makes each table consistent. Guarantees and rules:
 * - **Budget.** Give `rho` (ρ-zCDP, discrete Gaussian noise) or `epsilon` (ε-DP, discrete
 *   Laplace noise). Every count of every table gets the same noise: the budget is split equally
 *   over the counts a person can be in. With σ² = Δ/(2ρ) (or t = Δ/ε), Δ the number of counts of
 *   the release one person is in: 2 per single-valued dimension of a table, 1 + c per
 *   multi-valued one (c its categories, or `maxValuesPerPerson`), multiplied within a table and
 *   added over tables. Noise is sampled exactly (integer arithmetic, Web Crypto randomness).
 * - **Contribution.** A person counts once per single-valued dimension; over a multi-valued one
 *   in every value, or in at most `maxValuesPerPerson` chosen at random.
 * - **Consistency.** Per table, least squares over all noisy counts (a closed form for a table
 *   with every margin), negative cells set to 0 and the rest raked back to the fitted margins,
 *   then rounded to the fitted grand total; totals are the sums of the released cells. Over a
 *   multi-valued dimension totals count persons and are released on their own.
 * - **Accuracy.** Each count's `interval` is its value ± the table's `privacy.margin`, cut at 0:
 *   the normal interval of the least-squares fit at `confidenceLevel`.
 * - **Shape.** Categories and periods must not come from the data: list the categories of open
 *   dimensions (`regionId`, countries) and give `from`/`to` with calendar periods. Subtotals are
 *   refused (sum the released leaves). Table notes that would count records are left out.
 *
 * @param records - The case records (validated).
 * @param specs - One spec per table, as for `aggregate`.
 * @param options - The budget (`rho` or `epsilon`), ledger, cap, confidence level and language.
 * @returns The released tables, the ρ spent and the updated ledger.
 * @throws NrmkitError with code `invalid_argument` for a missing or invalid budget, an open
 *   dimension without categories, subtotals, or calendar periods without `from`/`to`;
 *   `privacy_budget_exceeded` when the ledger has not enough left (nothing is released).
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { cellAt } from "@nrmkit/stats";
 * import { createPrivacyLedger, releaseTables, seededRandom } from "@nrmkit/stats/dp";
 *
 * const records = generateSyntheticCases({ count: 400, seed: 7 });
 * const release = releaseTables(records, [{ dimensions: ["gender", "ageGroup"] }], {
 *   rho: 0.5,
 *   ledger: createPrivacyLedger({ rho: 1 }),
 *   random: seededRandom(1), // Web Crypto by default; a seed only for a reproducible example
 * });
 * const [table] = release.tables;
 * table?.disclosure.method;
 * // => "differential_privacy"
 * const total = cellAt(table!, [null, null]);
 * total!.interval![0] <= 400 && 400 <= total!.interval![1];
 * // => true
 * release.ledger?.releases.length;
 * // => 1
 * ```
 *
 * @category Differential privacy
 * @since 0.1.0
 */
export function releaseTables(
  records: readonly CaseRecord[],
  specs: readonly AggregateSpec[],
  options: ReleaseOptions,
): Release {
  if (!Array.isArray(records)) {
    throw new NrmkitError("invalid_argument", `records: expected an array of case records, received ${typeof records}`);
  }
  if (!Array.isArray(specs) || specs.length === 0) {
    throw new NrmkitError("invalid_argument", "specs: expected at least one table spec, received none");
  }
  if (typeof options !== "object" || options === null) {
    throw new NrmkitError("invalid_argument", "options: expected { rho } or { epsilon }, received none");
  }
  const budget = checkBudget(options);
  checkOptions(options);
  specs.forEach(checkReleaseSpec);
  const label = options.label ?? specs.map((spec, s) => spec.title ?? `table ${s + 1}`).join("; ");
  // Charged before any noise is drawn: a refused release discloses nothing.
  const ledger =
    options.ledger === undefined
      ? undefined
      : charged(options.ledger, {
          label,
          rho: budget.rho,
          ...(budget.epsilon === undefined ? {} : { epsilon: budget.epsilon }),
        });
  const random = options.random ?? cryptoRandom();
  const cap = options.maxValuesPerPerson;
  const fields = multiFieldsOf(specs);
  const counted = cap === undefined ? records : capValues(records, fields, cap, random);
  const raw = specs.map((spec) =>
    aggregate(counted, {
      ...spec,
      ...(spec.locale === undefined && options.locale !== undefined ? { locale: options.locale } : {}),
    }),
  );
  const sensitivity = raw.reduce((sum, table) => sum + contributionOf(table, cap, fields), 0);
  const noise: NoiseParameters =
    budget.epsilon === undefined ? gaussianFor(sensitivity, budget.rho) : laplaceFor(sensitivity, budget.epsilon);
  const draw =
    noise.mechanism === "discrete_gaussian"
      ? () => sampleDiscreteGaussian(noise.exact, random)
      : () => sampleDiscreteLaplace(noise.exact, random);
  const level = options.confidenceLevel ?? 0.95;
  const z = normalQuantile((1 + level) / 2);
  const tables = raw.map((table): StatTable => {
    const values = releaseCounts(table, draw);
    const { sizes } = layoutOf(table);
    // A slice of one count is its noisy measurement: its exact margin; otherwise the fit's.
    const margin =
      sizes.length === 0
        ? noiseMargin(
            noise.mechanism === "discrete_gaussian" ? "gaussian" : "laplace",
            noise.mechanism === "discrete_gaussian" ? noise.scale ** 2 : noise.scale,
            level,
          )
        : Math.ceil(z * Math.sqrt(noise.variance * fittedVarianceFactor(sizes)));
    const withValue = (cell: StatCell, value: number): StatCell => ({
      key: cell.key,
      value,
      status: "published",
      interval: [Math.max(0, value - margin), value + margin],
    });
    const cells = table.cells.map((cell, c) => withValue(cell, values[c] ?? 0));
    const totals = table.totals.map((cell, c) => withValue(cell, values[table.cells.length + c] ?? 0));
    const privacy: PrivacyMetadata = {
      definition: budget.epsilon === undefined ? "zero_concentrated" : "pure",
      rho: budget.rho,
      ...(budget.epsilon === undefined ? {} : { epsilon: budget.epsilon }),
      mechanism: noise.mechanism,
      noiseScale: Number(noise.scale.toPrecision(6)),
      sensitivity,
      maxValuesPerPerson: cap ?? null,
      tables: raw.length,
      confidenceLevel: level,
      margin,
      postProcessing: "least_squares",
    };
    const disclosure: DisclosureMetadata = {
      method: "differential_privacy",
      threshold: null,
      zerosSensitive: false,
      protectionLevel: null,
      secondary: "none",
      rounding: null,
      suppressedCells: 0,
      privacy,
      audit: null,
      note: "",
    };
    const messages = messagesOfTable(table);
    // Notes that count records (how many could not be placed) would bypass the noise.
    const { notes: _counted, ...rest } = table;
    return {
      ...rest,
      dimensions: table.dimensions.map(({ filtered: _filtered, ...dimension }) => dimension),
      cells,
      totals,
      notes: [],
      disclosure: { ...disclosure, note: noteOfDisclosure(disclosure, messages.messages.disclosure, messages.code) },
    };
  });
  return { tables, rho: budget.rho, ...(ledger === undefined ? {} : { ledger }) };
}
