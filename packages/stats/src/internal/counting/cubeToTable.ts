import { rawDisclosure } from "../../disclosureMetadata.js";
import { EN_STATS } from "../../locales/en.js";
import { fillTemplate } from "../../statsLocale.js";
import type { StatCell, StatTable } from "../../statTable.js";
import type { CompiledDimension } from "./compileDimension.js";
import type { Cube } from "./countCube.js";

/** The footnotes every table over these dimensions carries. */
export function tableNotes(
  dimensions: readonly { readonly label: string; readonly multiValued: boolean }[],
  filtered: boolean,
): string[] {
  const notes = dimensions
    .filter((dimension) => dimension.multiValued)
    .map((dimension) => fillTemplate(EN_STATS.notes.multiValued, { dimension: dimension.label }));
  if (filtered) notes.push(EN_STATS.notes.filtered);
  return notes;
}

/**
 * Turns a counted cube into a raw table: dense row-major cells, then every margin in row-major
 * order over the extended cube (so the grand total comes last). When `hiddenFilter` is set the
 * last counted dimension only filters records and is read at its single category.
 */
export function cubeToTable(
  cube: Cube,
  dimensions: readonly CompiledDimension[],
  hiddenFilter: boolean,
  title: string | undefined,
  extraNotes: readonly string[] = [],
): StatTable {
  const k = dimensions.length;
  const { counts, strides } = cube;
  const codes = dimensions.map((dimension) => dimension.dimension.categories.map((category) => category.code));
  const cells: StatCell[] = [];
  const totals: StatCell[] = [];
  // Odometer over extended coordinates: coordinate == size means "total".
  const coordinate = new Array<number>(k).fill(0);
  const extents = dimensions.map((dimension) => dimension.size + 1);
  for (;;) {
    let at = 0;
    let isTotal = false;
    const key: (string | null)[] = new Array(k);
    for (let j = 0; j < k; j++) {
      const c = coordinate[j] as number;
      at += c * (strides[j] as number);
      if (c === (dimensions[j] as CompiledDimension).size) {
        isTotal = true;
        key[j] = null;
      } else {
        key[j] = (codes[j] as string[])[c] as string;
      }
    }
    const cell: StatCell = { key, value: counts[at] as number, status: "published" };
    (isTotal ? totals : cells).push(cell);
    let j = k - 1;
    while (j >= 0) {
      coordinate[j] = (coordinate[j] as number) + 1;
      if ((coordinate[j] as number) < (extents[j] as number)) break;
      coordinate[j] = 0;
      j--;
    }
    if (j < 0) break;
  }
  // With a hidden filter dimension last (stride 1), reading at coordinate 0 of it is implicit above.
  return {
    kind: "stat_table",
    version: 1,
    ...(title === undefined ? {} : { title }),
    measure: "count",
    dimensions: dimensions.map((dimension) => dimension.dimension),
    cells,
    totals,
    disclosure: rawDisclosure(),
    notes: [
      ...tableNotes(
        dimensions.map((dimension) => dimension.dimension),
        hiddenFilter || dimensions.some((dimension) => dimension.filters),
      ),
      ...extraNotes,
    ],
  };
}
