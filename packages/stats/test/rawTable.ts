// Counts made-up persons into a raw table by brute force, independent of aggregate and of the
// reader model: the disclosure suites build their inputs with it.
import { rawDisclosure } from "../src/disclosureMetadata.js";
import type { Category, Dimension, StatCell, StatTable } from "../src/statTable.js";

/**
 * A raw table over `dimensions`: each entry counts the persons that hold, in every dimension, a
 * leaf of its category (a subtotal counts its members); `null` coordinates total.
 */
export function rawTableOf<P>(
  persons: readonly P[],
  dimensions: readonly Dimension[],
  codesOf: (person: P, dimension: number) => readonly string[],
): StatTable {
  const cells: StatCell[] = [];
  const totals: StatCell[] = [];
  const holds = (person: P, d: number, category: Category | null) =>
    category === null || codesOf(person, d).some((code) => (category.members ?? [category.code]).includes(code));
  const walk = (j: number, chosen: (Category | null)[]) => {
    if (j === dimensions.length) {
      const value = persons.filter((person) => chosen.every((category, d) => holds(person, d, category))).length;
      const cell: StatCell = { key: chosen.map((c) => c?.code ?? null), value, status: "published" };
      (chosen.includes(null) ? totals : cells).push(cell);
      return;
    }
    for (const category of [...(dimensions[j] as Dimension).categories, null]) walk(j + 1, [...chosen, category]);
  };
  walk(0, []);
  return {
    kind: "stat_table",
    version: 1,
    measure: "count",
    dimensions: [...dimensions],
    cells,
    totals,
    disclosure: rawDisclosure(),
    notes: [],
  };
}
