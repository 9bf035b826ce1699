import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../document.js";
import { columnWidths } from "./columnWidths.js";

function tableOf(header: readonly string[], rows: readonly (readonly string[])[]): TableBlock {
  return {
    kind: "table",
    caption: ["T"],
    columns: header.map((text) => ({ header: [text], align: "start" as const })),
    rows: rows.map((row) => ({ cells: row.map((text) => ({ content: [text] })) })),
    footnotes: [],
  };
}

describe("columnWidths", () => {
  it("gives a long-text column most of the line when the others hold dates and numbers", () => {
    const decision = "To more actively engage into sharing information and statistics between the parties of the MoU";
    const widths = columnWidths(
      tableOf(
        ["Date", "No.", "Decision", "Status"],
        Array.from({ length: 10 }, (_, at) => ["14 May 2014", String(at + 1), decision, "adopted"]),
      ),
    );
    const [date = 0, number = 0, text = 0, status = 0] = widths;
    expect(text).toBeGreaterThan(50);
    expect(text).toBeGreaterThan(date + number + status);
  });

  it("returns no widths for a table without columns", () => {
    expect(columnWidths(tableOf([], []))).toEqual([]);
  });

  it("sums to 100 percent with a positive width for every column, whatever the texts", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const cellText = fc.array(word, { minLength: 0, maxLength: 30 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((columns) =>
            fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { minLength: 0, maxLength: 12 }),
          ),
        (rows) => {
          const count = rows[0]?.length ?? 1;
          const table = tableOf(
            Array.from({ length: count }, (_, at) => `C${at}`),
            rows,
          );
          const widths = columnWidths(table);
          expect(widths).toHaveLength(count);
          expect(Math.abs(widths.reduce((sum, width) => sum + width, 0) - 100)).toBeLessThan(0.1 * count + 0.01);
          for (const width of widths) expect(width).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
