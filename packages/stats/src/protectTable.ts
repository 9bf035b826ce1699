import { NrmkitError } from "@nrmkit/core";
import type { DisclosureMetadata, DisclosureMethod, RoundingMetadata } from "./disclosureMetadata.js";
import { runAudit } from "./internal/runAudit.js";
import { suppressCells } from "./internal/suppressCells.js";
import { indexOfKey, tableModel } from "./internal/tableModel.js";
import { roundDown, roundToBase } from "./rounding.js";
import type { CellStatus, StatCell, StatTable } from "./statTable.js";

/**
 * How to protect a table: threshold, zeros, protection level, suppression on or off, rounding.
 *
 * @example
 * ```ts
 * const ctdc: ProtectOptions = { threshold: 11 };
 * const roundedOnly: ProtectOptions = { suppression: false, rounding: { kind: "down", base: 11 } };
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export interface ProtectOptions {
  /** Smallest publishable non-zero count; default 11 (CTDC). Counts from 1 to threshold − 1 are hidden. */
  readonly threshold?: number;
  /** Hide zeros too (when a zero itself discloses, e.g. "no child victims in a district"); default `false`. */
  readonly zerosSensitive?: boolean;
  /** Minimum width of every hidden cell's feasible interval; default half the threshold (at least 1). */
  readonly protectionLevel?: number;
  /** Apply primary and secondary suppression; default `true`. */
  readonly suppression?: boolean;
  /** Round shown values (after suppression); default none. */
  readonly rounding?: RoundingMetadata | null;
  /** One marker for both kinds of suppression (`"uniform"`, default) or separate ones (`"distinct"`); see {@link DisclosureMetadata.markers}. */
  readonly markers?: "uniform" | "distinct";
}

/** Resolved, validated options. */
interface Settings {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly protectionLevel: number;
  readonly suppression: boolean;
  readonly rounding: RoundingMetadata | null;
  readonly markers: "uniform" | "distinct";
}

function settingsOf(options: ProtectOptions): Settings {
  const threshold = options.threshold ?? 11;
  const zerosSensitive = options.zerosSensitive ?? false;
  const suppression = options.suppression ?? true;
  const rounding = options.rounding ?? null;
  const markers = options.markers ?? "uniform";
  const minimum = zerosSensitive ? 2 : 3;
  if (!Number.isInteger(threshold) || threshold < minimum) {
    throw new NrmkitError(
      "invalid_argument",
      `threshold: expected an integer of at least ${String(minimum)}, received ${String(threshold)}`,
    );
  }
  // With distinct markers a primary cell is known to lie in [1, threshold - 1] ([0, ...] with
  // sensitive zeros), so no wider interval can be asked for.
  const widest = markers === "uniform" ? Number.POSITIVE_INFINITY : zerosSensitive ? threshold - 1 : threshold - 2;
  const protectionLevel = options.protectionLevel ?? Math.max(1, Math.min(widest, Math.floor(threshold / 2)));
  const levelText = Number.isFinite(widest) ? `from 1 to ${String(widest)}` : "of at least 1";
  if (!Number.isInteger(protectionLevel) || protectionLevel < 1 || protectionLevel > widest) {
    throw new NrmkitError(
      "invalid_argument",
      `protectionLevel: expected an integer ${levelText} for threshold ${String(threshold)}, received ${String(protectionLevel)}`,
    );
  }
  if (rounding !== null && (!Number.isInteger(rounding.base) || rounding.base < 2)) {
    throw new NrmkitError(
      "invalid_argument",
      `rounding.base: expected an integer of at least 2, received ${String(rounding.base)}`,
    );
  }
  if (!suppression && rounding === null) {
    throw new NrmkitError("invalid_argument", "options: expected suppression, rounding or both");
  }
  return { threshold, zerosSensitive, protectionLevel, suppression, rounding, markers };
}

function methodOf(settings: Settings): DisclosureMethod {
  if (settings.suppression) return settings.rounding === null ? "suppression" : "suppression_and_rounding";
  return "rounding";
}

function cells(count: number): string {
  return `${String(count)} ${count === 1 ? "cell" : "cells"}`;
}

