import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRowSplitter, type RowSplitterOptions, type SplitRow } from "./rowSplitter.js";

/** Every row the splitter gives for these chunks. */
function split(chunks: readonly string[], options: RowSplitterOptions): SplitRow[] {
  const splitter = createRowSplitter(options);
  const rows: SplitRow[] = [];
  for (const chunk of chunks) {
    splitter.push(chunk);
    for (let row = splitter.next(); row !== undefined; row = splitter.next()) rows.push({ ...row });
  }
  splitter.end();
  for (let row = splitter.next(); row !== undefined; row = splitter.next()) rows.push({ ...row });
  return rows;
}

const lines: RowSplitterOptions = { quoteAware: false, maxRowBytes: 100, headLength: 10 };
const csv: RowSplitterOptions = { quoteAware: true, maxRowBytes: 100, headLength: 10 };
const row = (
  text: string,
  line: number,
  extra: { readonly tooLong?: boolean; readonly bytes?: number; readonly unterminated?: boolean } = {},
): SplitRow =>
  ({
    text,
    line,
    tooLong: false,
    unterminated: false,
    ...extra,
  }) as SplitRow;

/** Cuts a text at the given positions. */
function cut(text: string, positions: readonly number[]): string[] {
  const sorted = [...new Set(positions.map((position) => position % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let at = 0;
  for (const position of sorted) {
    chunks.push(text.slice(at, position));
    at = position;
  }
  chunks.push(text.slice(at));
  return chunks;
}

describe("createRowSplitter", () => {
  it.each([
    ["LF lines", "a\nb\n", lines, [row("a", 1), row("b", 2)]],
    ["CRLF lines and no final break", "a\r\nb", lines, [row("a", 1), row("b", 2)]],
    ["blank lines kept as empty rows", "a\n\nb\n", lines, [row("a", 1), row("", 2), row("b", 3)]],
    ["a leading BOM dropped", "\uFEFFa\n", lines, [row("a", 1)]],
    ["quoted line breaks in CSV", 'a,"x\ny"\nb\n', csv, [row('a,"x\ny"', 1), row("b", 3)]],
    ["a stray quote inside an unquoted CSV field as text", 'a,b"c\nd\n', csv, [row('a,b"c', 1), row("d", 2)]],
    [
      "escaped quotes and a closed quote followed by text",
      '"a""\n",x"y\n"b"c\n',
      csv,
      [row('"a""\n",x"y', 1), row('"b"c', 3)],
    ],
    ["quotes ignored outside CSV", '"a\n"b', lines, [row('"a', 1), row('"b', 2)]],
    ["an unterminated quote at the end", 'a,"x\ny', csv, [row('a,"x\ny', 1, { unterminated: true })]],
    [
      "a row over the limit, cut to its head",
      `${"x".repeat(101)}\nok`,
      lines,
      [row("x".repeat(10), 1, { tooLong: true, bytes: 101 }), row("ok", 2)],
    ],
    ["a row exactly at the limit before CRLF", `${"x".repeat(100)}\r\n`, lines, [row("x".repeat(100), 1)]],
  ] as const)("splits %s", (_name, text, options, expected) => {
    expect(split([text], options)).toEqual(expected);
  });

  it("gives the same rows wherever the chunk boundaries fall", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", "\uFEFF"), maxLength: 300 });
    const options = fc.record({
      quoteAware: fc.boolean(),
      maxRowBytes: fc.integer({ min: 1, max: 40 }),
      headLength: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(text, options, fc.array(fc.nat(), { maxLength: 30 }), (input, settings, positions) => {
        expect(split(cut(input, positions), settings)).toEqual(split([input], settings));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps memory bounded on a huge row arriving in tiny chunks", () => {
    const splitter = createRowSplitter({ quoteAware: false, maxRowBytes: 1000, headLength: 10 });
    const rows: SplitRow[] = [];
    const take = (chunk: string) => {
      splitter.push(chunk);
      for (let row = splitter.next(); row !== undefined; row = splitter.next()) rows.push({ ...row });
    };
    for (let i = 0; i < 100_000; i++) take("xxxxxxxxxx");
    take("\nok\n");
    expect(rows).toEqual([row("x".repeat(10), 1, { tooLong: true, bytes: 1_000_000 }), row("ok", 2)]);
  });
});
