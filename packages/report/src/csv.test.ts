import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv.js";

/** A strict RFC 4180 reader, for round-trip tests: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && field === "") {
      index += 1;
      for (;;) {
        const next = text[index];
        if (next === undefined) throw new Error("unterminated quoted field");
        if (next === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (next === '"') {
          index += 1;
          break;
        } else {
          field += next;
          index += 1;
        }
      }
    } else if (char === ",") {
      row.push(field);
      field = "";
      index += 1;
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index += 2;
    } else if (char === '"' || char === "\r" || char === "\n") {
      throw new Error(`bare ${JSON.stringify(char)} in an unquoted field at ${index}`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record lacks CRLF");
  return rows;
}

/** What a spreadsheet shows for a neutralised text cell: a formula also after leading blanks. */
function neutralised(value: string): string {
  return /^\s*[=+\-@]|^[\t\r\n]/.test(value) ? `'${value}` : value;
}

describe("csvField", () => {
  it.each([
    ["plain", "Vitebsk", "Vitebsk"],
    ["a comma", "Gomel, BYWCA", '"Gomel, BYWCA"'],
    ["quotes", 'NGO "Union"', '"NGO ""Union"""'],
    ["a line feed", "a\nb", '"a\nb"'],
    ["a carriage return as a line feed", "a\rb", '"a\nb"'],
    ["a CRLF as a line feed", "a\r\nb", '"a\nb"'],
    ["a formula after blanks", "  =1+1", "'  =1+1"],
    ["a formula after an invisible isolate", "\u2068=1+1\u2069", "'\u2068=1+1\u2069"],
    ["a full-width formula", "\uff1dSUM(A1)", "'\uff1dSUM(A1)"],
    ["control characters removed", "a\u0000b\u0007c\u008dd", "abcd"],
    ["an ANSI colour removed", "\u001b[31mred\u001b[0m", "red"],
    ["a formula hidden behind an escape sequence", "\u001b[0m=1+1", "'=1+1"],
    ["a formula", "=1+1", "'=1+1"],
    ["a plus", "+7 17 000", "'+7 17 000"],
    ["a minus", "-2", "'-2"],
    ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab", "\tx", "'\tx"],
    ["a leading carriage return", "\rx", '"\'\nx"'],
    ["the HYPERLINK attack", '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["a number", 12, "12"],
    ["a negative number", -3, "-3"],
    ["a non-finite number", Number.NaN, ""],
    ["null", null, ""],
    ["undefined", undefined, ""],
  ])("writes %s", (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF when given rows", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", 1],
      ]),
    ).toBe("a,b\r\nc,1\r\n");
  });

  it("round-trips any text through an RFC 4180 reader, formulas neutralised", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(neutralised)));
      }),
    );
  });

  it("never lets a cell start with a formula character, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const [[cell]] = parseCsv(toCsv([[text]])) as [[string]];
        expect(cell).not.toMatch(/^[\s\p{Cf}]*[=+\-@]|^[\t\r\n]/u);
      }),
    );
  });
});
