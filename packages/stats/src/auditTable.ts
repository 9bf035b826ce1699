import { runAudit } from "./internal/protection/runAudit.js";
import type { CellStatus, StatTable } from "./statTable.js";

/**
 * The feasible interval of one hidden cell: what a reader can prove about it from the published table.
 *
 * @example
 * ```ts
 * import type { CellAudit } from "@nrmkit/stats";
 *
 * const audit: CellAudit = { key: ["BY-VI", "other"], status: "suppressed", lower: 0, upper: 10, width: 10, protected: true, certified: true };
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
  /**
   * Whether `lower` and `upper` are proven exactly, both ways and without floating point: integer
   * witness tables attain both ends, and bound propagation or a dual certificate (checked in BigInt
   * fractions) shows no table of counts goes beyond them. `false` when one end rests on the
   * floating-point simplex alone (protection itself is always judged on witness tables).
   */
  readonly certified: boolean;
  /** The true value, when the original table was given. */
  readonly actual?: number;
}

/**
 * The result of {@link auditTable}: every hidden cell's feasible interval and whether all are wide enough.
 *
 * @example
 * ```ts
 * import type { AuditReport } from "@nrmkit/stats";
 *
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
 * import type { AuditOptions } from "@nrmkit/stats";
 *
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
 * The reader model is built from the person types behind the cells: per dimension, a leaf
 * category (single-valued dimensions); a non-empty set of known values or "not recorded"
 * (multi-valued dimensions); a run of days no period start or end cuts (periods with dates, so
 * nested and overlapping periods share their common days). Every cell, subtotal and total is the
 * number of persons of the types it covers, a non-negative integer; so every relation a reader can
 * derive (subtotals, nested periods, multi-valued margins, "not recorded", totals) follows from that
 * one construction. The reader also knows every shown value, the rounding rule, and what the
 * disclosure metadata implies (see {@link DisclosureMetadata.markers}): with `"distinct"` markers
 * a primary-suppressed cell lies between 1 (0 when zeros are sensitive) and threshold − 1, a
 * secondary one at or above the threshold; with `"uniform"` markers a hidden cell is at least 0
 * (at least 1 when zeros are not sensitive and the table shows that secondary suppression hid
 * nothing). That knowledge comes from `table` alone; `original` is used only to check the
 * intervals. With `"linear_programming"` (default) the bounds are integer bounds: the linear
 * relaxation per connected group of hidden counts, with every bound attained by an integer witness
 * table checked in exact integer arithmetic (branch and bound where a vertex is fractional). A
 * cell is `protected` only when witness tables prove its width. `"interval_propagation"` is faster
 * but only an outer approximation, fit to find failures, never to prove protection. To audit
 * several tables of the same records together, use {@link auditTables}.
 *
 * @param table - A protected table.
 * @param original - Optionally the raw table it came from, to check every interval holds the true value.
 * @param options - Protection level and method.
 * @returns The audit report.
 * @throws NrmkitError with code `invalid_argument` when `original` has different dimensions.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { auditTable, crossTab, protectTable } from "@nrmkit/stats";
 *
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
  return runAudit([table], { ...options, originals: [original] })[0] as AuditReport;
}

/**
 * Audits several published tables of the same records together: what a reader can recompute from all of them at once.
 *
 * @remarks
 * One reader model over every table (see {@link auditTable}): the same persons counted in several
 * tables are one quantity. A report's `passed` covers its own table's hidden cells; a set of tables
 * is safe to publish together only when every report passes.
 *
 * @param tables - Protected tables of the same records.
 * @param originals - Optionally the raw tables, in the same order, to check the intervals.
 * @param options - Protection level (default: each table's own) and method.
 * @returns One report per table, in order.
 * @throws NrmkitError with code `invalid_argument` when an original has different dimensions than its table.
 *
 * @example
 * ```ts
 * import { generateSyntheticCases } from "@nrmkit/core/synthetic";
 * import { auditTables, crossTab, protectTables } from "@nrmkit/stats";
 *
 * const records = generateSyntheticCases({ count: 300, seed: 5 });
 * const raw = [crossTab(records, "regionId", "gender"), crossTab(records, "regionId", "ageGroup")];
 * auditTables(protectTables(raw), raw).every((report) => report.passed);
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function auditTables(
  tables: readonly StatTable[],
  originals?: readonly (StatTable | undefined)[],
  options: AuditOptions = {},
): AuditReport[] {
  return runAudit(tables, { ...options, ...(originals === undefined ? {} : { originals }) });
}
