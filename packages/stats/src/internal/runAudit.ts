import { NrmkitError } from "@nrmkit/core";
import type { AuditOptions, AuditReport, CellAudit } from "../auditTable.js";
import { isSuppressedStatus, type StatTable } from "../statTable.js";
import { initialKnowledge, type Knowledge, lpBounds, propagate } from "./feasibleBounds.js";
import { indexOfKey, tableModel } from "./tableModel.js";

/** Runs the chosen bound computation; with `level`, widths are only proven (see lpBounds). */
function feasibleIntervals(
  table: StatTable,
  method: "linear_programming" | "interval_propagation",
  level?: number,
): { readonly model: ReturnType<typeof tableModel>; readonly bounds: Knowledge; readonly consistent: boolean } {
  const model = tableModel(table);
  const { threshold, zerosSensitive, rounding, markers, secondary, suppressedSecondary } = table.disclosure;
  // Only what the published table shows: an absent secondary count is unknown to the reader.
  const knowledge = initialKnowledge(model, {
    threshold: threshold ?? 1,
    zerosSensitive,
    rounding,
    markers: markers ?? "distinct",
    secondary: secondary !== "none",
    suppressedSecondary: suppressedSecondary ?? null,
  });
  if (method === "interval_propagation") return { model, bounds: propagate(model, knowledge), consistent: true };
  const hidden: number[] = [];
  for (let v = 0; v < model.size; v++) {
    const status = model.statuses[v];
    if (status === undefined || isSuppressedStatus(status)) hidden.push(v);
  }
  const { consistent, ...bounds } = lpBounds(model, knowledge, hidden, level);
  return { model, bounds, consistent };
}

/**
 * The audit; with `proveOnly` a cell whose interval is shown wide enough by feasible points found
 * on the way gets that inner interval instead of its exact bounds (faster; widths are lower bounds).
 */
export function runAudit(
  table: StatTable,
  original: StatTable | undefined,
  options: AuditOptions,
  proveOnly: boolean,
): AuditReport {
  const method = options.method ?? "linear_programming";
  const protectionLevel = options.protectionLevel ?? table.disclosure.protectionLevel ?? 1;
  const {
    model,
    bounds,
    consistent: solvable,
  } = feasibleIntervals(table, method, proveOnly ? protectionLevel : undefined);
  let consistent: boolean | null = null;
  const truth = new Map<number, number>();
  if (original !== undefined) {
    if (
      JSON.stringify(original.dimensions.map((d) => d.categories.map((c) => c.code))) !==
      JSON.stringify(table.dimensions.map((d) => d.categories.map((c) => c.code)))
    ) {
      throw new NrmkitError("invalid_argument", "original: expected the same dimensions and categories as the table");
    }
    const positions = original.dimensions.map(
      (dimension) => new Map(dimension.categories.map((category, i) => [category.code, i])),
    );
    for (const cell of [...original.cells, ...original.totals]) {
      if (cell.value !== null) truth.set(indexOfKey(original, positions, cell.key, model.strides), cell.value);
    }
    consistent = solvable;
  }
  const keys = new Map<number, readonly (string | null)[]>();
  const positions = table.dimensions.map(
    (dimension) => new Map(dimension.categories.map((category, i) => [category.code, i])),
  );
  for (const cell of [...table.cells, ...table.totals])
    keys.set(indexOfKey(table, positions, cell.key, model.strides), cell.key);
  const cells: CellAudit[] = [];
  let minWidth: number | null = null;
  let passed = true;
  for (let v = 0; v < model.size; v++) {
    const status = model.statuses[v];
    const actual = truth.get(v);
    const lower = bounds.lower[v] as number;
    const upper = bounds.upper[v] as number;
    // Proven (inner) intervals need not hold the true value; only exact ones are checked.
    if (!proveOnly && actual !== undefined && (actual < lower || actual > upper)) consistent = false;
    if (status === undefined || !isSuppressedStatus(status)) continue;
    const width = Number.isFinite(upper) ? upper - lower : null;
    const isProtected = width === null || width >= protectionLevel;
    if (!isProtected) passed = false;
    if (width !== null) minWidth = minWidth === null ? width : Math.min(minWidth, width);
    cells.push({
      key: keys.get(v) ?? [],
      status,
      lower,
      upper: Number.isFinite(upper) ? upper : null,
      width,
      protected: isProtected,
      ...(actual === undefined ? {} : { actual }),
    });
  }
  return { method, protectionLevel, passed: passed && consistent !== false, minWidth, cells, consistent };
}
