import { NrmkitError } from "@nrmkit/core";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "../../test/fixtures.js";
import { reportDocuments } from "../../test/reportDocuments.js";
import type { ReportDocument, TableBlock } from "../document.js";
import { inlineText } from "../internal/inlineText.js";
import { renderXlsx } from "./renderXlsx.js";

// Each workbook is read back independently of write-excel-file: unzipped with fflate and parsed
// with an XML parser, resolving shared strings the way Excel does.

const S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface ReadCell {
  readonly ref: string;
  readonly type: "number" | "text";
  readonly value: string | number;
  readonly formula: boolean;
}

interface ReadSheet {
  readonly name: string;
  readonly rows: ReadCell[][];
  readonly frozenRows: number;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

function all(node: Document | Element, name: string): Element[] {
  const list = node.getElementsByTagNameNS(S, name);
  return Array.from({ length: list.length }, (_, at) => list.item(at) as Element);
}

function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes);
  const file = (name: string): string => {
    const found = files[name];
    if (found === undefined) throw new Error(`${name} is missing`);
    return strFromU8(found);
  };
  const shared = files["xl/sharedStrings.xml"]
    ? all(parse(file("xl/sharedStrings.xml")), "si").map((si) =>
        all(si, "t")
          .map((t) => t.textContent ?? "")
          .join(""),
      )
    : [];
  const workbook = parse(file("xl/workbook.xml"));
  const rels = parse(file("xl/_rels/workbook.xml.rels"));
  const targets = new Map(
    Array.from({ length: rels.getElementsByTagName("Relationship").length }, (_, at) => {
      const rel = rels.getElementsByTagName("Relationship").item(at) as Element;
      return [rel.getAttribute("Id") ?? "", rel.getAttribute("Target") ?? ""] as const;
    }),
  );
  return all(workbook, "sheet").map((sheet) => {
    const id = sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") ?? "";
    const target = (targets.get(id) ?? "").replace(/^\/?(xl\/)?/, "");
    const xml = parse(file(`xl/${target}`));
    const pane = all(xml, "pane")[0];
    const rows = all(xml, "row").map((row) =>
      all(row, "c").map((cell): ReadCell => {
        const type = cell.getAttribute("t");
        const raw = all(cell, "v")[0]?.textContent ?? "";
        const inline = all(cell, "t")
          .map((t) => t.textContent ?? "")
          .join("");
        const formula = all(cell, "f").length > 0;
        const ref = cell.getAttribute("r") ?? "";
        if (all(cell, "v").length === 0 && all(cell, "t").length === 0)
          return { ref, type: "text", value: "", formula };
        if (type === "s") return { ref, type: "text", value: shared[Number(raw)] ?? "", formula };
        if (type === "inlineStr" || type === "str") return { ref, type: "text", value: inline || raw, formula };
        return { ref, type: "number", value: Number(raw), formula };
      }),
    );
    return {
      name: sheet.getAttribute("name") ?? "",
      rows,
      frozenRows: pane?.getAttribute("state") === "frozen" ? Number(pane.getAttribute("ySplit")) : 0,
    };
  });
}

const tablesOf = (doc: ReportDocument): TableBlock[] =>
  doc.blocks.filter((block): block is TableBlock => block.kind === "table");

