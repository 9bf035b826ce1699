import type { CellStatus, StatCell, StatTable } from "../../statTable.js";
import { extendedIndex } from "./readerModel.js";

/**
 * A homogeneous linear relation between table entries that anyone can derive from the table's
 * structure: `sum(coefficient * x) = 0` (`eq`) or `<= 0` (`le`).
 */
export interface Relation {
  readonly variables: readonly number[];
  readonly coefficients: readonly number[];
  readonly kind: "eq" | "le";
}

/**
 * A table seen as variables (every cell and total, indexed in the extended row-major space where
 * each dimension has one more coordinate for its total) and the relations between them.
 */
export interface TableModel {
  readonly extents: readonly number[];
  readonly strides: readonly number[];
  readonly size: number;
  /** Shown value per variable (`null` when hidden or absent). */
  readonly values: readonly (number | null)[];
  /** Status per variable (`undefined` when the table lacks the entry). */
  readonly statuses: readonly (CellStatus | undefined)[];
  /** How many coordinates are totals (0 for inner cells). */
  readonly levels: Uint8Array;
  readonly relations: readonly Relation[];
  /** Relation ids per variable. */
  readonly relationsOf: readonly (readonly number[])[];
}

function positionsOf(table: StatTable): Map<string, number>[] {
  return table.dimensions.map((dimension) => new Map(dimension.categories.map((category, i) => [category.code, i])));
}

/** The extended index of a key (`null` → the total coordinate): the reader model's one definition. */
export const indexOfKey = extendedIndex;

/** Adds the relations of every line along dimension `j`. */
function lineRelations(
  table: StatTable,
  j: number,
  extents: readonly number[],
  strides: readonly number[],
  relations: Relation[],
): void {
  const dimension = table.dimensions[j];
  if (dimension === undefined) return;
  const categories = dimension.categories;
  const size = categories.length;
  const stride = strides[j] as number;
  const position = new Map(categories.map((category, i) => [category.code, i]));
  const leaves = categories.flatMap((category, i) => (category.members === undefined ? [i] : []));
  const unknown = categories.findIndex((category) => category.unknown && category.members === undefined);
  const block = (extents[j] as number) * stride;
  const total = extents.reduce((product, extent) => product * extent, 1);
  for (let outer = 0; outer < total; outer += block) {
    for (let inner = 0; inner < stride; inner++) {
      const at = (c: number) => outer + inner + c * stride;
      const sum = (parts: readonly number[], whole: number) => {
        relations.push({
          variables: [at(whole), ...parts.map(at)],
          coefficients: [1, ...parts.map(() => -1)],
          kind: "eq",
        });
      };
      const atMost = (part: number, whole: number) => {
        relations.push({ variables: [at(part), at(whole)], coefficients: [1, -1], kind: "le" });
      };
      if (!dimension.multiValued) {
        sum(leaves, size);
        categories.forEach((category, s) => {
          if (category.members !== undefined)
            sum(
              category.members.map((code) => position.get(code) ?? -1),
              s,
            );
        });
        continue;
      }
      // Multi-valued: each category is at most the persons total, which is at most the sum of the
      // leaves; "not recorded" excludes every known value.
      relations.push({
        variables: [at(size), ...leaves.map(at)],
        coefficients: [1, ...leaves.map(() => -1)],
        kind: "le",
      });
      categories.forEach((category, c) => {
        if (category.members !== undefined) {
          for (const code of category.members) atMost(position.get(code) ?? -1, c);
          const members = category.members.map((code) => position.get(code) ?? -1);
          relations.push({
            variables: [at(c), ...members.map(at)],
            coefficients: [1, ...members.map(() => -1)],
            kind: "le",
          });
        }
        if (unknown >= 0 && c !== unknown && leaves.includes(c)) {
          relations.push({ variables: [at(c), at(unknown), at(size)], coefficients: [1, 1, -1], kind: "le" });
        } else {
          atMost(c, size);
        }
      });
    }
  }
}

/** Builds the model of a table: variables, shown values, statuses and every derivable relation. */
export function tableModel(table: StatTable): TableModel {
  const extents = table.dimensions.map((dimension) => dimension.categories.length + 1);
  const strides = new Array<number>(extents.length).fill(1);
  for (let j = extents.length - 2; j >= 0; j--) strides[j] = (strides[j + 1] as number) * (extents[j + 1] as number);
  const size = extents.reduce((product, extent) => product * extent, 1);
  const values = new Array<number | null>(size).fill(null);
  const statuses = new Array<CellStatus | undefined>(size).fill(undefined);
  const levels = new Uint8Array(size);
  const positions = positionsOf(table);
  const place = (cell: StatCell) => {
    const at = indexOfKey(table, positions, cell.key, strides);
    values[at] = cell.value;
    statuses[at] = cell.status;
    levels[at] = cell.key.filter((code) => code === null).length;
  };
  table.cells.forEach(place);
  table.totals.forEach(place);
  const relations: Relation[] = [];
  table.dimensions.forEach((_, j) => {
    lineRelations(table, j, extents, strides, relations);
  });
  const relationsOf: number[][] = Array.from({ length: size }, () => []);
  relations.forEach((relation, r) => {
    for (const variable of relation.variables) (relationsOf[variable] as number[]).push(r);
  });
  return { extents, strides, size, values, statuses, levels, relations, relationsOf };
}
