// The input of the production secondary suppression for one raw table, built as protectTable builds
// it (no earlier publications, cost "value"), so benchmarks can start it from another method's
// pattern and tests can run one step of it. Entry indexes: cells, then totals (as bench/linearTableModel.ts).
import { readerModel } from "../src/internal/protection/readerModel.js";
import type { SuppressInput, SuppressSettings } from "../src/internal/protection/suppressCells.js";
import { grandTotalMarks, tableLines } from "../src/internal/protection/tableLines.js";
import type { StatTable } from "../src/statTable.js";

/** The suppression input, the default settings for `threshold` and `level`, and each entry's quantity. */
export interface BenchSuppression {
  readonly input: SuppressInput;
  readonly settings: SuppressSettings;
  /** Per entry (cells, then totals): its quantity id. */
  readonly quantityOf: readonly number[];
}

export function suppressionInput(raw: StatTable, threshold: number, level: number): BenchSuppression {
  const model = readerModel([raw]);
  const size = model.quantities.length;
  const layout = model.layouts[0];
  if (layout === undefined) throw new Error("no layout");
  const exact = new Float64Array(size).fill(Number.NaN);
  const isNew = new Uint8Array(size);
  const levels = new Uint8Array(size).fill(255);
  const cost = new Float64Array(size);
  const positions = raw.dimensions.map((d) => new Map(d.categories.map((c, i) => [c.code, i])));
  const quantityOf = [...raw.cells, ...raw.totals].map((cell) => {
    let at = 0;
    cell.key.forEach((code, j) => {
      const position = code === null ? raw.dimensions[j]?.categories.length : positions[j]?.get(code);
      at += (position ?? 0) * (layout.strides[j] as number);
    });
    const q = layout.quantity[at] as number;
    if (q < 0) return q;
    exact[q] = cell.value ?? 0;
    isNew[q] = 1;
    levels[q] = Math.min(levels[q] as number, layout.levels[at] as number);
    cost[q] = Math.max(cost[q] as number, cell.value ?? 0);
    return q;
  });
  const input: SuppressInput = {
    model,
    exact,
    isNew,
    ledger: { lower: new Float64Array(size), upper: new Float64Array(size).fill(Number.POSITIVE_INFINITY) },
    ledgerHidden: new Uint8Array(size),
    ledgerShown: new Uint8Array(size),
    relations: tableLines(model),
    levels,
    grandTotals: grandTotalMarks(model),
  };
  const settings: SuppressSettings = { threshold, zerosSensitive: false, markers: "uniform", level, cost };
  return { input, settings, quantityOf };
}
