import type { DisclosureMetadata } from "./disclosureMetadata.js";
import type { CellStatus, Dimension } from "./statTable.js";

/**
 * The unit of an indicator: a percentage (0–100, may exceed 100 for multi-select groups) or a rate per 100,000 population.
 *
 * @example
 * ```ts
 * import type { IndicatorUnit } from "@nrmkit/stats";
 *
 * const unit: IndicatorUnit = "per_100000";
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type IndicatorUnit = "percent" | "per_100000";

/**
 * One value of an indicator with the numerator and denominator it was computed from.
 *
 * @remarks
 * Indicators are computed from the shown values of a (protected) table, so they reveal nothing
 * the table does not. When an input is hidden the value is `null` and the status is the input's
 * suppression status; when the denominator is 0 or unknown the status is `"not_applicable"`.
 *
 * @example
 * ```ts
 * import type { IndicatorRow } from "@nrmkit/stats";
 *
 * const row: IndicatorRow = { key: ["BY-HO"], label: "Gomel", value: 12.5, numerator: 25, denominator: 200, status: "published" };
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface IndicatorRow {
  /** One category code per dimension of {@link IndicatorTable.dimensions}; `null` for "all". */
  readonly key: readonly (string | null)[];
  /** Row label (the categories' labels joined, or "Total"). */
  readonly label: string;
  /** The indicator value, or `null` when hidden or not applicable. */
  readonly value: number | null;
  /** The count on top (persons in the category of interest), as shown, or `null`. */
  readonly numerator: number | null;
  /** The count below (persons with a known value, or population), or `null`. */
  readonly denominator: number | null;
  /** How the value may be shown. */
  readonly status: CellStatus;
}

/**
 * An indicator (share of children, transnational share, rate per 100,000, CTDC percentages) by zero or more dimensions.
 *
 * @remarks
 * The last row is the overall value (all keys `null`) when the indicator has one.
 *
 * @example
 * ```ts
 * import { type IndicatorTable, rawDisclosure } from "@nrmkit/stats";
 *
 * const indicator: IndicatorTable = {
 *   kind: "indicator_table",
 *   version: 1,
 *   name: "share_of_children",
 *   label: "Share of children among registered victims",
 *   unit: "percent",
 *   dimensions: [],
 *   rows: [{ key: [], label: "Total", value: 12.5, numerator: 25, denominator: 200, status: "published" }],
 *   disclosure: rawDisclosure(),
 *   notes: ["Persons whose age is not recorded are left out of the denominator (CTDC rule)."],
 * };
 * indicator.rows[0]?.value;
 * // => 12.5
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface IndicatorTable {
  /** Discriminator for JSON consumers. */
  readonly kind: "indicator_table";
  /** Shape version. */
  readonly version: 1;
  /** Machine name of the indicator, such as `"share_of_children"`. */
  readonly name: string;
  /** Human-readable title. */
  readonly label: string;
  /** Percent or rate per 100,000. */
  readonly unit: IndicatorUnit;
  /** The dimensions the rows are keyed by (empty for a single overall value). */
  readonly dimensions: readonly Dimension[];
  /** One row per key. */
  readonly rows: readonly IndicatorRow[];
  /** The disclosure metadata of the table the indicator was computed from. */
  readonly disclosure: DisclosureMetadata;
  /** Footnotes: the denominator rule, multi-select sums above 100 %, population source. */
  readonly notes: readonly string[];
  /** The language of the built-in labels and notes, as {@link StatTable.lang}; absent for English. */
  readonly lang?: string;
}
