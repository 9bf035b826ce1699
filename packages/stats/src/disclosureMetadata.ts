import { EN_STATS } from "./locales/en.js";
/**
 * Rounding applied to shown values: to the nearest multiple of `base`, or down to a multiple (CTDC).
 *
 * @example
 * ```ts
 * import type { RoundingMetadata } from "@nrmkit/stats";
 *
 * const nearest: RoundingMetadata = { kind: "nearest", base: 5 };
 * const ctdc: RoundingMetadata = { kind: "down", base: 11 };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface RoundingMetadata {
  /** `"nearest"` (halves up; conventional base 3, 5 or 10) or `"down"` (to a multiple of `base`, as CTDC). */
  readonly kind: "nearest" | "down";
  /** The rounding base. */
  readonly base: number;
}

/**
 * The protection method a table went through, for the footnote of every published table.
 *
 * @remarks
 * `"none"` marks raw, unprotected counts, fit for analysis inside an agency, never for publication:
 * renderers should refuse or loudly flag them. `"differential_privacy"` marks noisy counts from
 * `releaseTables` of `@nrmkit/stats/dp`, described by {@link DisclosureMetadata.privacy}.
 *
 * @example
 * ```ts
 * import type { DisclosureMethod } from "@nrmkit/stats";
 *
 * const method: DisclosureMethod = "suppression_and_rounding";
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export type DisclosureMethod =
  | "none"
  | "suppression"
  | "rounding"
  | "suppression_and_rounding"
  | "differential_privacy";

/**
 * The result of the feasibility audit attached to a protected table.
 *
 * @example
 * ```ts
 * import type { AuditSummary } from "@nrmkit/stats";
 *
 * const audit: AuditSummary = { method: "linear_programming", passed: true, minWidth: 14, protectionLevel: 5 };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface AuditSummary {
  /** How feasible intervals were computed: exact linear-programming bounds or (faster, weaker) interval propagation. */
  readonly method: "linear_programming" | "interval_propagation";
  /** Whether every hidden cell's feasible interval is at least `protectionLevel` wide. */
  readonly passed: boolean;
  /** A proven lower bound on the narrowest hidden cell's interval width (exact from `auditTable`); `null` when nothing is hidden or all are unbounded. */
  readonly minWidth: number | null;
  /** The width every hidden cell's interval had to reach. */
  readonly protectionLevel: number;
}

/**
 * How a differentially private release was made: its guarantee, its noise and the accuracy of its counts.
 *
 * @remarks
 * Every count of the table (cells and totals) carries an {@link StatCell.interval} at
 * `confidenceLevel`; `margin` is its half-width before it is cut at 0.
 *
 * @example
 * ```ts
 * import type { PrivacyMetadata } from "@nrmkit/stats";
 *
 * const privacy: PrivacyMetadata = {
 *   definition: "zero_concentrated",
 *   rho: 0.5,
 *   mechanism: "discrete_gaussian",
 *   noiseScale: 2.83,
 *   sensitivity: 8,
 *   maxValuesPerPerson: null,
 *   tables: 2,
 *   confidenceLevel: 0.95,
 *   margin: 5,
 *   postProcessing: "least_squares",
 * };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface PrivacyMetadata {
  /** `"zero_concentrated"` (ρ-zCDP, discrete Gaussian noise) or `"pure"` (ε-DP, discrete Laplace noise). */
  readonly definition: "zero_concentrated" | "pure";
  /** The ρ of zCDP the whole release spent (ε²/2 for an ε-DP release). */
  readonly rho: number;
  /** The ε of an ε-DP release. */
  readonly epsilon?: number;
  /** The noise added to every count. */
  readonly mechanism: "discrete_gaussian" | "discrete_laplace";
  /** σ of the discrete Gaussian or the scale t of the discrete Laplace. */
  readonly noiseScale: number;
  /** How many counts of the release one person can be in: the sensitivity the noise is set for. */
  readonly sensitivity: number;
  /** The most values of a multi-valued field counted per person, or `null` when not capped. */
  readonly maxValuesPerPerson: number | null;
  /** How many tables were released together, from one budget. */
  readonly tables: number;
  /** The confidence level of every count's interval, such as 0.95. */
  readonly confidenceLevel: number;
  /** The half-width of the intervals of this table's counts. */
  readonly margin: number;
  /** How noisy counts were made consistent: least squares, then whole non-negative counts that add up. */
  readonly postProcessing: "least_squares";
}

