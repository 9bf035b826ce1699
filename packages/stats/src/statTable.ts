import type { IsoDate } from "@nrmkit/core";
import type { DisclosureMetadata } from "./disclosureMetadata.js";

/**
 * How a cell's `value` may be shown: exactly, rounded, or hidden by disclosure control.
 *
 * @remarks
 * `value` is `null` exactly when the status is a suppression or `"not_applicable"` (an indicator
 * without a denominator, shown as a dash). `"suppressed"` means hidden by disclosure control
 * without saying whether by primary or secondary suppression: tables protected with uniform
 * markers (the default, see {@link DisclosureMetadata.markers}) use it for every hidden cell, so
 * that not even a JSON export tells the two apart. `"suppressed_primary"` and
 * `"suppressed_secondary"` appear only with distinct markers. Renderers show a marker for every
 * suppression status (one marker for all, or for example `..` primary and `x` secondary under
 * distinct markers) and may footnote `"rounded"`.
 * A zero is a real count (known none) with status `"published"`; "not recorded" is a category of
 * its own ({@link Category.unknown}), never a zero. Future versions may add statuses; renderers
 * should treat an unfamiliar status as hidden.
 *
 * @example
 * ```ts
 * import { type CellStatus, isSuppressedStatus } from "@nrmkit/stats";
 *
 * const status: CellStatus = "suppressed";
 * isSuppressedStatus(status);
 * // => true
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export type CellStatus =
  | "published"
  | "rounded"
  | "suppressed"
  | "suppressed_primary"
  | "suppressed_secondary"
  | "not_applicable";

/**
 * One category of a {@link Dimension}: a code, its label, and whether it stands for "not recorded".
 *
 * @example
 * ```ts
 * import type { Category } from "@nrmkit/stats";
 *
 * const child: Category = { code: "child", label: "Children (0-17)", unknown: false };
 * const quarter: Category = { code: "2014-Q2", label: "2014 Q2", unknown: false, from: "2014-04-01", to: "2014-06-30" };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface Category {
  /** Stable machine code, unique within the dimension (`"BY-HO"`, `"forced_labour"`, `"2014-Q2"`). */
  readonly code: string;
  /** Human-readable label for headers. */
  readonly label: string;
  /** `true` for the "not recorded" category, which is excluded from CTDC percentage denominators. */
  readonly unknown: boolean;
  /** For a subtotal (hierarchical) category, the codes of the categories it adds up; absent for a leaf. */
  readonly members?: readonly string[];
  /** For a period category, its first day. */
  readonly from?: IsoDate;
  /** For a period category, its last day. */
  readonly to?: IsoDate;
}

/**
 * What a dimension describes: ordinary categories or time periods (ordered, with `from`/`to`).
 *
 * @example
 * ```ts
 * import type { DimensionKind } from "@nrmkit/stats";
 *
 * const kind: DimensionKind = "period";
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export type DimensionKind = "category" | "period";

/**
 * One axis of a table: its name, label, categories in display order, and whether a person may fall in several.
 *
 * @remarks
 * When `multiValued` is `true` (forms of exploitation, means of control, assistance, overlapping
 * custom periods), one person counts once in every category that applies, so cells along this
 * dimension may add up to more than the total, which counts persons. Subtotal categories (with
 * `members`) appear among the categories wherever they should be displayed.
 *
 * @example
 * ```ts
 * import type { Dimension } from "@nrmkit/stats";
 *
 * const sex: Dimension = {
 *   name: "gender",
 *   label: "Sex",
 *   kind: "category",
 *   multiValued: false,
 *   categories: [
 *     { code: "female", label: "Female", unknown: false },
 *     { code: "male", label: "Male", unknown: false },
 *     { code: "unknown", label: "Not recorded", unknown: true },
 *   ],
 * };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface Dimension {
  /** Machine name, such as `"regionId"`, `"exploitationGroup"` or `"period"`. */
  readonly name: string;
  /** Human-readable label for the axis. */
  readonly label: string;
  /** Whether the categories are periods of time. */
  readonly kind: DimensionKind;
  /** Whether one person may count in several categories (totals then count persons, not mentions). */
  readonly multiValued: boolean;
  /** The categories, in display order. */
  readonly categories: readonly Category[];
  /**
   * `true` when some counted persons fall in none of the categories (a table limited to some
   * categories or dates, or registration dates too coarse for the periods); absent when every
   * person is in a category, as a reader may then assume.
   */
  readonly filtered?: true;
}

