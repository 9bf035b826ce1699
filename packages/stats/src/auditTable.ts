import { runAudit } from "./internal/runAudit.js";
import type { CellStatus, StatTable } from "./statTable.js";

/**
 * The feasible interval of one hidden cell: what a reader can prove about it from the published table.
 *
 * @example
 * ```ts
 * const audit: CellAudit = { key: ["BY-VI", "other"], status: "suppressed", lower: 0, upper: 10, width: 10, protected: true };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface CellAudit {
  /** The cell's key. */
  readonly key: readonly (string | null)[];
  /** Its suppression status. */
  readonly status: CellStatus;
  /** The smallest value consistent with everything published. */
  readonly lower: number;
  /** The largest value consistent with everything published, or `null` when unbounded. */
  readonly upper: number | null;
  /** `upper - lower`, or `null` when unbounded. */
  readonly width: number | null;
  /** Whether the width reaches the protection level. */
  readonly protected: boolean;
  /** The true value, when the original table was given. */
  readonly actual?: number;
}

/**
 * The result of {@link auditTable}: every hidden cell's feasible interval and whether all are wide enough.
 *
 * @example
 * ```ts
 * const report: AuditReport = { method: "linear_programming", protectionLevel: 5, passed: true, minWidth: 9, cells: [], consistent: null };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface AuditReport {
  /** How the intervals were computed. */
  readonly method: "linear_programming" | "interval_propagation";
  /** The width every hidden cell had to reach. */
  readonly protectionLevel: number;
  /** Whether every hidden cell is protected (and, with the original, every interval holds the true value). */
  readonly passed: boolean;
  /** The narrowest width found, or `null` when no cell is hidden or all are unbounded. */
  readonly minWidth: number | null;
  /** One entry per hidden cell or total. */
  readonly cells: readonly CellAudit[];
  /** With the original table: whether every true value lies in its interval and shown values match; otherwise `null`. */
  readonly consistent: boolean | null;
}

/**
 * Options of {@link auditTable}.
 *
 * @example
 * ```ts
 * const options: AuditOptions = { protectionLevel: 3, method: "interval_propagation" };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface AuditOptions {
  /** Required width; defaults to the table's `disclosure.protectionLevel` (or 1). */
  readonly protectionLevel?: number;
  /** `"linear_programming"` (default, exact bounds of the linear relaxation) or `"interval_propagation"` (fast, weaker). */
  readonly method?: "linear_programming" | "interval_propagation";
}

/**
 * Proves what a reader can and cannot recompute: the feasible interval of every hidden cell from the published values.
 *
 * @remarks
 * The reader is assumed to know every shown value, the rounding rule, the table structure (cells
 * add up to totals along single-valued dimensions and subtotals; along multi-valued ones each cell
 * is at most the total, the total at most the sum, "not recorded" excludes the known values), that
 * counts are non-negative integers, and what the disclosure metadata implies (see
 * {@link DisclosureMetadata.markers}): with `"distinct"` markers a primary-suppressed cell lies
 * between 1 (0 when zeros are sensitive) and threshold − 1, a secondary one at or above the
 * threshold; with `"uniform"` markers (or status `"suppressed"`) a hidden cell is at least 0, or
 * at least 1 when zeros are not sensitive and the table shows that secondary suppression hid
 * nothing (`secondary` is `"none"`, or an older table's `suppressedSecondary` is 0). That knowledge
 * comes from `table` alone; `original` is used only to check the intervals. With `"linear_programming"` the bounds are the exact optimum of that linear system
 * (solved by simplex per connected group of hidden cells), rounded inwards to integers: exact for
 * 1-D and 2-D tables with margins, whose constraint matrices are totally unimodular, and the
 * standard linear-relaxation attack (as in tau-Argus) otherwise. `"interval_propagation"` is faster
 * but only an outer approximation: it can report intervals wider than the truth, so use it to find
 * failures, never to prove protection.
 *
 * @param table - A protected table.
 * @param original - Optionally the raw table it came from, to check every interval holds the true value.
 * @param options - Protection level and method.
 * @returns The audit report.
 * @throws NrmkitError with code `invalid_argument` when `original` has different dimensions.
 *
 * @example
 * ```ts
 * const raw = crossTab(generateSyntheticCases({ count: 400, seed: 4 }), "regionId", "exploitationGroup");
 * const published = protectTable(raw, { threshold: 11 });
 * auditTable(published, raw).passed;
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function auditTable(table: StatTable, original?: StatTable, options: AuditOptions = {}): AuditReport {
  return runAudit(table, original, options, false);
}
