import { NrmkitError } from "@nrmkit/core";
import type { AuditOptions, AuditReport, CellAudit } from "../../auditTable.js";
import { isSuppressedStatus, type StatTable } from "../../statTable.js";
import { propagatedBounds, quantityBounds } from "./atomBounds.js";
import { readerKnowledge } from "./readerKnowledge.js";
import { extendedIndex, type ReaderModel, readerModel, type TableLayout } from "./readerModel.js";

/** The values of `source` (a table with the same dimensions as the layout's) by extended index. */
export function valuesByIndex(source: StatTable, layout: TableLayout, what: string): (number | null)[] {
  const target = layout.table;
  if (
    JSON.stringify(source.dimensions.map((d) => [d.name, d.categories.map((c) => c.code)])) !==
    JSON.stringify(target.dimensions.map((d) => [d.name, d.categories.map((c) => c.code)]))
  ) {
    throw new NrmkitError("invalid_argument", `${what}: expected the same dimensions and categories as the table`);
  }
  const positions = source.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
  const values = new Array<number | null>(layout.size).fill(null);
  for (const cell of [...source.cells, ...source.totals]) {
    values[extendedIndex(source, positions, cell.key, layout.strides)] = cell.value;
  }
  return values;
}

/** Options of one audit run over tables of the same records. */
export interface AuditRun {
  /** Required width; defaults to each table's own protection level (or 1). */
  readonly protectionLevel?: number;
  readonly method?: AuditOptions["method"];
  /** Per table, optionally the raw table it came from, to check every interval holds the true value. */
  readonly originals?: readonly (StatTable | undefined)[];
  /**
   * Prove widths only (faster): every shown entry reads as its exact value from `originals` (a
   * stronger reader), and a cell whose witnesses already span the level is not solved further.
   */
  readonly proveOnly?: boolean;
  /** Tables (by position) whose hidden cells need no report (reports are returned for the others). */
  readonly reportFrom?: number;
}

/** Audits tables of the same records jointly; one report per table from `reportFrom` on. */
export function runAudit(tables: readonly StatTable[], run: AuditRun = {}, prebuilt?: ReaderModel): AuditReport[] {
  const method = run.method ?? "linear_programming";
  const proveOnly = run.proveOnly === true;
  // The stronger reader of a proving run reads shown zeros exactly: its model is then the one
  // suppression proved on, whose witnesses it adopts.
  const model = prebuilt ?? readerModel(tables, proveOnly ? run.originals : undefined);
  const truths = model.layouts.map((layout, t) => {
    const original = run.originals?.[t];
    return original === undefined ? undefined : valuesByIndex(original, layout, "original");
  });
  const knowledge = readerKnowledge(model, proveOnly ? truths : undefined);
  const levelOf = (table: StatTable) => run.protectionLevel ?? table.disclosure.protectionLevel ?? 1;
  const targets = new Set<number>();
  let level = Number.POSITIVE_INFINITY;
  model.layouts.forEach((layout) => {
    for (let at = 0; at < layout.size; at++) {
      const status = layout.statuses[at];
      if (status !== undefined && isSuppressedStatus(status) && (layout.quantity[at] as number) >= 0) {
        targets.add(layout.quantity[at] as number);
        level = Math.min(level, levelOf(layout.table));
      }
    }
  });
  const bounds =
    method === "interval_propagation"
      ? (() => {
          const p = propagatedBounds(model, knowledge);
          return {
            lower: p.lower,
            upper: p.upper,
            provenLower: p.lower,
            provenUpper: p.upper,
            certifiedLower: new Float64Array(p.lower.length).fill(Number.NaN),
            certifiedUpper: new Float64Array(p.lower.length).fill(Number.NaN),
            consistent: p.consistent,
          };
        })()
      : proveOnly
        ? // protectTables' final audit: its model has the structure of the suppression rounds' model.
          quantityBounds(model, knowledge, [...targets], level, { adopt: true })
        : quantityBounds(model, knowledge, [...targets], undefined, { goalWidth: level });
  const solvable = bounds.consistent;
  // The true values must lie in the outer intervals (exact runs only).
  const reports: AuditReport[] = [];
  model.layouts.forEach((layout, t) => {
    if (t < (run.reportFrom ?? 0)) return;
    const truth = truths[t];
    let consistent: boolean | null = truth === undefined ? null : solvable;
    const protectionLevel = levelOf(layout.table);
    const cells: CellAudit[] = [];
    let minWidth: number | null = null;
    let passed = true;
    const keys = new Map<number, readonly (string | null)[]>();
    const positions = layout.table.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
    for (const cell of [...layout.table.cells, ...layout.table.totals]) {
      keys.set(extendedIndex(layout.table, positions, cell.key, layout.strides), cell.key);
    }
    for (let at = 0; at < layout.size; at++) {
      const status = layout.statuses[at];
      const q = layout.quantity[at] as number;
      if (status === undefined || q < 0) continue;
      const actual = truth?.[at] ?? undefined;
      const hidden = isSuppressedStatus(status);
      if (!hidden) {
        // A shown value must be what the original's value would show.
        if (
          actual !== undefined &&
          actual !== null &&
          (actual < (knowledge.lower[q] as number) || actual > (knowledge.upper[q] as number))
        ) {
          consistent = false;
        }
        continue;
      }
      const lower = proveOnly ? (bounds.provenLower[q] as number) : (bounds.lower[q] as number);
      const upper = proveOnly ? (bounds.provenUpper[q] as number) : (bounds.upper[q] as number);
      if (!proveOnly && actual !== undefined && actual !== null && (actual < lower || actual > upper))
        consistent = false;
      const finite = Number.isFinite(bounds.upper[q] as number);
      const width = finite ? upper - lower : null;
      // Protection is judged on proven widths: attained by integer witness tables.
      const provenWidth = (bounds.provenUpper[q] as number) - (bounds.provenLower[q] as number);
      const isProtected =
        !finite ||
        (method === "interval_propagation" ? (width as number) >= protectionLevel : provenWidth >= protectionLevel);
      if (!isProtected) passed = false;
      if (width !== null) minWidth = minWidth === null ? width : Math.min(minWidth, width);
      cells.push({
        key: keys.get(at) ?? [],
        status,
        lower,
        upper: finite ? upper : null,
        width,
        protected: isProtected,
        // Exact both ways: witnesses attain the interval and exact arithmetic bounds it.
        certified:
          finite &&
          lower === (bounds.certifiedLower[q] as number) &&
          upper === (bounds.certifiedUpper[q] as number) &&
          lower === (bounds.provenLower[q] as number) &&
          upper === (bounds.provenUpper[q] as number),
        ...(actual === undefined || actual === null ? {} : { actual }),
      });
    }
    reports.push({ method, protectionLevel, passed: passed && consistent !== false, minWidth, cells, consistent });
  });
  return reports;
}