/**
 * One number of a table with its position and how it may be shown.
 *
 * @remarks
 * `key` holds one category code per dimension, in the order of {@link StatTable.dimensions}; in a
 * total, `null` stands for "all categories of this dimension" (counting persons).
 *
 * @example
 * ```ts
 * import type { StatCell } from "@nrmkit/stats";
 *
 * const cell: StatCell = { key: ["BY-HO", "labour"], value: 42, status: "published" };
 * const hidden: StatCell = { key: ["BY-VI", "sexual"], value: null, status: "suppressed" };
 * const rowTotal: StatCell = { key: ["BY-HO", null], value: 120, status: "published" };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface StatCell {
  /** One category code per dimension; `null` where the cell totals over that dimension. */
  readonly key: readonly (string | null)[];
  /** The count as shown (exact or rounded), or `null` when hidden. */
  readonly value: number | null;
  /** How the value is shown. */
  readonly status: CellStatus;
  /**
   * For a noisy count of a differentially private release, the range that holds the true count at
   * the release's confidence level (see {@link DisclosureMetadata.privacy}).
   */
  readonly interval?: readonly [number, number];
}

/**
 * A table of person counts over one or more dimensions, with all totals and its disclosure metadata.
 *
 * @remarks
 * `cells` is dense and row-major: every combination of the dimensions' categories in order, the
 * first dimension varying slowest (in a 2-D table, `cells[row * columns + column]`). `totals` holds
 * every margin: each key with at least one `null`, including the grand total (all `null`). Totals
 * count persons, so over a multi-valued dimension they may be smaller than the sum of the cells.
 * Rounded totals are rounded on their own and may differ from the sum of rounded cells.
 * The object is plain JSON: `JSON.parse(JSON.stringify(table))` is the same table.
 * Use {@link tableGrid} to walk a 1-D or 2-D table by rows and columns.
 *
 * @example
 * ```ts
 * import { rawDisclosure, type StatTable } from "@nrmkit/stats";
 *
 * const table: StatTable = {
 *   kind: "stat_table",
 *   version: 1,
 *   title: "Registered victims by sex",
 *   measure: "count",
 *   dimensions: [{ name: "gender", label: "Sex", kind: "category", multiValued: false, categories: [
 *     { code: "female", label: "Female", unknown: false },
 *     { code: "male", label: "Male", unknown: false },
 *   ] }],
 *   cells: [
 *     { key: ["female"], value: 40, status: "published" },
 *     { key: ["male"], value: 25, status: "published" },
 *   ],
 *   totals: [{ key: [null], value: 65, status: "published" }],
 *   disclosure: rawDisclosure(),
 *   notes: [],
 * };
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export interface StatTable {
  /** Discriminator for JSON consumers. */
  readonly kind: "stat_table";
  /** Shape version; bumped only with a backward-compatible reader. */
  readonly version: 1;
  /** Optional caption. */
  readonly title?: string;
  /** What the numbers count: persons (cases). */
  readonly measure: "count";
  /** The axes, in key order. */
  readonly dimensions: readonly Dimension[];
  /** Every inner cell, dense, row-major (first dimension slowest). */
  readonly cells: readonly StatCell[];
  /** Every margin (keys with at least one `null`), ending with the grand total. */
  readonly totals: readonly StatCell[];
  /** How the table was protected. */
  readonly disclosure: DisclosureMetadata;
  /** Footnotes, such as how multi-valued dimensions and excluded records were counted. */
  readonly notes: readonly string[];
  /**
   * The language of the built-in labels and notes, a BCP 47 tag (`"ru"`); absent for English, as
   * in tables written before it existed. Labels a user gave may be in any language.
   * {@link localizeTable} turns a table into another language.
   */
  readonly lang?: string;
}

/**
 * Tells whether a cell status hides its value.
 *
 * @param status - A cell status.
 * @returns `true` for `"suppressed"`, `"suppressed_primary"` and `"suppressed_secondary"`.
 *
 * @example
 * ```ts
 * import { isSuppressedStatus } from "@nrmkit/stats";
 *
 * isSuppressedStatus("suppressed");
 * // => true
 * isSuppressedStatus("suppressed_primary");
 * // => true
 * isSuppressedStatus("rounded");
 * // => false
 * ```
 *
 * @category Tables
 * @since 0.1.0
 */
export function isSuppressedStatus(status: CellStatus): boolean {
  return status === "suppressed" || status === "suppressed_primary" || status === "suppressed_secondary";
}
