// Damages rows of a CTDC-layout CSV the ways real files are damaged, at known row numbers, for the
// end-to-end tests: a test knows exactly which rows an import must reject.
import { createRandom } from "./seededRandom.js";

/** One kind of damage: what it does to a row's cells. */
const DAMAGES: readonly ((cells: string[], random: () => number) => string[])[] = [
  (cells) => ["2O19", ...cells.slice(1)], // a letter O in the year
  (cells, random) => set(cells, 8 + Math.floor(random() * 17), "2"), // a flag of 2
  (cells) => set(cells, 7, "QQ"), // no such country
  (cells) => set(cells, 3, "17-19"), // an age band CTDC never uses
  (cells) => set(cells, 2, "F"), // a gender abbreviated
  (cells) => cells.slice(0, -1), // a cell lost
  (cells) => [...cells, "1"], // a cell too many
];

function set(cells: string[], index: number, value: string): string[] {
  const copy = [...cells];
  copy[index] = value;
  return copy;
}

/** Damages about `share` of the data rows (seeded); returns the text and the damaged data row numbers (from 1). */
export function damageCtdcRows(text: string, share: number, seed: number): { text: string; damaged: number[] } {
  const random = createRandom(seed);
  const lines = text.trimEnd().split("\n");
  const damaged: number[] = [];
  for (let row = 1; row < lines.length; row++) {
    if (random() >= share) continue;
    const damage = DAMAGES[Math.floor(random() * DAMAGES.length)] as (typeof DAMAGES)[number];
    lines[row] = damage((lines[row] as string).split(","), random).join(",");
    damaged.push(row);
  }
  return { text: `${lines.join("\n")}\n`, damaged };
}
