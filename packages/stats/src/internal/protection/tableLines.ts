import type { ReaderModel } from "./readerModel.js";
import { tableModel } from "./tableModel.js";

/** The lines of the model's tables (entries that add up), as quantity ids: what suppression searches partners along. */
export function tableLines(model: ReaderModel): number[][] {
  const lines: number[][] = [];
  for (const layout of model.layouts) {
    for (const relation of tableModel(layout.table).relations) {
      const ids = [...new Set(relation.variables.map((v) => layout.quantity[v] as number).filter((q) => q >= 0))];
      if (ids.length > 1) lines.push(ids);
    }
  }
  return lines;
}

/** Per quantity, 1 when it is some table's grand total (never hidden as a secondary cell). */
export function grandTotalMarks(model: ReaderModel): Uint8Array {
  const marks = new Uint8Array(model.quantities.length);
  for (const layout of model.layouts) {
    const q = layout.quantity[layout.size - 1] as number;
    if (q >= 0) marks[q] = 1;
  }
  return marks;
}