function cellsAre(count: number): string {
  return `${cells(count)} ${count === 1 ? "is" : "are"}`;
}

function noteOf(settings: Settings, primary: number, secondary: number): string {
  const sentences: string[] = [];
  if (settings.suppression) {
    const range = `${String(settings.zerosSensitive ? 0 : 1)} to ${String(settings.threshold - 1)}`;
    const hidden = primary + secondary;
    if (hidden === 0) {
      sentences.push(`No cells are hidden: no count is from ${range}.`);
    } else if (settings.markers === "uniform") {
      sentences.push(
        `${cellsAre(hidden)} hidden: counts from ${range}, and further cells so that no hidden count can be recomputed from the totals; hidden cells may be zeros.`,
      );
    } else {
      sentences.push(`Counts from ${range} are hidden (${cells(primary)}, primary suppression).`);
      if (secondary > 0) {
        sentences.push(
          `${String(secondary)} more ${secondary === 1 ? "cell is" : "cells are"} hidden so that no hidden count can be recomputed from the totals (secondary suppression).`,
        );
      }
    }
  }
  if (settings.rounding !== null) {
    sentences.push(
      settings.rounding.kind === "down"
        ? `Shown counts are rounded down to a multiple of ${String(settings.rounding.base)}.`
        : `Shown counts are rounded to the nearest multiple of ${String(settings.rounding.base)}; totals are rounded separately.`,
    );
  }
  sentences.push("Totals count persons.");
  return sentences.join(" ");
}

function shown(value: number, rounding: RoundingMetadata | null): number {
  if (rounding === null) return value;
  return rounding.kind === "down" ? roundDown(value, rounding.base) : roundToBase(value, rounding.base);
}