describe("renderXlsx", () => {
  const withTables = reportDocuments().filter(([, doc]) => tablesOf(doc).length > 0);

  it.each(withTables)(
    "writes one sheet per table (and per list) of the %s, numbers as numbers and markers as text",
    async (_, doc) => {
      const sheets = readWorkbook(await renderXlsx(doc));
      const tables = tablesOf(doc);
      // Tables first, then a sheet per list and block of labelled values.
      const lists = doc.blocks.filter(
        (block) => (block.kind === "list" || block.kind === "definitions") && block.items.length > 0,
      );
      expect(sheets).toHaveLength(tables.length + lists.length);
      expect(new Set(sheets.map((sheet) => sheet.name.toLowerCase())).size).toBe(sheets.length);
      for (const [at, table] of tables.entries()) {
        const sheet = sheets[at];
        if (sheet === undefined) throw new Error("sheet missing");
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[\\/?*:[\]]/);
        // Caption and header row frozen.
        expect(sheet.frozenRows).toBe(2);
        expect(sheet.rows[0]?.[0]?.value).toBe(inlineText(table.caption));
        expect(sheet.rows[1]?.map((cell) => cell.value)).toEqual(
          table.columns.map((column) => inlineText(column.header)),
        );
        for (const [r, row] of table.rows.entries()) {
          const read = sheet.rows[r + 2] ?? [];
          for (const [c, cell] of row.cells.entries()) {
            const got = read[c];
            if (cell.value !== undefined && cell.flag === undefined) {
              expect(got).toMatchObject({ type: "number", value: cell.value });
            } else {
              const text = inlineText(cell.content);
              if (text === "") expect(got?.value ?? "").toBe("");
              else expect(got).toMatchObject({ type: "text", value: text });
            }
          }
        }
        const notes = sheet.rows.slice(table.rows.length + 3).map((row) => row[0]?.value);
        expect(notes).toEqual(table.footnotes.map((note) => inlineText(note)));
        expect(sheet.rows.flat().some((cell) => cell.formula)).toBe(false);
      }
    },
  );

  it("writes the suppressed cell's marker with the footnote that explains it", async () => {
    const [sheet] = readWorkbook(await renderXlsx(sampleDocument));
    expect(sheet?.rows[3]).toMatchObject([{ value: "Vitebsk" }, { type: "text", value: "*" }]);
    expect(sheet?.rows.at(-1)?.[0]?.value).toBe("* Hidden to protect confidentiality.");
  });

  it("keeps formula-like data as inert text when a cell starts with = + - @", async () => {
    const payloads = ['=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "=1+1\u0007"];
    const doc: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [
        {
          kind: "table",
          caption: ["=cmd|' /C calc'!A0"],
          columns: [{ header: ["=A1"], align: "start" }],
          rows: payloads.map((payload) => ({ cells: [{ content: [payload] }] })),
          footnotes: [["=2*3"]],
        },
      ],
    };
    const [sheet] = readWorkbook(await renderXlsx(doc));
    const cells = sheet?.rows.flat() ?? [];
    expect(cells.some((cell) => cell.formula)).toBe(false);
    expect(cells.every((cell) => cell.type === "text")).toBe(true);
    expect(cells.map((cell) => cell.value)).toContain("=1+1");
    expect(cells.map((cell) => cell.value)).toContain('=HYPERLINK("https://evil.example","x")');
  });

  it("files a meeting report, which has lists and no table: one numbered row per decision under its heading", async () => {
    const doc = reportDocuments().find(([name]) => name.startsWith("meeting report meeting-vitebsk"))?.[1];
    if (doc === undefined) throw new Error("no meeting report");
    const decisions = doc.blocks.find((block) => block.kind === "list" && block.ordered);
    if (decisions?.kind !== "list") throw new Error("no decisions list");
    const sheets = readWorkbook(await renderXlsx(doc));
    const sheet = sheets.find((candidate) => candidate.rows.length === decisions.items.length + 2);
    expect(sheet?.rows[1]?.map((cell) => cell.value)).toEqual(["#", "Decisions"]);
    expect(sheet?.rows.slice(2).map((row) => [row[0]?.value, row[1]?.value])).toEqual(
      decisions.items.map((item, index) => [index + 1, inlineText(item)]),
    );
    // Labelled values (the publication data) become a sheet of label and value rows.
    expect(sheets.some((candidate) => candidate.rows.some((row) => row[0]?.value === "Published"))).toBe(true);
  });

  it("picks tables by id and throws not_found for an unknown id or a document without tables", async () => {
    const doc = reportDocuments().find(([name]) => name === "statistics (en)")?.[1];
    if (doc === undefined) throw new Error("no statistics");
    const sheets = readWorkbook(await renderXlsx(doc, { tableIds: ["table-2"] }));
    expect(sheets.map((sheet) => sheet.rows[0]?.[0]?.value)).toEqual([inlineText(tablesOf(doc)[1]?.caption ?? [])]);
    await expect(renderXlsx(doc, { tableIds: ["nope"] })).rejects.toMatchObject({ code: "not_found" });
    await expect(renderXlsx({ kind: "report", version: 1, lang: "en", title: "T", blocks: [] })).rejects.toBeInstanceOf(
      NrmkitError,
    );
  });
});
