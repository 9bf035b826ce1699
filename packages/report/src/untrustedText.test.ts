import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlFacts } from "../test/markdownOracle.js";
import { bidiProblems, RTL_CHAR, rawControls } from "../test/textOracle.js";
import { renderCsv } from "./csv.js";
import type { ReportDocument } from "./document.js";
import { renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderText } from "./renderText.js";

// Every text renderer against hostile characters in data, checked by independent readers:
// csv-parse for CSV, JSON.parse for JSON, parse5 for HTML, Unicode-definition scans for text.

const hostile = [
  "NUL\u0000BEL\u0007BS\u0008VT\u000bFF\u000c",
  "\u001b[31mred\u001b[0m \u001b[2J\u001b[H",
  "\u001b]0;owned\u0007 \u001b]8;;http://evil.example/\u001b\\click\u001b]8;;\u001b\\",
  "C1\u0085\u008d\u009b31m\u009c",
  "DEL\u007f",
  "evil\u202eexe.txt",
  "\u202dforced LTR \u202bembedded",
  "\u2067unclosed isolate",
  "stray \u2069 close",
  "שלום Natalia",
  "مرحبا 12 (Minsk)",
  "lone \ud800 surrogate \udfff",
  '=HYPERLINK("http://evil.example","x")',
  " =1+1",
  "\t-2+3",
  "\r@SUM(A1)",
  "line\r\nbreak\u2028sep",
];

function hostileDoc(): ReportDocument {
  return {
    kind: "report",
    version: 1,
    lang: "en",
    title: hostile.join(" | "),
    blocks: [
      { kind: "heading", level: 1, content: [hostile[5] ?? ""] },
      ...hostile.map((text) => ({ kind: "paragraph" as const, content: ["Name: ", text, "."] })),
      { kind: "list", ordered: true, items: hostile.map((text) => [{ kind: "fallback" as const, text, lang: "ru" }]) },
      {
        kind: "table",
        id: "t",
        caption: [hostile[0] ?? ""],
        columns: [
          { header: [hostile[9] ?? ""], align: "start" },
          { header: ["Value"], align: "end" },
        ],
        rows: hostile.map((text, index) => ({
          cells: [{ content: [text] }, { content: [String(index)], value: index }],
        })),
        footnotes: [[hostile[1] ?? ""]],
      },
    ],
  };
}

describe("renderText", () => {
  it("writes no control character, override or unisolated right-to-left text when the data holds them", () => {
    const text = renderText(hostileDoc());
    expect(rawControls(text)).toEqual([]);
    expect(bidiProblems(text)).toEqual([]);
    expect(text).not.toMatch(/\p{Cs}/u);
    expect(text).toContain("Name: evilexe.txt.");
    expect(text).toContain("Name: red .");
  });
});

describe("renderCsv", () => {
  it("writes cells a CSV reader gives back without controls, formulas or unisolated bidi text", () => {
    const csv = renderCsv(hostileDoc());
    expect(rawControls(csv, "\r\n\t")).toEqual([]);
    const rows = parseCsv(csv, { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(hostile.length + 1);
    for (const row of rows) {
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell.trimStart()).not.toMatch(/^[=+\-@]/);
        expect(bidiProblems(cell.replace(/\n/g, " "))).toEqual([]);
      }
    }
  });
});

describe("renderJson", () => {
  it("stays valid JSON with no raw control when the data holds them, and gives the text back", () => {
    const doc = hostileDoc();
    const json = renderJson(doc);
    expect(rawControls(json)).toEqual([]);
    expect(json).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("round-trips any string exactly and writes no raw control", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const doc: ReportDocument = { kind: "report", version: 1, lang: "en", title: text, blocks: [] };
        const json = renderJson(doc);
        expect(rawControls(json)).toEqual([]);
        expect(JSON.parse(json).title).toBe(JSON.parse(JSON.stringify(text)));
      }),
    );
  });
});

describe("renderHtml", () => {
  it("writes no control character and isolates right-to-left data in <bdi> when the data holds them", () => {
    const page = renderHtml(hostileDoc());
    expect(rawControls(page, "\n\t")).toEqual([]);
    expect(page).not.toMatch(/[\u202a-\u202e]/);
    const facts = htmlFacts(page);
    expect(facts.unisolatedRtl).toEqual([]);
    expect(facts.elements.filter((name) => name === "bdi").length).toBeGreaterThanOrEqual(4);
    expect(facts.text).toContain("Name: evilexe.txt.");
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    expect(bidiProblems(title)).toEqual([]);
  });
});

describe("hostile alphabet", () => {
  it("holds right-to-left text, so the bidi checks above can fail", () => {
    expect(hostile.some((text) => RTL_CHAR.test(text))).toBe(true);
  });
});