/**
 * Applies statistical disclosure control to a raw table: primary and secondary suppression, optional rounding, and an audit.
 *
 * @remarks
 * Primary suppression hides every cell and total from 1 to threshold − 1 (and zeros when
 * `zerosSensitive`). Secondary suppression then hides, greedily, the smallest publishable cells
 * (inner cells before totals; non-zero cells first, and with uniform markers a zero when nothing
 * else in reach protects) until the audit proves every hidden cell's feasible interval is at
 * least `protectionLevel` wide, against every published total: rows, columns, grand total,
 * subtotals, and the inequalities of multi-valued dimensions. The audit assumes readers know
 * what {@link DisclosureMetadata.markers} says a hidden value can be. With uniform markers (the
 * default) every hidden cell gets status `"suppressed"` and the metadata only `suppressedCells`,
 * so the published table, JSON included, does not tell primary from secondary suppression; with
 * distinct markers cells show `"suppressed_primary"` or `"suppressed_secondary"` and the metadata
 * both counts. Rounding (`"nearest"`, base 3/5/10,
 * or CTDC's `"down"` to a multiple of the threshold) is applied last to shown values. The
 * returned table carries the method, counts, note and audit summary in `disclosure`; a table too
 * small for its threshold (every cell hidden and still narrow) comes back with a failed audit,
 * which {@link publishTable} refuses. Protection
 * covers one table: publishing several overlapping tables from the same data needs them protected together.
 *
 * @param table - A raw table (disclosure method `"none"`).
 * @param options - Threshold (default 11), zeros, protection level, suppression, rounding.
 * @returns The protected table (a new object; the input is unchanged).
 * @throws NrmkitError with code `invalid_operation` when the table is already protected; `invalid_argument` for out-of-range options.
 *
 * @example
 * ```ts
 * const raw = aggregate(generateSyntheticCases({ count: 300, seed: 8 }), { dimensions: ["regionId", "exploitationGroup"] });
 * const table = protectTable(raw, { threshold: 11 });
 * table.disclosure.method;
 * // => "suppression"
 * table.cells.every((cell) => cell.value === null || cell.value === 0 || cell.value >= 11);
 * // => true
 * table.cells.every((cell) => cell.value !== null || cell.status === "suppressed");
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function protectTable(table: StatTable, options: ProtectOptions = {}): StatTable {
  if (table.disclosure.method !== "none") {
    throw new NrmkitError(
      "invalid_operation",
      `table: expected raw counts, received a table already protected by ${table.disclosure.method}`,
    );
  }
  const settings = settingsOf(options);
  const sensitive = (cell: StatCell) => {
    const value = cell.value ?? 0;
    return (value > 0 && value < settings.threshold) || (settings.zerosSensitive && value === 0);
  };
  // Large tables often have nothing to hide: then skip the model and the audit altogether.
  const anySensitive = settings.suppression && (table.cells.some(sensitive) || table.totals.some(sensitive));
  const model = anySensitive ? tableModel(table) : null;
  const hidden =
    model === null
      ? null
      : suppressCells(
          model,
          model.values.map((value) => value ?? 0),
          settings,
          settings.protectionLevel,
        );
  const positions = table.dimensions.map(
    (dimension) => new Map(dimension.categories.map((category, i) => [category.code, i])),
  );
  let primary = 0;
  let secondary = 0;
  const uniform = settings.markers === "uniform";
  const protect = (cell: StatCell): StatCell => {
    const mark = model === null || hidden === null ? 0 : hidden[indexOfKey(table, positions, cell.key, model.strides)];
    if (mark === 1 || mark === 2) {
      if (mark === 1) primary++;
      else secondary++;
      // Uniform markers: the published table must not tell primary from secondary, not even in JSON.
      const status: CellStatus = uniform ? "suppressed" : mark === 1 ? "suppressed_primary" : "suppressed_secondary";
      return { key: cell.key, value: null, status };
    }
    const status: CellStatus = settings.rounding === null ? "published" : "rounded";
    return { key: cell.key, value: shown(cell.value ?? 0, settings.rounding), status };
  };
  const cells = table.cells.map(protect);
  const totals = table.totals.map(protect);
  const disclosure: DisclosureMetadata = {
    method: methodOf(settings),
    threshold: settings.suppression ? settings.threshold : null,
    zerosSensitive: settings.zerosSensitive,
    protectionLevel: settings.suppression ? settings.protectionLevel : null,
    secondary: settings.suppression ? "greedy" : "none",
    rounding: settings.rounding,
    markers: settings.markers,
    suppressedCells: primary + secondary,
    ...(uniform ? {} : { suppressedPrimary: primary, suppressedSecondary: secondary }),
    audit: null,
    note: noteOf(settings, primary, secondary),
  };
  const protectedTable: StatTable = { ...table, cells, totals, disclosure };
  // Proving the widths is enough here; auditTable gives the exact intervals on demand. Without
  // hidden cells there is nothing to prove.
  const report =
    primary + secondary === 0
      ? {
          method: "linear_programming" as const,
          passed: true,
          minWidth: null,
          protectionLevel: settings.protectionLevel,
        }
      : runAudit(protectedTable, table, {}, true);
  return {
    ...protectedTable,
    disclosure: {
      ...disclosure,
      audit: {
        method: report.method,
        passed: report.passed,
        minWidth: report.minWidth,
        protectionLevel: report.protectionLevel,
      },
    },
  };
}

/**
 * Protects a raw table for publication and refuses to return it unless the audit passes.
 *
 * @remarks
 * The default for anything that leaves an agency: CTDC's threshold of 11 with secondary
 * suppression unless options say otherwise, and a guarantee that no hidden count can be narrowed
 * below the protection level from the published values.
 *
 * @param table - A raw table.
 * @param options - As for {@link protectTable}; defaults to threshold 11 with suppression.
 * @returns The protected table, audit passed.
 * @throws NrmkitError with code `disclosure_risk` when the audit fails; otherwise as {@link protectTable}.
 *
 * @example
 * ```ts
 * const raw = crossTab(generateSyntheticCases({ count: 250, seed: 6 }), "regionId", "gender");
 * publishTable(raw).disclosure.audit?.passed;
 * // => true
 * ```
 *
 * @category Disclosure control
 * @since 0.1.0
 */
export function publishTable(table: StatTable, options: ProtectOptions = {}): StatTable {
  const result = protectTable(table, options);
  if (result.disclosure.audit?.passed !== true) {
    throw new NrmkitError(
      "disclosure_risk",
      "table: expected every hidden cell to be protected, received a failed audit",
    );
  }
  return result;
}
