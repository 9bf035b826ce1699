import type { IsoDate } from "@nrmkit/core";

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
}

/**
 * Rounding applied to shown values: to the nearest multiple of `base`, or down to a multiple (CTDC).
 *
 * @example
 * ```ts
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
 * renderers should refuse or loudly flag them.
 *
 * @example
 * ```ts
 * const method: DisclosureMethod = "suppression_and_rounding";
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export type DisclosureMethod = "none" | "suppression" | "rounding" | "suppression_and_rounding";

/**
 * The result of the feasibility audit attached to a protected table.
 *
 * @example
 * ```ts
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
 * How a table was protected before publication: thresholds, rounding, counts of hidden cells and a footnote.
 *
 * @example
 * ```ts
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
  /** The audit of the published table, or `null` when not audited. */
  readonly audit: AuditSummary | null;
  /** One plain-language sentence (or a few) for the table footnote. */
  readonly note: string;
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
}

/**
 * Tells whether a cell status hides its value.
 *
 * @param status - A cell status.
 * @returns `true` for `"suppressed"`, `"suppressed_primary"` and `"suppressed_secondary"`.
 *
 * @example
 * ```ts
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

/**
 * The disclosure metadata of raw, unprotected counts.
 *
 * @returns Metadata with method `"none"` and a note saying the table must not be published.
 *
 * @example
 * ```ts
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
    note: "Unprotected counts: not for publication.",
  };
}