/**
 * How a table was protected before publication: thresholds, rounding, counts of hidden cells and a footnote.
 *
 * @example
 * ```ts
 * import type { DisclosureMetadata } from "@nrmkit/stats";
 *
 * const metadata: DisclosureMetadata = {
 *   method: "suppression",
 *   threshold: 11,
 *   zerosSensitive: false,
 *   protectionLevel: 5,
 *   secondary: "greedy",
 *   rounding: null,
 *   markers: "uniform",
 *   suppressedCells: 5,
 *   audit: { method: "linear_programming", passed: true, minWidth: 12, protectionLevel: 5 },
 *   note: "5 cells are hidden: counts from 1 to 10, and further cells so that no hidden count can be recomputed from the totals; hidden cells may be zeros.",
 * };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface DisclosureMetadata {
  /** The method applied; `"none"` for raw counts. */
  readonly method: DisclosureMethod;
  /** Smallest publishable non-zero count (CTDC: 11), or `null` without suppression. */
  readonly threshold: number | null;
  /** Whether zeros were treated as sensitive and hidden too. */
  readonly zerosSensitive: boolean;
  /** Minimum width of a hidden cell's feasible interval, or `null` without suppression. */
  readonly protectionLevel: number | null;
  /** Secondary (complementary) suppression algorithm: `"greedy"` (audited by linear programming), or `"none"`. */
  readonly secondary: "none" | "greedy";
  /** Rounding of shown values, or `null`. */
  readonly rounding: RoundingMetadata | null;
  /** How many cells and totals are hidden, by primary and secondary suppression together. */
  readonly suppressedCells: number;
  /**
   * How many cells and totals were hidden because they fell below the threshold; present only
   * with `"distinct"` markers (uniform markers do not disclose the split).
   */
  readonly suppressedPrimary?: number;
  /**
   * How many more cells and totals were hidden so the first ones cannot be recomputed; present
   * only with `"distinct"` markers (uniform markers do not disclose the split).
   */
  readonly suppressedSecondary?: number;
  /**
   * How renderers must mark hidden cells, and so what a reader may assume about a hidden value.
   * `"uniform"`: one marker for both kinds of suppression, every hidden cell has status
   * `"suppressed"` and the metadata gives only `suppressedCells`, so no export reveals which kind a
   * cell is (the audit assumes readers cannot tell them apart); secondary suppression may then
   * hide zeros, so a hidden value is only known to be at least 0 (at least 1 when zeros are not
   * sensitive and either secondary suppression is off or the metadata shows `suppressedSecondary`
   * of 0, as older tables did). `"distinct"`: separate markers
   * allowed; secondary suppression never hides zeros, and the audit assumes readers know a primary
   * cell lies from 1 (0 when zeros are sensitive) to threshold − 1 and a secondary one at or above
   * the threshold, which leaves fewer tables publishable. Absent means `"distinct"`, the cautious
   * reading.
   */
  readonly markers?: "uniform" | "distinct";
  /** For a differentially private release, its guarantee, noise and accuracy. */
  readonly privacy?: PrivacyMetadata;
  /** The audit of the published table, or `null` when not audited. */
  readonly audit: AuditSummary | null;
  /** One plain-language sentence (or a few) for the table footnote. */
  readonly note: string;
}

/**
 * The disclosure metadata of raw, unprotected counts.
 *
 * @returns Metadata with method `"none"` and a note saying the table must not be published.
 *
 * @example
 * ```ts
 * import { rawDisclosure } from "@nrmkit/stats";
 *
 * rawDisclosure().method;
 * // => "none"
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function rawDisclosure(): DisclosureMetadata {
  return {
    method: "none",
    threshold: null,
    zerosSensitive: false,
    protectionLevel: null,
    secondary: "none",
    rounding: null,
    suppressedCells: 0,
    suppressedPrimary: 0,
    suppressedSecondary: 0,
    audit: null,
    note: EN_STATS.disclosure.raw,
  };
}
