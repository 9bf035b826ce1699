import type { TableBlock } from "../document.js";
import { inlineText } from "./inlineText.js";

// The width of a table's line in em of its font: an A4 text width (178 mm) at 9 pt. The screen
// column (52rem at 0.9rem) is about the same.
const LINE = 56;
// Cell padding and border, in em.
const PADDING = 1;
// Wrapping at word ends leaves part of each line empty.
const FILL = 0.92;
// Rows measured at most: enough to see the shape of a long table, bounded work for a huge one.
const SAMPLE = 200;
// Width handed out per step (1 % of the line), and how many steps one round looks ahead.
const STEP = LINE / 100;
const LOOKAHEAD = 25;

/** Advance of a character in em, roughly, in Arial-metric fonts (the print stylesheet's and Word's). */
function advance(char: string): number {
  if (/[\s.,;:'!|ilj()[\]]/.test(char)) return 0.28;
  if (/[frt1I"-]/.test(char)) return 0.36;
  if (/[mwMW@\u0416\u0428\u0429\u0436\u0448\u0449\u044e\u042e]/.test(char)) return 0.83;
  if (/[A-Z\u0410-\u042f]/.test(char)) return 0.68;
  return 0.54;
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += advance(char);
  return width;
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(textWidth));
}

function lines(width: number, column: number): number {
  return width === 0 ? 1 : Math.ceil(width / Math.max(FILL * (column - PADDING), 0.1));
}

/** Lines of the table's rows: the tallest cell of each row, plus a little of every cell to break ties. */
function cost(widths: readonly (readonly number[])[], columns: readonly number[]): number {
  let total = 0;
  for (const row of widths) {
    let tallest = 0;
    let sum = 0;
    for (const [index, width] of row.entries()) {
      const count = lines(width, columns[index] ?? 1);
      tallest = Math.max(tallest, count);
      sum += count;
    }
    total += tallest + 0.01 * sum;
  }
  return total;
}

/**
 * Relative column widths for a table, in percent (summing to 100), that keep its rows short.
 *
 * Print and Word lay tables out on a fixed page width, where the browser's auto layout gives a
 * long-text column (a decision) little more room than a short one (a date): rows grow many lines
 * tall and a 20-row table fills pages. Each column starts at its longest word (in bold, as headers
 * are); the rest of the line goes, a few percent at a time, to the column that saves most lines
 * over all rows. Text widths are estimated from character classes, not measured in a font.
 */
export function columnWidths(block: TableBlock): number[] {
  const count = block.columns.length;
  if (count === 0) return [];
  const every = Math.max(1, Math.ceil(block.rows.length / SAMPLE));
  const rows = block.rows.filter((_, index) => index % every === 0);
  const texts = [
    block.columns.map((column) => inlineText(column.header)),
    ...rows.map((row) =>
      block.columns.map((_, index) => {
        const cell = row.cells[index];
        return cell === undefined ? "" : inlineText(cell.content);
      }),
    ),
  ];
  const widths = texts.map((row) => row.map(textWidth));
  const columns = block.columns.map((_, index) => {
    const word = Math.max(0.6, ...texts.map((row) => longestWord(row[index] ?? "")));
    // Bold runs about 10 % wider: the longest word never breaks.
    return 1.12 * word + PADDING + 0.3;
  });
  let used = columns.reduce((sum, width) => sum + width, 0);
  // Line counts are steps: one more percent often saves nothing while ten save a line in every
  // row, so each round looks ahead and takes the best saving per step.
  while (used + STEP <= LINE) {
    const current = cost(widths, columns);
    const room = Math.min(LOOKAHEAD, Math.floor((LINE - used) / STEP + 1e-9));
    let best = -1;
    let bestSteps = 0;
    let bestRate = 0;
    for (let index = 0; index < count; index += 1) {
      for (let steps = 1; steps <= room; steps += 1) {
        const trial = columns.map((width, at) => (at === index ? width + steps * STEP : width));
        const rate = (current - cost(widths, trial)) / steps;
        if (rate > bestRate + 1e-9) {
          best = index;
          bestSteps = steps;
          bestRate = rate;
        }
      }
    }
    if (best === -1) break;
    columns[best] = (columns[best] ?? 0) + bestSteps * STEP;
    used += bestSteps * STEP;
  }
  // Width nobody needs is shared in proportion, so the table still spans its line.
  const total = columns.reduce((sum, width) => sum + width, 0);
  return columns.map((width) => Math.round((1000 * width) / total) / 10);
}
