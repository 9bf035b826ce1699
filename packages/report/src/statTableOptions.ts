import type { LocalizedText } from "@nrmkit/core";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of the statistics renderers: markers, label translations, and what to do with unprotected tables.
 *
 * @example
 * ```ts
 * import type { StatTableOptions } from "@nrmkit/report";
 *
 * const options: StatTableOptions = {
 *   locale: "ru",
 *   labels: { Female: { ru: "Женщины" }, Male: { ru: "Мужчины" } },
 *   suppressedMarker: "x",
 * };
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface StatTableOptions extends ReportOptions {
  /** Shown instead of a hidden (suppressed) count; default `"*"`, the same for primary and secondary suppression. */
  readonly suppressedMarker?: string;
  /** Shown where the table has no value at all; default `"…"`. */
  readonly unknownMarker?: string;
  /** Shown where a value does not apply; default `"–"`. */
  readonly notApplicableMarker?: string;
  /** The language of the labels and notes inside the stats tables; default `"en"`. */
  readonly labelsLang?: string;
  /** Translations of those labels and notes, keyed by the label as written in the table. */
  readonly labels?: Readonly<Record<string, LocalizedText>>;
  /** Render a table whose disclosure method is `"none"` or whose audit failed, under a warning; default `false` (refuse). */
  readonly allowUnprotected?: boolean;
  /** The table's id, for CSV; default derived from its caption. */
  readonly id?: string;
}
